#include "cli/WitnessCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "core/Witness.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kReason = QStringLiteral("reason");
}

QList<Command> WitnessCommands::commands() {
    Command show;
    show.name = QStringLiteral("witness show");
    show.synopsis = QStringLiteral("witness show [--json]");
    show.summary = tr("Show what this machine remembers of the database, and whether it still holds");
    show.description =
        tr("Like SSH's known_hosts, this machine remembers per database the newest audit row it saw, and "
           "where. A database that no longer holds that row was replaced with an older copy or rewritten. "
           "Exit 0 when the database is the one remembered, 3 when it is not.");
    show.options = {CommonOptions::jsonFlag()};
    show.database = Command::Database::Read;
    show.run = &WitnessCommands::show;

    Command forget;
    forget.name = QStringLiteral("witness forget");
    forget.synopsis = QStringLiteral("witness forget [--reason TEXT] [--by NAME]");
    forget.summary = tr("Accept the database as it is now (after restoring a backup on purpose)");
    forget.description = tr("Records in the database's audit trail what this machine remembered, the reason "
                            "and who accepted it, then remembers the database as it is now.");
    forget.options = {QCommandLineOption(kReason, tr("Why the database is accepted as it is."), tr("TEXT")),
                      CommonOptions::actor()};
    forget.database = Command::Database::Read;
    forget.run = &WitnessCommands::forget;
    return {show, forget};
}

QString WitnessCommands::advice() {
    return tr(
        "If the database was restored from a backup on purpose, accept it with: countersign-cli "
        "witness forget --reason TEXT; otherwise keep the file as it is and tell whoever administers it.");
}

int WitnessCommands::show(CommandContext& context) {
    const Result<QString> id = context.store().databaseId();
    if (!id)
        return context.fail(id.error());
    const std::optional<Witness::Memory> memory = context.witness().memoryOf(id.value());
    const std::optional<Verifier::Finding>& finding = context.witnessFinding();
    // No alarm does not always mean the remembered row is here: a backup
    // elsewhere and a lagging standby hold less, and say so.
    bool reached = true;
    if (memory) {
        const Result<bool> holds = Witness::stillHolds(context.store(), *memory);
        if (!holds)
            return context.fail(holds.error());
        reached = holds.value();
    }
    if (context.isSet(CommonOptions::json)) {
        QJsonObject result{{QStringLiteral("database_id"), id.value()},
                           {QStringLiteral("holds"), !finding.has_value()},
                           {QStringLiteral("reached"), reached}};
        if (memory) {
            result.insert(QStringLiteral("remembered"),
                          QJsonObject{{QStringLiteral("location"), memory->location},
                                      {QStringLiteral("device"), memory->device},
                                      {QStringLiteral("inode"), memory->inode},
                                      {QStringLiteral("audit_row"), memory->head.id},
                                      {QStringLiteral("hash"), memory->head.hash},
                                      {QStringLiteral("seen_at"), UtcTime::text(memory->seenAt)}});
        }
        if (finding)
            result.insert(QStringLiteral("finding"), finding->message);
        context.console().outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        Console& out = context.console();
        out.outLine(tr("Database id:  %1").arg(id.value()));
        if (!memory) {
            out.outLine(tr("This machine remembers nothing of this database yet."));
        } else {
            out.outLine(tr("Seen at:      %1").arg(memory->location));
            if (memory->inode != 0)
                out.outLine(tr("File:         device %1, inode %2").arg(memory->device).arg(memory->inode));
            out.outLine(tr("Audit row:    %1").arg(memory->head.id));
            out.outLine(tr("Ledger hash:  %1").arg(memory->head.hash));
            out.outLine(tr("Seen on:      %1").arg(UtcTime::text(memory->seenAt)));
        }
        if (finding)
            out.outLine(tr("NOT the database this machine saw: %1").arg(finding->message));
        else if (!reached)
            out.outLine(tr("No alarm, but this copy has not reached audit row %1 that this machine saw: a "
                           "backup kept elsewhere, or a server standby that lags behind.")
                            .arg(memory->head.id));
        else
            out.outLine(tr("The database holds what this machine saw."));
    }
    return finding ? ExitIntegrityFailure : ExitSuccess;
}

int WitnessCommands::forget(CommandContext& context) {
    const Status accepted =
        context.witness().accept(context.store(), context.value(kReason), context.actor());
    if (!accepted)
        return context.fail(accepted.error());
    const Result<LedgerHead> head = context.store().ledgerHead();
    context.console().outLine(tr("Accepted the database as it is now%1; the event is in its audit trail.")
                                  .arg(head ? tr(" (audit row %1)").arg(head->id) : QString()));
    return ExitSuccess;
}
