#pragma once

#include "core/Checklist.h"
#include "core/SignatureGeometry.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>

class QPainter;

// Draws signatures into any QPainter rectangle: the pad on screen, a cell of
// the sign-off table, the PDF report. Needs only QtGui (no widgets), so it can
// move into the engine when the PDF writer wants it.
//
// Strokes are in pad coordinates (SignatureGeometry: 0..kPadWidth across,
// 0..kPadHeight down).
// They are drawn as quadratic curves through the midpoints of successive
// points, with round caps and joins, antialiased; a one-point stroke is a dot.
class SignatureRenderer {
public:
    // How a signature is placed in the target rectangle.
    enum class Fit {
        Pad, // the whole pad, aspect kept: what was drawn stays where it was drawn
        Ink, // only the inked part, aspect kept: larger in a small table cell
    };

    // Ballpoint blue-black: reads as ink and prints well in grey.
    static QColor defaultInk();

    // The largest rectangle with the pad's aspect ratio centred in bounds.
    static QRectF fitRect(const QRectF& bounds);
    // Maps pad coordinates onto target (which should have the pad's aspect ratio).
    static QPointF toTarget(const QPointF& padPoint, const QRectF& target);
    // Maps a point in target back to pad coordinates, clamped to the pad.
    static QPointF toPad(const QPointF& targetPoint, const QRectF& target);
    // The smoothed outline of strokes, already mapped onto target.
    static QPainterPath path(const SignatureStrokes& strokes, const QRectF& target);
    // The bounding box of all points, in pad coordinates (empty strokes: a null rect).
    static QRectF inkBounds(const SignatureStrokes& strokes);

    // Draws strokes into rect. The painter's state is restored afterwards.
    static void paint(QPainter& painter, const QRectF& rect, const SignatureStrokes& strokes,
                      Fit fit = Fit::Pad, const QColor& ink = defaultInk());
    // Draws a typed signature: the printed name in SignatureFont, on the
    // pad's baseline (Fit::Pad) or as large as rect allows (Fit::Ink), and
    // shrunk until it fits across.
    static void paintTyped(QPainter& painter, const QRectF& rect, const QString& printedName,
                           Fit fit = Fit::Pad, const QColor& ink = defaultInk());
    // Draws what a signature entry carries: its strokes, or its typed name.
    static void paint(QPainter& painter, const QRectF& rect, const SignatureEntry& signature,
                      Fit fit = Fit::Pad, const QColor& ink = defaultInk());
    // The paper the pad and the typed preview show: white sheet, a faint
    // border, a baseline with a small cross, and hint above it when not empty.
    // Returns the pad rectangle (fitRect of bounds, less a margin).
    static QRectF paintPaper(QPainter& painter, const QRectF& bounds, const QString& hint = QString());
};
