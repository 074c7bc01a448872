#include "report/ReportTable.h"

#include "report/ReportSignatureMark.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportTable::Cell::clear() {
    text.clear();
    align = Qt::AlignLeft;
    signature = nullptr;
    signatureLine = false;
    minHeight = 0;
}

ReportTable::ReportTable(ReportFlow& flow)
    : m_flow(flow) {}

void ReportTable::begin(const QList<Column>& columns) {
    m_columns = columns;
    m_columnX.clear();
    float x = m_flow.left();
    for (const Column& c : columns) {
        m_columnX.append(x);
        x += c.width;
    }
    m_firstWaiting = 0;
    m_waitingCount = 0;
    m_headerDrawn = false;
    m_rowsPage = -1;
    m_rowsOnPage = 0;
}

void ReportTable::end(float keepAfter) {
    float waiting = keepAfter;
    for (int i = 0; i < m_waitingCount; ++i)
        waiting += m_waiting[(m_firstWaiting + i) % kWaiting].height;
    if (!m_headerDrawn) {
        // A short table: all of it and what follows together, if a page holds them.
        float firstTwo = 0;
        for (int i = 0; i < qMin(2, m_waitingCount); ++i)
            firstTwo += m_waiting[(m_firstWaiting + i) % kWaiting].height;
        openHeader(waiting <= freshRoom() ? waiting : firstTwo);
    }
    while (m_waitingCount > 2) {
        waiting -= m_waiting[m_firstWaiting].height;
        drawWaitingFront();
    }
    // The last two rows and what follows: to the next page together rather
    // than the last row alone there, if two rows of the table stay above.
    if (m_waitingCount == 2 && m_flow.y() + waiting > m_flow.bottom() && waiting <= freshRoom() &&
        m_rowsPage == m_flow.pageIndex() && m_rowsOnPage >= 2)
        m_flow.newPage();
    while (m_waitingCount > 0)
        drawWaitingFront();
    m_flow.setContinuation({});
    m_columns.clear();
    m_columnX.clear();
    m_flow.skip(kTableSpaceAfter);
}

void ReportTable::hold(bool group, const QString& groupText, const Row* cells, RowStyle style,
                       const QString& groupNote) {
    if (m_waitingCount == kWaiting) {
        if (!m_headerDrawn)
            openHeader(m_waiting[m_firstWaiting].height + m_waiting[(m_firstWaiting + 1) % kWaiting].height);
        drawWaitingFront();
    }
    Waiting& w = m_waiting[(m_firstWaiting + m_waitingCount) % kWaiting];
    ++m_waitingCount;
    w.group = group;
    w.style = style;
    if (group) {
        w.groupText = groupText;
        w.groupNote = groupNote;
        w.height = groupRowHeight(groupText, groupNote);
    } else {
        w.cells = *cells; // element by element: the cells keep their memory
        w.height = rowHeight(w.cells);
    }
}

void ReportTable::openHeader(float below) {
    m_flow.ensureSpace(headerHeight() + below);
    m_flow.setContinuation([this] { drawHeader(); });
    drawHeader();
    m_headerDrawn = true;
}

void ReportTable::drawWaitingFront() {
    const Waiting& w = m_waiting[m_firstWaiting];
    m_firstWaiting = (m_firstWaiting + 1) % kWaiting;
    --m_waitingCount;
    if (w.group)
        drawGroupRow(w.groupText, w.groupNote);
    else
        drawRow(w.cells, w.style);
}

float ReportTable::freshRoom() const {
    return m_flow.bottom() - m_flow.top() - 40; // a new page's room below its running and table headers
}

void ReportTable::countRowOnPage() {
    if (m_rowsPage != m_flow.pageIndex()) {
        m_rowsPage = m_flow.pageIndex();
        m_rowsOnPage = 0;
    }
    ++m_rowsOnPage;
}

float ReportTable::textWidth(int column) const {
    return m_columns.at(column).width - 2 * kPadX;
}

ReportTable::Cell ReportTable::textCell(int column, const QString& text, float size, QRgb color,
                                        ReportFontSet::Role role) {
    return spanCell(column, {{text, role}}, size, color);
}

ReportTable::Cell ReportTable::spanCell(int column, const QList<ReportSpan>& spans, float size, QRgb color) {
    Cell cell;
    m_flow.text().layout(spans, size, textWidth(column), orInk(color), cell.text);
    return cell;
}

ReportTable::Row& ReportTable::scratchRow(int cells) {
    if (int(m_scratch.size()) < cells)
        m_scratch.resize(size_t(cells));
    while (int(m_scratch.size()) > cells)
        m_scratch.pop_back();
    for (Cell& cell : m_scratch)
        cell.clear();
    return m_scratch;
}

float ReportTable::headerHeight() const {
    int maxLines = 1;
    for (const Column& c : m_columns)
        maxLines = qMax(
            maxLines,
            m_flow.text().lines(c.title, ReportFontSet::Bold, kSmall, c.width - 2 * kPadX, kInk).lineCount());
    return float(maxLines) * ReportTextLayout::lineHeight(kSmall) + 2 * kPadY;
}

void ReportTable::drawHeader() {
    ReportTextLayout& text = m_flow.text();
    QList<ReportTextBlock> titles;
    int maxLines = 1;
    for (const Column& c : std::as_const(m_columns)) {
        titles.append(text.lines(c.title, ReportFontSet::Bold, kSmall, c.width - 2 * kPadX, kInk));
        maxLines = qMax(maxLines, titles.last().lineCount());
    }
    const float lh = ReportTextLayout::lineHeight(kSmall);
    const float height = float(maxLines) * lh + 2 * kPadY;
    const float top = m_flow.y();
    m_flow.fill(QRectF(m_flow.left(), top, m_flow.width(), height), kHeaderFill);
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportTextBlock& lines = titles.at(c);
        for (int l = 0; l < lines.lineCount(); ++l) {
            float x = m_columnX.at(c) + kPadX;
            if (m_columns.at(c).align & Qt::AlignRight)
                x = m_columnX.at(c) + m_columns.at(c).width - kPadX - lines.width(l);
            m_flow.place(lines, l, x, top + kPadY + float(l) * lh + text.baseline(kSmall));
        }
    }
    m_flow.skip(height);
    m_flow.rule(m_flow.left(), m_flow.y(), m_flow.right(), 0.7f, kHeavyRule);
}

float ReportTable::rowHeight(const Row& cells) const {
    float content = 0;
    for (const Cell& cell : cells)
        content = qMax(content, qMax(cell.text.height(), cell.minHeight));
    return content + 2 * kPadY;
}

void ReportTable::drawCells(const Row& cells, float top, float height) {
    for (int c = 0; c < int(cells.size()) && c < m_columns.size(); ++c) {
        const Cell& cell = cells.at(size_t(c));
        const float x0 = m_columnX.at(c) + kPadX;
        const float w = m_columns.at(c).width - 2 * kPadX;
        float y = top + kPadY;
        const bool right = (cell.align | m_columns.at(c).align) & Qt::AlignRight;
        for (int l = 0; l < cell.text.lineCount(); ++l) {
            const float size = cell.text.lines[size_t(l)].size;
            m_flow.place(cell.text, l, right ? x0 + w - cell.text.width(l) : x0,
                         y + m_flow.text().baseline(size));
            y += ReportTextLayout::lineHeight(size);
        }
        if (cell.signatureLine)
            ReportSignatureMark::draw(m_flow, cell.signature, QRectF(x0, top + kPadY, w, height - 2 * kPadY));
    }
}

void ReportTable::addRow(const Row& cells, RowStyle style) {
    hold(false, {}, &cells, style);
}

void ReportTable::addGroupRow(const QString& text, const QString& note) {
    hold(true, text, nullptr, RowStyle::Normal, note);
}

void ReportTable::drawRow(const Row& cells, RowStyle style) {
    const float height = rowHeight(cells);
    if (m_flow.y() + height > m_flow.bottom()) {
        const float fresh = m_flow.bottom() - m_flow.top() - 40; // a new page's room below its table header
        if (height <= fresh) {
            m_flow.newPage();
        } else {
            splitRow(cells);
            return;
        }
    }
    countRowOnPage();
    const float top = m_flow.y();
    if (style == RowStyle::Total)
        m_flow.fill(QRectF(m_flow.left(), top, m_flow.width(), height), kTotalFill);
    drawCells(cells, top, height);
    m_flow.skip(height);
    m_flow.rule(m_flow.left(), m_flow.y(), m_flow.right(), style == RowStyle::Total ? 0.7f : 0.35f,
                style == RowStyle::Total ? kHeavyRule : kRule);
}

void ReportTable::splitRow(const Row& cells) {
    // Only for a row taller than a page: its cells continue on the next page, line by line.
    std::vector<int> next(cells.size(), 0);
    bool first = true;
    for (;;) {
        const float top = m_flow.y();
        float used = 0;
        for (size_t c = 0; c < cells.size() && int(c) < m_columns.size(); ++c) {
            const Cell& cell = cells[c];
            const float x0 = m_columnX.at(int(c)) + kPadX;
            float h = 0;
            while (next[c] < cell.text.lineCount()) {
                const float size = cell.text.lines[size_t(next[c])].size;
                const float lh = ReportTextLayout::lineHeight(size);
                if (top + 2 * kPadY + h + lh > m_flow.bottom() && h > 0)
                    break;
                m_flow.place(cell.text, next[c], x0, top + kPadY + h + m_flow.text().baseline(size));
                h += lh;
                ++next[c];
            }
            if (first && cell.signatureLine) {
                ReportSignatureMark::draw(
                    m_flow, cell.signature,
                    QRectF(x0, top + kPadY, m_columns.at(int(c)).width - 2 * kPadX, cell.minHeight));
                h = qMax(h, cell.minHeight);
            }
            used = qMax(used, h);
        }
        m_flow.setY(top + used + 2 * kPadY);
        first = false;
        bool more = false;
        for (size_t c = 0; c < cells.size(); ++c)
            more = more || next[c] < cells[c].text.lineCount();
        if (!more) {
            m_flow.rule(m_flow.left(), m_flow.y(), m_flow.right(), 0.35f, kRule);
            return;
        }
        m_flow.newPage();
    }
}

ReportTextBlock ReportTable::groupLines(const QString& text, const QString& note) const {
    QList<ReportSpan> spans = ReportMarkup::spans(text, ReportFontSet::Bold);
    if (!note.isEmpty())
        spans.append({QStringLiteral(" · ") + note, ReportFontSet::Regular});
    return m_flow.text().lines(spans, kTable, m_flow.width() - 2 * kPadX, kInk);
}

float ReportTable::groupRowHeight(const QString& text, const QString& note) const {
    return float(groupLines(text, note).lineCount()) * ReportTextLayout::lineHeight(kTable) + 2 * kPadY;
}

void ReportTable::drawGroupRow(const QString& text, const QString& note) {
    const ReportTextBlock lines = groupLines(text, note);
    const float lh = ReportTextLayout::lineHeight(kTable);
    const float height = float(lines.lineCount()) * lh + 2 * kPadY;
    // A group header keeps with its first item.
    if (m_flow.y() + height + 2 * lh + 2 * kPadY > m_flow.bottom())
        m_flow.newPage();
    const float top = m_flow.y();
    m_flow.fill(QRectF(m_flow.left(), top, m_flow.width(), height), kGroupFill);
    float y = top + kPadY;
    for (int i = 0; i < lines.lineCount(); ++i) {
        m_flow.place(lines, i, m_flow.left() + kPadX, y + m_flow.text().baseline(kTable));
        y += lh;
    }
    m_flow.skip(height);
    m_flow.rule(m_flow.left(), m_flow.y(), m_flow.right(), 0.35f, kRule);
}
