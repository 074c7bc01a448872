#include "ui/signing/SignatureRenderer.h"

#include "ui/signing/SignatureFont.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using SignatureGeometry::kBaselineY;
using SignatureGeometry::kPadHeight;
using SignatureGeometry::kPadWidth;
using SignatureGeometry::kPenWidth;

namespace {

QPointF midpoint(const QPointF& a, const QPointF& b) {
    return (a + b) / 2.0;
}

// The pen scales with the drawing but never thins below a hairline that still
// reads on screen and in print.
QPen inkPen(const QColor& ink, qreal scale) {
    QPen pen(ink, std::max<qreal>(1.0, kPenWidth * scale));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

QColor SignatureRenderer::defaultInk() {
    return QColor(0x1b, 0x2a, 0x5c);
}

QRectF SignatureRenderer::fitRect(const QRectF& bounds) {
    if (bounds.isEmpty())
        return {};
    const qreal scale = std::min(bounds.width() / kPadWidth, bounds.height() / kPadHeight);
    QRectF rect(0, 0, kPadWidth * scale, kPadHeight * scale);
    rect.moveCenter(bounds.center());
    return rect;
}

QPointF SignatureRenderer::toTarget(const QPointF& padPoint, const QRectF& target) {
    return {target.left() + padPoint.x() * target.width() / kPadWidth,
            target.top() + padPoint.y() * target.height() / kPadHeight};
}

QPointF SignatureRenderer::toPad(const QPointF& targetPoint, const QRectF& target) {
    if (target.isEmpty())
        return {};
    const qreal x = (targetPoint.x() - target.left()) * kPadWidth / target.width();
    const qreal y = (targetPoint.y() - target.top()) * kPadHeight / target.height();
    return {std::clamp(x, 0.0, kPadWidth), std::clamp(y, 0.0, kPadHeight)};
}

QPainterPath SignatureRenderer::path(const SignatureStrokes& strokes, const QRectF& target) {
    QPainterPath result;
    for (const SignatureStroke& stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        QList<QPointF> points;
        points.reserve(stroke.size());
        for (const QPointF& p : stroke)
            points << toTarget(p, target);
        result.moveTo(points.first());
        if (points.size() == 1) {
            // A dot: a hair-short line that the round cap turns into a disc
            // (a zero-length one is dropped by some paint engines).
            result.lineTo(points.first() + QPointF(0.01, 0));
            continue;
        }
        // Quadratic curves through the midpoints, each point a control point:
        // smooth joins, and the curve still passes close to every sample.
        result.lineTo(midpoint(points.at(0), points.at(1)));
        for (qsizetype i = 1; i + 1 < points.size(); ++i)
            result.quadTo(points.at(i), midpoint(points.at(i), points.at(i + 1)));
        result.lineTo(points.last());
    }
    return result;
}

QRectF SignatureRenderer::inkBounds(const SignatureStrokes& strokes) {
    qreal left = kPadWidth, top = kPadHeight, right = 0, bottom = 0;
    bool any = false;
    for (const SignatureStroke& stroke : strokes) {
        for (const QPointF& p : stroke) {
            left = std::min(left, p.x());
            top = std::min(top, p.y());
            right = std::max(right, p.x());
            bottom = std::max(bottom, p.y());
            any = true;
        }
    }
    return any ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF();
}

void SignatureRenderer::paint(QPainter& painter, const QRectF& rect, const SignatureStrokes& strokes, Fit fit,
                              const QColor& ink) {
    if (strokes.isEmpty() || rect.isEmpty())
        return;
    QRectF target = fitRect(rect);
    if (fit == Fit::Ink) {
        // Scale the inked part (plus a pen's margin) to fill rect, then place
        // the whole pad so that part lands centred in rect.
        QRectF ink =
            inkBounds(strokes).adjusted(-2 * kPenWidth, -2 * kPenWidth, 2 * kPenWidth, 2 * kPenWidth);
        ink.setWidth(std::max<qreal>(ink.width(), 1.0));
        ink.setHeight(std::max<qreal>(ink.height(), 1.0));
        // Never enlarge past the pad's own size in rect: a small scribble stays small.
        const qreal scale = std::min(
            {rect.width() / ink.width(), rect.height() / ink.height(), 3.0 * target.width() / kPadWidth});
        const QPointF inkCentre = ink.center() * scale;
        const QPointF origin = rect.center() - inkCentre;
        target = QRectF(origin, QSizeF(kPadWidth * scale, kPadHeight * scale));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(inkPen(ink, target.width() / kPadWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path(strokes, target));
    painter.restore();
}

void SignatureRenderer::paintTyped(QPainter& painter, const QRectF& rect, const QString& printedName, Fit fit,
                                   const QColor& ink) {
    const QString name = printedName.trimmed();
    if (name.isEmpty() || rect.isEmpty())
        return;
    // On the pad: about a third of the pad high, standing on its baseline.
    // Fitting the ink: as large as the rectangle allows, like a drawn signature.
    const QRectF target = fit == Fit::Pad ? fitRect(rect) : rect;
    const qreal scale = target.width() / kPadWidth;
    qreal pixelSize = fit == Fit::Pad ? 125.0 * scale : 0.62 * target.height();
    const qreal available = target.width() * (fit == Fit::Pad ? 0.8 : 0.96);
    QFont font = SignatureFont::font(pixelSize);
    const qreal width = QFontMetricsF(font).horizontalAdvance(name);
    if (width > available) {
        pixelSize *= available / width;
        font = SignatureFont::font(pixelSize);
    }
    const QFontMetricsF metrics(font);
    const qreal textWidth = metrics.horizontalAdvance(name);
    const qreal baselineY = fit == Fit::Pad
                                ? target.top() + kBaselineY * scale
                                : target.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    const QPointF baseline(target.center().x() - textWidth / 2, baselineY);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(baseline, name);
    painter.restore();
}

void SignatureRenderer::paint(QPainter& painter, const QRectF& rect, const SignatureEntry& signature, Fit fit,
                              const QColor& ink) {
    if (signature.typed)
        paintTyped(painter, rect, signature.printedName, fit, ink);
    else
        paint(painter, rect, signature.strokes, fit, ink);
}

QRectF SignatureRenderer::paintPaper(QPainter& painter, const QRectF& bounds, const QString& hint) {
    const QRectF paper = fitRect(bounds.adjusted(1, 1, -1, -1));
    if (paper.isEmpty())
        return paper;
    const qreal scale = paper.width() / kPadWidth;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0xc9, 0xce, 0xd6), 1.0));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(paper.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // The baseline, with a small cross at its start where the pen goes down.
    const qreal y = paper.top() + kBaselineY * scale;
    const qreal left = paper.left() + 40 * scale;
    const qreal right = paper.right() - 40 * scale;
    const QColor rule(0x9a, 0xa3, 0xb0);
    painter.setPen(QPen(rule, 1.0));
    painter.drawLine(QPointF(left + 40 * scale, y), QPointF(right, y));
    const qreal cross = 12 * scale;
    const QPointF c(left + 12 * scale, y - cross - 4 * scale);
    painter.setPen(QPen(rule, std::max<qreal>(1.0, 2.5 * scale), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(c + QPointF(-cross, -cross), c + QPointF(cross, cross));
    painter.drawLine(c + QPointF(-cross, cross), c + QPointF(cross, -cross));

    if (!hint.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(9, qRound(26 * scale)));
        painter.setFont(font);
        painter.setPen(QColor(0xa7, 0xae, 0xb8));
        const QRectF hintRect(QPointF(left + 40 * scale, y + 10 * scale),
                              QPointF(right, paper.bottom() - 4 * scale));
        painter.drawText(hintRect, Qt::AlignLeft | Qt::AlignTop, hint);
    }
    painter.restore();
    return paper;
}
