#include "RecordListPanel.h"

#include "RecordListModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

RecordListPanel::RecordListPanel(ChecklistStore* store, QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordListModel(store, this))
    , m_view(new QTreeView(this)) {
    m_view->setObjectName(QStringLiteral("recordList"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setToolTip(tr("Every record in the database; choose one to open it"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_view->header();
    // Fit the columns to the rows on screen, not to every row of a list of thousands.
    header->setResizeContentsPrecision(0);
    header->setStretchLastSection(false);
    // Not ResizeToContents: that measures the rows again in every layout pass
    // (dozens before the window first paints). The columns are fitted when
    // shown and once after each burst of changes (fitColumns).
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(RecordListModel::Title, QHeaderView::Stretch);
    m_fitLater.setSingleShot(true);
    m_fitLater.setInterval(0);
    connect(&m_fitLater, &QTimer::timeout, this, [this] {
        fitColumns(m_pendingFit);
        m_pendingFit = Fit::GrowOnly;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { fitSoon(Fit::Exactly); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { fitSoon(Fit::GrowOnly); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { fitSoon(Fit::GrowOnly); });
    // Rows scrolled into view may be wider than the ones measured.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { fitSoon(Fit::GrowOnly); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // Selection, not the current index: a list that merely gets focus makes its
    // first row current, and that must not open a record nobody chose.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT recordChosen(m_model->recordIdAt(rows.first().row()));
    });
}

void RecordListPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Laid out by now: the rows on screen are known, and the first frame shows them fitted.
    m_fitLater.stop();
    m_pendingFit = Fit::GrowOnly;
    fitColumns(Fit::Exactly);
}

void RecordListPanel::fitSoon(Fit fit) {
    if (fit == Fit::Exactly)
        m_pendingFit = Fit::Exactly;
    if (isVisible())
        m_fitLater.start();
}

void RecordListPanel::fitColumns(Fit fit) {
    QHeaderView* header = m_view->header();
    // QTreeView's override is protected; the item view's public one dispatches to it.
    const QAbstractItemView* view = m_view;
    for (int column = 0; column < RecordListModel::ColumnCount; ++column) {
        if (column == RecordListModel::Title)
            continue;
        const int wanted = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (fit == Fit::Exactly || wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void RecordListPanel::selectRecord(qint64 recordId) {
    const int row = m_model->rowOfRecord(recordId);
    m_selecting = true;
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_selecting = false;
}

void RecordListPanel::refresh() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const qint64 selected = rows.isEmpty() ? 0 : m_model->recordIdAt(rows.first().row());
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->refresh();
    if (selected != 0 && m_model->rowOfRecord(selected) >= 0)
        selectRecord(selected);
    m_view->verticalScrollBar()->setValue(scroll);
}
