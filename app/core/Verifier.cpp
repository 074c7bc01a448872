#include "core/Verifier.h"

#include "core/AuditChain.h"
#include "core/AuditReconciler.h"
#include "core/ChainVerifier.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/PayloadVerifier.h"
#include "core/RegistryVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString shorten(const QString& text) {
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

// Names the fields that differ between the content a signature was made on and
// the record's content now: "item 12 "All tests pass": status was done, is pending".
QStringList contentDifferences(const QByteArray& signedJson, const QByteArray& currentJson) {
    QStringList differences;
    const QJsonObject was = QJsonDocument::fromJson(signedJson).object();
    const QJsonObject is = QJsonDocument::fromJson(currentJson).object();
    for (auto it = is.constBegin(); it != is.constEnd(); ++it) {
        if (it.key() != u"sections" && was.value(it.key()) != it.value())
            differences << Verifier::tr("record field %1: was \"%2\", is \"%3\"")
                               .arg(it.key(),
                                    shorten(QString::fromUtf8(QJsonDocument(QJsonArray{was.value(it.key())})
                                                                  .toJson(QJsonDocument::Compact))),
                                    shorten(QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                                  .toJson(QJsonDocument::Compact))));
    }
    QHash<QString, QJsonObject> wasItems;
    const QJsonArray wasSections = was.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : wasSections) {
        for (const QJsonValue& item : section.toObject().value(QStringLiteral("items")).toArray())
            wasItems.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
    }
    const QJsonArray isSections = is.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : isSections) {
        for (const QJsonValue& itemValue : section.toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            if (!wasItems.contains(id)) {
                differences << Verifier::tr("item %1 was added").arg(id);
                continue;
            }
            const QJsonObject before = wasItems.take(id);
            // Either side's keys: a key that only says something when set ("detail") may be on one side only.
            QStringList keys = item.keys();
            for (const QString& key : before.keys()) {
                if (!keys.contains(key))
                    keys << key;
            }
            for (const QString& key : std::as_const(keys)) {
                if (before.value(key) == item.value(key))
                    continue;
                auto text = [](const QJsonValue& v) {
                    if (v.isUndefined()) // an absent optional key means empty
                        return QString();
                    return v.isString() ? v.toString()
                                        : QString::fromUtf8(
                                              QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                };
                differences << Verifier::tr("item %1 \"%2\": %3 was \"%4\", is \"%5\"")
                                   .arg(id, shorten(item.value(QStringLiteral("text")).toString()), key,
                                        shorten(text(before.value(key))), shorten(text(item.value(key))));
            }
        }
    }
    for (auto it = wasItems.constBegin(); it != wasItems.constEnd(); ++it)
        differences << Verifier::tr("item %1 was removed").arg(it.key());
    return differences;
}

// Names the fields of a format 1 signature that differ from what the audit
// trail recorded at signing (format 1 keeps no copy of the signed bytes).
QString formatOneFailure(const SignatureEntry& sig, const QList<AuditEntry>& signedEvents) {
    QStringList fields;
    bool matched = false;
    for (const AuditEntry& e : signedEvents) {
        if (e.field != sig.role)
            continue;
        const QString expected = QStringLiteral("%1 (%2) | %3 | digest %4")
                                     .arg(sig.printedName, sig.login, sig.meaning, sig.digest);
        if (e.newValue == expected) {
            matched = true;
            break;
        }
        const QStringList parts = e.newValue.split(QStringLiteral(" | "));
        if (parts.size() == 3) {
            if (parts.at(1) != sig.meaning)
                fields << Verifier::tr("meaning (signed \"%1\", now \"%2\")").arg(parts.at(1), sig.meaning);
            if (parts.at(2) != QStringLiteral("digest ") + sig.digest)
                fields << Verifier::tr("digest");
            if (parts.at(0) != QStringLiteral("%1 (%2)").arg(sig.printedName, sig.login))
                fields << Verifier::tr("name or login (signed \"%1\")").arg(parts.at(0));
        }
    }
    if (signedEvents.isEmpty() || (!matched && fields.isEmpty()))
        fields << Verifier::tr("record, role, time or strokes (no signing of this record and role is in the "
                               "audit trail)");
    return Verifier::tr("the Ed25519 signature does not hold: changed field(s): %1")
        .arg(fields.join(QStringLiteral("; ")));
}

// The rows verify re-hashes: for one record, its own chain and the database's
// (record 0: signers, logins), unless either still holds rows of the old
// database-wide format, which can only be checked whole.
struct ChainToCheck {
    QList<ChecklistStore::ChainRow> rows;
    bool whole = true;
};

Result<ChainToCheck> chainToCheck(const ChecklistStore& store, std::optional<qint64> recordId) {
    if (recordId && *recordId != 0) {
        Result<QList<ChecklistStore::ChainRow>> own = store.auditChain(*recordId);
        if (!own)
            return own.failure();
        Result<QList<ChecklistStore::ChainRow>> database = store.auditChain(0);
        if (!database)
            return database.failure();
        QList<ChecklistStore::ChainRow> rows = std::move(own).value() + std::move(database).value();
        const bool formatOne =
            std::any_of(rows.cbegin(), rows.cend(),
                        [](const ChecklistStore::ChainRow& row) { return row.entry.format == 1; });
        if (!formatOne) {
            std::sort(rows.begin(), rows.end(),
                      [](const auto& a, const auto& b) { return a.entry.id < b.entry.id; });
            return ChainToCheck{std::move(rows), false};
        }
    }
    Result<QList<ChecklistStore::ChainRow>> all = store.auditChain();
    if (!all)
        return all.failure();
    return ChainToCheck{std::move(all).value(), true};
}

} // namespace

Verifier::Report Verifier::verify(const ChecklistStore& store, std::optional<qint64> recordId,
                                  const QString& expectedRoot) {
    Report report;

    // A table that cannot be read is a finding: what was not checked is never intact.
    const auto unreadable = [&report](qint64 id, const QString& message) {
        report.findings.append({QStringLiteral("unreadable"), id, 0, 0, message});
    };
    // 1. The chain: each row names the previous row's hash and its own hash covers its fields.
    QHash<QString, QString> registeredKeys; // login -> public key hex from signer_added rows
    QHash<qint64, QList<AuditEntry>> signedEvents;
    QStringList identityEvents;
    const Result<ChainToCheck> chain = chainToCheck(store, recordId);
    if (!chain)
        unreadable(0, chain.error());
    // const: iterating a shared copy must not detach it.
    const QList<ChecklistStore::ChainRow> rows = chain ? chain->rows : QList<ChecklistStore::ChainRow>();
    ChainVerifier chainVerifier(report.findings);
    for (const ChecklistStore::ChainRow& row : rows) {
        chainVerifier.check(row, chain->whole);
        if (recordId && row.entry.recordId == *recordId)
            ++report.recordRowsChecked;
        else if (row.entry.recordId == 0)
            ++report.databaseRowsChecked;
        if (row.entry.action == u"signer_added") {
            const int keyAt = int(row.entry.newValue.lastIndexOf(QStringLiteral("| key ")));
            if (keyAt >= 0)
                registeredKeys.insert(row.entry.field, row.entry.newValue.mid(keyAt + 6).trimmed());
        }
        if (row.entry.action == u"signed")
            signedEvents[row.entry.recordId].append(row.entry);
        if (row.entry.action == QLatin1StringView(AuditChain::kDatabaseIdentityAction))
            identityEvents << row.entry.newValue;
    }
    report.auditRowsChecked = chainVerifier.rowsChecked();
    const Result<QString> databaseId = store.databaseId();
    if (!databaseId)
        unreadable(0, databaseId.error());
    else if (chain && identityEvents != QStringList{databaseId.value()})
        report.findings.append(
            {QStringLiteral("identity"), 0, 0, 0,
             Verifier::tr(
                 "the database's id is %1, but the audit trail gave it %2: the id was changed in SQL")
                 .arg(databaseId.value(), identityEvents.isEmpty()
                                              ? Verifier::tr("none")
                                              : identityEvents.join(QStringLiteral(", ")))});

    // 2. Signatures, against their signers and the records' content now.
    // The trail replayed against the data, beside each check below (without a readable trail there is
    // nothing to replay, and that is a finding already).
    // The signer registry: who may sign, certified by administrators.
    RegistryVerifier registry(store, databaseId.value_or(QString()), rows, report.findings);
    report.rootFingerprint = registry.rootFingerprint();
    registry.expectRoot(expectedRoot, Verifier::tr("the root expected (--root)"));
    if (!recordId) {
        if (const Result<QList<Signer>> admins = store.administrators(); admins)
            registry.checkAdministrators(admins.value());
        else
            unreadable(0, admins.error());
    }
    const AuditReconciler reconciler(rows);
    QHash<qint64, Result<ChecklistTemplate>> templates;
    QHash<qint64, Signer> signersById;
    const Result<QList<Signer>> signers = store.signers();
    if (!signers) {
        unreadable(0, signers.error());
    } else {
        for (const Signer& s : signers.value())
            signersById.insert(s.id, s);
        if (chain && !recordId)
            reconciler.reconcileSigners(signers.value(), report.findings);
        if (!recordId)
            registry.checkSigners(signers.value());
    }
    QList<qint64> recordIds;
    if (recordId) {
        recordIds << *recordId;
    } else {
        const Result<QList<RecordSummary>> records = store.records();
        if (!records) {
            unreadable(0, records.error());
        } else {
            for (const RecordSummary& r : records.value())
                recordIds << r.id;
            if (chain)
                reconciler.reconcileRecordSet(recordIds, report.findings);
        }
    }
    for (qint64 id : std::as_const(recordIds)) {
        Result<Record> loaded = store.loadRecord(id);
        if (!loaded) {
            unreadable(id, loaded.error());
            continue;
        }
        ++report.recordsChecked;
        const Record& record = loaded.value();
        const QByteArray currentJson = ContentDigest::canonicalJson(record);
        const QString currentDigest = ContentDigest::digest(record);
        // Each template read once: a record's items start as its template's.
        auto tmpl = templates.constFind(record.templateId);
        if (tmpl == templates.constEnd())
            tmpl = templates.insert(record.templateId, store.loadTemplate(record.templateId));
        if (!*tmpl)
            unreadable(id, tmpl->error());
        else if (chain)
            reconciler.reconcileRecord(record, currentDigest, tmpl->value(), report.findings);
        // A refusal to sign is made as a signature is, and checked the same
        // way, except that the record may change after it (that is its point).
        QList<const SignatureEntry*> made;
        for (const SignatureEntry& sig : record.signatures)
            made << &sig;
        for (const SignatureEntry& sig : record.declines)
            made << &sig;
        for (const SignatureEntry* madeBy : std::as_const(made)) {
            const SignatureEntry& sig = *madeBy;
            ++report.signaturesChecked;
            const QString who = (sig.declined ? Verifier::tr("record %1, refusal %2 (%3, %4)")
                                              : Verifier::tr("record %1, signature %2 (%3, %4)"))
                                    .arg(record.id)
                                    .arg(sig.id)
                                    .arg(sig.role, sig.login);
            auto fail = [&](const QString& kind, const QString& message) {
                report.findings.append({kind, record.id, 0, sig.id, who + QStringLiteral(": ") + message});
            };
            const auto signer = signersById.constFind(sig.signerId);
            if (signer == signersById.constEnd()) {
                // Unread signers are one finding already, not one per signature.
                if (signers)
                    fail(QStringLiteral("signer"), Verifier::tr("its signer no longer exists"));
                continue;
            }
            if (signer->login != sig.login)
                fail(QStringLiteral("signer"),
                     Verifier::tr("login is \"%1\" in the signature but \"%2\" for the signer")
                         .arg(sig.login, signer->login));
            if (signer->printedName != sig.printedName)
                fail(QStringLiteral("signer"),
                     Verifier::tr("printed name is \"%1\" in the signature but \"%2\" for the signer %3")
                         .arg(sig.printedName, signer->printedName, signer->login));
            const QString key = QString::fromLatin1(signer->publicKey.toHex());
            if (chain && registeredKeys.value(signer->login) != key)
                fail(QStringLiteral("signer"),
                     Verifier::tr("the public key of %1 is not the one registered in the audit trail")
                         .arg(signer->login));
            if (sig.payloadFormat >= 2) {
                const PayloadVerifier payloads(store, databaseId.value_or(QString()));
                for (const PayloadVerifier::Problem& problem :
                     payloads.check(sig, *signer, registeredKeys.value(signer->login)))
                    fail(problem.kind, problem.message);
            } else if (!Crypto::verify(SignaturePayload::bytes(sig), sig.signature, signer->publicKey)) {
                fail(QStringLiteral("signature"), formatOneFailure(sig, signedEvents.value(sig.recordId)));
            }
            for (const QString& problem : registry.checkSignature(sig, *signer))
                fail(QStringLiteral("registry"), problem);
            if (!sig.declined && !sig.revoked && sig.digest != currentDigest) {
                QStringList differences = contentDifferences(sig.signedContent, currentJson);
                if (ContentDigest::digest(record) != sig.digest && differences.isEmpty())
                    differences << Verifier::tr("the signed content is not available to compare");
                fail(QStringLiteral("content"), Verifier::tr("the record changed after it was signed: %1")
                                                    .arg(differences.join(QStringLiteral("; "))));
            }
        }
    }
    return report;
}
