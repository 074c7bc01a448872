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
        // Pad coordinates scaled to the box, aspect kept.
        using SignatureGeometry::kPadHeight;
        using SignatureGeometry::kPadWidth;
        const double scale = qMin(box.width() / kPadWidth, box.height() / kPadHeight);
        const double dx = box.left() + (box.width() - kPadWidth * scale) / 2;
        const double dy = box.top() + (box.height() - kPadHeight * scale) / 2;
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
