#include "ui/RecordListPanel.h"

#include "ui/ColumnFitter.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListProxy.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    , m_proxy(new RecordListProxy(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_noMatch(new QLabel(this))
    , m_view(new QTreeView(this)) {
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_filter->setPlaceholderText(tr("Filter records (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter records"));
    m_filter->setToolTip(tr("Shows only the records whose title, version, environment, template or state "
                            "contains this text. Down goes to the list, Escape clears the filter."));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &RecordListPanel::applyFilter);

    m_noMatch->setObjectName(QStringLiteral("recordFilterNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setContentsMargins(4, 2, 4, 2);
    m_noMatch->hide();
    for (const auto rowsMoved : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, rowsMoved, this, &RecordListPanel::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPanel::updateNoMatch);

    // Ctrl+F anywhere in the list (or the box itself) goes to the filter box.
    auto* find = new QAction(tr("Filter Records"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    m_view->setObjectName(QStringLiteral("recordList"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setToolTip(tr("Every record in the database; choose one to open it, click a column's "
                          "header to sort by it"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Sorting starts with no column chosen: the records in the order they
    // were created, read page by page, until the user clicks a header.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicatorShown(true);
    // A third click on a header goes back to the order of creation.
    m_view->header()->setSortIndicatorClearable(true);
    new ColumnFitter(m_view, RecordListModel::Title, kTitleMinimumChars);
    // Once the list is on screen, every record's summary is read in the
    // background, for the first filter and sort.
    m_view->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_view);

    // Selection, not the current index: a list that merely gets focus makes its
    // first row current, and that must not open a record nobody chose.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT recordChosen(recordIdAt(rows.first()));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT recordEntered(recordIdAt(index));
    });
}

qint64 RecordListPanel::recordIdAt(const QModelIndex& shownIndex) const {
    return shownIndex.data(RecordListModel::RecordIdRole).toLongLong();
}

void RecordListPanel::applyFilter(const QString& text) {
    m_noMatch->setText(tr("No record matches “%1”.").arg(text.trimmed()));
    m_proxy->setFilterText(text);
    updateNoMatch();
}

// Follows the shown rows, whatever changed them: the filter, a refresh, a
// record created or changed elsewhere.
void RecordListPanel::updateNoMatch() {
    m_noMatch->setVisible(!m_filter->text().trimmed().isEmpty() && m_proxy->rowCount() == 0);
}

bool RecordListPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_view->viewport()->removeEventFilter(this);
        // Queued: after this frame is out.
        QMetaObject::invokeMethod(m_model, &RecordListModel::readEverythingInBackground,
                                  Qt::QueuedConnection);
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_filter && event->type() == QEvent::FocusIn) {
        // Whoever goes to the filter box is about to filter: when the
        // background read is not in yet, every record's summary is read now
        // (one query, 50 ms for 20,000 records) rather than on the first
        // keystroke, which should answer at once.
        m_model->setReadEverything(true);
    }
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        // The first Escape clears the filter, the next goes back to the list.
        if (!m_filter->text().isEmpty())
            m_filter->clear();
        else
            m_view->setFocus(Qt::OtherFocusReason);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (m_proxy->rowCount() == 0)
            return true;
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            current = m_proxy->index(0, 0);
        if (key->key() == Qt::Key_Down) {
            // Into the list, on the first match: browsing from there opens records.
            m_view->setFocus(Qt::OtherFocusReason);
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
        } else {
            Q_EMIT recordEntered(recordIdAt(current));
        }
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void RecordListPanel::selectRecord(qint64 recordId) {
    const int row = m_model->rowOfRecord(recordId);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_selecting = true;
    if (!shown.isValid()) {
        // Unknown, or filtered out: the list shows no record as open.
        m_view->selectionModel()->clear();
    } else {
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(shown);
    }
    m_selecting = false;
}

void RecordListPanel::refresh() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const qint64 selected = rows.isEmpty() ? 0 : recordIdAt(rows.first());
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->refresh();
    if (selected != 0 && m_model->rowOfRecord(selected) >= 0)
        selectRecord(selected);
    m_view->verticalScrollBar()->setValue(scroll);
}
