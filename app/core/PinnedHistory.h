#pragma once

#include "core/ChecklistStore.h"

#include <QHash>
#include <QList>

#include <optional>

// Where PayloadVerifier looks up the history a signature pinned (its
// record's audit row at a sequence number, the ledger's value at a row):
// in the chain rows verify holds already, which ChainVerifier re-hashes,
// and from the store (a query each, a round trip on a server) only for a
// row they do not hold. Each answer is the store's query's: a record's rows
// by its sequence number as AuditLog::recordRowAt picks among them, a
// ledger value as AuditLog::ledgerValueAt reads it. A row they do not hold
// (one written since they were read, or of a record verify RECORD did not
// read) is asked of the store, so "gone" is always the database's word.
class PinnedHistory {
public:
    // rows: in id order, kept alive by the caller for this object's life.
    PinnedHistory(const ChecklistStore& store, const QList<ChecklistStore::ChainRow>& rows);

    Result<std::optional<ChecklistStore::PinnedRow>> recordRowAt(qint64 recordId, qint64 seq) const;
    Result<std::optional<QString>> ledgerValueAt(qint64 auditRowId) const;

private:
    const ChecklistStore& m_store;
    const QList<ChecklistStore::ChainRow>& m_rows;
    // Each record's rows as indexes into m_rows, in id order: 4 bytes a row
    // beside the rows themselves (some hundreds each).
    QHash<qint64, QList<int>> m_rowsOfRecord;
};
