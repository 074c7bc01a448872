#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class AuditLog;
class StoreConnection;

// The countersign_identity table: one random id per database, given when the
// database is created or first moved to per-record chains. Version 2
// signatures name it, and each user's machine recognises a database it has
// seen by it, even after the file moved. Its creation is audited, so an id
// changed in SQL disagrees with the trail.
class DatabaseIdentity {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    DatabaseIdentity(StoreConnection& connection, AuditLog& audit);

    // Creates the table with a new id, and its audit row; inside the migration's transaction.
    Status create();
    Result<QString> id() const;

private:
    StoreConnection& m_connection;
    AuditLog& m_audit;
};
