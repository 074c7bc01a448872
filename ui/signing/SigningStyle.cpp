#include "ui/signing/SigningStyle.h"

#include "ui/signing/SigningColours.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QScreen>

namespace SigningStyle {

namespace {
QString boxStyle(const QString& background, const QString& border, const QString& text) {
    return QStringLiteral(
               "QLabel { background: %1; border: 1px solid %2; border-radius: 6px; padding: 8px 12px; "
               "color: %3; }")
        .arg(background, border, text);
}

// A text that changes as the user types (a password hint, a refusal) can need more lines than
// the window was sized for; a window never grows by itself for wrapped text (its layout's
// minimum ignores height-for-width), so the text would be cut off. Grows the window to what its
// layout needs at its width, within the screen (a frame takes some 40 px more).
void growToFit(QLabel* label) {
    QWidget* window = label->window();
    if (!window->isVisible() || !window->layout())
        return;
    // The label's new size reaches the window's layout through posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window->layout()->activate();
    const int needed = window->layout()->totalHeightForWidth(window->width());
    if (needed <= window->height())
        return;
    const QRect screen = window->screen()->availableGeometry();
    window->resize(window->width(), std::min(needed, screen.height() - 40));
    keepOnScreen(window);
}
} // namespace

void keepOnScreen(QWidget* window) {
    if (!window->isVisible() || !window->screen())
        return;
    const QRect screen = window->screen()->availableGeometry();
    const int overflow = window->frameGeometry().bottom() - screen.bottom();
    if (overflow > 0)
        window->move(window->x(), std::max(screen.top(), window->y() - overflow));
}

void makeWarningBanner(QLabel* label) {
    label->setStyleSheet(
        boxStyle(QStringLiteral("#fff6e5"), QStringLiteral("#e8b25b"), QStringLiteral("#5a3c00")));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
}

void makeErrorBanner(QLabel* label) {
    label->setStyleSheet(boxStyle(SigningColours::invalidTint().name(), QStringLiteral("#e0a29c"),
                                  SigningColours::invalid().name()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

void showError(QLabel* label, const QString& message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
    growToFit(label);
}

void setHint(QLabel* label, const QString& text, bool ok, bool wrong) {
    const QColor colour = ok      ? SigningColours::valid()
                          : wrong ? SigningColours::invalid()
                                  : SigningColours::muted();
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    label->setText(text);
    growToFit(label);
}

void scaleFont(QWidget* widget, double factor, int weight) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(QFont::Weight(weight));
    widget->setFont(font);
}

} // namespace SigningStyle
