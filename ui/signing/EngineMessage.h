#pragma once

#include <QString>

// The engine's errors are clauses ("the login or the password is wrong") so
// the CLI can prefix them; a dialog shows them as sentences.
namespace EngineMessage {
// Capital first letter and a closing full stop: "The login or the password is wrong."
QString sentence(const QString& message);
// The same, as HTML: the first line a paragraph, indented lines that follow a bullet list.
QString html(const QString& message);
} // namespace EngineMessage
