#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CommandContext;

// One command of countersign-cli: its name, how it is called and the function
// that runs it. Commands are rows in a table (CommandTable), so a new command
// is a new row and a handler, never another branch in main().
struct Command {
    // What the command needs from the database before it runs.
    enum class Database {
        Read,  // a --db file that does not exist is an error; nothing is created
        Write, // a --db file that does not exist is created
        None,  // never opens one (seal-certs reads only the NSS database)
    };

    QString name;
    QString synopsis;    // "set RECORD ITEM --status pending|done|na|failed [--note TEXT] [--by NAME]"
    QString summary;     // one line for the command list
    QString description; // a paragraph for `countersign-cli help NAME`
    QList<QCommandLineOption> options;
    QStringList requiredOptions; // leaving one out is bad usage (exit 2)
    QStringList exactlyOneOf;    // when not empty, exactly one of these options must be given
    int minArguments = 0;        // positional arguments after the command name
    int maxArguments = 0;
    Database database = Database::Read;
    // When this option is given without --db, the command runs without a
    // database (CommandContext::hasStore() is false): `verify --pdf` checks
    // a filed PDF on its own, and only against the database the user names.
    QString noDatabaseWith;
    // When this option is given, the command never opens a database, not
    // even one --db names: `import-template --dry-run` stores nothing.
    QString neverDatabaseWith;
    std::function<int(CommandContext&)> run;
};
