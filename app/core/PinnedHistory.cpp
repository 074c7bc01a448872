#include "core/PinnedHistory.h"

#include <algorithm>

PinnedHistory::PinnedHistory(const ChecklistStore& store, const QList<ChecklistStore::ChainRow>& rows)
    : m_store(store)
    , m_rows(rows) {
    for (int i = 0; i < int(rows.size()); ++i)
        m_rowsOfRecord[rows.at(i).entry.recordId].append(i);
}

Result<std::optional<ChecklistStore::PinnedRow>> PinnedHistory::recordRowAt(qint64 recordId,
                                                                            qint64 seq) const {
    // AuditLog::recordRowAt: a per-record row (format 2 on) at seq > 0, the
    // first by id; else the newest row of the database-wide format 1 at seq.
    const auto held = m_rowsOfRecord.constFind(recordId);
    const AuditEntry* found = nullptr;
    if (held != m_rowsOfRecord.constEnd()) {
        for (const int i : *held) {
            const AuditEntry& e = m_rows.at(i).entry;
            if (e.recordSeq == seq && (seq > 0 ? e.format >= 2 : e.format == 1)) {
                found = &e;
                if (seq > 0)
                    break;
            }
        }
    }
    if (!found)
        return m_store.recordRowAt(recordId, seq);
    return std::optional<ChecklistStore::PinnedRow>(
        ChecklistStore::PinnedRow{found->id, found->hash, found->at});
}

Result<std::optional<QString>> PinnedHistory::ledgerValueAt(qint64 auditRowId) const {
    const auto found =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), auditRowId,
                         [](const ChecklistStore::ChainRow& row, qint64 id) { return row.entry.id < id; });
    if (found == m_rows.cend() || found->entry.id != auditRowId)
        return m_store.ledgerValueAt(auditRowId);
    // AuditLog's ledger value: a format 1 row's is its own hash (format 1 chained the whole database).
    return std::optional<QString>(found->entry.format >= 2 ? found->ledgerHash : found->entry.hash);
}
