#include "ui/signing/PasswordField.h"

#include <QLineEdit>

namespace PasswordField {

SecretBytes take(QLineEdit* field) {
    QString text = field->text(); // shares the field's buffer: no copy of the characters
    SecretBytes password = SecretBytes::fromText(text);
    field->setText(QString());
    SecretBytes::wipe(text); // the field let go, so this is the buffer it typed into
    return password;
}

void wipe(QLineEdit* field) {
    QString text = field->text();
    field->setText(QString());
    SecretBytes::wipe(text);
}

} // namespace PasswordField
