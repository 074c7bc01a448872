#pragma once

#include "cli/Command.h"

#include <QList>

// Every command countersign-cli knows, in the order the help lists them.
class CommandTable {
public:
    static QList<Command> all();
    static const Command* find(const QList<Command>& commands, const QString& name);
    // The commands named "GROUP SUBCOMMAND" ("signer add", "signer list", ...); empty when GROUP is none.
    static QList<const Command*> group(const QList<Command>& commands, const QString& groupName);
};
