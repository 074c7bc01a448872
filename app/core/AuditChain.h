#pragma once

#include "core/Checklist.h"

#include <QString>

// The audit trail is a hash chain: each row's hash covers its own fields and
// the hash of the row before it, so an edited, inserted or deleted row breaks
// every hash after it. verify recomputes the chain with the same functions.
//
// Two generations (docs/CANONICAL-JSON.md): format 1 rows chain across the
// whole database; format 2 rows chain within their record, so that a head
// pinned in a signature is checked by re-hashing that record's rows alone,
// and a database-wide ledger over every row's hash is what each user's
// machine remembers.
class AuditChain {
public:
    // Hex SHA-256 of the previous hash and the entry's fields, by the entry's
    // format (id excluded: the database assigns it after the hash is computed).
    static QString rowHash(const QString& previousHash, const AuditEntry& entry);
    // The ledger's value after a row: a format 2 row's ledger hash chains the
    // previous ledger value to the row's record, sequence number and hash.
    static QString ledgerHash(const QString& previousLedger, const AuditEntry& entry);
    // The audit row that records the database's id (core/store/DatabaseIdentity).
    static constexpr const char* kDatabaseIdentityAction = "database_identity";
    // The hash that stands before the first row.
    static QString genesis();
    // The operating-system account that runs this program, recorded with every
    // change so that a name typed with --by is never the only trace of who acted.
    static QString osAccount();
};
