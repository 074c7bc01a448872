#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// witness show: what this machine remembers of the database (core/Witness);
// witness forget: accept the database as it is now, audited.
class WitnessCommands {
    Q_DECLARE_TR_FUNCTIONS(WitnessCommands)
public:
    static QList<Command> commands();
    // What a person does about a witness finding, for the warning every command prints.
    static QString advice();

private:
    static int show(CommandContext& context);
    static int forget(CommandContext& context);
};
