#include "ui/signing/SignatureStateIcon.h"

#include "ui/signing/SigningColours.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace SignatureStateIcon {

namespace {
QPixmap draw(SignatureState state, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(SigningColours::of(state));
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    QPen mark(Qt::white, s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    switch (state) {
    case SignatureState::Valid: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.35);
        painter.drawPath(tick);
        break;
    }
    case SignatureState::Invalidated:
        painter.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.58));
        painter.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    case SignatureState::Revoked:
        painter.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5));
        break;
    }
    return pixmap;
}
} // namespace

QIcon icon(SignatureState state) {
    QIcon result;
    for (int size : {16, 24, 32})
        result.addPixmap(draw(state, size));
    return result;
}

} // namespace SignatureStateIcon
