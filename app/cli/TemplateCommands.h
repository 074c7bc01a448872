#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// templates, import-template, export-template.
class TemplateCommands {
    Q_DECLARE_TR_FUNCTIONS(TemplateCommands)
public:
    static QList<Command> commands();

private:
    static int listTemplates(CommandContext& context);
    static int importTemplate(CommandContext& context);
    static int exportTemplate(CommandContext& context);
};
