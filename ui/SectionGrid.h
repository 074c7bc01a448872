#pragma once

#include "core/Checklist.h"
#include "ui/ChecklistTableModel.h"
#include "ui/EditContext.h"

#include <QTableView>

class QAction;

// The grid of one checklist section on the record page. It shows all its rows
// (no scroll bar of its own), spans group header rows across the grid, and
// turns the QA lead's keys and clicks into edits:
//   Space or a click on the status cell  toggles Pending ↔ Done
//   Ctrl+Shift+P / Ctrl+Shift+N / Ctrl+Shift+F   Pending / N/A… / Failed…
//   typing, F2 or a double-click          edits the row's note
// Up and Down pass over group headers; at the grid's first or last item they
// tell edgeReached() so the page moves on to the next grid (RecordKeyboardPath).
// Ctrl+Tab and Ctrl+Shift+Tab leave the grid like Tab and Shift+Tab.
// Files dropped on an item's row are evidence for it (evidenceDropped); a
// read-only grid takes no drop.
class SectionGrid : public QTableView {
    Q_OBJECT
public:
    enum class Edge { Top, Bottom };

    SectionGrid(const EditContext& context, qint64 recordId, const ChecklistSection& section, bool editable,
                QWidget* parent = nullptr);

    ChecklistTableModel* checklistModel() const { return m_model; }
    QString sectionTitle() const;

    void toggleCurrent();
    // N/A and Failed ask for a note when the item has none yet.
    void markCurrent(ItemStatus status);
    void editCurrentNote();
    // Marks the group of row (a group header, or the group an item is in;
    // the section when it has no group) or the whole section not applicable,
    // with one reason asked for, as one undoable step.
    void markAllNotApplicable(int row, bool wholeSection);
    // Writes a note still being typed (the window is closing, another record opens).
    void commitOpenEditor();
    // Makes the first (Top) or last (Bottom) item current in the column of
    // that kind, selected, and takes focus; false when the grid has no item.
    bool enterFrom(Edge edge, ChecklistTableModel::Column column);

    QAction* toggleAction() const { return m_toggleAction; }
    QAction* pendingAction() const { return m_pendingAction; }
    QAction* notApplicableAction() const { return m_notApplicableAction; }
    QAction* failedAction() const { return m_failedAction; }
    QAction* editNoteAction() const { return m_editNoteAction; }
    QAction* markAllNotApplicableAction() const { return m_markAllAction; }
    QAction* markSectionNotApplicableAction() const { return m_markSectionAction; }
    // Window-wide actions on the current item (evidence), shown in the grid's context menu too.
    void addContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }
    // The item of the current row; nullptr on a group header or without one.
    const ChecklistItem* currentItem() const;

Q_SIGNALS:
    // The current cell moved; rect is in viewport coordinates, for the page to scroll to.
    void currentCellMoved(const QRect& rect);
    void editFailed(const QString& message);
    // Up on the first item or Down on the last one: there is no row further that way.
    void edgeReached(SectionGrid::Edge edge);
    // The grid got focus, by any means (the reason says which).
    void focusEntered(Qt::FocusReason reason);
    // Files from this computer were dropped on an item's row.
    void evidenceDropped(qint64 itemId, const QStringList& paths);

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    QAction* addItemAction(const QString& text, const QKeySequence& shortcut, const QString& toolTip);
    void setUpColumns();
    void applySpans();
    void updateActions();
    // The group header row that row belongs to (itself when it is one); -1 for none.
    int groupRowOf(int row) const;
    bool isItemRow(int row) const;
    bool isStatusClick(const QMouseEvent* event) const;
    // Tells assistive technology that the row's status cell was (un)checked.
    void announceStatus(int row);
    // The item row a drag is over when it carries files and the grid may change; -1 otherwise.
    int dropRow(const QDropEvent* event) const;

    ChecklistTableModel* m_model;
    QAction* m_toggleAction = nullptr;
    QAction* m_pendingAction = nullptr;
    QAction* m_notApplicableAction = nullptr;
    QAction* m_failedAction = nullptr;
    QAction* m_editNoteAction = nullptr;
    QAction* m_markAllAction = nullptr;
    QAction* m_markSectionAction = nullptr;
    int m_contextRow = -1; // the row a context menu is open on, which may be a group header
    QList<QAction*> m_contextActions;
};
