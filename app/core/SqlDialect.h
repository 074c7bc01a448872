#pragma once

#include <QString>

#include <memory>

class QSqlDatabase;

// What differs between the SQL backends lives here and nowhere else, so the
// store's statements stay portable (SQLite today, PostgreSQL for teams).
class SqlDialect {
public:
    enum class Backend { SQLite, PostgreSQL };

    explicit SqlDialect(Backend backend)
        : m_backend(backend) {}
    static std::unique_ptr<SqlDialect> forDriver(const QString& qtDriverName);

    Backend backend() const { return m_backend; }
    QString qtDriver() const;
    // The auto-numbered primary key column type.
    QString primaryKey() const;
    // Starts a transaction that holds the write lock from its first statement,
    // so that reading the audit chain's tail and appending to it cannot interleave.
    QStringList beginWrite() const;
    // Statements run once per connection (durability, foreign keys).
    QStringList connectionSetup() const;
    // A query that answers whether the schema version is recorded at all
    // (empty where reading the version never fails, as in SQLite).
    QString hasSchemaVersion() const;
    // Reads the schema version as one integer row.
    QString readSchemaVersion() const;
    // Statements that record the schema version (inside the migration transaction).
    QStringList writeSchemaVersion(int version) const;
    // Counts tables that are not Countersign's: a non-empty count on a database
    // of version 0 means it belongs to something else.
    QString countTables() const;
    // DDL that makes a table refuse UPDATE and DELETE.
    QStringList appendOnlyTriggers(const QString& table) const;
    // DDL for a trigger that refuses an event ("DELETE", "UPDATE OF a, b") with a message.
    QStringList refuseTrigger(const QString& name, const QString& table, const QString& event,
                              const QString& message) const;

private:
    Backend m_backend;
};
