#pragma once

#include <QString>

class QLabel;
class QWidget;

// The few looks the sign-off dialogs share, so they read as one family.
namespace SigningStyle {
// An amber box: what cannot be done now and why (blocking items, revocation).
void makeWarningBanner(QLabel* label);
// A red box under the fields for the engine's refusals; hidden while empty.
void makeErrorBanner(QLabel* label);
// Sets an error banner's text and shows it, or hides it for an empty text.
void showError(QLabel* label, const QString& message);
// A small line under password fields: grey while incomplete, green when met, red when wrong.
void setHint(QLabel* label, const QString& text, bool ok, bool wrong);
// A window grown past the screen's bottom edge moves up, so that its buttons stay on the screen.
void keepOnScreen(QWidget* window);
// Scales a widget's font and sets its weight (headings).
void scaleFont(QWidget* widget, double factor, int weight);
} // namespace SigningStyle
