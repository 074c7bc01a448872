#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// backup: a consistent copy of the SQLite database, safe while others use it.
class BackupCommands {
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
public:
    static QList<Command> commands();

private:
    static int backUp(CommandContext& context);
};
