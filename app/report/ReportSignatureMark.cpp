#include "report/ReportSignatureMark.h"

#include "core/SignatureGeometry.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

namespace {

constexpr float kTypedSize = 15.f;
// A long typed name shrinks to this size, then wraps: a script face smaller
// than this no longer reads as a name (6 points was seen, and ran into the
// next column).
constexpr float kTypedMinSize = 11.f;
// The last line's baseline above the box's foot: the ink stands on the line.
constexpr float kTypedBaselineLift = kSignatureBoxHeight * 0.32f;

bool isTyped(const SignatureEntry* entry) {
    return entry && (entry->typed || entry->strokes.isEmpty());
}

// The typed name in lines that fit the width: one line, shrunk at most to kTypedMinSize, else wrapped there.
ReportTextBlock typedLines(ReportFlow& flow, const QString& name, float width) {
    ReportTextLayout& text = flow.text();
    float size = kTypedSize;
    const float oneLine = text.width(name, ReportFontSet::Script, size);
    if (oneLine > width)
        size = qMax(kTypedMinSize, size * width / oneLine);
    return text.lines(name, ReportFontSet::Script, size, width, kSignatureInk);
}

float boxHeight(const ReportTextBlock& typed) {
    const float extra =
        typed.lineCount() > 1 ? typed.height() - ReportTextLayout::lineHeight(typed.lines[0].size) : 0.f;
    return kSignatureBoxHeight + extra;
}

} // namespace

namespace ReportSignatureMark {

float height(ReportFlow& flow, const SignatureEntry* entry, float width) {
    if (!isTyped(entry))
        return kSignatureBoxHeight;
    return boxHeight(typedLines(flow, entry->printedName, width));
}

void draw(ReportFlow& flow, const SignatureEntry* entry, const QRectF& cell) {
    QRectF box(cell.left(), cell.top(), cell.width(), kSignatureBoxHeight);
    if (!entry) {
        // nothing signed: the line alone
    } else if (isTyped(entry)) {
        const ReportTextBlock lines = typedLines(flow, entry->printedName, float(box.width()));
        box.setHeight(boxHeight(lines));
        float baseline = float(box.bottom()) - kTypedBaselineLift;
        for (int l = lines.lineCount() - 1; l >= 0; --l) {
            flow.place(lines, l, float(box.left()), baseline);
            baseline -= ReportTextLayout::lineHeight(lines.lines[size_t(l)].size);
        }
    } else {
        // The strokes' own extent, not the whole pad, fills the box (aspect
        // kept): a signature drawn small in the pad still prints at the
        // size of a hand-written one, about 35 mm by 12 mm. At most three
        // times the scale of the whole pad, so that a dot stays a dot.
        using SignatureGeometry::kPadHeight;
        using SignatureGeometry::kPadWidth;
        double x0 = kPadWidth, y0 = kPadHeight, x1 = 0, y1 = 0;
        for (const SignatureStroke& stroke : entry->strokes) {
            for (const QPointF& p : stroke) {
                x0 = qMin(x0, p.x());
                y0 = qMin(y0, p.y());
                x1 = qMax(x1, p.x());
                y1 = qMax(y1, p.y());
            }
        }
        const QRectF extent = x1 >= x0 ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
        const QRectF ink = box.adjusted(1, 2, -1, -2);
        const double padScale = qMin(ink.width() / kPadWidth, ink.height() / kPadHeight);
        double scale = 3 * padScale;
        if (extent.width() > 0)
            scale = qMin(scale, ink.width() / extent.width());
        if (extent.height() > 0)
            scale = qMin(scale, ink.height() / extent.height());
        const double dx = ink.center().x() - extent.center().x() * scale;
        const double dy = ink.center().y() - extent.center().y() * scale;
        for (const SignatureStroke& stroke : entry->strokes) {
            ReportStroke s;
            s.width = 0.9f;
            s.color = kSignatureInk;
            for (const QPointF& p : stroke)
                s.points.append(QPointF(dx + p.x() * scale, dy + p.y() * scale));
            if (s.points.size() == 1)
                s.points.append(s.points.first()); // a dot
            if (!s.points.isEmpty())
                flow.stroke(s);
        }
    }
    flow.stroke(
        {{QPointF(box.left(), box.bottom() + 1), QPointF(box.right(), box.bottom() + 1)}, 0.35f, kHeavyRule});
}

} // namespace ReportSignatureMark
