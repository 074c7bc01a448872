#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

// Reads passwords for --password-stdin: one per line from standard input,
// never from the command line (where `ps` and the shell history would show
// them). When standard input is a terminal the typing is not echoed. The
// bytes go straight from read(2) into guarded memory (SecretBytes), past
// stdio's buffer and any QString, are handed to the engine, and are wiped when
// the caller drops them; they are never printed or logged.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    // The same minimum the desktop app's password fields and SignOffService apply.
    static constexpr int kMinLength = SignOffService::kMinPasswordLength;

    explicit PasswordInput(std::FILE* in = stdin);

    // The next line as a password; prompt is shown (on stderr) only on a terminal.
    // what names the password in an error ("the password", "the new password").
    Result<SecretBytes> read(const QString& prompt, const QString& what);
    // As read(), and refuses a password shorter than kMinLength.
    Result<SecretBytes> readNew(const QString& prompt, const QString& what);

private:
    SecretBytes readLine(const QString& prompt, bool* endOfInput, bool* outOfMemory);

    std::FILE* m_in;
};
