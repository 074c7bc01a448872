#pragma once

#include "cli/Command.h"
#include "core/Checklist.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;

// sign, decline and reopen: a signer's electronic signature on one role of a
// record, a signer's attributable refusal to sign it, and the withdrawal of every signature so the record can
// change again. The rules (order, roles, completeness, credentials, lock) are SignOffService's.
class SigningCommands {
    Q_DECLARE_TR_FUNCTIONS(SigningCommands)
public:
    static QList<Command> commands();

private:
    static int sign(CommandContext& context);
    static int decline(CommandContext& context);
    static int reopen(CommandContext& context);
    static Result<SecretBytes> signingPassword(const QString& login);
    // The drawn signature in a --strokes file: [[[x,y],...],...] in pad coordinates.
    static Result<SignatureStrokes> readStrokes(const QString& path);
};
