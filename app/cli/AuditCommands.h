#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// audit: a record's append-only trail of changes; verify: is it, and every signature, intact.
class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    static QList<Command> commands();

private:
    static int showAudit(CommandContext& context);
    static int verify(CommandContext& context);
    // verify --pdf FILE [--db DB]: a filed PDF's evidence block, and the database against it.
    static int verifyPdf(CommandContext& context);
};
