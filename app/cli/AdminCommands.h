#pragma once

#include "cli/Command.h"
#include "core/Registry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class CommandContext;
class PasswordInput;

// admin init, admin add, admin list, admin recover, admin recovery-key: the
// administrators who certify who may sign (the signer registry,
// core/Registry), the registry's root and its recovery key.
class AdminCommands {
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    static QList<Command> commands();

    // The --admin LOGIN option the signer commands take.
    static QCommandLineOption adminOption();
    static inline const QString admin = QStringLiteral("admin");
    // With --admin, the administrator's login and their password read as the
    // first line of standard input; nullopt without --admin. An error when the
    // password could not be read.
    static Result<std::optional<Registry::Credentials>> credentials(CommandContext& context,
                                                                    PasswordInput& input);

private:
    static int init(CommandContext& context);
    static int add(CommandContext& context);
    static int list(CommandContext& context);
    static int recover(CommandContext& context);
    static int recoveryKey(CommandContext& context);
    static void printRecoveryKey(CommandContext& context, const SecretBytes& code);
};
