#pragma once

#include "core/ChecklistStore.h"
#include "ui/EditContext.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

// One change of one item's status and notes, Subsurface style: redo() and
// undo() write the store, which audits each of them as a change of its own,
// its action saying it was an undo or a redo ("undo_status").
// The change itself is written only over the revision of the item the user
// saw in the grid. An undo or redo later writes only when the item still holds
// the value it starts from (other commands of the same stack may have moved
// the revision on since), and over the revision it read, so that neither
// overwrites a change made elsewhere in the meantime.
// "Checked by/at" and a note's author and time belong to the change: an undo
// puts back the stamps the item had before it, a redo the ones the change
// wrote, so that "Checked at" keeps saying when the item was checked.
// A refused write makes the command obsolete (QUndoStack drops it) and is
// reported through the failure handler.
class SetItemCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetItemCommand)
public:
    using FailureHandler = std::function<void(qint64 itemId, const QString& message)>;

    SetItemCommand(const EditContext& context, const ChecklistItem& current,
                   const ChecklistStore::ItemEdit& after, FailureHandler onFailure);

    void redo() override;
    void undo() override;

    qint64 itemId() const { return m_itemId; }
    // "Mark “Tag release version” done", "Edit the note of “…”".
    static QString describe(const QString& itemText, const ChecklistStore::ItemEdit& before,
                            const ChecklistStore::ItemEdit& after);

private:
    // kind marks the audit rows: the change itself, or its undo or redo.
    bool apply(const ChecklistStore::ItemEdit& from, const ChecklistStore::ItemEdit& to,
               ItemChangeAction::Kind kind, const std::optional<ChecklistStore::ItemStamps>& restore);

    EditContext m_context;
    qint64 m_itemId = 0;
    QString m_itemText;
    ChecklistStore::ItemEdit m_before;
    ChecklistStore::ItemEdit m_after;
    ChecklistStore::ItemStamps m_beforeStamps;
    // What the change itself wrote; known once it has been made.
    std::optional<ChecklistStore::ItemStamps> m_afterStamps;
    // The revision shown in the grid when the change was made; used by the first redo only.
    std::optional<int> m_seenRevision;
    FailureHandler m_onFailure;
};
