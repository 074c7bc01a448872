#include "core/SqlDialect.h"

#include <QSqlError>
#include <QStringList>

namespace {
// SQLite's primary result codes (the driver may report extended ones).
constexpr int kSqlitePermission = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCannotOpen = 14;
constexpr int kSqliteNotADatabase = 26;

int sqlitePrimaryCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString& qtDriverName) {
    if (qtDriverName == u"QPSQL")
        return std::make_unique<SqlDialect>(Backend::PostgreSQL);
    return std::make_unique<SqlDialect>(Backend::SQLite);
}

QString SqlDialect::qtDriver() const {
    return m_backend == Backend::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::primaryKey() const {
    return m_backend == Backend::PostgreSQL ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqlDialect::beginWrite() const {
    if (m_backend == Backend::PostgreSQL) {
        // One advisory lock serialises every writer: the audit chain stays one line.
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(7231049)")};
    }
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqlDialect::connectionSetup() const {
    if (m_backend == Backend::PostgreSQL) {
        // A writer waits at most this long for another's write transaction,
        // then the store retries and finally says the database is busy.
        return {QStringLiteral("SET client_min_messages TO WARNING"),
                QStringLiteral("SET lock_timeout = '10s'")};
    }
    // synchronous=FULL syncs the WAL on every commit: an acknowledged edit
    // survives not only a killed process (the OS still holds its writes) but a
    // power cut or kernel panic too. A signed-off tick must never be lost, and
    // a few milliseconds per click is a fair price. (NORMAL would be crash-safe
    // for the process but could lose the last commits on power loss.)
    return {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")};
}

QStringList SqlDialect::journalSetup() const {
    if (m_backend == Backend::PostgreSQL)
        return {};
    // WAL lets the GUI read while the CLI writes, and a commit is one
    // append-and-sync to the log: a process killed at any moment leaves either
    // the whole transaction or none of it.
    return {QStringLiteral("PRAGMA journal_mode=WAL")};
}

QString SqlDialect::changeChannel() {
    return QStringLiteral("countersign_changes");
}

QString SqlDialect::announceChange() const {
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("NOTIFY %1").arg(changeChannel());
    return {};
}

QString SqlDialect::changeProbe() const {
    if (m_backend == Backend::PostgreSQL)
        return {};
    return QStringLiteral("PRAGMA data_version");
}

bool SqlDialect::isBusy(const QSqlError& error) const {
    if (!error.isValid())
        return false;
    if (m_backend == Backend::PostgreSQL) {
        const QString state = error.nativeErrorCode();
        // lock_not_available (lock_timeout), deadlock_detected, serialization_failure
        return state == u"55P03" || state == u"40P01" || state == u"40001";
    }
    const int code = sqlitePrimaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

bool SqlDialect::isDamaged(const QSqlError& error) const {
    if (m_backend == Backend::PostgreSQL || !error.isValid())
        return false;
    const int code = sqlitePrimaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

bool SqlDialect::isInaccessible(const QSqlError& error) const {
    if (m_backend == Backend::PostgreSQL || !error.isValid())
        return false;
    const int code = sqlitePrimaryCode(error);
    return code == kSqlitePermission || code == kSqliteReadOnly || code == kSqliteIoError ||
           code == kSqliteFull || code == kSqliteCannotOpen;
}

bool SqlDialect::isConnectionLost(const QSqlError& error) const {
    if (m_backend != Backend::PostgreSQL || !error.isValid())
        return false;
    // connection_exception (class 08); admin_shutdown, crash_shutdown,
    // cannot_connect_now (a server going down or still starting).
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    // A statement on a dead connection reaches Qt without a SQLSTATE: libpq's own words.
    const QString text = error.text();
    return text.contains(u"server closed the connection unexpectedly") ||
           text.contains(u"no connection to the server") || text.contains(u"terminating connection") ||
           text.contains(u"could not send data to server") ||
           text.contains(u"could not receive data from server") ||
           text.contains(u"connection has been closed unexpectedly") ||
           text.contains(u"connection to server") || text.contains(u"the database system is");
}

bool SqlDialect::isPasswordRejected(const QSqlError& error) const {
    if (m_backend != Backend::PostgreSQL || !error.isValid())
        return false;
    // invalid_password, invalid_authorization_specification
    const QString state = error.nativeErrorCode();
    if (state == u"28P01" || state == u"28000")
        return true;
    // A refused connection reaches Qt without a SQLSTATE: libpq's own words.
    const QString text = error.text();
    return text.contains(u"no password supplied") || text.contains(u"password authentication failed");
}

QString SqlDialect::hasSchemaVersion() const {
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT to_regclass('countersign_schema') IS NOT NULL");
    return {};
}

QString SqlDialect::readSchemaVersion() const {
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM countersign_schema");
    return QStringLiteral("PRAGMA user_version");
}

QStringList SqlDialect::writeSchemaVersion(int version) const {
    if (m_backend == Backend::PostgreSQL)
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS countersign_schema (version INTEGER NOT NULL)"),
                QStringLiteral("DELETE FROM countersign_schema"),
                QStringLiteral("INSERT INTO countersign_schema (version) VALUES (%1)").arg(version)};
    return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

QString SqlDialect::countTables() const {
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QStringList SqlDialect::refuseTrigger(const QString& name, const QString& table, const QString& event,
                                      const QString& message) const {
    if (m_backend == Backend::PostgreSQL) {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION %1_refuse() RETURNS trigger AS $$ BEGIN "
                           "RAISE EXCEPTION '%2'; END; $$ LANGUAGE plpgsql")
                .arg(name, message),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1_refuse()")
                .arg(name, event, table),
        };
    }
    return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                .arg(name, event, table, message)};
}

QStringList SqlDialect::dropTrigger(const QString& name, const QString& table) const {
    if (m_backend == Backend::PostgreSQL)
        return {QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
                QStringLiteral("DROP FUNCTION IF EXISTS %1_refuse()").arg(name)};
    return {QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)};
}

QStringList SqlDialect::appendOnlyTriggers(const QString& table) const {
    const QString message = QStringLiteral("the audit trail is append-only");
    return refuseTrigger(table + QStringLiteral("_no_update"), table, QStringLiteral("UPDATE"), message) +
           refuseTrigger(table + QStringLiteral("_no_delete"), table, QStringLiteral("DELETE"), message);
}
