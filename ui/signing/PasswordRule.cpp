#include "ui/signing/PasswordRule.h"

#include <QCoreApplication>

namespace PasswordRule {

Check check(const QString& password, const QString& confirmation) {
    const auto tr = [](const char* text, int n = -1) {
        return QCoreApplication::translate("PasswordRule", text, nullptr, n);
    };
    if (password.isEmpty() && confirmation.isEmpty())
        return {false, tr("At least %n characters.", kMinLength)};
    if (password.size() < kMinLength)
        return {false, tr("Too short: at least %n characters.", kMinLength)};
    if (confirmation.isEmpty())
        return {false, tr("Type the password again to confirm it.")};
    if (password != confirmation)
        return {false, tr("The passwords do not match.")};
    return {true, tr("The passwords match.")};
}

} // namespace PasswordRule
