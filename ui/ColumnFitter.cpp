#include "ui/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

ColumnFitter::ColumnFitter(QTreeView* view, int stretchColumn)
    : QObject(view)
    , m_view(view)
    , m_stretchColumn(stretchColumn) {
    QHeaderView* header = view->header();
    // The rows on screen, not every row of a list of thousands.
    header->setResizeContentsPrecision(0);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_fitLater.setSingleShot(true);
    m_fitLater.setInterval(0);
    connect(&m_fitLater, &QTimer::timeout, this, [this] {
        fitColumns(m_pendingFit);
        m_pendingFit = Fit::GrowOnly;
    });
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, [this] { fitSoon(Fit::Exactly); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { fitSoon(Fit::GrowOnly); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { fitSoon(Fit::GrowOnly); });
    // Rows scrolled into view may be wider than the ones measured.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { fitSoon(Fit::GrowOnly); });
    view->installEventFilter(this);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Show) {
        // Laid out by now: the rows on screen are known, and the first frame shows them fitted.
        m_fitLater.stop();
        m_pendingFit = Fit::GrowOnly;
        fitColumns(Fit::Exactly);
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fitSoon(Fit fit) {
    if (fit == Fit::Exactly)
        m_pendingFit = Fit::Exactly;
    if (m_view->isVisible())
        m_fitLater.start();
}

void ColumnFitter::fitColumns(Fit fit) {
    QHeaderView* header = m_view->header();
    // QTreeView's override is protected; the item view's public one dispatches to it.
    const QAbstractItemView* view = m_view;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn)
            continue;
        const int wanted = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (fit == Fit::Exactly || wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}
