#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>

class StoreConnection;

// The audit_log table: the append-only, hash-chained trail of every change.
// Rooms that change audited data append here inside their own write
// transaction; nothing else writes the table.
class AuditLog {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit AuditLog(StoreConnection& connection);

    // Appends a row chained to the current tail. The caller holds a write
    // transaction, so the tail read here is still the tail at insert.
    Status append(const AuditEntry& entry);
    // Appends a row chained to previousHash (the tail, read by the caller inside
    // the same write transaction); returns the new row's hash, the next tail.
    Result<QString> appendAfter(const QString& previousHash, const AuditEntry& entry);
    // The tail's hash as a subquery, for a room that reads it in the same
    // statement as its own row (the hot path of a tick); NULL on an empty log.
    static QString tailHashQuery();

    // Audits an event that is not a change of data, in a transaction of its own.
    Status recordEvent(qint64 recordId, const QString& action, const QString& detail, const QString& actor);

    Result<QList<AuditEntry>> trailAfter(qint64 recordId, qint64 afterId, int limit) const;
    Result<QList<AuditEntry>> trailBefore(qint64 recordId, qint64 beforeId, int limit) const;
    Result<QList<ChecklistStore::ChainRow>> chain() const;

private:
    enum class Order { OldestFirst, NewestFirst };
    Result<QList<AuditEntry>> readTrail(qint64 recordId, qint64 boundaryId, Order order, int limit) const;

    StoreConnection& m_connection;
};
