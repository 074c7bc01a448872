#include "core/store/NotApplicableMarks.h"

#include "core/HotStatement.h"
#include "core/UtcTime.h"
#include "core/store/AuditLog.h"
#include "core/store/RecordTable.h"
#include "core/store/SectionRows.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QHash>
#include <QSqlQuery>

using namespace StoreValues;

namespace {

NotApplicableMark markFrom(const QString& by, const QString& at, const QString& reason) {
    NotApplicableMark mark;
    mark.by = by;
    mark.at = UtcTime::parse(at); // '' (unmarked) reads as invalid
    mark.reason = reason;
    return mark;
}

} // namespace

NotApplicableMarks::NotApplicableMarks(StoreConnection& connection, RecordTable& records, AuditLog& audit)
    : m_connection(connection)
    , m_records(records)
    , m_audit(audit) {}

QString NotApplicableMarks::markedAction(ItemChangeAction::Kind kind) {
    return ItemChangeAction::action(QStringLiteral("na_marked"), kind);
}

Result<QHash<qint64, NotApplicableMarks::RecordMarks>>
NotApplicableMarks::ofRecords(const StoreConnection& connection, const QList<qint64>& recordIds) {
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    // Marked sections, then marked group headers: few rows, usually none.
    const QString inList = placeholders(recordIds.size());
    const bool prepared =
        q.prepare(QStringLiteral("SELECT 0, id, na_by, na_at, na_reason, record_id FROM record_sections "
                                 "WHERE record_id IN (%1) AND na_reason <> '' "
                                 "UNION ALL SELECT 1, i.id, i.na_by, i.na_at, i.na_reason, s.record_id "
                                 "FROM record_items i JOIN record_sections s ON s.id = i.section_id "
                                 "WHERE s.record_id IN (%1) AND i.is_group = 1 AND i.na_reason <> ''")
                      .arg(inList));
    for (int pass = 0; pass < 2; ++pass) {
        for (qint64 id : recordIds)
            q.addBindValue(bindable(id));
    }
    if (!prepared || !q.exec())
        return connection.queryFailure(
            tr("cannot read which sections of record %1 are not applicable").arg(idsText(recordIds)),
            q.lastError());
    QHash<qint64, RecordMarks> marks;
    while (q.next()) {
        RecordMarks& ofRecord = marks[q.value(5).toLongLong()];
        (q.value(0).toInt() == 0 ? ofRecord.ofSections : ofRecord.ofGroups)
            .insert(q.value(1).toLongLong(),
                    markFrom(q.value(2).toString(), q.value(3).toString(), q.value(4).toString()));
    }
    return marks;
}

void NotApplicableMarks::putOn(const RecordMarks& marks, QList<ChecklistSection>& sections) {
    if (marks.ofSections.isEmpty() && marks.ofGroups.isEmpty())
        return;
    for (ChecklistSection& section : sections) {
        section.notApplicable = marks.ofSections.value(section.id);
        if (marks.ofGroups.isEmpty())
            continue;
        for (ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                item.notApplicable = marks.ofGroups.value(item.id);
        }
    }
}

Result<NotApplicableMarks::Target> NotApplicableMarks::readTarget(qint64 sectionId, qint64 groupId) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT s.record_id, r.state, s.kind, s.title, s.na_by, s.na_at, s.na_reason "
                             "FROM record_sections s JOIN records r ON r.id = s.record_id WHERE s.id = ?"));
    q.addBindValue(bindable(sectionId));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read section %1").arg(sectionId), q.lastError());
    if (!q.next())
        return Error(tr("there is no section with id %1").arg(sectionId));
    Target target;
    target.recordId = q.value(0).toLongLong();
    target.state = RecordStateText::fromKey(q.value(1).toString());
    const QString sectionTitle = q.value(3).toString();
    if (q.value(2).toString() != u"checklist")
        return Error(tr("\"%1\" is not a checklist: only a checklist's items can be not applicable")
                         .arg(sectionTitle));
    target.title = sectionTitle;
    target.mark = markFrom(q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
    q.finish();

    HotStatement items(
        m_connection.db(),
        QStringLiteral("SELECT i.id, %1, %2, i.na_by, i.na_at, i.na_reason FROM record_items i "
                       "WHERE i.section_id = ? ORDER BY i.position")
            .arg(SectionRows::itemColumns(), SectionRows::checkColumns()));
    items.bind(0, sectionId);
    if (!items.exec())
        return Error(tr("cannot read the items of \"%1\": %2")
                         .arg(sectionTitle, m_connection.explain(items.lastError())));
    constexpr int kMark = 1 + SectionRows::kItemColumnCount + SectionRows::kCheckColumnCount;
    bool inGroup = groupId == 0; // the whole section: every item counts
    bool groupFound = false;
    while (items.next()) {
        ChecklistItem item = SectionRows::itemFromRow(items, 1, true);
        item.id = items.integer(0);
        if (item.isGroupHeader) {
            if (groupId == 0)
                continue;
            inGroup = item.id == groupId;
            if (inGroup) {
                groupFound = true;
                target.title = item.text;
                target.mark = markFrom(items.text(kMark), items.text(kMark + 1), items.text(kMark + 2));
            }
            continue;
        }
        if (inGroup)
            target.items.append(item);
    }
    if (items.lastError().isValid())
        return Error(tr("cannot read the items of \"%1\": %2")
                         .arg(sectionTitle, m_connection.explain(items.lastError())));
    if (groupId != 0 && !groupFound)
        return Error(tr("item %1 is not a group heading of \"%2\"").arg(groupId).arg(sectionTitle));
    return target;
}

Status NotApplicableMarks::refuseSigned(const Target& target) const {
    if (target.state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it, so it cannot change. Reopen it first "
                        "(this revokes the signatures).")
                         .arg(target.recordId));
    if (target.state == RecordState::Signed)
        return Error(tr("record %1 has been signed, so it cannot change. Reopen it first (this revokes the "
                        "signatures).")
                         .arg(target.recordId));
    return {};
}

Result<bool> NotApplicableMarks::applied(const QString& editId) const {
    const Result<std::optional<qint64>> found = m_audit.recordOfEdit(editId);
    if (!found)
        return found.failure();
    return found->has_value();
}

Result<NotApplicableMarks::Change> NotApplicableMarks::mark(qint64 sectionId, qint64 groupId,
                                                            const QString& reason, const QString& actor,
                                                            const QString& editId) {
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(tr("marking a section or group not applicable needs a reason"));
    if (actor.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    const Result<Target> read = readTarget(sectionId, groupId);
    if (!read)
        return read.failure();
    const Target& target = read.value();
    Change change;
    change.recordId = target.recordId;
    change.sectionId = sectionId;
    change.groupId = groupId;
    change.title = target.title;
    // Applied before (its answer lost with the connection): the mark as it stands.
    const Result<bool> done = applied(editId);
    if (!done)
        return done.failure();
    if (done.value()) {
        change.mark = target.mark;
        return unchanged(tx, change);
    }
    if (Status refused = refuseSigned(target); !refused)
        return refused.failure();
    if (target.mark.isSet())
        return Error(tr("\"%1\" is already marked not applicable by %2: %3")
                         .arg(target.title, target.mark.by, target.mark.reason));
    if (target.items.isEmpty())
        return Error(tr("\"%1\" has no items to mark not applicable").arg(target.title));

    // The time as stored: what the audit rows hash and the caller gets back.
    const QDateTime at = UtcTime::parse(toDbTime(m_connection.now()));
    change.mark = {actor, at, why};
    for (const ChecklistItem& item : target.items) {
        ChecklistStore::NotApplicableChange::Item changed;
        changed.itemId = item.id;
        changed.before = {item.status, item.notes};
        changed.beforeStamps = ChecklistStore::ItemStamps::of(item);
        // An item keeps its own note; N/A needs one, so an empty note takes the reason.
        changed.after = {ItemStatus::NotApplicable, item.notes.trimmed().isEmpty() ? why : item.notes};
        changed.afterStamps = changed.beforeStamps;
        if (changed.after.status != changed.before.status) {
            changed.afterStamps.checkedBy = actor;
            changed.afterStamps.checkedAt = at;
        }
        if (changed.after.notes != changed.before.notes) {
            changed.afterStamps.notesBy = actor;
            changed.afterStamps.notesAt = at;
        }
        if (changed.after.status != changed.before.status || changed.after.notes != changed.before.notes)
            change.items.append(changed);
    }
    if (Status written = write(change, true, actor, ItemChangeAction::Kind::Edit, editId); !written)
        return written.failure();
    if (Status committed = tx.commit(); !committed)
        return committed.failure();
    return change;
}

Result<NotApplicableMarks::Change> NotApplicableMarks::undo(const Change& change, const QString& actor,
                                                            const QString& editId) {
    return replay(change, false, actor, ItemChangeAction::Kind::Undo, editId);
}

Result<NotApplicableMarks::Change> NotApplicableMarks::redo(const Change& change, const QString& actor,
                                                            const QString& editId) {
    return replay(change, true, actor, ItemChangeAction::Kind::Redo, editId);
}

Result<NotApplicableMarks::Change> NotApplicableMarks::replay(const Change& change, bool forwards,
                                                              const QString& actor,
                                                              ItemChangeAction::Kind kind,
                                                              const QString& editId) {
    if (actor.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    const Result<bool> done = applied(editId);
    if (!done)
        return done.failure();
    if (done.value())
        return unchanged(tx, change);
    const Result<Target> read = readTarget(change.sectionId, change.groupId);
    if (!read)
        return read.failure();
    const Target& target = read.value();
    if (Status refused = refuseSigned(target); !refused)
        return refused.failure();
    if (forwards && target.mark.isSet())
        return Error(tr("\"%1\" is already marked not applicable by %2: %3")
                         .arg(target.title, target.mark.by, target.mark.reason));
    if (!forwards && target.mark.reason != change.mark.reason)
        return Error(
            tr("\"%1\" is no longer marked not applicable as it was. Reload the record and try again.")
                .arg(change.title));
    QHash<qint64, const ChecklistItem*> now;
    for (const ChecklistItem& item : target.items)
        now.insert(item.id, &item);
    for (const ChecklistStore::NotApplicableChange::Item& changed : change.items) {
        const ChecklistItem* item = now.value(changed.itemId);
        const ChecklistStore::ItemEdit& expected = forwards ? changed.before : changed.after;
        if (!item)
            return Error(tr("item %1 is no longer under \"%2\"").arg(changed.itemId).arg(change.title));
        if (item->status != expected.status || item->notes != expected.notes)
            return Error(tr("\"%1\" was changed by %2 at %3. Reload the record and try again.")
                             .arg(item->text, item->lastChangedBy(),
                                  item->lastChangedAt().toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    if (Status written = write(change, forwards, actor, kind, editId); !written)
        return written.failure();
    if (Status committed = tx.commit(); !committed)
        return committed.failure();
    return change;
}

Status NotApplicableMarks::write(const Change& change, bool forwards, const QString& actor,
                                 ItemChangeAction::Kind kind, const QString& editId) {
    Result<AuditLog::Tail> read = m_audit.tail(change.recordId);
    if (!read)
        return read.failure();
    AuditLog::Tail tail = std::move(read).value();
    // A new mark's rows carry the time it stamps (what verify compares); an undo or redo is its own moment.
    const QDateTime at =
        kind == ItemChangeAction::Kind::Edit ? change.mark.at : UtcTime::parse(toDbTime(m_connection.now()));

    // The mark: on the section's row, or on the group header's (whose revision
    // moves, so that a view showing it reads it again).
    QSqlQuery q(m_connection.db());
    q.prepare(
        change.groupId == 0
            ? QStringLiteral("UPDATE record_sections SET na_by = ?, na_at = ?, na_reason = ? WHERE id = ?")
            : QStringLiteral("UPDATE record_items SET na_by = ?, na_at = ?, na_reason = ?, "
                             "revision = revision + 1 WHERE id = ?"));
    q.addBindValue(bindable(forwards ? change.mark.by : QString()));
    q.addBindValue(bindable(forwards ? toDbTime(change.mark.at) : QString()));
    q.addBindValue(bindable(forwards ? change.mark.reason : QString()));
    q.addBindValue(bindable(change.groupId == 0 ? change.sectionId : change.groupId));
    if (!q.exec())
        return Error(tr("cannot mark \"%1\" not applicable: %2")
                         .arg(change.title, m_connection.explain(q.lastError())));
    AuditEntry entry;
    entry.recordId = change.recordId;
    entry.itemId = change.groupId;
    entry.action = markedAction(kind);
    entry.field = change.groupId == 0 ? QStringLiteral("section") : QStringLiteral("group");
    entry.oldValue = change.title;
    entry.newValue = change.mark.reason;
    entry.actor = actor;
    entry.at = at;
    entry.editId = editId;
    if (Status appended = m_audit.appendAfter(tail, entry); !appended)
        return appended;

    QSqlQuery update(m_connection.db());
    update.prepare(QStringLiteral("UPDATE record_items SET status = ?, notes = ?, updated_by = ?, "
                                  "updated_at = NULLIF(?, ''), notes_by = ?, notes_at = ?, "
                                  "revision = revision + 1 WHERE id = ?"));
    int done = 0, notApplicable = 0, failed = 0;
    for (const ChecklistStore::NotApplicableChange::Item& item : change.items) {
        const ChecklistStore::ItemEdit& from = forwards ? item.before : item.after;
        const ChecklistStore::ItemEdit& to = forwards ? item.after : item.before;
        const ChecklistStore::ItemStamps& stamps = forwards ? item.afterStamps : item.beforeStamps;
        update.addBindValue(bindable(ItemStatusText::key(to.status)));
        update.addBindValue(bindable(to.notes));
        update.addBindValue(bindable(stamps.checkedBy));
        update.addBindValue(bindable(stamps.checkedAt.isValid() ? toDbTime(stamps.checkedAt) : QString()));
        update.addBindValue(bindable(stamps.notesBy));
        update.addBindValue(bindable(stamps.notesAt.isValid() ? toDbTime(stamps.notesAt) : QString()));
        update.addBindValue(bindable(item.itemId));
        if (!update.exec())
            return Error(tr("cannot mark item %1 not applicable: %2")
                             .arg(item.itemId)
                             .arg(m_connection.explain(update.lastError())));
        const auto delta = [&](ItemStatus status) {
            return (to.status == status ? 1 : 0) - (from.status == status ? 1 : 0);
        };
        done += delta(ItemStatus::Done);
        notApplicable += delta(ItemStatus::NotApplicable);
        failed += delta(ItemStatus::Failed);

        // One row per field the item changed; each item's rows carry an id of
        // their own under the edit's (audit_log_edit_once is per id and field).
        AuditEntry row;
        row.recordId = change.recordId;
        row.itemId = item.itemId;
        row.actor = actor;
        row.at = at;
        row.editId = editId.isEmpty() ? QString() : editId + u'/' + QString::number(item.itemId);
        const auto append = [&](const QString& field, const QString& was, const QString& is) -> Status {
            if (was == is)
                return {};
            row.field = field;
            row.action = kind == ItemChangeAction::Kind::Edit ? ItemChangeAction::markAction(field)
                                                              : ItemChangeAction::action(field, kind);
            row.oldValue = was;
            row.newValue = is;
            return m_audit.appendAfter(tail, row);
        };
        if (Status s = append(QStringLiteral("status"), ItemStatusText::key(from.status),
                              ItemStatusText::key(to.status));
            !s)
            return s;
        if (Status s = append(QStringLiteral("notes"), from.notes, to.notes); !s)
            return s;
    }
    return m_records.moveProgress(change.recordId, done, notApplicable, failed);
}
