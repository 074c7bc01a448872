#include "report/ReportFlow.h"

#include "report/ReportStyle.h"

using namespace ReportStyle;

ReportFlow::ReportFlow(ReportTextLayout& text)
    : m_text(text) {}

void ReportFlow::start(QSizeF paper, const QMarginsF& margins, QList<ReportPage>& pages,
                       ReportProgressMeter& meter) {
    m_paper = paper;
    m_margins = margins;
    m_pages = &pages;
    m_meter = &meter;
    m_left = float(margins.left());
    m_right = float(paper.width() - margins.right());
    m_top = float(margins.top());
    m_bottom = float(paper.height() - margins.bottom());
    m_pageUnits = 0;
    pages.clear();
    newPage();
}

void ReportFlow::close() {
    m_pages->last().units = m_pageUnits;
}

void ReportFlow::newPage() {
    if (!m_pages->isEmpty())
        m_pages->last().units = m_pageUnits;
    m_pageUnits = 0;
    ReportPage page;
    page.size = m_paper;
    m_pages->append(page);
    m_y = m_top;
    if (m_pages->size() > 1 && m_runningHeader)
        m_runningHeader();
    if (m_continuation)
        m_continuation();
}

void ReportFlow::ensureSpace(float height) {
    if (m_y + height > m_bottom && m_y > m_top + 1)
        newPage();
}

void ReportFlow::place(const ReportTextBlock& block, int line, float x, float baseline) {
    block.place(line, m_pages->last().body, QPointF(x, baseline));
}

void ReportFlow::rule(float x1, float y, float x2, float width, QRgb color) {
    m_pages->last().body.strokes.append({{QPointF(x1, y), QPointF(x2, y)}, width, color});
}

void ReportFlow::fill(const QRectF& rect, QRgb color) {
    m_pages->last().body.fills.append({rect, color});
}

void ReportFlow::image(const QRectF& rect, const QImage& picture) {
    m_pages->last().body.images.append({rect, picture});
}

void ReportFlow::stroke(const ReportStroke& stroke) {
    m_pages->last().body.strokes.append(stroke);
}

float ReportFlow::paragraph(const QList<ReportSpan>& spans, float size, QRgb color, float indent,
                            float firstIndent) {
    const float width = m_right - m_left - indent;
    const ReportTextBlock lines = m_text.lines(spans, size, width - firstIndent, color);
    const float lh = ReportTextLayout::lineHeight(size);
    float used = 0;
    for (int i = 0; i < lines.lineCount(); ++i) {
        ensureSpace(lh);
        place(lines, i, m_left + indent + (i == 0 ? firstIndent : 0), m_y + m_text.baseline(size));
        m_y += lh;
        used += lh;
    }
    return used;
}

void ReportFlow::heading(const QString& text, float size, float spaceBefore) {
    heading(QList<ReportSpan>{{text, ReportFontSet::Bold}}, size, spaceBefore);
}

void ReportFlow::heading(const QList<ReportSpan>& spans, float size, float spaceBefore, float keptBelow) {
    const ReportTextBlock lines = m_text.lines(spans, size, m_right - m_left, kAccent);
    const float lh = ReportTextLayout::lineHeight(size);
    // Keep the heading with what follows (a heading alone at the foot of a page was seen).
    ensureSpace(spaceBefore + lh * float(lines.lineCount()) + keptBelow);
    if (m_y > m_top + 1)
        m_y += spaceBefore;
    for (int i = 0; i < lines.lineCount(); ++i) {
        place(lines, i, m_left, m_y + m_text.baseline(size));
        m_y += lh;
    }
    rule(m_left, m_y + 1.5f, m_right, 0.6f, kHeavyRule);
    m_y += 6;
}

bool ReportFlow::step(int units) {
    ++m_pageUnits;
    return m_meter->advance(units);
}
