#include "ui/TableFit.h"

#include "ui/OnDemandRowHeights.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace {
const char* const kFitPending = "countersignFitPending";
}

namespace TableFit {

void prepare(QTableView* table) {
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
                     [table] { fitHeightLater(table); });
}

void fitHeight(QTableView* table) {
    // One-line rows as tall in every table on the page, whatever their delegates say.
    const int minimumRow = table->fontMetrics().height() + 14;
    // A long table fits only the rows it paints: opening and editing a record
    // of thousands of items must not size every cell (docs/PERFORMANCE.md).
    if (OnDemandRowHeights* onDemand = OnDemandRowHeights::of(table)) {
        onDemand->refit();
        return;
    }
    if (OnDemandRowHeights::attachIfLong(table, minimumRow))
        return;
    table->resizeRowsToContents();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->rowHeight(row) < minimumRow)
            table->setRowHeight(row, minimumRow);
    }
    const QHeaderView* header = table->horizontalHeader();
    const int headerHeight = header->isHidden() ? 0 : header->sizeHint().height();
    const int height = headerHeight + table->verticalHeader()->length() + 2 * table->frameWidth();
    if (table->height() != height || table->minimumHeight() != height)
        table->setFixedHeight(height);
}

void fitHeightLater(QTableView* table) {
    if (table->property(kFitPending).toBool())
        return;
    table->setProperty(kFitPending, true);
    QTimer::singleShot(0, table, [table] {
        table->setProperty(kFitPending, false);
        fitHeight(table);
    });
}

} // namespace TableFit
