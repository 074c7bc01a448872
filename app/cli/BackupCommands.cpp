#include "cli/BackupCommands.h"

#include "cli/CommandContext.h"
#include "cli/Console.h"
#include "core/ChecklistStore.h"

QList<Command> BackupCommands::commands() {
    Command backup;
    backup.name = QStringLiteral("backup");
    backup.synopsis = QStringLiteral("backup FILE");
    backup.summary = tr("Copy the database to a new FILE, safely while it is in use");
    backup.description = tr("FILE must not exist yet. The copy is a complete, consistent database that "
                            "--db FILE opens. A PostgreSQL database is backed up with the server's own tools "
                            "(pg_dump).");
    backup.minArguments = 1;
    backup.maxArguments = 1;
    backup.database = Command::Database::Read;
    backup.run = &BackupCommands::backUp;
    return {backup};
}

int BackupCommands::backUp(CommandContext& context) {
    const QString target = context.argument(0);
    const Status saved = context.store().backUp(target);
    if (!saved)
        return context.fail(tr("no backup was made: %1").arg(saved.error()));
    // The copy is made either way; a count that cannot be read is left out, not shown as 0.
    const Result<QList<RecordSummary>> records = context.store().records();
    if (!records) {
        context.console().outLine(tr("Backed up %1 to %2").arg(context.store().location(), target));
        context.console().errLine(QStringLiteral("countersign-cli: ") + records.error());
        return ExitSuccess;
    }
    context.console().outLine(tr("Backed up %1 to %2 (%n record(s))", nullptr, int(records->size()))
                                  .arg(context.store().location(), target));
    return ExitSuccess;
}
