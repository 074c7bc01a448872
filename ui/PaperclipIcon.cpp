#include "ui/PaperclipIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace PaperclipIcon {

QPixmap pixmap(int size, const QColor& colour, qreal devicePixelRatio) {
    QPixmap result(QSize(size, size) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(QPen(colour, qMax(1.0, s * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    // One wire bent into nested loops, drawn upright and turned a little, as a clip lies.
    painter.translate(s / 2, s / 2);
    painter.rotate(35);
    painter.translate(-s / 2, -s / 2);
    const qreal x0 = s * 0.30, x1 = s * 0.42, x2 = s * 0.58, x3 = s * 0.70;
    // A half circle below (or above) the line at y between two x: right to left through the bottom.
    const auto bend = [](QPainterPath& path, qreal left, qreal right, qreal y, bool below) {
        const qreal radius = (right - left) / 2;
        path.arcTo(QRectF(left, y - radius, 2 * radius, 2 * radius), below ? 0 : 180, -180);
    };
    QPainterPath wire;
    wire.moveTo(x2, s * 0.30);
    wire.lineTo(x2, s * 0.74);
    bend(wire, x0, x2, s * 0.74, true);
    wire.lineTo(x0, s * 0.22);
    bend(wire, x0, x3, s * 0.22, false);
    wire.lineTo(x3, s * 0.70);
    // The last bend runs from x3 back to x1; its centre sits between them.
    wire.arcTo(QRectF(x1, s * 0.70 - (x3 - x1) / 2, x3 - x1, x3 - x1), 0, -180);
    wire.lineTo(x1, s * 0.36);
    painter.drawPath(wire);
    return result;
}

QIcon icon(const QColor& colour) {
    QIcon result;
    for (int size : {16, 22, 32, 48})
        result.addPixmap(pixmap(size, colour));
    return result;
}

} // namespace PaperclipIcon
