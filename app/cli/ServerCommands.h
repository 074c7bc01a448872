#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// server init: what a database administrator runs once per PostgreSQL
// database, as its owner, and again after each upgrade: the schema, owned by
// the owner, and the application's role given only what it needs (README, "Teams").
class ServerCommands {
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
public:
    static QList<Command> commands();

private:
    static int init(CommandContext& context);
};
