#pragma once

#include "ChecklistStore.h"
#include "EditContext.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

// One change of one item's status and notes, Subsurface style: redo() and
// undo() write the store, which audits each of them as a change of its own.
// Each direction first checks that the item still holds the value it starts
// from, so an undo never overwrites a change made elsewhere in the meantime.
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
    bool apply(const ChecklistStore::ItemEdit& from, const ChecklistStore::ItemEdit& to);

    EditContext m_context;
    qint64 m_itemId = 0;
    QString m_itemText;
    ChecklistStore::ItemEdit m_before;
    ChecklistStore::ItemEdit m_after;
    FailureHandler m_onFailure;
};
