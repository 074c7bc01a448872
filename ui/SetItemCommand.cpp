#include "ui/SetItemCommand.h"

#include "core/UtcTime.h"
#include "io/InlineMarkup.h"
#include "ui/base/UiLogging.h"

#include <utility>

namespace {
bool sameEdit(const ChecklistItem& item, const ChecklistStore::ItemEdit& edit) {
    return item.status == edit.status && item.notes == edit.notes;
}
} // namespace

SetItemCommand::SetItemCommand(const EditContext& context, const ChecklistItem& current,
                               const ChecklistStore::ItemEdit& after, FailureHandler onFailure)
    : m_context(context)
    , m_itemId(current.id)
    , m_itemText(InlineMarkup::plainText(current.text))
    , m_before{current.status, current.notes}
    , m_after(after)
    , m_beforeStamps(ChecklistStore::ItemStamps::of(current))
    , m_seenRevision(current.revision)
    , m_onFailure(std::move(onFailure)) {
    setText(describe(m_itemText, m_before, m_after));
}

void SetItemCommand::redo() {
    // QUndoStack::push calls redo() for the change itself; only later ones are redos.
    if (m_seenRevision)
        apply(m_before, m_after, ItemChangeAction::Kind::Edit, std::nullopt);
    else
        apply(m_before, m_after, ItemChangeAction::Kind::Redo, m_afterStamps);
}

void SetItemCommand::undo() {
    apply(m_after, m_before, ItemChangeAction::Kind::Undo, m_beforeStamps);
}

bool SetItemCommand::apply(const ChecklistStore::ItemEdit& from, const ChecklistStore::ItemEdit& to,
                           ItemChangeAction::Kind kind,
                           const std::optional<ChecklistStore::ItemStamps>& restore) {
    auto fail = [this](const QString& message) {
        qCInfo(lcUi) << "item" << m_itemId << "not changed:" << message;
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(m_itemId, message);
        return false;
    };
    // The server restarted since the window last spoke to it: connect again,
    // once, and read again (the write itself is applied once, OnceOnlyWrite).
    // A connection known dead (closed by the driver) is not read at all.
    const bool onServer = ChecklistStore::isServerLocation(m_context.store->location());
    Result<ChecklistItem> current = onServer && !m_context.store->isOpen()
                                        ? Result<ChecklistItem>(Error(QString(), Error::Kind::ConnectionLost))
                                        : m_context.store->loadItem(m_itemId);
    if (!current && onServer && m_context.store->connectionLost()) {
        if (const Status back = m_context.store->reconnect(); !back)
            return fail(back.error());
        current = m_context.store->loadItem(m_itemId);
    }
    if (!current)
        return fail(current.error());
    // The first write must start from exactly what the user saw; later ones from the value they left.
    const std::optional<int> seen = std::exchange(m_seenRevision, std::nullopt);
    if ((seen && current->revision != *seen) || !sameEdit(*current, from)) {
        const QString when = UtcTime::localeText(current->lastChangedAt(), QLocale::ShortFormat);
        return fail(tr("“%1” was changed by %2 at %3 since, so this change was not made. The grid shows the "
                       "stored value.")
                        .arg(m_itemText, current->lastChangedBy(), when));
    }
    // The revision also guards the moment between this read and the write.
    const Result<ChecklistItem> written =
        m_context.store->updateItem(m_itemId, to, m_context.actor(), current->revision, kind, restore);
    if (!written)
        return fail(written.error());
    if (kind == ItemChangeAction::Kind::Edit)
        m_afterStamps = ChecklistStore::ItemStamps::of(*written);
    return true;
}

QString SetItemCommand::describe(const QString& itemText, const ChecklistStore::ItemEdit& before,
                                 const ChecklistStore::ItemEdit& after) {
    const bool statusChanged = before.status != after.status;
    const bool notesChanged = before.notes != after.notes;
    if (statusChanged && notesChanged)
        return tr("Mark “%1” %2 with a note").arg(itemText, ItemStatusText::label(after.status));
    if (statusChanged)
        return tr("Mark “%1” %2").arg(itemText, ItemStatusText::label(after.status));
    return tr("Edit the note of “%1”").arg(itemText);
}
