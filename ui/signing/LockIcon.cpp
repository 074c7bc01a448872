#include "ui/signing/LockIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace LockIcon {

QPixmap pixmap(int size, const QColor& colour, qreal devicePixelRatio) {
    QPixmap result(QSize(size, size) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // The shackle: an arch over the body, drawn as a thick open path.
    QPen shackle(colour, s * 0.13, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(shackle);
    painter.setBrush(Qt::NoBrush);
    QPainterPath arch;
    const QRectF archRect(s * 0.28, s * 0.08, s * 0.44, s * 0.50);
    arch.moveTo(archRect.left(), s * 0.48);
    arch.lineTo(archRect.left(), archRect.center().y());
    arch.arcTo(archRect, 180, -180);
    arch.lineTo(archRect.right(), s * 0.48);
    painter.drawPath(arch);
    // The body, with a keyhole cut out.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF body(s * 0.16, s * 0.44, s * 0.68, s * 0.50);
    QPainterPath bodyPath;
    bodyPath.addRoundedRect(body, s * 0.08, s * 0.08);
    QPainterPath keyhole;
    keyhole.addEllipse(QPointF(s * 0.5, s * 0.64), s * 0.07, s * 0.07);
    keyhole.addRect(QRectF(s * 0.47, s * 0.66, s * 0.06, s * 0.14));
    painter.drawPath(bodyPath.subtracted(keyhole.simplified()));
    return result;
}

QIcon icon(const QColor& colour) {
    QIcon result;
    for (int size : {16, 22, 32, 48})
        result.addPixmap(pixmap(size, colour));
    return result;
}

} // namespace LockIcon
