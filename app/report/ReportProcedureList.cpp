#include "report/ReportProcedureList.h"

#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportProcedureList::compose(const ChecklistSection& section) {
    ReportFlow& flow = m_context.flow;
    ReportTextLayout& text = m_context.text();
    int number = 0;
    for (const ChecklistItem& item : section.items) {
        if (item.isGroupHeader) {
            flow.skip(3);
            flow.paragraph(ReportMarkup::spans(item.text, ReportFontSet::Bold), kBody, kInk);
        } else {
            ++number;
            const QString label = QStringLiteral("%1.").arg(number);
            const float indent = 20;
            const ReportTextBlock lines =
                text.lines(ReportMarkup::spans(item.text), kBody, flow.width() - indent, kInk);
            const float lh = ReportTextLayout::lineHeight(kBody);
            // The number and at least the first two lines of its step together.
            flow.ensureSpace(lh * float(qMin(lines.lineCount(), 2)));
            const ReportTextBlock numberLine = text.lines(label, ReportFontSet::Regular, kBody, 1e6f, kInk);
            flow.place(numberLine, 0, flow.left() + indent - 5 - numberLine.width(0),
                       flow.y() + text.baseline(kBody));
            for (int l = 0; l < lines.lineCount(); ++l) {
                flow.ensureSpace(lh);
                flow.place(lines, l, flow.left() + indent, flow.y() + text.baseline(kBody));
                flow.skip(lh);
            }
            flow.skip(2);
        }
        if (!flow.step())
            return;
    }
    flow.skip(6);
}
