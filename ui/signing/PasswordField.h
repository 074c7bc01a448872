#pragma once

#include "core/SecretBytes.h"

class QLineEdit;

// Takes a password out of a QLineEdit at the last moment, for the engine.
// What QLineEdit itself keeps, and for how long, is in docs/SECURITY.md.
namespace PasswordField {

// The field's text as UTF-8 in guarded memory. The field is emptied with
// setText(), which also drops its undo history (clear() would keep the
// characters undoable), and the text's buffer, no longer shared, is overwritten.
SecretBytes take(QLineEdit* field);
// Empties a field that held a password (a confirmation) the same way.
void wipe(QLineEdit* field);

} // namespace PasswordField
