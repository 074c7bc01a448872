#include "ui/signing/TypedSignatureView.h"

#include "ui/signing/PadSize.h"
#include "ui/signing/SignatureRenderer.h"

#include <QPainter>

TypedSignatureView::TypedSignatureView(QWidget* parent)
    : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Typed signature"));
}

void TypedSignatureView::setPrintedName(const QString& name) {
    m_name = name;
    setAccessibleDescription(name);
    update();
}

void TypedSignatureView::setPlaceholder(const QString& text) {
    m_placeholder = text;
    update();
}

QSize TypedSignatureView::sizeHint() const {
    return PadSize::preferred();
}

QSize TypedSignatureView::minimumSizeHint() const {
    return PadSize::minimum();
}

int TypedSignatureView::heightForWidth(int width) const {
    return PadSize::heightForWidth(width);
}

void TypedSignatureView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF sheet = SignatureRenderer::paintPaper(
        painter, PadSize::sheetBounds(rect()), m_name.trimmed().isEmpty() ? m_placeholder : QString());
    SignatureRenderer::paintTyped(painter, sheet, m_name);
}
