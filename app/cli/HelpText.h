#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The text of --help, `help COMMAND` and the one-line hints after a usage error.
class HelpText {
    Q_DECLARE_TR_FUNCTIONS(HelpText)
public:
    static QString global(const QList<Command>& commands);
    static QString command(const Command& command, const QList<QCommandLineOption>& globalOptions);
    static QString usageHint(const QString& commandName = {});
    // `help signer`: the subcommands of a group with their synopses.
    static QString group(const QString& groupName, const QList<const Command*>& members);

private:
    static QString optionList(const QList<QCommandLineOption>& options);
};
