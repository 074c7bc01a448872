#include "cli/AuditCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/SealCommands.h"
#include "cli/TablePrinter.h"
#include "core/AuditActionText.h"
#include "core/ChecklistStore.h"
#include "core/ItemChangeAction.h"
#include "core/PdfEvidenceCheck.h"
#include "core/RegistryStatement.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "report/PdfEvidenceReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<Command> AuditCommands::commands() {
    Command audit;
    audit.name = QStringLiteral("audit");
    audit.synopsis = QStringLiteral("audit RECORD [--json]");
    audit.summary = tr("Show a record's audit trail: who changed what, when");
    audit.description =
        tr("Times are local in the text and UTC (ISO 8601) in the JSON, which also holds each "
           "row's chained hash. Actor is the name recorded (--by, Preferences), followed in brackets by the "
           "computer account that ran the program when the two differ (\"os_account\" in the JSON; empty "
           "for rows written before it was kept).");
    audit.options = {CommonOptions::jsonFlag()};
    audit.minArguments = 1;
    audit.maxArguments = 1;
    audit.database = Command::Database::Read;
    audit.run = &AuditCommands::showAudit;

    Command verify;
    verify.name = QStringLiteral("verify");
    verify.synopsis = QStringLiteral("verify [RECORD] [--root FINGERPRINT] [--json] | verify --pdf FILE "
                                     "[--db DB] [--nss-dir DIR] [--json]");
    verify.summary = tr("Check the audit chain, every signature and every signed digest");
    verify.description =
        tr("Exit 0 when everything is intact, 3 when anything fails; each failure names the audit row, the "
           "signature or the field that differs. With --pdf, checks a filed PDF report from its evidence "
           "block alone: every printed signature against its printed payload and key. With --db as well, "
           "also that the database still holds the PDF's chain head and every printed signature, so that "
           "a database rolled back or rewritten after the PDF was filed fails. A PDF without an evidence "
           "block fails too. A sealed PDF's seals are checked as well: a broken seal, or bytes added or "
           "changed after it, exits 3; a valid seal whose certificate is not trusted in the NSS database "
           "(--nss-dir, default ~/.pki/nssdb) is reported but exits 0. The signer registry is checked too: "
           "every statement's signature by an administrator, every signer's key against their certificate, "
           "every signature against the certificate in force when it was made. --root names the registry's "
           "root fingerprint you expect (admin list shows it); another root fails, as does a root other than "
           "the one this machine saw before.");
    verify.options = {
        CommonOptions::jsonFlag(),
        QCommandLineOption(CommonOptions::pdf,
                           tr("Check the evidence block of the PDF report FILE (and, with --db, "
                              "the database against it)."),
                           tr("FILE")),
        SealCommands::nssDirOption(),
        QCommandLineOption(
            QStringLiteral("root"),
            tr("The signer registry's root fingerprint expected (32 hex digits, spaces allowed)."),
            tr("FINGERPRINT"))};
    verify.noDatabaseWith = CommonOptions::pdf;
    verify.minArguments = 0;
    verify.maxArguments = 1;
    verify.database = Command::Database::Read;
    verify.run = &AuditCommands::verify;
    return {audit, verify};
}

int AuditCommands::verify(CommandContext& context) {
    if (context.isSet(CommonOptions::pdf))
        return verifyPdf(context);
    std::optional<qint64> recordId;
    if (!context.argument(0).isEmpty()) {
        Result<qint64> resolved = context.store().resolveRecord(context.argument(0));
        if (!resolved)
            return context.fail(resolved.error());
        recordId = resolved.value();
    }
    const QString root = context.value(QStringLiteral("root"));
    if (context.isSet(QStringLiteral("root")) && RegistryStatement::normalizedFingerprint(root).isEmpty())
        return context.fail(tr("--root \"%1\" is not a fingerprint: give the 32 hex digits admin list shows, "
                               "e.g. --root \"3f2a 91c0 …\"")
                                .arg(root));
    Verifier::Report report = Verifier::verify(context.store(), recordId, root);
    // What this machine remembers of the database: a rollback verify cannot see inside it.
    if (context.witnessFinding())
        report.findings.prepend(*context.witnessFinding());
    if (context.isSet(CommonOptions::json)) {
        QJsonArray findings;
        for (const Verifier::Finding& f : report.findings) {
            findings.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                        {QStringLiteral("record_id"), f.recordId},
                                        {QStringLiteral("audit_row"), f.auditRowId},
                                        {QStringLiteral("signature_id"), f.signatureId},
                                        {QStringLiteral("message"), f.message}});
        }
        QJsonObject result{{QStringLiteral("intact"), report.intact()},
                           {QStringLiteral("audit_rows"), report.auditRowsChecked},
                           {QStringLiteral("signatures"), report.signaturesChecked},
                           {QStringLiteral("records"), report.recordsChecked},
                           {QStringLiteral("root"), report.rootFingerprint},
                           {QStringLiteral("findings"), findings}};
        if (recordId)
            result.insert(QStringLiteral("record_audit_rows"), report.recordRowsChecked);
        context.console().outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const Verifier::Finding& f : report.findings)
            context.console().out(tr("FAILED: %1").arg(f.message) + u'\n');
        const QString verdict = report.intact() ? tr("Intact") : tr("NOT intact");
        if (recordId) {
            // The record's own trail (what `audit RECORD` lists) counted apart from what was checked with it.
            context.console().out(tr("%1: %2 events of record %3's trail and %4 other audit row(s) of the "
                                     "database checked with them, %5 signature(s)")
                                      .arg(verdict)
                                      .arg(report.recordRowsChecked)
                                      .arg(*recordId)
                                      .arg(report.auditRowsChecked - report.recordRowsChecked)
                                      .arg(report.signaturesChecked) +
                                  u'\n');
        } else {
            context.console().out(tr("%1: %2 audit rows, %3 signatures in %4 records checked")
                                      .arg(verdict)
                                      .arg(report.auditRowsChecked)
                                      .arg(report.signaturesChecked)
                                      .arg(report.recordsChecked) +
                                  u'\n');
        }
        if (!report.rootFingerprint.isEmpty())
            context.console().outLine(tr("Signer registry root: %1").arg(report.rootFingerprint));
    }
    return report.intact() ? ExitSuccess : ExitIntegrityFailure;
}

int AuditCommands::showAudit(CommandContext& context) {
    Result<qint64> recordId = context.store().resolveRecord(context.argument(0));
    if (!recordId)
        return context.fail(recordId.error());
    const Result<QList<AuditEntry>> read = context.store().auditTrail(recordId.value());
    if (!read)
        return context.fail(read.error());
    const QList<AuditEntry>& trail = read.value();

    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const AuditEntry& e : trail) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), UtcTime::text(e.at)},
                {QStringLiteral("actor"), e.actor},
                {QStringLiteral("os_account"), e.osAccount},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("item_id"), e.itemId},
                {QStringLiteral("item"), e.itemText},
                {QStringLiteral("field"), e.field},
                {QStringLiteral("old"), e.oldValue},
                {QStringLiteral("new"), e.newValue},
                {QStringLiteral("hash"), e.hash},
            });
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    TablePrinter table({{tr("Time")}, {tr("Actor")}, {tr("Action")}, {tr("Item")}, {tr("Change")}});
    for (const AuditEntry& e : trail) {
        QString change;
        if (ItemChangeAction::field(e.action) == u"status" || e.action == u"sealed" ||
            e.action == u"reopened") {
            change = QStringLiteral("%1 → %2").arg(AuditActionText::value(e.action, e.oldValue),
                                                   AuditActionText::value(e.action, e.newValue));
        } else if (!e.field.isEmpty() || !e.oldValue.isEmpty()) {
            change = QStringLiteral("\"%1\" → \"%2\"").arg(e.oldValue, e.newValue);
        } else {
            change = e.newValue;
        }
        table.addRow({UtcTime::local(e.at), AuditActionText::actor(e.actor, e.osAccount),
                      AuditActionText::label(e.action), e.itemText,
                      AuditActionText::change(e.action, change)});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

int AuditCommands::verifyPdf(CommandContext& context) {
    const QString path = context.value(CommonOptions::pdf);
    if (!context.argument(0).isEmpty()) {
        context.fail(tr("verify --pdf takes no RECORD: the PDF names its own"));
        return ExitUsage;
    }
    const PdfEvidenceReader::Outcome read = PdfEvidenceReader::read(path);
    if (!read.opened)
        return context.fail(tr("cannot read the PDF: %1").arg(read.evidence.error()));
    const bool json = context.isSet(CommonOptions::json);
    const SealCommands::Findings seals = SealCommands::checkSeals(context, path);
    if (!read.evidence) {
        // What could not be read is never called intact.
        const QString message = tr("%1: %2").arg(path, read.evidence.error());
        if (json) {
            const QJsonObject result{
                {QStringLiteral("intact"), false},
                {QStringLiteral("pdf"), path},
                {QStringLiteral("seals"), seals.json},
                {QStringLiteral("findings"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("evidence")},
                                        {QStringLiteral("message"), message}}}}};
            context.console().outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
        } else {
            context.console().out(seals.text + tr("FAILED: %1").arg(message) + u'\n' +
                                  tr("PDF evidence NOT intact") + u'\n');
        }
        return ExitIntegrityFailure;
    }
    const PdfEvidence& evidence = read.evidence.value();
    const PdfEvidenceCheck::Report report =
        PdfEvidenceCheck::check(evidence, context.hasStore() ? &context.store() : nullptr);
    const bool intact = report.intact() && seals.intact;
    if (json) {
        QJsonArray signatures;
        for (const PdfEvidenceCheck::SignatureLine& s : report.signatures) {
            signatures.append(QJsonObject{{QStringLiteral("number"), s.number},
                                          {QStringLiteral("role"), s.role},
                                          {QStringLiteral("login"), s.login},
                                          {QStringLiteral("printed_name"), s.printedName},
                                          {QStringLiteral("signed_at"), s.signedAt},
                                          {QStringLiteral("revoked"), s.revoked},
                                          {QStringLiteral("valid"), s.valid}});
        }
        QJsonArray findings;
        for (const PdfEvidenceCheck::Finding& f : report.findings)
            findings.append(
                QJsonObject{{QStringLiteral("kind"), f.kind}, {QStringLiteral("message"), f.message}});
        const QJsonObject result{
            {QStringLiteral("intact"), intact},
            {QStringLiteral("pdf"), path},
            {QStringLiteral("record_id"), evidence.recordId},
            {QStringLiteral("seals"), seals.json},
            {QStringLiteral("chain_head"), QJsonObject{{QStringLiteral("seq"), evidence.head.seq},
                                                       {QStringLiteral("hash"), evidence.head.hash}}},
            {QStringLiteral("database_checked"), report.databaseChecked},
            {QStringLiteral("signatures"), signatures},
            {QStringLiteral("findings"), findings}};
        context.console().outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (const PdfEvidenceCheck::SignatureLine& s : report.signatures) {
            text +=
                tr("signature %1: %2, %3 (%4), signed at %5: %6")
                    .arg(s.number)
                    .arg(s.role, s.login, s.printedName, s.signedAt, s.valid ? tr("valid") : tr("INVALID"));
            if (s.revoked)
                text += tr(", revoked");
            text += u'\n';
        }
        for (const PdfEvidenceCheck::Finding& f : report.findings)
            text += tr("FAILED: %1").arg(f.message) + u'\n';
        text += seals.text;
        const QString scope =
            report.databaseChecked ? tr("checked against the database") : tr("checked from the PDF alone");
        const qsizetype count = report.signatures.size();
        const QString signatures = count == 1 ? tr("1 signature") : tr("%1 signatures").arg(count);
        text += (intact ? tr("PDF evidence intact: record %1, %2, %3")
                        : tr("PDF evidence NOT intact: record %1, %2, %3"))
                    .arg(evidence.recordId)
                    .arg(signatures, scope) +
                u'\n';
        context.console().out(text);
    }
    return intact ? ExitSuccess : ExitIntegrityFailure;
}
