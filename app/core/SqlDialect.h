#pragma once

#include <QString>

#include <memory>

class QSqlError;

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
    // Statements run once per connection that never write to the file
    // (durability, foreign keys, lock waits), so they are safe before the
    // schema version has been checked.
    QStringList connectionSetup() const;
    // The journal the database keeps from then on. Switching an SQLite file to
    // WAL rewrites its header, so this runs only once the file is known to be
    // ours and at the current version (after a migration committed).
    QStringList journalSetup() const;
    // The channel every write transaction announces itself on (PostgreSQL
    // NOTIFY), and the statement that does it inside the transaction; empty
    // where other writers are noticed by polling changeProbe() instead.
    static QString changeChannel();
    QString announceChange() const;
    // A query whose single value moves whenever another connection commits
    // (SQLite's PRAGMA data_version); empty on PostgreSQL.
    QString changeProbe() const;
    // Another connection holds the lock (SQLite "database is locked", a
    // PostgreSQL lock timeout or deadlock): the transaction may be retried.
    bool isBusy(const QSqlError& error) const;
    // The file is not a whole SQLite database (truncated, overwritten).
    bool isDamaged(const QSqlError& error) const;
    // The disk or the folder refused the file (cannot open, read-only, full, I/O error).
    bool isInaccessible(const QSqlError& error) const;
    // The connection to the server is gone (the server restarted or shut
    // down, the network dropped): the store may connect again. Never on SQLite.
    bool isConnectionLost(const QSqlError& error) const;
    // The server refused the connection for want of a (right) password.
    bool isPasswordRejected(const QSqlError& error) const;
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
    // Drops a trigger refuseTrigger() made (and, on the server, its function).
    QStringList dropTrigger(const QString& name, const QString& table) const;
    // DDL for a trigger that refuses an event ("DELETE", "UPDATE OF a, b") with a message.
    QStringList refuseTrigger(const QString& name, const QString& table, const QString& event,
                              const QString& message) const;

private:
    Backend m_backend;
};
