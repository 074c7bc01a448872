#include "ui/OnDemandRowHeights.h"

#include <QEvent>
#include <QHeaderView>
#include <QPaintEvent>
#include <QTableView>

#include <algorithm>

OnDemandRowHeights* OnDemandRowHeights::attachIfLong(QTableView* table, int minimumRowHeight) {
    if (!table->model() || table->model()->rowCount() < kMinimumRows)
        return nullptr;
    if (OnDemandRowHeights* existing = of(table))
        return existing;
    return new OnDemandRowHeights(table, minimumRowHeight);
}

OnDemandRowHeights* OnDemandRowHeights::of(const QTableView* table) {
    return table->findChild<OnDemandRowHeights*>(QString(), Qt::FindDirectChildrenOnly);
}

OnDemandRowHeights::OnDemandRowHeights(QTableView* table, int minimumRowHeight)
    : QObject(table)
    , m_table(table)
    , m_minimumRowHeight(minimumRowHeight) {
    table->viewport()->installEventFilter(this);
    reset();
}

void OnDemandRowHeights::reset() {
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    m_fittedIn = QList<quint32>(rows, 0);
    // One pass over the header's sections, no delegate calls: every row one line tall.
    QHeaderView* header = m_table->verticalHeader();
    header->setDefaultSectionSize(m_minimumRowHeight);
    for (int row = 0; row < rows; ++row) {
        if (header->sectionSize(row) != m_minimumRowHeight)
            header->resizeSection(row, m_minimumRowHeight);
    }
    fitTableHeight();
    m_table->viewport()->update();
}

void OnDemandRowHeights::refit() {
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    if (rows != m_fittedIn.size()) {
        reset();
        return;
    }
    ++m_generation;
    m_table->viewport()->update();
}

bool OnDemandRowHeights::eventFilter(QObject* watched, QEvent* event) {
    // Before the viewport paints a region, fit the rows in it.
    if (watched == m_table->viewport() && event->type() == QEvent::Paint) {
        const QRect rect = static_cast<QPaintEvent*>(event)->rect();
        fitRowsIn(rect.top(), rect.bottom());
    }
    return QObject::eventFilter(watched, event);
}

void OnDemandRowHeights::fitRowsIn(int top, int bottom) {
    if (m_fittedIn.isEmpty())
        return;
    bool changed = false;
    // A row that grows pushes the rest down, one that shrinks pulls more rows
    // in: go on until every row in the region is fitted.
    for (int row = std::max(0, m_table->rowAt(top)); row >= 0 && row < m_fittedIn.size(); ++row) {
        if (m_table->rowViewportPosition(row) > bottom)
            break;
        if (m_fittedIn.at(row) == m_generation)
            continue;
        m_fittedIn[row] = m_generation;
        const int before = m_table->rowHeight(row);
        m_table->resizeRowToContents(row);
        if (m_table->rowHeight(row) < m_minimumRowHeight)
            m_table->setRowHeight(row, m_minimumRowHeight);
        changed = changed || m_table->rowHeight(row) != before;
    }
    if (changed)
        fitTableHeightLater();
}

void OnDemandRowHeights::fitTableHeightLater() {
    // Not while the viewport paints: resizing the table relays out the page.
    if (m_heightPending)
        return;
    m_heightPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_heightPending = false;
            fitTableHeight();
        },
        Qt::QueuedConnection);
}

void OnDemandRowHeights::fitTableHeight() {
    // The table shows all its rows: as tall as they are, the page scrolls.
    const QHeaderView* header = m_table->horizontalHeader();
    const int headerHeight = header->isHidden() ? 0 : header->sizeHint().height();
    const int height = headerHeight + m_table->verticalHeader()->length() + 2 * m_table->frameWidth();
    if (m_table->height() != height || m_table->minimumHeight() != height)
        m_table->setFixedHeight(height);
}
