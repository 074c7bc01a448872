#pragma once

#include "report/ReportPage.h"
#include "report/ReportProgressMeter.h"
#include "report/ReportTextLayout.h"

#include <QList>
#include <QMarginsF>
#include <QSizeF>

#include <functional>

// The report's page cursor: where the next line goes, and a new page when
// it does not fit. Every part of the report writes through it, so page
// breaks, the running header and a table's header repeated on the next page
// happen in one place. Counts the layout steps each page holds.
class ReportFlow {
public:
    explicit ReportFlow(ReportTextLayout& text);

    // Starts the first page of `pages` (cleared) on paper of this size.
    void start(QSizeF paper, const QMarginsF& margins, QList<ReportPage>& pages, ReportProgressMeter& meter);
    // Records the last page's steps once the layout is done.
    void close();

    // Drawn at the top of every page after the first.
    void setRunningHeader(std::function<void()> draw) { m_runningHeader = std::move(draw); }
    // Drawn below the running header while set: an open table's column titles.
    void setContinuation(std::function<void()> draw) { m_continuation = std::move(draw); }

    ReportTextLayout& text() { return m_text; }
    const QMarginsF& margins() const { return m_margins; }
    float left() const { return m_left; }
    float right() const { return m_right; }
    float top() const { return m_top; }
    float bottom() const { return m_bottom; }
    float width() const { return m_right - m_left; }
    // The cursor: the top of what comes next, points from the paper's top.
    float y() const { return m_y; }
    void setY(float y) { m_y = y; }
    void skip(float height) { m_y += height; }
    // Nothing written below the page's top margin yet.
    bool atPageTop() const { return m_y <= m_top + 1; }
    int pageIndex() const { return int(m_pages->size()) - 1; }

    void newPage();
    // A new page unless `height` fits below the cursor (or the page is still empty).
    void ensureSpace(float height);

    // Drawing on the current page's body.
    void place(const ReportTextBlock& block, int line, float x, float baseline);
    void rule(float x1, float y, float x2, float width, QRgb color);
    void fill(const QRectF& rect, QRgb color);
    void stroke(const ReportStroke& stroke);
    void image(const QRectF& rect, const QImage& picture);
    // Lines across the text width, each on the page it fits; returns the height used.
    float paragraph(const QList<ReportSpan>& spans, float size, QRgb color, float indent = 0,
                    float firstIndent = 0);
    // Kept with the start of what follows (`keptBelow` points of it), underlined. The
    // default holds a table's two-line header and two two-line rows.
    static constexpr float kKeptBelow = 100;
    void heading(const QString& text, float size, float spaceBefore);
    // A heading from a template (a section's title), its inline Markdown read.
    void heading(const QList<ReportSpan>& spans, float size, float spaceBefore, float keptBelow = kKeptBelow);

    // One layout step done; false once the caller has cancelled.
    bool step(int units = 1);
    ReportProgressMeter& meter() { return *m_meter; }

private:
    ReportTextLayout& m_text;
    QList<ReportPage>* m_pages = nullptr;
    ReportProgressMeter* m_meter = nullptr;
    std::function<void()> m_runningHeader;
    std::function<void()> m_continuation;
    QSizeF m_paper;
    QMarginsF m_margins;
    float m_left = 0;
    float m_right = 0;
    float m_top = 0;
    float m_bottom = 0;
    float m_y = 0;
    int m_pageUnits = 0;
};
