#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Console;
class QCommandLineParser;

// Reads the command line, finds the command in the command table, opens the
// database the command needs and runs it. Global options (--db, --help,
// --version) may stand before the command; everything else follows it.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(QStringList arguments, Console& console);

    // The process exit status (ExitCode).
    int run();

private:
    int runCommand(const Command& command, const QStringList& arguments);
    int showHelp(const QStringList& arguments);
    int usageError(const QString& message, const QString& commandName = {});
    QString checkUsage(const Command& command, const QCommandLineParser& parser) const;
    static QList<QCommandLineOption> globalOptions();
    static QString subcommandNames(const QList<const Command*>& group);

    QStringList m_arguments;
    Console& m_console;
    QList<Command> m_commands;
};
