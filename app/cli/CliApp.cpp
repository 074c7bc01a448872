#include "cli/CliApp.h"

#include "cli/CommandContext.h"
#include "cli/CommandTable.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/HelpText.h"
#include "cli/WitnessCommands.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/Witness.h"
#include "io/BuiltInTemplate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString kProgram = QStringLiteral("countersign-cli");

// Removes a database this run created for a command that then failed, so
// that a failed command leaves nothing behind, not even an empty database.
void removeCreatedDatabase(ChecklistStore& store, const QString& path) {
    store.close();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

CliApp::CliApp(QStringList arguments, Console& console)
    : m_arguments(std::move(arguments))
    , m_console(console)
    , m_commands(CommandTable::all()) {}

QList<QCommandLineOption> CliApp::globalOptions() {
    return {CommonOptions::database(), CommonOptions::helpFlag()};
}

QString CliApp::subcommandNames(const QList<const Command*>& group) {
    QStringList names;
    for (const Command* command : group)
        names << command->name.section(QLatin1Char(' '), 1);
    return names.join(QStringLiteral(", "));
}

int CliApp::usageError(const QString& message, const QString& commandName) {
    m_console.errLine(kProgram + QStringLiteral(": ") + message);
    m_console.errLine(HelpText::usageHint(commandName));
    return ExitUsage;
}

int CliApp::run() {
    const QStringList args = m_arguments.mid(1);
    QStringList leading; // global options before the command, handed on to its parser
    bool help = false;
    bool version = false;
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == u"--") {
            ++i;
            break;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == u"-")
            break;
        if (arg == u"--help" || arg == u"-h") {
            help = true;
        } else if (arg == u"--version") {
            version = true;
        } else if (arg == u"--db") {
            if (i + 1 >= args.size())
                return usageError(tr("--db needs a PATH"));
            leading << arg << args.at(++i);
        } else if (arg.startsWith(u"--db=")) {
            leading << arg;
        } else {
            return usageError(tr("unknown option %1 (command options follow the command)").arg(arg));
        }
    }

    if (version) {
        m_console.outLine(kProgram + QLatin1Char(' ') + AppIdentity::version());
        return ExitSuccess;
    }
    if (i >= args.size()) {
        if (help) {
            m_console.out(HelpText::global(m_commands));
            return ExitSuccess;
        }
        return usageError(tr("no command given"));
    }

    QString name = args.at(i);
    QStringList rest = args.mid(i + 1);
    if (name == u"help")
        return showHelp(rest);
    const QList<const Command*> group = CommandTable::group(m_commands, name);
    if (!group.isEmpty()) {
        // "signer add": the group's name, then the subcommand.
        if (rest.isEmpty() || rest.constFirst().startsWith(QLatin1Char('-'))) {
            if (help || rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
                m_console.out(HelpText::group(name, group));
                return ExitSuccess;
            }
            return usageError(tr("%1 needs a subcommand: %2").arg(name, subcommandNames(group)));
        }
        name += QLatin1Char(' ') + rest.takeFirst();
    }
    const Command* command = CommandTable::find(m_commands, name);
    if (!command) {
        if (!group.isEmpty())
            return usageError(tr("unknown command \"%1\"; %2 has %3")
                                  .arg(name, name.section(QLatin1Char(' '), 0, 0), subcommandNames(group)));
        return usageError(tr("unknown command \"%1\"").arg(name));
    }
    if (help)
        rest.prepend(QStringLiteral("--help"));
    return runCommand(*command, leading + rest);
}

int CliApp::showHelp(const QStringList& arguments) {
    if (arguments.isEmpty()) {
        m_console.out(HelpText::global(m_commands));
        return ExitSuccess;
    }
    const QString name = arguments.join(QLatin1Char(' '));
    const QList<const Command*> group = CommandTable::group(m_commands, name);
    if (!group.isEmpty()) {
        m_console.out(HelpText::group(name, group));
        return ExitSuccess;
    }
    const Command* command = CommandTable::find(m_commands, name);
    if (!command && arguments.size() > 1 && CommandTable::group(m_commands, arguments.constFirst()).isEmpty())
        return usageError(tr("help takes one command name"));
    if (!command)
        return usageError(tr("unknown command \"%1\"").arg(name));
    m_console.out(HelpText::command(*command, globalOptions()));
    return ExitSuccess;
}

QString CliApp::checkUsage(const Command& command, const QCommandLineParser& parser) const {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.minArguments)
        return tr("missing argument. Usage: %1 %2").arg(kProgram, command.synopsis);
    if (positional.size() > command.maxArguments)
        return tr("unexpected argument \"%1\". Usage: %2 %3")
            .arg(positional.at(command.maxArguments), kProgram, command.synopsis);
    for (const QString& option : command.requiredOptions) {
        if (!parser.isSet(option))
            return tr("missing option --%1. Usage: %2 %3").arg(option, kProgram, command.synopsis);
    }
    if (!command.exactlyOneOf.isEmpty()) {
        QStringList given;
        for (const QString& option : command.exactlyOneOf) {
            if (parser.isSet(option))
                given << QStringLiteral("--") + option;
        }
        if (given.size() != 1) {
            QStringList all;
            for (const QString& option : command.exactlyOneOf)
                all << QStringLiteral("--") + option;
            return given.isEmpty() ? tr("give one of %1").arg(all.join(QStringLiteral(", ")))
                                   : tr("give only one of %1").arg(given.join(QStringLiteral(", ")));
        }
    }
    for (const QCommandLineOption& option : command.options + globalOptions()) {
        const QString& name = option.names().constLast();
        if (!option.valueName().isEmpty() && parser.values(name).size() > 1)
            return tr("--%1 is given more than once").arg(name);
    }
    if (parser.isSet(CommonOptions::db) && parser.value(CommonOptions::db).isEmpty())
        return tr("--db needs a PATH");
    return {};
}

int CliApp::runCommand(const Command& command, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions(command.options + globalOptions());
    if (!parser.parse(QStringList{kProgram} + arguments))
        return usageError(parser.errorText(), command.name);
    if (parser.isSet(CommonOptions::help)) {
        m_console.out(HelpText::command(command, globalOptions()));
        return ExitSuccess;
    }
    if (const QString problem = checkUsage(command, parser); !problem.isEmpty())
        return usageError(problem, command.name);

    if (command.database == Command::Database::None ||
        (!command.neverDatabaseWith.isEmpty() && parser.isSet(command.neverDatabaseWith)) ||
        (!command.noDatabaseWith.isEmpty() && parser.isSet(command.noDatabaseWith) &&
         !parser.isSet(CommonOptions::db))) {
        CommandContext context(parser, nullptr, m_console);
        return command.run(context);
    }

    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    QString path;
    ChecklistStore::OpenMode mode = ChecklistStore::OpenMode::CreateIfMissing;
    const bool userNamedPath = parser.isSet(CommonOptions::db);
    if (userNamedPath) {
        // A path the user named: only a command that writes may create it, and
        // a file that exists must already be a database (never an empty file).
        path = parser.value(CommonOptions::db);
        if (QFileInfo::exists(path) || command.database == Command::Database::Read)
            mode = ChecklistStore::OpenMode::ExistingOnly;
    } else {
        // The desktop app's database, created on first use as the app does.
        path = ChecklistStore::defaultLocation();
    }
    const bool isFile = !ChecklistStore::isServerLocation(path);
    // Only a file the user named and this run created is removed again on failure.
    const bool created = userNamedPath && isFile && !QFileInfo::exists(path);
    if (created && mode == ChecklistStore::OpenMode::CreateIfMissing &&
        !QFileInfo(path).absoluteDir().exists()) {
        // A database the user names is created, but never a folder: a typo in
        // the path must not leave a tree of folders behind.
        m_console.errLine(
            kProgram + QStringLiteral(": ") +
            tr("cannot create the database %1: the folder %2 does not exist. Check the path, or "
               "create the folder first.")
                .arg(path, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return ExitUserError;
    }
    if (Status opened = store.open(path, mode); !opened) {
        if (created)
            removeCreatedDatabase(store, path);
        m_console.errLine(kProgram + QStringLiteral(": ") + opened.error());
        return ExitUserError;
    }
    // Plain text across a network only when the address asked for it: said
    // on every run, so it is never a surprise (ServerAddress has the rule).
    if (const std::optional<ChecklistStore::PlainTextSession> plain = store.plainTextSession())
        m_console.errLine(
            kProgram + QStringLiteral(": ") +
            tr("note: the connection to %1 is not encrypted (sslmode=%2)").arg(plain->host, plain->sslMode));

    // What this machine remembers of the database (a database this run
    // created has nothing to be compared with yet).
    Witness witness;
    std::optional<Verifier::Finding> witnessFinding;
    if (!created) {
        if (Result<std::optional<Verifier::Finding>> checked = witness.check(store); !checked)
            m_console.errLine(kProgram + QStringLiteral(": ") +
                              tr("warning: cannot compare the database with what this machine remembers: %1")
                                  .arg(checked.error()));
        else
            witnessFinding = checked.value();
    }
    // verify and witness report the finding themselves; every other command warns and goes on.
    if (witnessFinding && command.name != u"verify" && !command.name.startsWith(u"witness "))
        m_console.errLine(kProgram + QStringLiteral(": ") +
                          tr("warning: %1. %2").arg(witnessFinding->message, WitnessCommands::advice()));

    CommandContext context(parser, &store, m_console);
    context.setWitness(&witness, witnessFinding);
    const int status = command.run(context);
    if (status != ExitSuccess && created)
        removeCreatedDatabase(store, path);
    // The warning stands until the database is accepted (witness forget, which remembers it itself).
    if (status == ExitSuccess && !witnessFinding && store.isOpen()) {
        if (Status remembered = witness.remember(store); !remembered)
            m_console.errLine(kProgram + QStringLiteral(": ") + tr("warning: %1").arg(remembered.error()));
    }
    return status;
}
