#pragma once

#include "core/Checklist.h"

#include <QList>
#include <QString>

#include <optional>

// Where a record's audit chain stood (ChainHead, core/Checklist.h): the
// "chain-head" a filed PDF prints and `verify --pdf --db` looks for again. The
// one place that says which row is the head and how it is found again.
class EvidenceHead {
public:
    // The newest row of the record's trail (its rows, oldest first), or none for an empty trail.
    static std::optional<ChainHead> of(const QList<AuditEntry>& recordTrail);
    // The hash of the trail's row at `seq` now, or none when it holds no such row.
    static std::optional<QString> hashAt(const QList<AuditEntry>& recordTrail, qint64 seq);
};
