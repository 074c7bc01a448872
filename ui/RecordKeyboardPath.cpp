#include "ui/RecordKeyboardPath.h"

#include <QFocusEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>

RecordKeyboardPath::RecordKeyboardPath(Page page, QObject* parent)
    : QObject(parent)
    , m_page(std::move(page)) {}

void RecordKeyboardPath::addGrid(SectionGrid* grid) {
    m_grids.append(grid);
    connect(grid, &SectionGrid::edgeReached, this,
            [this, grid](SectionGrid::Edge edge) { leaveGrid(grid, edge); });
    connect(grid, &SectionGrid::focusEntered, this,
            [this, grid](Qt::FocusReason reason) { onGridFocused(grid, reason); });
}

void RecordKeyboardPath::addSignOffView(QTableView* view) {
    m_signOff = view;
    view->installEventFilter(this);
}

void RecordKeyboardPath::clear() {
    m_grids.clear();
    m_signOff = nullptr;
}

bool RecordKeyboardPath::eventFilter(QObject* watched, QEvent* event) {
    auto* view = qobject_cast<QTableView*>(watched);
    if (view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Up && modifiers == Qt::NoModifier && view->currentIndex().row() <= 0) {
            leaveSignOffUpwards();
            return true;
        }
        // The last role is the end of the path: the page stays where it is.
        if (key->key() == Qt::Key_Down && modifiers == Qt::NoModifier &&
            view->currentIndex().row() == view->model()->rowCount() - 1)
            return true;
    }
    if (view && event->type() == QEvent::FocusIn && movesFocus(static_cast<QFocusEvent*>(event)->reason())) {
        // The role chosen shows again (a click selects the row it lands on by itself).
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && !view->selectionModel()->hasSelection() &&
            static_cast<QFocusEvent*>(event)->reason() != Qt::MouseFocusReason)
            view->selectionModel()->select(current,
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        followCurrent(view);
    }
    return QObject::eventFilter(watched, event);
}

void RecordKeyboardPath::leaveGrid(SectionGrid* from, SectionGrid::Edge edge) {
    // Crossing into the sections below the first screen builds them.
    if (edge == SectionGrid::Edge::Bottom)
        m_page.buildRest();
    const QList<SectionGrid*> grids = m_grids;
    const qsizetype at = grids.indexOf(from);
    if (at < 0)
        return;
    ChecklistTableModel* model = from->checklistModel();
    ChecklistTableModel::Column column = from->currentIndex().isValid()
                                             ? model->columnKind(from->currentIndex().column())
                                             : ChecklistTableModel::Status;
    if (column == ChecklistTableModel::Extra) // not every grid has extra columns
        column = ChecklistTableModel::Status;
    const bool down = edge == SectionGrid::Edge::Bottom;
    for (qsizetype i = down ? at + 1 : at - 1; i >= 0 && i < grids.size(); i += down ? 1 : -1) {
        // Entering from above lands on the first item, from below on the last.
        if (grids.at(i)->enterFrom(down ? SectionGrid::Edge::Top : SectionGrid::Edge::Bottom, column)) {
            // Also when focus arrives later (a window not active yet): one strong mark at once.
            from->selectionModel()->clearSelection();
            followCurrent(grids.at(i));
            return;
        }
    }
    if (down && m_signOff && m_signOff->model()->rowCount() > 0) {
        from->selectionModel()->clearSelection();
        enterSignOff(m_signOff);
    }
}

void RecordKeyboardPath::leaveSignOffUpwards() {
    for (qsizetype i = m_grids.size() - 1; i >= 0; --i) {
        if (m_grids.at(i)->enterFrom(SectionGrid::Edge::Bottom, ChecklistTableModel::Status)) {
            followCurrent(m_grids.at(i));
            return;
        }
    }
}

void RecordKeyboardPath::enterSignOff(QTableView* view) {
    // The role chosen before, else the first; the current row is the one Sign… signs (SignOffPanel).
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setFocus(Qt::OtherFocusReason);
    followCurrent(view);
}

bool RecordKeyboardPath::movesFocus(Qt::FocusReason reason) {
    return reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason;
}

void RecordKeyboardPath::onGridFocused(SectionGrid* grid, Qt::FocusReason reason) {
    // Only built grids can hold a selection: nothing here builds the rest of the page.
    for (SectionGrid* other : std::as_const(m_grids)) {
        if (other != grid)
            other->selectionModel()->clearSelection();
    }
    // The sign-off table lets go of its highlight too; its current row, the role chosen, stays.
    if (m_signOff)
        m_signOff->selectionModel()->clearSelection();
    if (movesFocus(reason))
        followCurrent(grid);
}

void RecordKeyboardPath::followCurrent(QAbstractItemView* view) {
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        m_page.scrollTo(view, view->visualRect(current));
}
