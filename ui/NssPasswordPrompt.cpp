#include "ui/NssPasswordPrompt.h"

#include "ui/base/Prompts.h"

#include <QDir>

namespace {
constexpr int kPasswordAttempts = 3;
}

NssPasswordPrompt::Outcome
NssPasswordPrompt::run(QWidget* parent, const QString& nssDir,
                       const std::function<Status(const SecretBytes& password)>& attempt) {
    Outcome outcome;
    outcome.status = attempt(outcome.password);
    for (int asked = 0; asked < kPasswordAttempts && !outcome.status &&
                        outcome.status.errorKind() == Error::Kind::PasswordRejected;
         ++asked) {
        const QString label = asked == 0 ? tr("The certificate database %1 is protected by a password.\n\n"
                                              "Password:")
                                         : tr("That password did not open the certificate database %1.\n\n"
                                              "Password:");
        std::optional<QString> typed = Prompts::password(parent, tr("Certificate Database Password"),
                                                         label.arg(QDir::toNativeSeparators(nssDir)));
        if (!typed) {
            outcome.cancelled = true;
            outcome.password.clear();
            return outcome;
        }
        outcome.password = SecretBytes::fromText(*typed);
        SecretBytes::wipe(*typed);
        outcome.status = attempt(outcome.password);
    }
    if (!outcome.status)
        outcome.password.clear();
    return outcome;
}
