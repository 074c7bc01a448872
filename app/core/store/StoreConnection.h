#pragma once

#include "core/ChecklistStore.h"
#include "core/DatabaseFile.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ChangeWatcher;
class HotStatement;
class SqlDialect;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The store's one database connection, which every room runs its SQL on: it
// opens a file or connects to a server, keeps the SQL dialect, the clock and
// the hot statements prepared for this connection, watches for other writers
// and for a log replaced under it, and words every database error the same
// way for all the rooms.
class StoreConnection {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    StoreConnection();
    ~StoreConnection();
    StoreConnection(const StoreConnection&) = delete;
    StoreConnection& operator=(const StoreConnection&) = delete;

    // Opens an SQLite file, refusing a file that is not an SQLite database.
    Status openFile(const QString& location, ChecklistStore::OpenMode mode);
    // Connects to a server's address (ServerAddress: postgresql://user@host:port/database?…).
    Status connectToServer(const QString& location);
    // Set when the open server session crosses a network unencrypted.
    const std::optional<ChecklistStore::PlainTextSession>& plainTextSession() const { return m_plainText; }
    // Remembers the -wal and -shm as they are now: if they are ever replaced
    // under this connection, it stops writing (WriteTransaction).
    void rememberLog();
    // Starts hearing other writers: onChanged when another connection commits,
    // onLogReplaced (once per open) when another program deleted the log.
    Status watchForOthers(QObject* owner, std::function<void()> onChanged,
                          std::function<void(const QString&)> onLogReplaced);
    void close();
    bool isOpen() const;

    // ---- A server's connection lost and made again (core/store/OnceOnlyEdit
    // uses these; docs/ARCHITECTURE.md "Restarts and network faults").
    // True when this is a server connection and it no longer answers: the
    // server restarted or went down, or the network dropped. Asks the server
    // (one SELECT 1), so it is for after a failure, not before every call.
    bool connectionLost();
    // Connects to the same server again: a new connection with the same
    // location and password, its session settings, and LISTEN again when it
    // was listening. A server still down is told within kReconnectTimeout,
    // so that a window retrying on a timer never hangs for long.
    Status reconnect();
    static constexpr int kReconnectTimeoutSeconds = 2;
    // Called after every successful reconnect() (the store tells its views).
    void setReconnectedHandler(std::function<void()> handler) { m_onReconnected = std::move(handler); }
    // How many write transactions have begun on this store's connections: a
    // failed write that began none sent nothing to the server.
    quint64 writesBegun() const { return m_writesBegun; }
    void noteWriteBegun() { ++m_writesBegun; }

    // ---- A bulk write (ChecklistStore::BulkWrite) holds one transaction open;
    // while it does, every WriteTransaction joins it instead of beginning and
    // committing its own, and one that ends without committing (its write
    // failed) spoils the bulk, which then refuses to commit: all or nothing.
    bool inBulk() const { return m_bulkOpen; }
    void setBulkOpen(bool open) {
        m_bulkOpen = open;
        m_bulkSpoiled = false;
        if (open)
            ++m_bulkNumber;
    }
    // Which bulk is open (counted per connection): what a room remembers
    // while one is open holds only for that one.
    quint64 bulkNumber() const { return m_bulkNumber; }
    void spoilBulk() { m_bulkSpoiled = true; }
    bool bulkSpoiled() const { return m_bulkSpoiled; }

    // Every message names the location from the start of an open on.
    void setLocation(const QString& location) { m_location = location; }
    const QString& location() const { return m_location; }
    // The location as the user reads it: native separators, never a password.
    QString shownLocation() const;
    static bool isServerLocation(const QString& location);

    void setPassword(const QString& password) { m_password = password; }
    const QString& password() const { return m_password; }
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock().toUTC(); }

    const QSqlDatabase& db() const { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    // True for a PostgreSQL hot standby (a read-only replica that may lag
    // behind its primary); false for a primary and for an SQLite file.
    Result<bool> isStandby() const;

    // The statements of the hot paths (a tick, an audit row, a write
    // transaction), each prepared once per connection and reused.
    enum class Statement {
        BeginWrite,
        BeginWriteLock,
        Commit,
        Rollback,
        ReadItemForUpdate,
        UpdateItem,
        CountProgress,
        AuditTail,
        InsertAudit,
        Count
    };
    // The statement prepared from sql the first time it is asked for; dropped
    // by close(). Keyed by the enum, not the text: hashing the SQL on every
    // call cost more than running some of these statements.
    HotStatement& prepared(Statement statement, const QString& sql) const;

    // The user's words for a database error: never SQLite's raw "database is locked".
    QString explain(const QSqlError& error) const;
    // What a front end tells apart (busy, damaged, a refused password) of a database error.
    Error::Kind kindOf(const QSqlError& error) const;
    // message, with the kind of the database error that caused it.
    Error failure(const QString& message, const QSqlError& cause) const;
    // "what: why" for a failed query, with the error's kind. (The query's
    // own error: the connection's lastError() does not hold a query's.)
    Error queryFailure(const QString& what, const QSqlError& error) const;
    // A failure while reading a file before anything was written to it.
    Error unchangedFileError(const QString& what, const QSqlError& error) const;

    // False once another program replaced the -wal/-shm (recorded at the first look).
    bool logStillInPlace();
    // The refusal told when the log is no longer in place.
    QString logReplacedMessage() const;

private:
    Status checkIsSQLiteFile(const QString& location, ChecklistStore::OpenMode mode);
    Status readTransportSecurity();
    Status startWatching();
    // Drops the connection (and what belongs to it) but keeps where it went.
    void dropConnection();

    QSqlDatabase m_db;
    mutable std::vector<std::unique_ptr<HotStatement>> m_prepared; // indexed by Statement
    QString m_connectionName;
    QString m_location;
    QString m_password;
    std::unique_ptr<SqlDialect> m_dialect;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_busyTimeout{10000};
    ChangeWatcher* m_watcher = nullptr; // owned by the store (its QObject parent) until close()
    // What watchForOthers() was given, to watch again after a reconnect.
    QObject* m_watchOwner = nullptr;
    std::function<void()> m_onChanged;
    std::function<void(const QString&)> m_onLogReplaced;
    std::function<void()> m_onReconnected;
    int m_connectTimeoutSeconds = 0; // 0: as the address says; a reconnection waits less
    quint64 m_writesBegun = 0;
    bool m_bulkOpen = false;
    bool m_bulkSpoiled = false;
    quint64 m_bulkNumber = 0;
    // The -wal and -shm this connection uses (SQLite files in WAL mode).
    DatabaseFile::LogIdentity m_log;
    bool m_logReplacedTold = false;
    std::optional<ChecklistStore::PlainTextSession> m_plainText;
};
