#include "CommandTable.h"

#include "AuditCommands.h"
#include "ItemCommands.h"
#include "RecordCommands.h"
#include "TemplateCommands.h"

QList<Command> CommandTable::all() {
    QList<Command> commands;
    commands += TemplateCommands::commands();
    commands += RecordCommands::commands();
    commands += ItemCommands::commands();
    commands += AuditCommands::commands();
    return commands;
}

const Command* CommandTable::find(const QList<Command>& commands, const QString& name) {
    for (const Command& command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
