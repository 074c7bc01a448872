#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "ui/EditContext.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QPalette>

#include <optional>

// One checklist section of an open record as a grid:
// Item | Status | Notes | <the template's extra columns> | Checked by | Checked at | 📎
// (the number of files attached to the item as evidence).
// Group header rows ("Preparation") are rows of their own that nothing edits.
// setData() never writes the database: it pushes a SetItemCommand, and the
// grid changes when the store says the item changed (from here or anywhere).
class ChecklistTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, Status, Notes, Extra, CheckedBy, CheckedAt, Evidence };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(ItemStatus); invalid on group headers
        ItemIdRole,
        IsGroupHeaderRole,
    };

    explicit ChecklistTableModel(const EditContext& context, QObject* parent = nullptr);

    // editable is false for a sealed record: every cell is then read-only.
    void setSection(qint64 recordId, const ChecklistSection& section, bool editable);
    const ChecklistSection& section() const { return m_section; }
    const EditContext& editContext() const { return m_context; }
    // "Not applicable: reason (by, when)": what a marked section or group shows.
    static QString notApplicableText(const NotApplicableMark& mark);
    qint64 recordId() const { return m_recordId; }
    bool isEditable() const { return m_editable; }
    // What a refused edit of a read-only section says (why it is locked, how to unlock it).
    void setLockMessage(const QString& message) { m_lockMessage = message; }
    QString lockMessage() const;
    // Group header rows are tinted from the view's palette, so they read right
    // in light and dark appearances alike.
    void setGroupColours(const QPalette& palette);
    // The grid's note editor opened on row / closed. A note typed in an editor
    // is written only over the revision the editor opened on, so a change made
    // elsewhere while someone types is never silently overwritten.
    void noteEditStarted(int row);
    void noteEditEnded() { m_noteEdit.reset(); }

    // "2024-11-27 14:05" in local time: what the Checked at column shows.
    static QString shortTime(const QDateTime& utc);

    Column columnKind(int column) const;
    // The column showing a kind; for Extra the first extra column; -1 when none.
    int columnOf(Column kind) const;
    const ChecklistItem* itemAt(int row) const;
    int rowOfItem(qint64 itemId) const;

    // The item's standing (not removed) evidence files.
    static int standingEvidence(const ChecklistItem& item);

    // Sets status and notes together as one undoable change. Refuses (and
    // reports through editFailed) what the store would refuse: a group
    // header, a read-only record, N/A or Failed without a note.
    bool applyEdit(int row, const ChecklistStore::ItemEdit& edit);
    bool setStatus(int row, ItemStatus status);
    // Rereads one item from the store, after a refused change for example.
    void reloadItem(qint64 itemId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editFailed(const QString& message);
    // An item's status changed (here, by undo, or elsewhere): after dataChanged.
    void itemStatusChanged(int row);
    // The section's or a group's mark not applicable changed (after dataChanged).
    void notApplicableChanged();

private:
    void onItemChanged(qint64 recordId, const ChecklistItem& item);
    // A mark of this section or one of its groups changed: read the marks again.
    void onNotApplicableChanged(qint64 recordId, qint64 sectionId);
    void replaceItem(int row, const ChecklistItem& item);
    void refuse(const QString& message);
    QVariant itemData(int row, int column, int role) const;
    QVariant groupHeaderData(const ChecklistItem& item, int column, int role) const;

    EditContext m_context;
    qint64 m_recordId = 0;
    ChecklistSection m_section;
    QList<int> m_extraColumns;
    bool m_editable = true;
    QString m_lockMessage;
    struct NoteEdit {
        int row = -1;
        int revision = 0;
    };
    std::optional<NoteEdit> m_noteEdit;
    QColor m_groupBackground{0xe4, 0xe9, 0xf0};
    QColor m_groupForeground{0x1f, 0x2a, 0x37};
    mutable QIcon m_paperclip; // the Evidence column's header, in m_groupForeground
    // Set by the failure handler while a push runs, so setData() can say whether it worked.
    bool m_pushFailed = false;
};
