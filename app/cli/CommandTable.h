#pragma once

#include "Command.h"

#include <QList>

// Every command countersign-cli knows, in the order the help lists them.
class CommandTable {
public:
    static QList<Command> all();
    static const Command* find(const QList<Command>& commands, const QString& name);
};
