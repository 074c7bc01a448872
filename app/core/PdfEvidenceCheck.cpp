#include "core/PdfEvidenceCheck.h"

#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kSignature = QStringLiteral("signature");
const QString kChain = QStringLiteral("chain");
const QString kDatabase = QStringLiteral("database");
} // namespace

PdfEvidenceCheck::Report PdfEvidenceCheck::check(const PdfEvidence& evidence, const ChecklistStore* store) {
    Report report;
    Crypto::initialize();
    for (int i = 0; i < evidence.signatures.size(); ++i) {
        const PdfEvidence::Signature& printed = evidence.signatures.at(i);
        SignatureLine line;
        line.number = i + 1;
        line.revoked = printed.revoked;
        const QJsonObject payload = QJsonDocument::fromJson(printed.payload).object();
        line.role = payload.value(QStringLiteral("role")).toString();
        line.login = payload.value(QStringLiteral("login")).toString();
        line.printedName = payload.value(QStringLiteral("printed_name")).toString();
        line.signedAt = payload.value(QStringLiteral("signed_at")).toString();
        const QString who = tr("signature %1").arg(line.number);
        const bool holds = Crypto::verify(printed.payload, printed.ed25519, printed.publicKey);
        if (printed.publicKey.isEmpty())
            report.findings.append(
                {kSignature, tr("%1: no signer's key is printed (its signer no longer existed)").arg(who)});
        else if (!holds)
            report.findings.append(
                {kSignature,
                 tr("%1: the Ed25519 signature does not hold for the printed payload and key").arg(who)});
        // A version 2 payload names the key it was made with: the printed key must be that one,
        // or a forger could print a key of their own beside a payload they signed with it.
        const QJsonValue signedKey = payload.value(QStringLiteral("public_key"));
        const bool keyMatches = signedKey.isUndefined() ||
                                signedKey.toString() == QString::fromLatin1(printed.publicKey.toBase64());
        if (!keyMatches)
            report.findings.append(
                {kSignature, tr("%1: the printed key is not the key its payload names").arg(who)});
        const QString recordId = payload.value(QStringLiteral("record_id")).toString();
        const bool sameRecord = recordId == QString::number(evidence.recordId);
        if (!sameRecord)
            report.findings.append(
                {kSignature, tr("%1: its payload is for record \"%2\", the block for record %3")
                                 .arg(who, recordId)
                                 .arg(evidence.recordId)});
        line.valid = holds && keyMatches && sameRecord;
        report.signatures.append(line);
    }
    if (store)
        compareWithDatabase(evidence, *store, report);
    return report;
}

void PdfEvidenceCheck::compareWithDatabase(const PdfEvidence& evidence, const ChecklistStore& store,
                                           Report& report) {
    report.databaseChecked = true;
    const qint64 recordId = evidence.recordId;
    const Result<QList<AuditEntry>> trail = store.auditTrail(recordId);
    if (!trail) {
        report.findings.append({kDatabase, tr("the database: %1").arg(trail.error())});
        return;
    }
    const std::optional<QString> hash = EvidenceHead::hashAt(trail.value(), evidence.head.seq);
    if (!hash)
        report.findings.append(
            {kChain, tr("the database no longer holds audit row %1 of record %2, the PDF's chain head: it "
                        "was rolled back or rewritten after the PDF was made")
                         .arg(evidence.head.seq)
                         .arg(recordId)});
    else if (*hash != evidence.head.hash)
        report.findings.append(
            {kChain, tr("audit row %1 of record %2 has the hash %3 in the database, but %4 in the PDF: "
                        "the audit trail was rewritten after the PDF was made")
                         .arg(evidence.head.seq)
                         .arg(recordId)
                         .arg(*hash, evidence.head.hash)});

    const Result<Record> record = store.loadRecord(recordId);
    if (!record) {
        report.findings.append({kDatabase, tr("the database: %1").arg(record.error())});
        return;
    }
    for (int i = 0; i < evidence.signatures.size(); ++i) {
        const PdfEvidence::Signature& printed = evidence.signatures.at(i);
        const QString who = tr("signature %1").arg(i + 1);
        const SignatureEntry* stored = nullptr;
        for (const SignatureEntry& sig : record->signatures) {
            if (sig.signature == printed.ed25519)
                stored = &sig;
        }
        if (!stored)
            report.findings.append(
                {kDatabase,
                 tr("%1 is no longer in the database with the signature bytes the PDF shows").arg(who)});
        else if (SignaturePayload::signedBytes(*stored) != printed.payload)
            report.findings.append(
                {kDatabase,
                 tr("%1 is in the database, but what it signed there differs from the PDF's payload")
                     .arg(who)});
    }
}
