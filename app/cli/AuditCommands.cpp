#include "cli/AuditCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"

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
           "row's chained hash.");
    audit.options = {CommonOptions::jsonFlag()};
    audit.minArguments = 1;
    audit.maxArguments = 1;
    audit.database = Command::Database::Read;
    audit.run = &AuditCommands::showAudit;

    Command verify;
    verify.name = QStringLiteral("verify");
    verify.synopsis = QStringLiteral("verify [RECORD] [--json]");
    verify.summary = tr("Check the audit chain, every signature and every signed digest");
    verify.description = tr("Exit 0 when everything is intact, 3 when anything fails; each failure names the "
                            "audit row, the signature or the field that differs.");
    verify.options = {CommonOptions::jsonFlag()};
    verify.minArguments = 0;
    verify.maxArguments = 1;
    verify.database = Command::Database::Read;
    verify.run = &AuditCommands::verify;
    return {audit, verify};
}

int AuditCommands::verify(CommandContext& context) {
    std::optional<qint64> recordId;
    if (!context.argument(0).isEmpty()) {
        Result<qint64> resolved = context.store().resolveRecord(context.argument(0));
        if (!resolved)
            return context.fail(resolved.error());
        recordId = resolved.value();
    }
    Verifier::Report report = Verifier::verify(context.store(), recordId);
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
        const QJsonObject result{{QStringLiteral("intact"), report.intact()},
                                 {QStringLiteral("audit_rows"), report.auditRowsChecked},
                                 {QStringLiteral("signatures"), report.signaturesChecked},
                                 {QStringLiteral("records"), report.recordsChecked},
                                 {QStringLiteral("findings"), findings}};
        context.console().outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const Verifier::Finding& f : report.findings)
            context.console().out(tr("FAILED: %1").arg(f.message) + u'\n');
        context.console().out(tr("%1: %2 audit rows, %3 signatures in %4 records checked")
                                  .arg(report.intact() ? tr("Intact") : tr("NOT intact"))
                                  .arg(report.auditRowsChecked)
                                  .arg(report.signaturesChecked)
                                  .arg(report.recordsChecked) +
                              u'\n');
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
        if (e.field == u"status") {
            const auto label = [](const QString& key) {
                const std::optional<ItemStatus> status = ItemStatusText::fromKey(key);
                return status ? ItemStatusText::label(*status) : key;
            };
            change = QStringLiteral("%1 → %2").arg(label(e.oldValue), label(e.newValue));
        } else if (!e.field.isEmpty() || !e.oldValue.isEmpty()) {
            change = QStringLiteral("\"%1\" → \"%2\"").arg(e.oldValue, e.newValue);
        } else {
            change = e.newValue;
        }
        table.addRow({UtcTime::local(e.at), e.actor, e.action, e.itemText, change});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}
