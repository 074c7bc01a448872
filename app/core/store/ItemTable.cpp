#include "core/store/ItemTable.h"

#include "core/AuditChain.h"
#include "core/HotStatement.h"
#include "core/UtcTime.h"
#include "core/store/AuditLog.h"
#include "core/store/RecordTable.h"
#include "core/store/SectionRows.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

using namespace StoreValues;
using Statement = StoreConnection::Statement;

ItemTable::ItemTable(StoreConnection& connection, RecordTable& records, AuditLog& audit)
    : m_connection(connection)
    , m_records(records)
    , m_audit(audit) {}

Result<ChecklistItem> ItemTable::load(qint64 itemId) const {
    HotStatement q(m_connection.db(), QStringLiteral("SELECT %1, %2 FROM record_items i WHERE i.id = ?")
                                          .arg(SectionRows::itemColumns(), SectionRows::checkColumns()));
    q.bind(0, itemId);
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read item %1").arg(itemId), q.lastError());
    if (!q.next())
        return Error(tr("there is no item with id %1").arg(itemId));
    ChecklistItem it = SectionRows::itemFromRow(q, 0, true);
    it.id = itemId;
    return it;
}

qint64 ItemTable::recordOf(qint64 itemId) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT s.record_id FROM record_items i JOIN record_sections s ON s.id = "
                             "i.section_id WHERE i.id = ?"));
    q.addBindValue(bindable(itemId));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<ItemTable::Change> ItemTable::update(qint64 itemId, const ChecklistStore::ItemEdit& edit,
                                            const QString& actor, std::optional<int> expectedRevision,
                                            ItemChangeAction::Kind kind,
                                            const std::optional<ChecklistStore::ItemStamps>& restore,
                                            const QString& editId) {
    if (restore && kind == ItemChangeAction::Kind::Edit)
        return Error(tr("only an undo or a redo may restore who changed an item and when"));
    if (ItemStatusText::requiresNote(edit.status) && edit.notes.trimmed().isEmpty())
        return Error(tr("%1 needs a note that says why").arg(ItemStatusText::label(edit.status)));
    if (actor.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));

    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    // Read inside the write transaction: nobody can change the item between this
    // read and the update. The item, its record's state and the audit chain's
    // tail (still the tail at insert: the transaction holds the write lock) in
    // one statement: a read across the rooms' tables, for the hottest path.
    // Composed once: the text is only read the first time, and this runs on every tick.
    static const QString kReadItemForUpdate =
        QStringLiteral("SELECT %1, %2, r.id, r.state, s.kind, %3, "
                       "(SELECT COUNT(*) FROM audit_log WHERE %4), "
                       "EXISTS (SELECT 1 FROM attachments a WHERE a.item_id = i.id) "
                       "FROM record_items i JOIN record_sections s ON s.id = i.section_id "
                       "JOIN records r ON r.id = s.record_id WHERE i.id = ?")
            .arg(SectionRows::itemColumns(), SectionRows::checkColumns(),
                 AuditLog::tailColumns(QStringLiteral("r.id")), AuditLog::editAppliedCondition());
    HotStatement& read = m_connection.prepared(Statement::ReadItemForUpdate, kReadItemForUpdate);
    read.bind(0, editId);
    read.bind(1, itemId);
    if (!read.exec())
        return Error(tr("cannot read item %1: %2").arg(itemId).arg(m_connection.explain(read.lastError())));
    if (!read.next()) {
        read.finish();
        return Error(tr("there is no item with id %1").arg(itemId));
    }
    ChecklistItem before = SectionRows::itemFromRow(read, 0, true);
    before.id = itemId;
    constexpr int kAfterItem = SectionRows::kItemColumnCount + SectionRows::kCheckColumnCount;
    const qint64 recordId = read.integer(kAfterItem);
    const RecordState state = RecordStateText::fromKey(read.text(kAfterItem + 1));
    const bool isChecklist = read.text(kAfterItem + 2) == u"checklist";
    AuditLog::Tail tail = AuditLog::tailFromColumns(read, kAfterItem + 3);
    const bool alreadyApplied = read.integer(kAfterItem + 6) > 0;
    // Most items have no evidence: the store then reads none back for the view.
    const bool hasAttachments = read.integer(kAfterItem + 7) != 0;
    read.finish();
    // Applied before (its answer lost with the connection): the item as it is now.
    if (alreadyApplied)
        return unchanged(tx, Change{recordId, before, false, hasAttachments});
    if (before.isGroupHeader)
        return Error(tr("\"%1\" is a group heading, not an item").arg(before.text));
    if (!isChecklist)
        return Error(tr("\"%1\" is not a checklist item").arg(before.text));
    if (state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it, so it cannot change. Reopen it first "
                        "(this revokes the signatures).")
                         .arg(recordId));
    // A standing signature covers the content as it is: changing it means reopening.
    if (state == RecordState::Signed)
        return Error(tr("record %1 has been signed, so it cannot change. Reopen it first (this revokes the "
                        "signatures).")
                         .arg(recordId));
    if (expectedRevision && *expectedRevision != before.revision)
        return Error(
            tr("\"%1\" was changed by %2 at %3. Reload the record and try again.")
                .arg(before.text, before.lastChangedBy(),
                     before.lastChangedAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (before.status == edit.status && before.notes == edit.notes)
        return unchanged(tx, Change{recordId, before, false, hasAttachments});

    // The time as stored: what the audit rows hash and the caller gets back.
    const QString atText = toDbTime(m_connection.now());
    const QDateTime at = UtcTime::parse(atText);
    // Each stamp moves only with its own value: a note leaves "Checked at" as
    // it was, and an undo or redo puts back the stamps of what it returns to.
    ChecklistItem after = before;
    after.status = edit.status;
    after.notes = edit.notes;
    after.revision = before.revision + 1;
    if (before.status != edit.status) {
        after.updatedBy = restore ? restore->checkedBy : actor;
        after.updatedAt = restore ? restore->checkedAt : at;
    }
    if (before.notes != edit.notes) {
        after.notesBy = restore ? restore->notesBy : actor;
        after.notesAt = restore ? restore->notesAt : at;
    }
    // updated_at is NULL until the item is first checked; notes_at is '' while unknown.
    HotStatement& update = m_connection.prepared(
        Statement::UpdateItem,
        QStringLiteral("UPDATE record_items SET status = ?, notes = ?, updated_by = ?, "
                       "updated_at = NULLIF(?, ''), notes_by = ?, notes_at = ?, revision = revision + 1 "
                       "WHERE id = ?"));
    update.bind(0, ItemStatusText::key(edit.status));
    update.bind(1, edit.notes);
    update.bind(2, after.updatedBy);
    update.bind(3, after.updatedAt.isValid() ? toDbTime(after.updatedAt) : QString());
    update.bind(4, after.notesBy);
    update.bind(5, after.notesAt.isValid() ? toDbTime(after.notesAt) : QString());
    update.bind(6, itemId);
    if (!update.exec())
        return Error(
            tr("cannot change \"%1\": %2").arg(before.text, m_connection.explain(update.lastError())));
    if (before.status != edit.status) {
        // The record's progress counters move with the item, in the same transaction.
        auto delta = [&](ItemStatus status) {
            return (edit.status == status ? 1 : 0) - (before.status == status ? 1 : 0);
        };
        if (Status counted =
                m_records.moveProgress(recordId, delta(ItemStatus::Done), delta(ItemStatus::NotApplicable),
                                       delta(ItemStatus::Failed));
            !counted)
            return counted.failure();
    }

    AuditEntry entry;
    entry.recordId = recordId;
    entry.itemId = itemId;
    entry.actor = actor;
    entry.at = at;
    entry.editId = editId;
    if (before.status != edit.status) {
        entry.field = QStringLiteral("status");
        entry.action = ItemChangeAction::action(entry.field, kind);
        entry.oldValue = ItemStatusText::key(before.status);
        entry.newValue = ItemStatusText::key(edit.status);
        if (Status appended = m_audit.appendAfter(tail, entry); !appended)
            return appended.failure();
    }
    if (before.notes != edit.notes) {
        entry.field = QStringLiteral("notes");
        entry.action = ItemChangeAction::action(entry.field, kind);
        entry.oldValue = before.notes;
        entry.newValue = edit.notes;
        if (Status appended = m_audit.appendAfter(tail, entry); !appended)
            return appended.failure();
    }
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());

    return Change{recordId, after, true, hasAttachments};
}
