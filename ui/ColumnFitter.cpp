#include "ui/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

ColumnFitter::ColumnFitter(QTreeView* view, int stretchColumn, int stretchMinimumChars)
    : QObject(view)
    , m_view(view)
    , m_stretchColumn(stretchColumn)
    , m_stretchMinimumChars(stretchMinimumChars) {
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
    if (watched == m_view && event->type() == QEvent::Resize && m_view->isVisible()) {
        fitSoon(Fit::Exactly);
    } else if (watched == m_view && event->type() == QEvent::Show) {
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
    QList<int> wanted(header->count(), 0);
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn || header->isSectionHidden(column))
            continue;
        wanted[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        total += wanted[column];
    }
    // In a narrow dock the stretching column (a record's title) keeps a
    // readable share, and the others give way, elided, in proportion.
    const int room =
        m_view->viewport()->width() - m_view->fontMetrics().averageCharWidth() * m_stretchMinimumChars;
    const bool narrow = m_stretchMinimumChars > 0 && total > room && room > 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn || header->isSectionHidden(column))
            continue;
        const int width =
            narrow ? std::max(header->minimumSectionSize(), int(qint64(wanted[column]) * room / total))
                   : wanted[column];
        if (narrow || fit == Fit::Exactly || width > header->sectionSize(column))
            header->resizeSection(column, width);
    }
}
