#include "core/AttachmentCheck.h"

#include "core/UtcTime.h"
#include "core/store/AttachmentTable.h"

#include <QSet>

namespace {

QString shorten(const QString& text) {
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

QString timeText(const QDateTime& t) {
    return t.isValid() ? UtcTime::text(t) : QString();
}

} // namespace

AttachmentCheck::AttachmentCheck(const QList<ChecklistStore::ChainRow>& rows) {
    for (const ChecklistStore::ChainRow& row : rows) {
        const AuditEntry& e = row.entry;
        if (e.recordId != 0 && (e.action == u"attached" || e.action == u"detached"))
            m_events[e.recordId].append(e);
    }
}

void AttachmentCheck::check(const ChecklistStore& store, const Record& record,
                            const Result<QList<ChecklistStore::ItemAttachment>>& attached, bool withTrail,
                            QList<Verifier::Finding>& findings) const {
    if (!attached) {
        findings.append({QStringLiteral("unreadable"), record.id, 0, 0, attached.error()});
        return;
    }
    // The same bytes attached twice are stored once, and read once.
    QHash<QString, Result<ChecklistStore::StoredBytes>> readBack;
    for (const ChecklistStore::ItemAttachment& a : attached.value()) {
        const AttachmentEntry& entry = a.entry;
        const ChecklistItem* item = record.findItem(a.itemId);
        const QString who = tr("record %1, item %2 \"%3\", attachment %4 \"%5\"")
                                .arg(record.id)
                                .arg(a.itemId)
                                .arg(item ? shorten(item->text) : tr("(not in this record)"))
                                .arg(entry.id)
                                .arg(entry.name);
        const QString key = entry.sha256 + u'/' + QString::number(entry.size);
        auto bytes = readBack.constFind(key);
        if (bytes == readBack.constEnd())
            bytes = readBack.insert(key, store.storedAttachmentBytes(entry.id));
        if (!*bytes)
            findings.append({QStringLiteral("attachment"), record.id, 0, 0,
                             tr("%1: its bytes cannot be read back: %2").arg(who, bytes->error())});
        else if (bytes->value().sha256 != entry.sha256)
            findings.append(
                {QStringLiteral("attachment"), record.id, 0, 0,
                 tr("%1: its stored bytes hash to SHA-256 %2, but it was attached as %3 (its bytes were "
                    "changed)")
                     .arg(who, bytes->value().sha256, entry.sha256)});
        if (!item)
            findings.append({QStringLiteral("reconcile"), record.id, 0, 0,
                             tr("%1: its item is not an item of the record").arg(who)});
    }
    if (withTrail)
        checkTrail(record, attached.value(), findings);
}

void AttachmentCheck::checkTrail(const Record& record, const QList<ChecklistStore::ItemAttachment>& attached,
                                 QList<Verifier::Finding>& findings) const {
    const qint64 rid = record.id;
    const QList<AuditEntry> events = m_events.value(rid);
    auto add = [&](qint64 row, const QString& message) {
        findings.append({QStringLiteral("reconcile"), rid, row, 0, message});
    };
    QSet<QString> stored;
    for (const ChecklistStore::ItemAttachment& a : attached) {
        const AttachmentEntry& entry = a.entry;
        const QString id = QString::number(entry.id);
        stored.insert(id);
        const QString who = tr("record %1, item %2, attachment %3 \"%4\"")
                                .arg(rid)
                                .arg(a.itemId)
                                .arg(entry.id)
                                .arg(entry.name);
        const AuditEntry* added = nullptr;
        const AuditEntry* removed = nullptr;
        for (const AuditEntry& e : events) {
            if (e.field != id)
                continue;
            if (e.action == u"attached" && !added)
                added = &e;
            else if (e.action == u"detached" && !removed)
                removed = &e;
        }
        if (!added) {
            add(0, tr("%1: no \"attached\" event in the audit trail records it").arg(who));
        } else {
            if (added->itemId != a.itemId)
                add(added->id, tr("%1, audit row %2: attached to item %3, is on item %4")
                                   .arg(who)
                                   .arg(added->id)
                                   .arg(added->itemId)
                                   .arg(a.itemId));
            if (added->newValue != AttachmentTable::eventText(entry) || added->actor != entry.addedBy ||
                added->at != entry.addedAt)
                add(added->id, tr("%1, audit row %2: attached as \"%3\" by %4 at %5, is \"%6\" by %7 at %8")
                                   .arg(who)
                                   .arg(added->id)
                                   .arg(shorten(added->newValue), added->actor, timeText(added->at),
                                        shorten(AttachmentTable::eventText(entry)), entry.addedBy,
                                        timeText(entry.addedAt)));
        }
        if (entry.isRemoved() && !removed)
            add(0, tr("%1: removed by %2 at %3, but no \"detached\" event in the audit trail removed it")
                       .arg(who, entry.removedBy, timeText(entry.removedAt)));
        else if (!entry.isRemoved() && removed)
            add(removed->id,
                tr("%1, audit row %2: the audit trail removed it, but it stands").arg(who).arg(removed->id));
        else if (removed && (removed->newValue != entry.removedReason || removed->actor != entry.removedBy ||
                             removed->at != entry.removedAt))
            add(removed->id,
                tr("%1, audit row %2: removed by %3 at %4 (\"%5\"), is by %6 at %7 (\"%8\")")
                    .arg(who)
                    .arg(removed->id)
                    .arg(removed->actor, timeText(removed->at), shorten(removed->newValue), entry.removedBy,
                         timeText(entry.removedAt), shorten(entry.removedReason)));
    }
    for (const AuditEntry& e : events) {
        if (e.action == u"attached" && !stored.contains(e.field))
            add(e.id, tr("record %1, audit row %2: %3 attached \"%4\" as attachment %5 to item %6, but there "
                         "is no such attachment (deleted or moved)")
                          .arg(rid)
                          .arg(e.id)
                          .arg(e.actor, shorten(e.newValue.section(QStringLiteral(" | "), 0, 0)), e.field)
                          .arg(e.itemId));
    }
}
