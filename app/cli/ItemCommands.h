#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// set: tick, fail or skip one item of a record, as a CI pipeline does.
// na: mark a whole section or one of its groups not applicable, with one reason.
class ItemCommands {
    Q_DECLARE_TR_FUNCTIONS(ItemCommands)
public:
    static QList<Command> commands();

private:
    static int setItem(CommandContext& context);
    static int markNotApplicable(CommandContext& context);
};
