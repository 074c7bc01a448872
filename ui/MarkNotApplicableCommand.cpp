#include "ui/MarkNotApplicableCommand.h"

#include "ui/base/UiLogging.h"

#include <QUndoStack>

MarkNotApplicableCommand::MarkNotApplicableCommand(const EditContext& context, qint64 sectionId,
                                                   qint64 groupId, const QString& title,
                                                   const QString& reason, FailureHandler onFailure)
    : m_context(context)
    , m_sectionId(sectionId)
    , m_groupId(groupId)
    , m_reason(reason)
    , m_onFailure(std::move(onFailure)) {
    setText(tr("Mark all of “%1” not applicable").arg(title));
}

void MarkNotApplicableCommand::redo() {
    const Result<ChecklistStore::NotApplicableChange> done =
        m_change ? m_context.store->redoNotApplicable(*m_change, m_context.actor())
                 : m_context.store->markNotApplicable(m_sectionId, m_groupId, m_reason, m_context.actor());
    if (!done) {
        fail(done.error());
        return;
    }
    m_change = done.value();
}

void MarkNotApplicableCommand::undo() {
    if (!m_change)
        return;
    const Result<ChecklistStore::NotApplicableChange> undone =
        m_context.store->undoNotApplicable(*m_change, m_context.actor());
    if (!undone)
        fail(undone.error());
}

void MarkNotApplicableCommand::fail(const QString& message) {
    qCInfo(lcUi) << "section" << m_sectionId << "group" << m_groupId << "not marked:" << message;
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(message);
}
