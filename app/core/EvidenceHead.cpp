#include "core/EvidenceHead.h"

// A row written before per-record chains (format 1) has no sequence of its
// own: the head is then seq 0 and means the record's newest such row, as in
// the signed payload (docs/CANONICAL-JSON.md, audit/2).
std::optional<ChainHead> EvidenceHead::of(const QList<AuditEntry>& recordTrail) {
    if (recordTrail.isEmpty())
        return std::nullopt;
    const AuditEntry& newest = recordTrail.constLast();
    return ChainHead{newest.format >= 2 ? newest.recordSeq : 0, newest.hash};
}

std::optional<QString> EvidenceHead::hashAt(const QList<AuditEntry>& recordTrail, qint64 seq) {
    if (seq == 0) {
        for (auto row = recordTrail.crbegin(); row != recordTrail.crend(); ++row) {
            if (row->format < 2)
                return row->hash;
        }
        return std::nullopt;
    }
    for (const AuditEntry& row : recordTrail) {
        if (row.format >= 2 && row.recordSeq == seq)
            return row.hash;
    }
    return std::nullopt;
}
