#pragma once

#include "core/Result.h"
#include "core/SignOffService.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

// Reads passwords for --password-stdin: one per line from standard input,
// never from the command line (where `ps` and the shell history would show
// them). When standard input is a terminal the typing is not echoed. The
// text is handed to the engine and never printed or logged.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    // The same minimum the desktop app's password fields and SignOffService apply.
    static constexpr int kMinLength = SignOffService::kMinPasswordLength;

    explicit PasswordInput(std::FILE* in = stdin);

    // The next line as a password; prompt is shown (on stderr) only on a terminal.
    // what names the password in an error ("the password", "the new password").
    Result<QString> read(const QString& prompt, const QString& what);
    // As read(), and refuses a password shorter than kMinLength.
    Result<QString> readNew(const QString& prompt, const QString& what);

private:
    QString readLine(const QString& prompt, bool* endOfInput);

    std::FILE* m_in;
};
