#include "ui/RecordListPanel.h"

#include "ui/ColumnFitter.h"
#include "ui/RecordListModel.h"

#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// A narrow dock (1024×700) still shows this much of each record's title.
constexpr int kTitleMinimumChars = 16;
} // namespace

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
    new ColumnFitter(m_view, RecordListModel::Title, kTitleMinimumChars);

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
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT recordEntered(m_model->recordIdAt(index.row()));
    });
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
