#pragma once

#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>

class AuditLog;
class DatabaseBackup;
class DatabaseIdentity;
class RecordTable;
class StoreConnection;
class TemplateTable;

// Brings a database to the current schema (PRAGMA user_version, or a table on
// the server) in ordered `if (from < N)` steps, in one transaction, after a
// copy of an older file is taken; creates a new database with the built-in
// template; then sets up the journal. A file that is not ours, or is newer,
// is refused unchanged.
class SchemaMigrator {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    static constexpr int kSchemaVersion = 13;

    SchemaMigrator(StoreConnection& connection, TemplateTable& templates, RecordTable& records,
                   const DatabaseBackup& backup, DatabaseIdentity& identity);

    // builtIn is read only when the database is new.
    Status migrate(const ChecklistStore::TemplateSource& builtIn);

private:
    Result<int> readSchemaVersion();
    Status refuseUnlessOwner(bool schemaExists);
    Status createSchemaV1();
    Status migrateToV2();
    Status migrateToV3();
    Status migrateToV4();
    Status migrateToV5();
    Status migrateToV6();
    Status migrateToV7();
    Status migrateToV8();
    Status migrateToV9();
    Status migrateToV10();
    Status migrateToV11();
    Status migrateToV12();
    Status migrateToV13();

    StoreConnection& m_connection;
    TemplateTable& m_templates;
    RecordTable& m_records;
    const DatabaseBackup& m_backup;
    DatabaseIdentity& m_identity;
};
