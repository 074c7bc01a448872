#include "ui/signing/TypedSignatureView.h"

#include "ui/signing/SignatureRenderer.h"

#include <QPainter>

namespace {
constexpr int kMargin = 2;
}

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
    return {560, heightForWidth(560)};
}

QSize TypedSignatureView::minimumSizeHint() const {
    return {300, heightForWidth(300)};
}

int TypedSignatureView::heightForWidth(int width) const {
    return qRound((width - 2 * kMargin) * SignatureRenderer::kPadHeight / SignatureRenderer::kPadWidth) +
           2 * kMargin;
}

void TypedSignatureView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF sheet =
        SignatureRenderer::paintPaper(painter, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin),
                                      m_name.trimmed().isEmpty() ? m_placeholder : QString());
    SignatureRenderer::paintTyped(painter, sheet, m_name);
}
