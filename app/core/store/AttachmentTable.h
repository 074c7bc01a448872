#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

class AuditLog;
class QIODevice;
class SqlDialect;
class StoreConnection;

// Evidence files on a record's items (schema 11): the attachments table (one
// row per file attached: its name, size, media type, SHA-256, who attached it
// and when, and who removed it, when and why) and attachment_chunks, the bytes
// addressed by their SHA-256 in rows of kChunkBytes. Neither Qt SQL driver
// streams a BLOB, so every chunk is written and read by a statement of its
// own: a 100 MB file never sits in memory, only a chunk of it at a time. The
// same bytes attached twice are stored once. A removed attachment keeps its
// row and its bytes. The size limit a file may have is the database's own
// setting (attachment_settings).
class AttachmentTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr qint64 kDefaultMaxFileBytes = 50 * 1024 * 1024;

    AttachmentTable(StoreConnection& connection, AuditLog& audit);

    // What an "attached" event's new_value (and a "detached" one's old_value)
    // says of its attachment, for the audit reconciler.
    static QString eventText(const AttachmentEntry& entry);
    // "50 MiB (52428800 bytes)".
    static QString sizeText(qint64 bytes);

    // The schema step that adds the tables (SchemaMigrator, version 11).
    static Status createTables(StoreConnection& connection);
    // Every attachment of each record (removed ones too), oldest first, by
    // record (one without attachments absent), in one statement.
    static Result<QHash<qint64, QList<ChecklistStore::ItemAttachment>>>
    ofRecords(const StoreConnection& connection, const QList<qint64>& recordIds);
    // A record's attachments put on the items they belong to: how a loaded
    // record carries its evidence (one whose item is not the record's is on none).
    static void putOnItems(const QList<ChecklistStore::ItemAttachment>& attached,
                           QList<ChecklistSection>& sections);

    Result<AttachmentEntry> attach(qint64 recordId, qint64 itemId, QIODevice& source, const QString& name,
                                   const QString& by);
    Result<AttachmentEntry> remove(qint64 recordId, qint64 attachmentId, const QString& reason,
                                   const QString& by);
    Result<QList<ChecklistStore::ItemAttachment>> list(qint64 recordId) const;
    Result<ChecklistStore::ItemAttachment> find(qint64 attachmentId) const;
    Result<QList<AttachmentEntry>> ofItem(qint64 itemId) const;
    // Streams an attachment's chunks into out (nullptr: nowhere), hashing as
    // they pass: the SHA-256 and size of the bytes as stored, or which chunk
    // is missing or the wrong length.
    Result<ChecklistStore::StoredBytes> stream(qint64 attachmentId, QIODevice* out) const;
    // stream() into out, then the bytes compared with the attachment's row.
    Status extract(qint64 attachmentId, QIODevice& out) const;

    Result<qint64> maxFileBytes() const;
    Status setMaxFileBytes(qint64 bytes, const QString& by);

private:
    // The SHA-256, size and media type of what source holds, read once.
    struct Scan {
        QString sha256;
        qint64 size = 0;
        QString mediaType;
    };
    Result<Scan> scan(QIODevice& source, const QString& name, qint64 limit) const;
    Status writeChunks(QIODevice& source, const Scan& scan, const QString& name);
    Status refuseUnlessOpen(qint64 recordId, const QString& what) const;

    StoreConnection& m_connection;
    AuditLog& m_audit;
};
