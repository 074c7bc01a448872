#include "ui/signing/SigningStyle.h"

#include "ui/signing/SigningColours.h"

#include <QLabel>

namespace SigningStyle {

namespace {
QString boxStyle(const QString& background, const QString& border, const QString& text) {
    return QStringLiteral(
               "QLabel { background: %1; border: 1px solid %2; border-radius: 6px; padding: 8px 12px; "
               "color: %3; }")
        .arg(background, border, text);
}
} // namespace

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
}

void setHint(QLabel* label, const QString& text, bool ok, bool wrong) {
    const QColor colour = ok      ? SigningColours::valid()
                          : wrong ? SigningColours::invalid()
                                  : SigningColours::muted();
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    label->setText(text);
}

void scaleFont(QWidget* widget, double factor, int weight) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(QFont::Weight(weight));
    widget->setFont(font);
}

} // namespace SigningStyle
