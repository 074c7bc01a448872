#include "cli/CommandTable.h"

#include "cli/AdminCommands.h"
#include "cli/AttachmentCommands.h"
#include "cli/AuditCommands.h"
#include "cli/BackupCommands.h"
#include "cli/ItemCommands.h"
#include "cli/RecordCommands.h"
#include "cli/SealCommands.h"
#include "cli/ServerCommands.h"
#include "cli/SignerCommands.h"
#include "cli/SigningCommands.h"
#include "cli/TemplateCommands.h"
#include "cli/WitnessCommands.h"

QList<Command> CommandTable::all() {
    QList<Command> commands;
    commands += TemplateCommands::commands();
    commands += RecordCommands::commands();
    commands += ItemCommands::commands();
    commands += AttachmentCommands::commands();
    commands += SignerCommands::commands();
    commands += AdminCommands::commands();
    commands += SigningCommands::commands();
    commands += AuditCommands::commands();
    commands += SealCommands::commands();
    commands += BackupCommands::commands();
    commands += WitnessCommands::commands();
    commands += ServerCommands::commands();
    return commands;
}

const Command* CommandTable::find(const QList<Command>& commands, const QString& name) {
    for (const Command& command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<const Command*> CommandTable::group(const QList<Command>& commands, const QString& groupName) {
    QList<const Command*> members;
    const QString prefix = groupName + QLatin1Char(' ');
    for (const Command& command : commands) {
        if (command.name.startsWith(prefix))
            members.append(&command);
    }
    return members;
}
