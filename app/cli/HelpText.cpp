#include "cli/HelpText.h"

#include "cli/TablePrinter.h"

QString HelpText::global(const QList<Command>& commands) {
    QString text = tr("Usage: countersign-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]") + QLatin1Char('\n');
    text +=
        tr("Release sign-off checklists from the command line: the same records as the Countersign app.") +
        QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    TablePrinter table({{QString()}, {QString()}}, QStringLiteral("  "));
    table.setHeaderVisible(false);
    for (const Command& command : commands)
        table.addRow({command.name, command.summary});
    table.addRow({QStringLiteral("help"), tr("Show the help of a command: help COMMAND")});
    text += table.toString();
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    TablePrinter options({{QString()}, {QString()}}, QStringLiteral("  "));
    options.setHeaderVisible(false);
    options.addRow(
        {QStringLiteral("--db PATH"), tr("The database to use (default: the desktop app's own).")});
    options.addRow({QStringLiteral("--json"), tr("Machine-readable output, where a command offers it.")});
    options.addRow({QStringLiteral("-h, --help"), tr("Show this help, or a command's help after it.")});
    options.addRow({QStringLiteral("--version"), tr("Show the version.")});
    options.addRow({QStringLiteral("--password-stdin"),
                    tr("Where a command needs a password: read it as a line on standard input.")});
    text += options.toString();
    text +=
        QLatin1Char('\n') +
        tr("Exit status: 0 success, 1 the command failed (nothing was changed), 2 bad usage, 3 verify found "
           "something changed behind the application's back.") +
        QLatin1Char('\n');
    return text;
}

QString HelpText::command(const Command& command, const QList<QCommandLineOption>& globalOptions) {
    QString text = tr("Usage: countersign-cli %1").arg(command.synopsis) + QLatin1Char('\n');
    text += command.summary + QLatin1Char('\n');
    if (!command.description.isEmpty())
        text += QLatin1Char('\n') + command.description + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += optionList(command.options + globalOptions);
    return text;
}

QString HelpText::optionList(const QList<QCommandLineOption>& options) {
    TablePrinter table({{QString()}, {QString()}}, QStringLiteral("  "));
    table.setHeaderVisible(false);
    for (const QCommandLineOption& option : options) {
        QStringList names;
        for (const QString& name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        table.addRow({left, option.description()});
    }
    return table.toString();
}

QString HelpText::usageHint(const QString& commandName) {
    if (commandName.isEmpty())
        return tr("Try 'countersign-cli --help'.");
    return tr("Try 'countersign-cli %1 --help'.").arg(commandName);
}

QString HelpText::group(const QString& groupName, const QList<const Command*>& members) {
    QString text =
        tr("Usage: countersign-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS]").arg(groupName) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Subcommands:") + QLatin1Char('\n');
    TablePrinter table({{QString()}, {QString()}}, QStringLiteral("  "));
    table.setHeaderVisible(false);
    for (const Command* command : members)
        table.addRow({command->name, command->summary});
    text += table.toString();
    text += QLatin1Char('\n');
    for (const Command* command : members)
        text += QStringLiteral("  countersign-cli ") + command->synopsis + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Try 'countersign-cli %1 SUBCOMMAND --help' for its options.").arg(groupName) +
            QLatin1Char('\n');
    return text;
}
