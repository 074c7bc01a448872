#include "report/ReportPageFrame.h"

#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportPageFrame::drawRunningHeader() {
    ReportFlow& flow = m_context.flow;
    ReportTextLayout& text = m_context.text();
    const float y = flow.top() - 14;
    QStringList parts;
    for (const QString& part : {m_context.record.info.title, m_context.record.info.releaseVersion,
                                m_context.record.info.environment}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    const QString left = parts.join(QStringLiteral(" · "));
    const QString right =
        tr("Record %1 · %2").arg(m_context.record.id).arg(RecordStateText::label(m_context.record.state));
    const float rightWidth = text.width(right, ReportFontSet::Regular, kSmall);
    const ReportTextBlock leftLines =
        text.lines(left, ReportFontSet::Regular, kSmall, flow.width() - rightWidth - 12, kMuted);
    flow.place(leftLines, 0, flow.left(), y);
    flow.place(text.lines(right, ReportFontSet::Regular, kSmall, 1e6f, kMuted), 0, flow.right() - rightWidth,
               y);
    flow.rule(flow.left(), y + 4, flow.right(), 0.4f, kRule);
}

void ReportPageFrame::prepareFooters() {
    ReportTextLayout& text = m_context.text();
    text.width(QStringLiteral("0123456789abcdef…"), ReportFontSet::Mono, kSmall);
    text.width(tr("Record %1 · Content SHA-256 ").arg(m_context.record.id) +
                   tr("Page %1 of %2").arg(1234567890).arg(0) + u'…',
               ReportFontSet::Regular, kSmall);
}

void ReportPageFrame::addFooters(QList<ReportPage>& pages) {
    const ReportFlow& flow = m_context.flow;
    ReportTextLayout& text = m_context.text();
    const int count = int(pages.size());
    const QString& digest = m_context.digest.get();
    const QString shortDigest = digest.left(16) + u'…';
    for (int i = 0; i < count; ++i) {
        ReportLayer& page = pages[i].overlay;
        const float y = float(pages[i].size.height()) - float(flow.margins().bottom()) + 24;
        page.strokes.append({{QPointF(flow.left(), y - 10), QPointF(flow.right(), y - 10)}, 0.4f, kRule});
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(count);
        const float pageWidth = text.width(pageText, ReportFontSet::Regular, kSmall);
        const bool last = i == count - 1;
        QList<ReportSpan> left{
            {tr("Record %1 · Content SHA-256 ").arg(m_context.record.id), ReportFontSet::Regular},
            {last ? digest : shortDigest, ReportFontSet::Mono}};
        const ReportTextBlock leftLines = text.lines(left, kSmall, flow.width() - pageWidth - 10, kMuted);
        const ReportTextBlock pageLines = text.lines(pageText, ReportFontSet::Regular, kSmall, 1e6f, kMuted);
        leftLines.place(0, page, QPointF(flow.left(), y));
        pageLines.place(0, page, QPointF(flow.right() - pageWidth, y));
    }
}
