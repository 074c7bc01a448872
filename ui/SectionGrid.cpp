#include "ui/SectionGrid.h"

#include "io/InlineMarkup.h"
#include "ui/GridColumns.h"
#include "ui/MarkNotApplicableCommand.h"
#include "ui/NotApplicableDialog.h"
#include "ui/NoteDelegate.h"
#include "ui/NoteDialog.h"
#include "ui/StatusDelegate.h"
#include "ui/TableFit.h"

#include <QAccessible>
#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDropEvent>
#include <QFocusEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QUndoStack>

SectionGrid::SectionGrid(const EditContext& context, qint64 recordId, const ChecklistSection& section,
                         bool editable, QWidget* parent)
    : QTableView(parent)
    , m_model(new ChecklistTableModel(context, this)) {
    m_model->setSection(recordId, section, editable);
    m_model->setGroupColours(palette());
    // Before the model: a row-number header that is still shown when the
    // model arrives sizes itself from its first and last hundred rows.
    TableFit::prepare(this);
    setModel(m_model);
    setObjectName(QStringLiteral("grid:%1").arg(section.title));
    setAccessibleName(tr("%1 checklist").arg(section.title));
    // What the keys do, or that nothing can change: a sealed grid takes no keys.
    setAccessibleDescription(editable ? tr("Space toggles Done, Ctrl+Shift+N marks N/A, Ctrl+Shift+F marks "
                                           "Failed, typing writes a note")
                                      : tr("Read-only: the record is signed and cannot change"));

    setAlternatingRowColors(true);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setTabKeyNavigation(false); // Tab moves on to the next section
    setEditTriggers(AnyKeyPressed | DoubleClicked | EditKeyPressed);
    setItemDelegateForColumn(m_model->columnOf(ChecklistTableModel::Status), new StatusDelegate(this));
    setItemDelegateForColumn(m_model->columnOf(ChecklistTableModel::Notes), new NoteDelegate(this));
    setContextMenuPolicy(Qt::DefaultContextMenu);
    // Files dropped on a row are attached to its item (dropEvent); nothing is dragged out.
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setUpColumns();
    applySpans();

    m_toggleAction = addItemAction(tr("Toggle &Done"), QKeySequence(Qt::Key_Space),
                                   tr("Marks the item Done, or Pending again when it is Done"));
    m_pendingAction = addItemAction(tr("Mark &Pending"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                    tr("Marks the item as not checked yet"));
    m_notApplicableAction = addItemAction(tr("Mark &N/A…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                          tr("Marks the item as not applicable; needs a note"));
    m_failedAction = addItemAction(tr("Mark &Failed…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                   tr("Marks the item as failed; needs a note"));
    m_editNoteAction =
        addItemAction(tr("Edit &Note"), QKeySequence(Qt::Key_F2), tr("Writes or changes the item's note"));
    connect(m_toggleAction, &QAction::triggered, this, &SectionGrid::toggleCurrent);
    connect(m_pendingAction, &QAction::triggered, this, [this] { markCurrent(ItemStatus::Pending); });
    connect(m_notApplicableAction, &QAction::triggered, this,
            [this] { markCurrent(ItemStatus::NotApplicable); });
    connect(m_failedAction, &QAction::triggered, this, [this] { markCurrent(ItemStatus::Failed); });
    connect(m_editNoteAction, &QAction::triggered, this, &SectionGrid::editCurrentNote);
    m_markAllAction =
        // Its key, Ctrl+Shift+G, belongs to the Record menu's entry (RecordView), which
        // runs this action of the grid last used: shown there, and never ambiguous.
        addItemAction(tr("Mark All Not &Applicable…"), QKeySequence(),
                      tr("Marks every item of the group (or of the section when it has no groups) "
                         "not applicable with one reason"));
    m_markSectionAction = addItemAction(tr("&Mark Section Not Applicable…"), QKeySequence(),
                                        tr("Marks every item of the section not applicable with one reason"));
    connect(m_markAllAction, &QAction::triggered, this,
            [this] { markAllNotApplicable(m_contextRow >= 0 ? m_contextRow : currentIndex().row(), false); });
    connect(m_markSectionAction, &QAction::triggered, this,
            [this] { markAllNotApplicable(currentIndex().row(), true); });

    connect(m_model, &ChecklistTableModel::editFailed, this, &SectionGrid::editFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { TableFit::fitHeightLater(this); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SectionGrid::updateActions);
    connect(m_model, &ChecklistTableModel::notApplicableChanged, this, &SectionGrid::updateActions);
    connect(m_model, &ChecklistTableModel::itemStatusChanged, this, &SectionGrid::announceStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        applySpans();
        TableFit::fitHeightLater(this);
    });
    // Space works as soon as the grid has focus: start on the first item's status.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (isItemRow(row)) {
            selectionModel()->setCurrentIndex(
                m_model->index(row, m_model->columnOf(ChecklistTableModel::Status)),
                QItemSelectionModel::NoUpdate);
            break;
        }
    }
    updateActions();
    TableFit::fitHeight(this);
}

QString SectionGrid::sectionTitle() const {
    return m_model->section().title;
}

QAction* SectionGrid::addItemAction(const QString& text, const QKeySequence& shortcut,
                                    const QString& toolTip) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the grid itself has focus: a note being typed keeps its keys.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    addAction(action);
    return action;
}

void SectionGrid::setUpColumns() {
    GridColumns::setUp(this, *m_model);
}

void SectionGrid::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    GridColumns::share(this, *m_model);
}

void SectionGrid::applySpans() {
    clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!isItemRow(row))
            setSpan(row, 0, 1, m_model->columnCount());
    }
}

bool SectionGrid::isItemRow(int row) const {
    const ChecklistItem* item = m_model->itemAt(row);
    return item && !item->isGroupHeader;
}

void SectionGrid::updateActions() {
    if (!m_toggleAction) // setModel() moves the current index before the actions exist
        return;
    const QModelIndex current = currentIndex();
    const bool canEdit = m_model->isEditable() && current.isValid() && isItemRow(current.row());
    const ChecklistItem* item = canEdit ? m_model->itemAt(current.row()) : nullptr;
    m_toggleAction->setEnabled(canEdit);
    m_pendingAction->setEnabled(item && item->status != ItemStatus::Pending);
    m_notApplicableAction->setEnabled(item && item->status != ItemStatus::NotApplicable);
    m_failedAction->setEnabled(item && item->status != ItemStatus::Failed);
    m_editNoteAction->setEnabled(canEdit);
    // No dead entries: only what can still be marked, in a record that can change.
    const bool editable = m_model->isEditable();
    const ChecklistSection& section = m_model->section();
    const int row = m_contextRow >= 0 ? m_contextRow : current.row();
    const int groupRow = row >= 0 ? groupRowOf(row) : -1;
    const bool sectionFree = editable && !section.notApplicable.isSet() && section.countableItems() > 0;
    const bool groupFree = groupRow >= 0 ? !m_model->itemAt(groupRow)->notApplicable.isSet() : sectionFree;
    m_markAllAction->setEnabled(editable && row >= 0 && groupFree);
    m_markSectionAction->setEnabled(sectionFree);
}

int SectionGrid::groupRowOf(int row) const {
    for (int r = row; r >= 0; --r) {
        const ChecklistItem* item = m_model->itemAt(r);
        if (item && item->isGroupHeader)
            return r;
    }
    return -1;
}

void SectionGrid::markAllNotApplicable(int row, bool wholeSection) {
    const ChecklistSection& section = m_model->section();
    const int groupRow = wholeSection || row < 0 ? -1 : groupRowOf(row);
    const ChecklistItem* group = groupRow >= 0 ? m_model->itemAt(groupRow) : nullptr;
    if (!m_model->isEditable() || (!wholeSection && row < 0))
        return;
    int count = 0;
    for (int r = group ? groupRow + 1 : 0; r < m_model->rowCount(); ++r) {
        const ChecklistItem* item = m_model->itemAt(r);
        if (item->isGroupHeader) {
            if (group)
                break;
            continue;
        }
        ++count;
    }
    const QString title = InlineMarkup::plainText(group ? group->text : section.title);
    const std::optional<QString> reason = NotApplicableDialog::ask(this, title, count);
    if (!reason)
        return;
    const EditContext& context = m_model->editContext();
    QPointer<SectionGrid> self(this);
    context.undoStack->push(new MarkNotApplicableCommand(context, section.id, group ? group->id : 0, title,
                                                         *reason, [self](const QString& message) {
                                                             if (self)
                                                                 Q_EMIT self->editFailed(message);
                                                         }));
}

void SectionGrid::toggleCurrent() {
    const int row = currentIndex().row();
    const ChecklistItem* item = m_model->itemAt(row);
    if (!item || item->isGroupHeader)
        return;
    m_model->setStatus(row, item->status == ItemStatus::Done ? ItemStatus::Pending : ItemStatus::Done);
}

void SectionGrid::markCurrent(ItemStatus status) {
    const int row = currentIndex().row();
    const ChecklistItem* item = m_model->itemAt(row);
    if (!item || item->isGroupHeader || item->status == status)
        return;
    QString note = item->notes;
    // An item that already has a note keeps it as the reason; otherwise ask.
    if (ItemStatusText::requiresNote(status) && note.trimmed().isEmpty()) {
        const std::optional<QString> asked =
            NoteDialog::ask(this, InlineMarkup::plainText(item->text), status);
        if (!asked)
            return;
        note = *asked;
    }
    m_model->applyEdit(row, {status, note});
}

void SectionGrid::editCurrentNote() {
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !isItemRow(current.row()))
        return;
    const QModelIndex notes = current.siblingAtColumn(m_model->columnOf(ChecklistTableModel::Notes));
    setCurrentIndex(notes);
    QTableView::edit(notes, EditKeyPressed, nullptr);
}

void SectionGrid::commitOpenEditor() {
    if (state() != EditingState)
        return;
    const int notesColumn = m_model->columnOf(ChecklistTableModel::Notes);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QWidget* editor = indexWidget(m_model->index(row, notesColumn))) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
            return;
        }
    }
}

bool SectionGrid::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) {
    if (!index.isValid())
        return QTableView::edit(index, trigger, event);
    const ChecklistTableModel::Column kind = m_model->columnKind(index.column());
    // Typing, F2 or a double-click anywhere on an item's row writes its note:
    // the note is the only text a QA lead types in the grid.
    const bool userAsked = trigger == AnyKeyPressed || trigger == EditKeyPressed || trigger == DoubleClicked;
    if (userAsked && isItemRow(index.row()) && !m_model->isEditable()) {
        // A signed record is read-only: say so rather than ignore the key or click.
        Q_EMIT editFailed(m_model->lockMessage());
        return false;
    }
    if (kind != ChecklistTableModel::Notes && !(userAsked && isItemRow(index.row()) && m_model->isEditable()))
        return false;
    const QModelIndex notes = index.siblingAtColumn(m_model->columnOf(ChecklistTableModel::Notes));
    if (notes != currentIndex())
        setCurrentIndex(notes);
    if (trigger != AnyKeyPressed || !event || event->type() != QEvent::KeyPress) {
        const bool opened = QTableView::edit(notes, trigger, event);
        if (opened && state() == EditingState)
            m_model->noteEditStarted(notes.row());
        return opened;
    }
    // Qt selects the editor's text before passing on the key, so the key would
    // replace the note. A note is evidence: typing adds to it instead.
    if (!QTableView::edit(notes, trigger, nullptr))
        return false;
    m_model->noteEditStarted(notes.row());
    if (auto* editor = qobject_cast<QLineEdit*>(indexWidget(notes))) {
        editor->deselect();
        editor->end(false);
        QCoreApplication::sendEvent(editor, event);
    }
    return true;
}

bool SectionGrid::enterFrom(Edge edge, ChecklistTableModel::Column column) {
    const int rows = m_model->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = edge == Edge::Top ? i : rows - 1 - i;
        if (!isItemRow(row) || isRowHidden(row))
            continue;
        selectionModel()->setCurrentIndex(m_model->index(row, m_model->columnOf(column)),
                                          QItemSelectionModel::ClearAndSelect);
        setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

QModelIndex SectionGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    const QModelIndex current = currentIndex();
    if ((action != MoveUp && action != MoveDown) || !current.isValid())
        return QTableView::moveCursor(action, modifiers);
    // Group headers are passed over: nothing on them can be ticked or noted.
    // The column stays, so Down, Space, Down, Space ticks item after item.
    const int step = action == MoveDown ? 1 : -1;
    for (int row = current.row() + step; row >= 0 && row < m_model->rowCount(); row += step) {
        if (isItemRow(row) && !isRowHidden(row))
            return m_model->index(row, current.column());
    }
    return current;
}

void SectionGrid::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool upOrDown = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    if (upOrDown && modifiers == Qt::NoModifier && state() != EditingState) {
        const CursorAction action = event->key() == Qt::Key_Down ? MoveDown : MoveUp;
        if (currentIndex().isValid() && moveCursor(action, modifiers) == currentIndex()) {
            // Left to Qt, the key would reach the scroll area and nudge the page instead.
            Q_EMIT edgeReached(action == MoveDown ? Edge::Bottom : Edge::Top);
            event->accept();
            return;
        }
    }
    // Tab leaves the grid (tabKeyNavigation is off); Ctrl+Tab does too, as in text editors.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        (modifiers & Qt::ControlModifier)) {
        const bool backwards = event->key() == Qt::Key_Backtab || (modifiers & Qt::ShiftModifier);
        focusNextPrevChild(!backwards);
        event->accept();
        return;
    }
    // The Space shortcut fires when the window is active; a key sent straight
    // to the grid (an inactive window, accessibility tools) gets here instead.
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && state() != EditingState) {
        toggleCurrent();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool SectionGrid::isStatusClick(const QMouseEvent* event) const {
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return false;
    const QModelIndex index = indexAt(event->position().toPoint());
    // On a read-only record too: the click is refused with the reason (ChecklistTableModel::applyEdit).
    return index.isValid() && m_model->columnKind(index.column()) == ChecklistTableModel::Status &&
           isItemRow(index.row());
}

void SectionGrid::mousePressEvent(QMouseEvent* event) {
    QTableView::mousePressEvent(event);
    if (isStatusClick(event))
        toggleCurrent();
}

void SectionGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    // The status cell behaves like a check box: the second click of a double-click toggles again.
    if (isStatusClick(event)) {
        setCurrentIndex(indexAt(event->position().toPoint()));
        toggleCurrent();
        event->accept();
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

void SectionGrid::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_toggleAction);
    menu.addAction(m_pendingAction);
    menu.addAction(m_notApplicableAction);
    menu.addAction(m_failedAction);
    menu.addSeparator();
    menu.addAction(m_editNoteAction);
    menu.addSeparator();
    // On a group header (which cannot be current) the group marked is the one clicked.
    const ChecklistItem* clicked = index.isValid() ? m_model->itemAt(index.row()) : nullptr;
    m_contextRow = clicked && clicked->isGroupHeader ? index.row() : -1;
    updateActions();
    menu.addAction(m_markAllAction);
    menu.addAction(m_markSectionAction);
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.setToolTipsVisible(true); // a disabled entry says why
    menu.exec(event->globalPos());
    m_contextRow = -1;
    updateActions();
}

const ChecklistItem* SectionGrid::currentItem() const {
    const QModelIndex current = currentIndex();
    return current.isValid() && isItemRow(current.row()) ? m_model->itemAt(current.row()) : nullptr;
}

int SectionGrid::dropRow(const QDropEvent* event) const {
    if (!m_model->isEditable() || !event->mimeData() || !event->mimeData()->hasUrls())
        return -1;
    const int row = rowAt(event->position().toPoint().y());
    return isItemRow(row) ? row : -1;
}

void SectionGrid::dragEnterEvent(QDragEnterEvent* event) {
    // Accepted anywhere over an editable grid: the row is chosen as the drag moves.
    if (m_model->isEditable() && event->mimeData() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void SectionGrid::dragMoveEvent(QDragMoveEvent* event) {
    const int row = dropRow(event);
    if (row < 0) {
        event->ignore();
        return;
    }
    // The row the files go to shows as current, the one mark the grid has.
    const QModelIndex target = m_model->index(row, m_model->columnOf(ChecklistTableModel::Evidence));
    if (target != currentIndex())
        selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    event->acceptProposedAction();
}

void SectionGrid::dropEvent(QDropEvent* event) {
    const int row = dropRow(event);
    if (row < 0) {
        event->ignore();
        return;
    }
    QStringList paths;
    bool elsewhere = false;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            elsewhere = true;
    }
    event->acceptProposedAction();
    if (elsewhere)
        Q_EMIT editFailed(tr("Only files on this computer can be attached. Save the file to a folder first, "
                             "then drop it from there."));
    if (!paths.isEmpty())
        Q_EMIT evidenceDropped(m_model->itemAt(row)->id, paths);
}

void SectionGrid::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    // QTableView tells assistive technology that each new current cell has the
    // focus, focused or not: every grid built while the user browses the record
    // list would be announced in their place.
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
    updateActions();
    if (current.isValid())
        Q_EMIT currentCellMoved(visualRect(current));
}

void SectionGrid::focusInEvent(QFocusEvent* event) {
    QTableView::focusInEvent(event);
    // Arriving by keyboard, the current cell shows as selected, the one
    // strong mark on the page (RecordKeyboardPath clears the other grids).
    // A click selects the cell it lands on by itself.
    const Qt::FocusReason reason = event->reason();
    const bool byKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                            reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason;
    const QModelIndex current = currentIndex();
    if (byKeyboard && current.isValid() && isItemRow(current.row()) && !selectionModel()->hasSelection())
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    Q_EMIT focusEntered(reason);
}

void SectionGrid::announceStatus(int row) {
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface* grid = QAccessible::queryAccessibleInterface(this);
    QAccessibleTableInterface* table = grid ? grid->tableInterface() : nullptr;
    QAccessibleInterface* cell =
        table ? table->cellAt(row, m_model->columnOf(ChecklistTableModel::Status)) : nullptr;
    if (!cell)
        return;
    // The status cell reads as a check box (ChecklistTableModel's check state): say it flipped.
    QAccessible::State changed;
    changed.checked = true;
    QAccessibleStateChangeEvent event(cell, changed);
    QAccessible::updateAccessibility(&event);
}

void SectionGrid::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        m_model->setGroupColours(palette());
    QTableView::changeEvent(event);
}

void SectionGrid::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    // commitData has already run: the note, if any, was written or refused.
    QTableView::closeEditor(editor, hint);
    m_model->noteEditEnded();
}

void SectionGrid::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                              const QList<int>& roles) {
    // Qt copies a changed value into an open editor, which would throw away a
    // note being typed when the item changes elsewhere. The typed text stays;
    // committing it is then refused as stale (ChecklistTableModel::setData).
    auto* editor = state() == EditingState ? qobject_cast<QLineEdit*>(indexWidget(currentIndex())) : nullptr;
    if (!editor || !editor->isModified()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const QString typed = editor->text();
    const int cursor = editor->cursorPosition();
    QTableView::dataChanged(topLeft, bottomRight, roles);
    if (editor->text() != typed) {
        editor->setText(typed);
        editor->setCursorPosition(cursor);
        editor->setModified(true);
    }
}
