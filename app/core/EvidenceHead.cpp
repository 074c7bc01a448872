#include "core/EvidenceHead.h"

// Today the chain is one for the whole database and a row's seq is its id.
std::optional<ChainHead> EvidenceHead::of(const QList<AuditEntry>& recordTrail) {
    if (recordTrail.isEmpty())
        return std::nullopt;
    const AuditEntry& newest = recordTrail.constLast();
    return ChainHead{newest.id, newest.hash};
}

std::optional<QString> EvidenceHead::hashAt(const QList<AuditEntry>& recordTrail, qint64 seq) {
    for (const AuditEntry& row : recordTrail) {
        if (row.id == seq)
            return row.hash;
    }
    return std::nullopt;
}
