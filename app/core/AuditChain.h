#pragma once

#include "core/Checklist.h"

#include <QString>

// The audit trail is a hash chain: each row's hash covers its own fields and
// the hash of the row before it, so an edited, inserted or deleted row breaks
// every hash after it. verify recomputes the chain with the same function.
class AuditChain {
public:
    // Hex SHA-256 of the previous hash and the entry's fields (id excluded: it
    // is assigned by the database after the hash is computed).
    static QString rowHash(const QString& previousHash, const AuditEntry& entry);
    // The hash that stands before the first row.
    static QString genesis();
};
