#pragma once

#include "core/ChecklistStore.h"
#include "ui/EditContext.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

// A whole section or group marked not applicable (Mark All Not Applicable…),
// Subsurface style: one command on the undo stack for the mark and every item
// it set, so one Ctrl+Z takes all of it back. The first redo() makes the mark;
// the store returns what it changed, item by item, and the undo and later
// redos put exactly that back (ChecklistStore::undoNotApplicable), audited as
// an undo or a redo. A refused write makes the command obsolete and is
// reported through the failure handler.
class MarkNotApplicableCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MarkNotApplicableCommand)
public:
    using FailureHandler = std::function<void(const QString& message)>;

    // groupId 0: the whole section; title is the section's or the group's, in words.
    MarkNotApplicableCommand(const EditContext& context, qint64 sectionId, qint64 groupId,
                             const QString& title, const QString& reason, FailureHandler onFailure);

    void redo() override;
    void undo() override;

private:
    void fail(const QString& message);

    EditContext m_context;
    qint64 m_sectionId = 0;
    qint64 m_groupId = 0;
    QString m_reason;
    // What the mark changed; empty until it has been made.
    std::optional<ChecklistStore::NotApplicableChange> m_change;
    FailureHandler m_onFailure;
};
