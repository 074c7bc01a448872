#include "core/PasswordQuality.h"

#include <QRegularExpression>
#include <QStringList>

#include <libintl.h>
#include <pwquality.h>

#include <cstring>
#include <memory>

namespace {

struct SettingsDeleter {
    void operator()(pwquality_settings_t* settings) const { pwquality_free_settings(settings); }
};
using Settings = std::unique_ptr<pwquality_settings_t, SettingsDeleter>;

// libpwquality wants a C string: the password with a NUL after it, still in guarded memory.
SecretBytes terminated(const SecretBytes& text) {
    SecretBytes copy = SecretBytes::zeroed(text.size() + 1);
    if (copy.isValid() && !text.isEmpty())
        std::memcpy(copy.data(), text.data(), size_t(text.size()));
    return copy;
}

// A name as the checks compare it: compatibility-normalised and case-folded,
// as UTF-8 (libpwquality lowers only ASCII letters itself).
QByteArray folded(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().toUtf8();
}

// The printed name's and the login's words, separated by spaces as
// libpwquality's list of bad words is (it skips words under four bytes).
QByteArray nameWords(const QString& login, const QString& printedName) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = printedName.split(separators, Qt::SkipEmptyParts);
    words += login.split(separators, Qt::SkipEmptyParts);
    return folded(words.join(QLatin1Char(' ')));
}

// Whether cracklib's reason is this one, in English or in the user's language
// (cracklib translates its reasons under its own gettext domain).
bool crackReasonIs(const char* reason, const char* english) {
    return std::strcmp(reason, english) == 0 || std::strcmp(reason, dgettext("cracklib", english)) == 0;
}

} // namespace

Status PasswordQuality::check(const SecretBytes& password, const QString& login, const QString& printedName,
                              const SecretBytes* current) {
    if (password.isEmpty())
        return Error(tr("the password is empty: type one of at least %n characters", nullptr, kMinLength));
    if (password.textLength() < kMinLength)
        return Error(tr("the password is too short: use at least %n characters", nullptr, kMinLength));

    const Settings settings(pwquality_default_settings());
    if (!settings)
        return Error(tr("there was not enough memory to check the password"));
    // Set here, not read from /etc/security/pwquality.conf: the same rules on every machine.
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, kMinLength);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DIFF_OK, kMinDifference);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_SUBSTR, 0);
    // The GECOS field is the operating system account's, not the signer's:
    // the printed name goes in as bad words instead.
    pwquality_set_int_value(settings.get(), PWQ_SETTING_GECOS_CHECK, 0);
    const QByteArray words = nameWords(login, printedName);
    if (!words.isEmpty())
        pwquality_set_str_value(settings.get(), PWQ_SETTING_BAD_WORDS, words.constData());

    const SecretBytes text = terminated(password);
    const SecretBytes old = current ? terminated(*current) : SecretBytes();
    if (!text.isValid() || (current && !old.isValid()))
        return Error(tr("no locked memory is left to check the password; check the limit on locked memory "
                        "(ulimit -l)"));
    const QByteArray user = folded(login.trimmed());
    void* aux = nullptr;
    const int score = pwquality_check(settings.get(), text.chars(), current ? old.chars() : nullptr,
                                      user.isEmpty() ? nullptr : user.constData(), &aux);
    if (score >= 0)
        return {};

    switch (score) {
    case PWQ_ERROR_EMPTY_PASSWORD:
        return Error(tr("the password is empty: type one of at least %n characters", nullptr, kMinLength));
    case PWQ_ERROR_MIN_LENGTH:
        return Error(tr("the password is too short: use at least %n characters", nullptr, kMinLength));
    case PWQ_ERROR_USER_CHECK:
        return Error(
            tr("the password contains the login \"%1\": choose one that does not").arg(login.trimmed()));
    case PWQ_ERROR_BAD_WORDS:
        return Error(tr("the password contains a word of the printed name or the login: choose one that has "
                        "nothing to do with who signs"));
    case PWQ_ERROR_PALINDROME:
        return Error(tr("the password reads the same backwards: choose a less regular one"));
    case PWQ_ERROR_SAME_PASSWORD:
        return Error(tr("the new password is the current one: choose a different one"));
    case PWQ_ERROR_CASE_CHANGES_ONLY:
        return Error(
            tr("the new password differs from the current one only in upper and lower case: choose a "
               "different one"));
    case PWQ_ERROR_ROTATED:
        return Error(tr("the new password is the current one rotated: choose a different one"));
    case PWQ_ERROR_TOO_SIMILAR:
        return Error(tr("the new password is too similar to the current one: change at least %n characters",
                        nullptr, kMinDifference));
    case PWQ_ERROR_MEM_ALLOC:
        return Error(tr("there was not enough memory to check the password"));
    default:
        break;
    }
    if (score == PWQ_ERROR_CRACKLIB_CHECK && aux) {
        const char* reason = static_cast<const char*>(aux);
        if (crackReasonIs(reason, "error loading dictionary"))
            return Error(tr("the password cannot be checked: the dictionary of common passwords is missing. "
                            "Install it (Debian package cracklib-runtime) and try again"));
        if (crackReasonIs(reason, "it is based on a dictionary word") ||
            crackReasonIs(reason, "it is based on a (reversed) dictionary word"))
            return Error(tr("the password is based on a dictionary word: use several unrelated words, or mix "
                            "in digits and punctuation"));
        if (crackReasonIs(reason, "it is too simplistic/systematic"))
            return Error(tr("the password is too simple or systematic (like a row of the keyboard or "
                            "letters in order): choose a less regular one"));
        if (crackReasonIs(reason, "it does not contain enough DIFFERENT characters"))
            return Error(tr("the password has too few different characters: use more kinds of letters, "
                            "digits or punctuation"));
        if (crackReasonIs(reason, "it is all whitespace"))
            return Error(tr("the password is only spaces: type one with letters, digits or punctuation"));
        if (crackReasonIs(reason, "it is based on your username") ||
            crackReasonIs(reason, "it is based upon your password entry") ||
            crackReasonIs(reason, "it is derived from your password entry") ||
            crackReasonIs(reason, "it is derivable from your password entry"))
            return Error(tr("the password is based on the name of this computer's user account: choose one "
                            "that has nothing to do with it"));
    }
    // libpwquality's own words, translated by it, for anything else.
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    const char* said = pwquality_strerror(buffer, sizeof buffer, score, aux);
    return Error(tr("the password is refused: %1. Choose another one").arg(QString::fromUtf8(said)));
}
