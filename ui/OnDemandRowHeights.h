#pragma once

#include <QList>
#include <QObject>

class QTableView;

// Row heights for a long table that shows every row on a scrolling page (a
// checklist section of thousands of items). Fitting every row to its contents
// up front (QTableView::resizeRowsToContents) asks the delegate for the size
// of every cell: seconds for 10,000 items, and again after every resize and
// edit. Here rows start one line tall and each is fitted to its contents when
// it is first painted, so opening, scrolling and editing cost what is on
// screen, not what is in the record. TableFit uses it for tables longer than
// kMinimumRows; shorter ones are fitted whole, as before.
class OnDemandRowHeights : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinimumRows = 100;

    // Attaches to a table that should fit its rows on demand; nullptr when it is short.
    static OnDemandRowHeights* attachIfLong(QTableView* table, int minimumRowHeight);
    static OnDemandRowHeights* of(const QTableView* table);

    // Contents or column widths changed: rows are fitted again as they are painted.
    void refit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    OnDemandRowHeights(QTableView* table, int minimumRowHeight);
    void reset();
    void fitRowsIn(int top, int bottom);
    void fitTableHeight();
    void fitTableHeightLater();

    QTableView* m_table;
    bool m_heightPending = false;
    int m_minimumRowHeight;
    QList<quint32> m_fittedIn; // per row: the generation it was fitted in (0: never)
    quint32 m_generation = 1;
};
