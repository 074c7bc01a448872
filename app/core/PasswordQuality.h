#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

// Whether a new signing password is good enough, checked with libpwquality
// and its cracklib dictionary (Debian: libpwquality1, cracklib-runtime) when
// a password is set: a signer's first, and each change. Passwords already
// stored keep working for signing. The rules are set here in code, never read
// from the system's /etc/security/pwquality.conf, so every machine that
// shares a database refuses the same passwords: at least kMinLength
// characters, not based on a dictionary word, not simple or systematic, not
// containing the signer's login or a word of their printed name, and (for a
// change) not the current password again or close to it. A refusal says why
// and what to do, in our own words where libpwquality's are unclear. The
// password stays in guarded memory (SecretBytes); libpwquality's own working
// copies are wiped by it before it frees them.
class PasswordQuality {
    Q_DECLARE_TR_FUNCTIONS(PasswordQuality)

public:
    // Counted in characters (UTF-16 code units, as a QLineEdit counts them).
    static constexpr int kMinLength = 10;
    // How many characters (insertions, deletions, changes) a new password
    // must differ from the current one by; also how close to the login or
    // a word of the printed name a password may come.
    static constexpr int kMinDifference = 3;

    // Ok, or why the password is refused and what to do instead. login and
    // printedName are whose password it is; current, when given, is the
    // password it replaces.
    static Status check(const SecretBytes& password, const QString& login, const QString& printedName,
                        const SecretBytes* current = nullptr);
};
