#include "report/ReportSignatureMark.h"

#include "core/SignatureGeometry.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

namespace ReportSignatureMark {

void draw(ReportFlow& flow, const SignatureEntry* entry, const QRectF& cell) {
    const QRectF box(cell.left(), cell.top(), cell.width(), kSignatureBoxHeight);
    if (!entry) {
        // nothing signed: the line alone
    } else if (const SignatureEntry& signature = *entry; signature.typed || signature.strokes.isEmpty()) {
        ReportTextLayout& text = flow.text();
        float size = 15.f;
        float width = text.width(signature.printedName, ReportFontSet::Script, size);
        if (width > box.width())
            size = qMax(6.f, size * float(box.width()) / width);
        const ReportTextBlock lines =
            text.lines(signature.printedName, ReportFontSet::Script, size, 1e6f, kSignatureInk);
        flow.place(lines, 0, float(box.left()), float(box.top() + box.height() * 0.68));
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
