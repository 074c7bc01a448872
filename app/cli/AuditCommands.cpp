#include "AuditCommands.h"

#include "ChecklistStore.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "RecordPrinter.h"
#include "TablePrinter.h"

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
    return {audit};
}

int AuditCommands::showAudit(CommandContext& context) {
    Result<qint64> recordId = context.store().resolveRecord(context.argument(0));
    if (!recordId)
        return context.fail(recordId.error());
    const QList<AuditEntry> trail = context.store().auditTrail(recordId.value());

    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const AuditEntry& e : trail) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
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
        table.addRow({RecordPrinter::localTime(e.at), e.actor, e.action, e.itemText, change});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}
