#include "core/store/AttachmentTable.h"

#include "core/Sha256.h"
#include "core/SqlDialect.h"
#include "core/UtcTime.h"
#include "core/store/AuditLog.h"
#include "core/store/ChunkStatements.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace StoreValues;

namespace {

const QString kLimitSetting = QStringLiteral("max_file_bytes");

const QString kEntryColumns =
    QStringLiteral("id, record_id, item_id, name, size, media_type, sha256, added_by, "
                   "added_at, removed_by, removed_at, removed_reason");

ChecklistStore::ItemAttachment attachmentFromRow(const QSqlQuery& q) {
    ChecklistStore::ItemAttachment a;
    a.entry.id = q.value(0).toLongLong();
    a.recordId = q.value(1).toLongLong();
    a.itemId = q.value(2).toLongLong();
    a.entry.name = q.value(3).toString();
    a.entry.size = q.value(4).toLongLong();
    a.entry.mediaType = q.value(5).toString();
    a.entry.sha256 = q.value(6).toString();
    a.entry.addedBy = q.value(7).toString();
    a.entry.addedAt = fromDbTime(q.value(8));
    a.entry.removedBy = q.value(9).toString();
    a.entry.removedAt = fromDbTime(q.value(10));
    a.entry.removedReason = q.value(11).toString();
    return a;
}

qint64 chunkCount(qint64 size) {
    return (size + AttachmentTable::kChunkBytes - 1) / AttachmentTable::kChunkBytes;
}

// The name a file is kept under: its last path part, since a name is never a place to write to.
QString plainName(const QString& name) {
    QString plain = name.trimmed();
    plain = plain.mid(plain.lastIndexOf(QRegularExpression(QStringLiteral("[/\\\\]"))) + 1);
    plain.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    return plain.trimmed();
}

} // namespace

QString AttachmentTable::sizeText(qint64 bytes) {
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    return tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(bytes)).arg(bytes);
}

QString AttachmentTable::eventText(const AttachmentEntry& entry) {
    return QStringLiteral("%1 | %2 bytes | %3 | sha256 %4")
        .arg(entry.name)
        .arg(entry.size)
        .arg(entry.mediaType, entry.sha256);
}

AttachmentTable::AttachmentTable(StoreConnection& connection, AuditLog& audit)
    : m_connection(connection)
    , m_audit(audit) {}

Status AttachmentTable::createTables(StoreConnection& connection) {
    const SqlDialect& dialect = connection.dialect();
    const bool server = dialect.backend() == SqlDialect::Backend::PostgreSQL;
    QStringList ddl{
        QStringLiteral(
            "CREATE TABLE attachments (id %1, record_id INTEGER NOT NULL REFERENCES records(id), "
            "item_id INTEGER NOT NULL REFERENCES record_items(id), name TEXT NOT NULL, size BIGINT NOT NULL, "
            "media_type TEXT NOT NULL, sha256 TEXT NOT NULL, added_by TEXT NOT NULL, added_at TEXT NOT NULL, "
            "removed_by TEXT NOT NULL DEFAULT '', removed_at TEXT, removed_reason TEXT NOT NULL DEFAULT '')")
            .arg(dialect.primaryKey()),
        QStringLiteral("CREATE INDEX attachments_by_record ON attachments (record_id, id)"),
        QStringLiteral("CREATE INDEX attachments_by_item ON attachments (item_id, id)"),
        QStringLiteral("CREATE TABLE attachment_chunks (sha256 TEXT NOT NULL, chunk INTEGER NOT NULL, "
                       "bytes %1 NOT NULL, PRIMARY KEY (sha256, chunk))")
            .arg(server ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")),
        QStringLiteral("CREATE TABLE attachment_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO attachment_settings (name, value) VALUES ('%1', '%2')")
            .arg(kLimitSetting)
            .arg(kDefaultMaxFileBytes),
    };
    ddl += dialect.refuseTrigger(QStringLiteral("attachments_no_delete"), QStringLiteral("attachments"),
                                 QStringLiteral("DELETE"),
                                 QStringLiteral("attachments are removed with a reason, never deleted"));
    ddl += dialect.refuseTrigger(
        QStringLiteral("attachments_no_change"), QStringLiteral("attachments"),
        QStringLiteral("UPDATE OF record_id, item_id, name, size, media_type, sha256, added_by, added_at"),
        QStringLiteral("an attachment is never changed, only removed"));
    ddl += dialect.refuseTrigger(QStringLiteral("attachment_chunks_no_update"),
                                 QStringLiteral("attachment_chunks"), QStringLiteral("UPDATE"),
                                 QStringLiteral("attached bytes never change"));
    ddl += dialect.refuseTrigger(QStringLiteral("attachment_chunks_no_delete"),
                                 QStringLiteral("attachment_chunks"), QStringLiteral("DELETE"),
                                 QStringLiteral("attached bytes are never deleted"));
    QSqlQuery q(connection.db());
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot add attachments to %1: %2")
                             .arg(connection.location(), connection.explain(q.lastError())));
    }
    return {};
}

Result<QHash<qint64, QList<ChecklistStore::ItemAttachment>>>
AttachmentTable::ofRecords(const StoreConnection& connection, const QList<qint64>& recordIds) {
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE record_id IN (%2) ORDER BY record_id, id")
                      .arg(kEntryColumns, placeholders(recordIds.size())));
    for (qint64 id : recordIds)
        q.addBindValue(bindable(id));
    if (!prepared || !q.exec())
        return connection.queryFailure(tr("cannot read the attachments of record %1").arg(idsText(recordIds)),
                                       q.lastError());
    QHash<qint64, QList<ChecklistStore::ItemAttachment>> byRecord;
    while (q.next()) {
        ChecklistStore::ItemAttachment a = attachmentFromRow(q);
        byRecord[a.recordId].append(std::move(a));
    }
    return byRecord;
}

void AttachmentTable::putOnItems(const QList<ChecklistStore::ItemAttachment>& attached,
                                 QList<ChecklistSection>& sections) {
    if (attached.isEmpty())
        return;
    QHash<qint64, QList<AttachmentEntry>> byItem;
    for (const ChecklistStore::ItemAttachment& a : attached)
        byItem[a.itemId].append(a.entry);
    for (ChecklistSection& section : sections) {
        for (ChecklistItem& item : section.items)
            item.attachments = byItem.value(item.id);
    }
}

Result<QList<ChecklistStore::ItemAttachment>> AttachmentTable::list(qint64 recordId) const {
    Result<QHash<qint64, QList<ChecklistStore::ItemAttachment>>> byRecord =
        ofRecords(m_connection, {recordId});
    if (!byRecord)
        return byRecord.failure();
    return byRecord->value(recordId);
}

Result<QList<AttachmentEntry>> AttachmentTable::ofItem(qint64 itemId) const {
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT %1 FROM attachments WHERE item_id = ? ORDER BY id").arg(kEntryColumns));
    q.addBindValue(bindable(itemId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the attachments of item %1").arg(itemId),
                                         q.lastError());
    QList<AttachmentEntry> result;
    while (q.next())
        result.append(attachmentFromRow(q).entry);
    return result;
}

Result<ChecklistStore::ItemAttachment> AttachmentTable::find(qint64 attachmentId) const {
    QSqlQuery q(m_connection.db());
    const bool prepared =
        q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(kEntryColumns));
    q.addBindValue(bindable(attachmentId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read attachment %1").arg(attachmentId), q.lastError());
    if (!q.next())
        return Error(tr("there is no attachment with id %1. `countersign-cli attachments RECORD` lists a "
                        "record's attachments.")
                         .arg(attachmentId));
    return attachmentFromRow(q);
}

// A record takes or loses evidence only while it is open: a standing
// signature covers the record as it is, attachments and all.
Status AttachmentTable::refuseUnlessOpen(qint64 recordId, const QString& what) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT state FROM records WHERE id = ?"));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read record %1").arg(recordId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    switch (RecordStateText::fromKey(q.value(0).toString())) {
    case RecordState::Sealed:
        return Error(tr("record %1 is sealed: every role has signed it, so %2 is refused. Reopen it first "
                        "(this revokes the signatures).")
                         .arg(recordId)
                         .arg(what));
    case RecordState::Signed:
        return Error(tr("record %1 has been signed, so %2 is refused. Reopen it first (this revokes the "
                        "signatures).")
                         .arg(recordId)
                         .arg(what));
    case RecordState::InProgress:
        break;
    }
    return {};
}

Result<AttachmentTable::Scan> AttachmentTable::scan(QIODevice& source, const QString& name,
                                                    qint64 limit) const {
    const auto tooLarge = [&](qint64 size) {
        return Error(tr("%1 is %2, larger than the %3 this database allows for one attachment. Nothing was "
                        "attached. The limit is the database's own setting: countersign-cli attachment-limit "
                        "SIZE changes it.")
                         .arg(name, sizeText(size), sizeText(limit)));
    };
    if (!source.isSequential() && source.size() > limit)
        return tooLarge(source.size());
    if (!source.isSequential() && !source.seek(0))
        return Error(tr("cannot read %1: %2").arg(name, source.errorString()));
    Sha256 hash;
    Scan result;
    QByteArray head;
    while (true) {
        const QByteArray chunk = source.read(kChunkBytes);
        if (chunk.isEmpty()) {
            if (!source.atEnd())
                return Error(tr("cannot read %1: %2").arg(name, source.errorString()));
            break;
        }
        if (head.isEmpty())
            head = chunk.left(4096);
        hash.addData(chunk);
        result.size += chunk.size();
        if (result.size > limit)
            return tooLarge(result.size); // the file grew since its size was read
    }
    result.sha256 = hash.resultHex();
    result.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(name, head).name();
    return result;
}

Status AttachmentTable::writeChunks(QIODevice& source, const Scan& scan, const QString& name) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM attachment_chunks WHERE sha256 = ?"));
    q.addBindValue(bindable(scan.sha256));
    if (!q.exec() || !q.next())
        return m_connection.queryFailure(tr("cannot read the stored attachments"), q.lastError());
    const qint64 stored = q.value(0).toLongLong();
    q.finish();
    if (stored == chunkCount(scan.size))
        return {}; // the same bytes are stored already: attached again, kept once
    if (!source.isSequential() && !source.seek(0))
        return Error(tr("cannot read %1: %2").arg(name, source.errorString()));
    // A chunk a damaged earlier copy left behind is kept as it is; verify names it.
    ChunkStatements chunks(m_connection);
    Sha256 hash;
    qint64 size = 0;
    for (qint64 index = 0; index < chunkCount(scan.size); ++index) {
        const QByteArray chunk = source.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        size += chunk.size();
        if (const QSqlError failed = chunks.insert(scan.sha256, index, chunk); failed.isValid())
            return m_connection.failure(
                tr("cannot store the bytes of %1: %2").arg(name, m_connection.explain(failed)), failed);
    }
    if (size != scan.size || hash.resultHex() != scan.sha256)
        return Error(tr("%1 changed while it was being attached. Nothing was attached; attach it again once "
                        "it no longer changes.")
                         .arg(name));
    return {};
}

Result<AttachmentEntry> AttachmentTable::attach(qint64 recordId, qint64 itemId, QIODevice& source,
                                                const QString& name, const QString& by) {
    const QString shown = plainName(name);
    if (shown.isEmpty())
        return Error(tr("an attachment needs a file name"));
    if (by.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));
    const Result<qint64> limit = maxFileBytes();
    if (!limit)
        return limit.failure();
    // A pipe is read once: it is kept in a temporary file, so its bytes can be hashed and then stored.
    QIODevice* input = &source;
    QTemporaryFile spool;
    if (source.isSequential()) {
        if (!spool.open())
            return Error(tr("cannot keep %1 in a temporary file: %2").arg(shown, spool.errorString()));
        qint64 copied = 0;
        while (true) {
            const QByteArray chunk = source.read(kChunkBytes);
            if (chunk.isEmpty())
                break;
            copied += chunk.size();
            if (copied > limit.value())
                return Error(tr("%1 is more than %2, the largest attachment this database allows. Nothing "
                                "was attached. The limit is the database's own setting: countersign-cli "
                                "attachment-limit SIZE changes it.")
                                 .arg(shown, sizeText(limit.value())));
            if (spool.write(chunk) != chunk.size())
                return Error(tr("cannot keep %1 in a temporary file: %2").arg(shown, spool.errorString()));
        }
        input = &spool;
    }
    const Result<Scan> scanned = scan(*input, shown, limit.value());
    if (!scanned)
        return scanned.failure();

    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    if (Status open = refuseUnlessOpen(recordId, tr("attaching a file")); !open)
        return open.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT s.record_id, i.is_group, i.text, s.kind FROM record_items i "
                             "JOIN record_sections s ON s.id = i.section_id WHERE i.id = ?"));
    q.addBindValue(bindable(itemId));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read item %1").arg(itemId), q.lastError());
    if (!q.next() || q.value(0).toLongLong() != recordId)
        return Error(tr("record %1 has no item with id %2").arg(recordId).arg(itemId));
    if (q.value(1).toInt() != 0)
        return Error(tr("\"%1\" is a group heading, not an item: attach the file to one of its items")
                         .arg(q.value(2).toString()));
    if (q.value(3).toString() != u"checklist")
        return Error(tr("\"%1\" is not a checklist item: only a checklist's items take evidence")
                         .arg(q.value(2).toString()));
    q.finish();
    if (Status written = writeChunks(*input, scanned.value(), shown); !written)
        return written.failure();

    AttachmentEntry entry;
    entry.name = shown;
    entry.size = scanned->size;
    entry.mediaType = scanned->mediaType;
    entry.sha256 = scanned->sha256;
    entry.addedBy = by.trimmed();
    const QString atText = toDbTime(m_connection.now());
    entry.addedAt = UtcTime::parse(atText);
    q.prepare(QStringLiteral("INSERT INTO attachments (record_id, item_id, name, size, media_type, sha256, "
                             "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(recordId));
    q.addBindValue(bindable(itemId));
    q.addBindValue(bindable(entry.name));
    q.addBindValue(bindable(entry.size));
    q.addBindValue(bindable(entry.mediaType));
    q.addBindValue(bindable(entry.sha256));
    q.addBindValue(bindable(entry.addedBy));
    q.addBindValue(bindable(atText));
    if (!q.exec() || !q.next())
        return Error(tr("cannot attach %1: %2").arg(shown, m_connection.explain(q.lastError())));
    entry.id = q.value(0).toLongLong();
    q.finish();

    AuditEntry e;
    e.recordId = recordId;
    e.itemId = itemId;
    e.action = QStringLiteral("attached");
    e.field = QString::number(entry.id);
    e.newValue = eventText(entry);
    e.actor = entry.addedBy;
    e.at = entry.addedAt;
    if (Status audited = m_audit.append(e); !audited)
        return audited.failure();
    if (Status committed = tx.commit(); !committed)
        return committed.failure();
    return entry;
}

Result<AttachmentEntry> AttachmentTable::remove(qint64 recordId, qint64 attachmentId, const QString& reason,
                                                const QString& by) {
    if (reason.trimmed().isEmpty())
        return Error(tr("removing an attachment needs a reason"));
    if (by.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    Result<ChecklistStore::ItemAttachment> found = find(attachmentId);
    if (!found)
        return found.failure();
    if (found->recordId != recordId)
        return Error(tr("record %1 has no attachment with id %2. `countersign-cli attachments %1` lists its "
                        "attachments.")
                         .arg(recordId)
                         .arg(attachmentId));
    AttachmentEntry entry = found->entry;
    if (entry.isRemoved())
        return Error(tr("attachment %1 \"%2\" was removed already, by %3 at %4")
                         .arg(attachmentId)
                         .arg(entry.name, entry.removedBy, UtcTime::text(entry.removedAt)));
    if (Status open = refuseUnlessOpen(recordId, tr("removing an attachment")); !open)
        return open.failure();
    const QString atText = toDbTime(m_connection.now());
    entry.removedBy = by.trimmed();
    entry.removedAt = UtcTime::parse(atText);
    entry.removedReason = reason.trimmed();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE attachments SET removed_by = ?, removed_at = ?, removed_reason = ? "
                             "WHERE id = ? AND removed_at IS NULL"));
    q.addBindValue(bindable(entry.removedBy));
    q.addBindValue(bindable(atText));
    q.addBindValue(bindable(entry.removedReason));
    q.addBindValue(bindable(attachmentId));
    if (!q.exec())
        return Error(
            tr("cannot remove attachment %1: %2").arg(attachmentId).arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.recordId = recordId;
    e.itemId = found->itemId;
    e.action = QStringLiteral("detached");
    e.field = QString::number(attachmentId);
    e.oldValue = eventText(entry);
    e.newValue = entry.removedReason;
    e.actor = entry.removedBy;
    e.at = entry.removedAt;
    if (Status audited = m_audit.append(e); !audited)
        return audited.failure();
    if (Status committed = tx.commit(); !committed)
        return committed.failure();
    return entry;
}

Result<ChecklistStore::StoredBytes> AttachmentTable::stream(qint64 attachmentId, QIODevice* out) const {
    const Result<ChecklistStore::ItemAttachment> found = find(attachmentId);
    if (!found)
        return found.failure();
    const AttachmentEntry& entry = found->entry;
    const QString who = tr("attachment %1 \"%2\" (record %3, item %4)")
                            .arg(attachmentId)
                            .arg(entry.name)
                            .arg(found->recordId)
                            .arg(found->itemId);
    // One statement per chunk: the driver reads a whole value at once, so a chunk is all that is held.
    ChunkStatements chunks(m_connection);
    Sha256 hash;
    ChecklistStore::StoredBytes stored;
    const qint64 count = chunkCount(entry.size);
    for (qint64 index = 0; index < count; ++index) {
        QSqlError failed;
        const std::optional<QByteArray> chunk = chunks.read(entry.sha256, index, &failed);
        if (failed.isValid())
            return m_connection.queryFailure(tr("cannot read the bytes of %1").arg(who), failed);
        if (!chunk)
            return Error(tr("%1: chunk %2 of %3 of its bytes is missing").arg(who).arg(index + 1).arg(count));
        const qint64 expected = index + 1 < count ? kChunkBytes : entry.size - index * kChunkBytes;
        if (chunk->size() != expected)
            return Error(tr("%1: chunk %2 of %3 holds %4 bytes, not %5")
                             .arg(who)
                             .arg(index + 1)
                             .arg(count)
                             .arg(chunk->size())
                             .arg(expected));
        hash.addData(*chunk);
        stored.size += chunk->size();
        if (out && out->write(*chunk) != chunk->size())
            return Error(tr("cannot write %1: %2").arg(who, out->errorString()));
    }
    stored.sha256 = hash.resultHex();
    return stored;
}

Status AttachmentTable::extract(qint64 attachmentId, QIODevice& out) const {
    const Result<ChecklistStore::ItemAttachment> found = find(attachmentId);
    if (!found)
        return found.failure();
    const Result<ChecklistStore::StoredBytes> stored = stream(attachmentId, &out);
    if (!stored)
        return stored.failure();
    const AttachmentEntry& entry = found->entry;
    if (stored->sha256 != entry.sha256 || stored->size != entry.size)
        return Error(tr("attachment %1 \"%2\" (record %3, item %4): its bytes as stored are not the ones "
                        "attached (SHA-256 %5, attached as %6). `countersign-cli verify` reports the "
                        "database's state.")
                         .arg(attachmentId)
                         .arg(entry.name)
                         .arg(found->recordId)
                         .arg(found->itemId)
                         .arg(stored->sha256, entry.sha256));
    return {};
}

Result<qint64> AttachmentTable::maxFileBytes() const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT value FROM attachment_settings WHERE name = ?"));
    q.addBindValue(bindable(kLimitSetting));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read the attachment size limit"), q.lastError());
    if (!q.next())
        return kDefaultMaxFileBytes;
    bool ok = false;
    const qint64 limit = q.value(0).toString().toLongLong(&ok);
    return ok && limit > 0 ? limit : kDefaultMaxFileBytes;
}

Status AttachmentTable::setMaxFileBytes(qint64 bytes, const QString& by) {
    if (bytes <= 0)
        return Error(tr("the attachment size limit must be at least one byte"));
    if (by.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    const Result<qint64> before = maxFileBytes();
    if (!before)
        return before.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE attachment_settings SET value = ? WHERE name = ?"));
    q.addBindValue(bindable(QString::number(bytes)));
    q.addBindValue(bindable(kLimitSetting));
    if (!q.exec())
        return Error(
            tr("cannot change the attachment size limit: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("attachment_limit");
    e.field = kLimitSetting;
    e.oldValue = QString::number(before.value());
    e.newValue = QString::number(bytes);
    e.actor = by.trimmed();
    e.at = m_connection.now();
    if (Status audited = m_audit.append(e); !audited)
        return audited;
    return tx.commit();
}
