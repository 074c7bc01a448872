#include "ui/signing/PasswordRule.h"

#include "core/PasswordQuality.h"
#include "core/SecretBytes.h"
#include "ui/signing/EngineMessage.h"

#include <QCoreApplication>

namespace PasswordRule {

Check check(const QString& password, const QString& confirmation, const QString& login,
            const QString& printedName) {
    const auto tr = [](const char* text, int n = -1) {
        return QCoreApplication::translate("PasswordRule", text, nullptr, n);
    };
    if (password.isEmpty() && confirmation.isEmpty())
        // Spelled out (not the lambda) so that lupdate sees the count and makes it a plural message.
        return {false,
                QCoreApplication::translate("PasswordRule", "At least %n characters.", nullptr, kMinLength)};
    if (password.size() < kMinLength)
        return {false, QCoreApplication::translate("PasswordRule", "Too short: at least %n characters.",
                                                   nullptr, kMinLength)};
    // The field's text goes to the check through guarded memory, wiped when this returns.
    const Status good = PasswordQuality::check(SecretBytes::fromText(password), login, printedName);
    if (!good)
        return {false, EngineMessage::sentence(good.error())};
    if (confirmation.isEmpty())
        return {false, tr("Type the password again to confirm it.")};
    if (password != confirmation)
        return {false, tr("The passwords do not match.")};
    return {true, tr("The passwords match.")};
}

} // namespace PasswordRule
