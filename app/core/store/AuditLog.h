#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

class HotStatement;
class StoreConnection;

// The audit_log table: the append-only, hash-chained trail of every change.
// Rooms that change audited data append here inside their own write
// transaction; nothing else writes the table.
class AuditLog {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit AuditLog(StoreConnection& connection);

    // What a new row of one record chains to: the record's newest row and the
    // ledger's newest value.
    struct Tail {
        ChainHead record;
        QString ledger;
    };
    // The tail for a record, read inside the caller's write transaction.
    Result<Tail> tail(qint64 recordId) const;
    // The tail as three columns (the record's newest sequence number and hash,
    // the ledger's newest value; NULL when there is none), for a room that
    // reads them in the same statement as its own row (the hot path of a
    // tick). recordIdColumn names the record's id in that statement.
    static QString tailColumns(const QString& recordIdColumn);
    // The tail from those three columns, starting at column `first`.
    static Tail tailFromColumns(const HotStatement& row, int first);

    // Appends a row chained to the current tail. The caller holds a write
    // transaction, so the tail read here is still the tail at insert.
    Status append(const AuditEntry& entry);
    // Appends a row chained to tail (read by the caller inside the same write
    // transaction), and moves tail on to the new row.
    Status appendAfter(Tail& tail, const AuditEntry& entry);

    // The newest row of a record's chain (seq 0 and an empty hash for none).
    Result<ChainHead> recordHead(qint64 recordId) const;
    // The ledger's newest row; the stored value, as a machine remembers it.
    Result<LedgerHead> ledgerHead() const;
    // A record's row at a sequence number (0: its newest format 1 row), as
    // stored; nullopt when there is none.
    Result<std::optional<ChecklistStore::PinnedRow>> recordRowAt(qint64 recordId, qint64 seq) const;
    // The ledger's stored value at a row; nullopt when there is no such row.
    Result<std::optional<QString>> ledgerValueAt(qint64 auditRowId) const;

    // The record whose audit trail holds the edit editId (an empty id: none),
    // read inside the caller's write transaction: an edit found there was
    // applied already (OnceOnlyWrite).
    Result<std::optional<qint64>> recordOfEdit(const QString& editId) const;
    // The condition, on audit_log's columns, that the edit ? is there.
    static QString editAppliedCondition();

    // Audits an event that is not a change of data, in a transaction of its own.
    Status recordEvent(qint64 recordId, const QString& action, const QString& detail, const QString& actor);

    Result<QList<AuditEntry>> trailAfter(qint64 recordId, qint64 afterId, int limit) const;
    Result<QList<AuditEntry>> trailBefore(qint64 recordId, qint64 beforeId, int limit) const;
    // Every row (recordId nullopt) or one record's rows, in id order.
    Result<QList<ChecklistStore::ChainRow>> chain(std::optional<qint64> recordId = std::nullopt) const;

private:
    enum class Order { OldestFirst, NewestFirst };
    Result<QList<AuditEntry>> readTrail(qint64 recordId, qint64 boundaryId, Order order, int limit) const;

    StoreConnection& m_connection;
};
