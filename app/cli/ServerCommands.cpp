#include "cli/ServerCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

namespace {
const QString kAppRole = QStringLiteral("app-role");
}

QList<Command> ServerCommands::commands() {
    Command init;
    init.name = QStringLiteral("server init");
    init.synopsis = QStringLiteral("server init --db postgresql://OWNER@HOST/DATABASE --app-role ROLE");
    init.summary = tr("Set up a PostgreSQL database for a team: the tables, and the rights of its login");
    init.description =
        tr("Run it once as the database's owner, and again after every upgrade of Countersign. It creates or "
           "updates the tables, owned by the role it connects as, and gives ROLE, the login the team's "
           "programs use, only what Countersign needs: it reads every table, adds rows, and changes the few "
           "columns Countersign changes. ROLE may delete nothing, change no audit row, create or alter no "
           "table and drop no trigger. ROLE must exist already (CREATE ROLE ROLE LOGIN PASSWORD '...'), and "
           "own nothing in the database. Running it again gives the same rights.");
    init.options = {QCommandLineOption(kAppRole, tr("The role the team's programs connect as."), tr("ROLE"))};
    init.requiredOptions = {CommonOptions::db, kAppRole};
    // It opens the database itself: an SQLite path must be refused, never created.
    init.database = Command::Database::None;
    init.run = &ServerCommands::init;
    return {init};
}

int ServerCommands::init(CommandContext& context) {
    const QString location = context.value(CommonOptions::db);
    const QString appRole = context.value(kAppRole);
    if (!ChecklistStore::isServerLocation(location))
        return context.fail(
            tr("server init is for a PostgreSQL server (--db postgresql://OWNER@HOST/DATABASE): "
               "an SQLite file has no roles, and it is set up by its first use. Nothing was "
               "changed."));
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    // Opening creates or migrates the schema, as the role connected: the owner.
    if (Status opened = store.open(location, ChecklistStore::OpenMode::ExistingOnly); !opened)
        return context.fail(opened.error());
    if (Status granted = store.grantApplicationRole(appRole); !granted)
        return context.fail(
            tr("the tables are ready, but %1 was not given its rights: %2").arg(appRole, granted.error()));
    context.console().outLine(
        tr("%1 is ready (schema version %2). The role %3 may read every table, add rows and change only the "
           "columns Countersign changes; it may delete nothing and change no table or trigger. Give the team "
           "the database's address with %3 as the user.")
            .arg(store.shownLocation())
            .arg(ChecklistStore::schemaVersion())
            .arg(appRole));
    return ExitSuccess;
}
