#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// signer add, list, show, deactivate, reactivate, unlock, approve, passwd: the people who
// may sign, as the desktop app's Tools > Signers manages them.
class SignerCommands {
    Q_DECLARE_TR_FUNCTIONS(SignerCommands)
public:
    static QList<Command> commands();

private:
    static int addSigner(CommandContext& context);
    static int listSigners(CommandContext& context);
    static int deactivateSigner(CommandContext& context);
    static int setRoles(CommandContext& context);
    static int changePassword(CommandContext& context);
    static int reactivateSigner(CommandContext& context);
    static int unlockSigner(CommandContext& context);
    static int approveSigner(CommandContext& context);
    static int showSigner(CommandContext& context);
};
