#include "core/store/StoreConnection.h"

#include "core/ChangeWatcher.h"
#include "core/HotStatement.h"
#include "core/LibPq.h"
#include "core/ServerAddress.h"
#include "core/SqlDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "countersign.store")

namespace {
// How often an SQLite store looks for other writers: well inside a second.
constexpr std::chrono::milliseconds kChangePollInterval{300};

QString newConnectionName() {
    return QStringLiteral("countersign-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}
} // namespace

StoreConnection::StoreConnection()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

StoreConnection::~StoreConnection() {
    close();
}

bool StoreConnection::isServerLocation(const QString& location) {
    return ServerAddress::isServerAddress(location);
}

bool StoreConnection::isOpen() const {
    return m_db.isOpen();
}

QString StoreConnection::shownLocation() const {
    if (isServerLocation(m_location))
        return ServerAddress::withoutPassword(m_location);
    return QDir::toNativeSeparators(m_location);
}

Status StoreConnection::connectToServer(const QString& location) {
    m_plainText.reset();
    const Result<ServerAddress> parsed = ServerAddress::parse(location);
    if (!parsed)
        return Error(parsed.error());
    ServerAddress address = parsed.value();
    // A reconnection during an outage waits less than a first connection.
    if (m_connectTimeoutSeconds > 0)
        address.limitConnectTimeout(m_connectTimeoutSeconds);
    m_dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    if (!QSqlDatabase::isDriverAvailable(m_dialect->qtDriver()))
        return Error(
            tr("this installation has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)"));
    m_connectionName = newConnectionName();
    m_db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    // The driver quotes what its setters are given; the rest goes through its
    // connect options (ServerAddress refused a ';' there, which the driver mangles).
    m_db.setHostName(address.value(QStringLiteral("host")));
    m_db.setDatabaseName(address.value(QStringLiteral("dbname")));
    m_db.setUserName(address.value(QStringLiteral("user")));
    // Without a password here libpq takes it from PGPASSWORD or ~/.pgpass.
    if (!address.password().isEmpty())
        m_db.setPassword(address.password());
    else if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    m_db.setConnectOptions(address.connectOptions());
    if (!m_db.open()) {
        const QString libpqText = m_db.lastError().text().trimmed();
        const QString tls = address.explainTlsFailure(libpqText);
        if (!tls.isEmpty())
            return Error(tr("cannot connect to %1: %2").arg(shownLocation(), tls), Error::Kind::TlsRefused);
        return failure(tr("cannot connect to %1: %2").arg(shownLocation(), libpqText), m_db.lastError());
    }
    return readTransportSecurity();
}

// Whether the session is encrypted, as the server sees it: a service file,
// PGSSLMODE or sslmode=prefer may all have ended in plain text.
Status StoreConnection::readTransportSecurity() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.ssl, inet_client_addr() IS NULL FROM pg_stat_ssl s "
                               "WHERE s.pid = pg_backend_pid()")) ||
        !q.next())
        return queryFailure(tr("cannot ask %1 whether the connection is encrypted").arg(shownLocation()),
                            q.lastError());
    const bool encrypted = q.value(0).toBool();
    const bool overSocket = q.value(1).toBool(); // a Unix socket never leaves the machine
    if (encrypted || overSocket)
        return {};
    ChecklistStore::PlainTextSession session;
    const Result<const LibPq::Functions*> pq = LibPq::get(); // Qt's driver has loaded it
    if (!pq)
        return pq.failure();
    if (PGconn* conn = LibPq::connectionOf(m_db)) {
        session.host = QString::fromUtf8(pq.value()->host(conn));
        std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> used(pq.value()->conninfo(conn),
                                                                          pq.value()->conninfoFree);
        for (const PQconninfoOption* option = used.get(); option && option->keyword; ++option) {
            if (qstrcmp(option->keyword, "sslmode") == 0 && option->val)
                session.sslMode = QString::fromUtf8(option->val);
        }
    }
    if (session.host.isEmpty())
        qCWarning(lcStore) << "Qt's PostgreSQL driver gave no libpq connection but"
                           << m_db.driver()->handle().typeName();
    m_plainText = session;
    return {};
}

// Nothing here opens the file outside SQLite (DatabaseFile.h says why):
// another connection of this process, or another program, may be using it
// right now.
Status StoreConnection::openFile(const QString& location, ChecklistStore::OpenMode mode) {
    const QFileInfo info(location);
    switch (DatabaseFile::presenceOf(location)) {
    case DatabaseFile::Presence::NotAFile:
        return Error(
            tr("%1 is not a file. Give the path of a Countersign database (.sqlite).").arg(location));
    case DatabaseFile::Presence::File:
        break;
    case DatabaseFile::Presence::MissingFolder:
        if (mode == ChecklistStore::OpenMode::ExistingOnly)
            return Error(
                tr("there is no database at %1: the folder %2 does not exist. Check the path, or leave "
                   "out --db to use the default database.")
                    .arg(location, QDir::toNativeSeparators(info.absolutePath())));
        if (!QDir().mkpath(info.absolutePath()))
            return Error(tr("cannot create the folder %1 for the database. Check that it can be written.")
                             .arg(info.absolutePath()));
        break;
    case DatabaseFile::Presence::Missing:
        if (mode == ChecklistStore::OpenMode::ExistingOnly)
            return Error(tr("there is no database at %1. Check the path, or leave out --db to use the "
                            "default database.")
                             .arg(location));
        break;
    }

    m_dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    m_connectionName = newConnectionName();
    m_db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    m_db.setDatabaseName(location);
    // Another process may hold the write lock for a moment (a CLI in a
    // pipeline, a colleague's window): wait rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    if (!m_db.open())
        return failure(tr("cannot open the database %1: %2").arg(location, explain(m_db.lastError())),
                       m_db.lastError());
    return checkIsSQLiteFile(location, mode);
}

// What the file is, read through SQLite's own descriptor (DatabaseFile::headerOf):
// an SQLite file starts with its magic, and a new database is an empty file.
Status StoreConnection::checkIsSQLiteFile(const QString& location, ChecklistStore::OpenMode mode) {
    const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = DatabaseFile::headerOf(m_db, int(magic.size()));
    if (header.isEmpty() && mode == ChecklistStore::OpenMode::ExistingOnly &&
        DatabaseFile::presenceOf(location) == DatabaseFile::Presence::File)
        return Error(tr("%1 is an empty file, not a Countersign database. Give the path of a database, "
                        "or leave out --db to use the default one.")
                         .arg(location));
    if (!header.isEmpty() && header != magic)
        return Error(tr("%1 is not a Countersign database (it is not an SQLite file). The file was not "
                        "changed. Check the path.")
                         .arg(location));
    return {};
}

void StoreConnection::rememberLog() {
    m_log = DatabaseFile::LogIdentity::of(m_location);
}

void StoreConnection::close() {
    dropConnection();
    m_watchOwner = nullptr;
    m_onChanged = {};
    m_onLogReplaced = {};
    m_location.clear();
    m_log = {};
    m_logReplacedTold = false;
    m_plainText.reset();
}

void StoreConnection::dropConnection() {
    // The watcher unsubscribes through the driver, so it goes first.
    delete m_watcher;
    m_watcher = nullptr;
    // A server's connection that died: its prepared statements can no longer
    // be freed on the server (which forgot them), so the driver goes first and
    // they go without a word. Otherwise they go first, as SQLite closes only
    // once its statements are finalized.
    const bool dead = m_dialect && m_dialect->backend() == SqlDialect::Backend::PostgreSQL && !m_db.isOpen();
    if (!dead)
        m_prepared.clear();
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_prepared.clear();
}

bool StoreConnection::connectionLost() {
    if (!m_dialect || m_dialect->backend() != SqlDialect::Backend::PostgreSQL ||
        !isServerLocation(m_location))
        return false;
    // The driver calls a connection that libpq found broken closed.
    if (!m_db.isOpen())
        return true;
    QSqlQuery q(m_db);
    return !q.exec(QStringLiteral("SELECT 1")) && m_dialect->isConnectionLost(q.lastError());
}

Status StoreConnection::reconnect() {
    if (!isServerLocation(m_location))
        return Error(tr("only a connection to a server can be made again"));
    const bool wasWatching = m_watcher != nullptr;
    QSqlDatabase previous = m_db;
    const QString previousName = m_connectionName;
    // Short, for this attempt only: a server that is still down is told at once.
    m_connectTimeoutSeconds = kReconnectTimeoutSeconds;
    Status connected = connectToServer(m_location);
    m_connectTimeoutSeconds = 0;
    if (!connected) {
        // The dead connection stays until a new one works: calls on it fail
        // with the server's words (ConnectionLost), never Qt's "database not open".
        const QString failedName = m_connectionName;
        m_db = std::exchange(previous, QSqlDatabase());
        m_connectionName = previousName;
        if (failedName != previousName)
            QSqlDatabase::removeDatabase(failedName);
        return connected;
    }
    QSqlDatabase fresh = std::exchange(m_db, std::exchange(previous, QSqlDatabase()));
    const QString freshName = std::exchange(m_connectionName, previousName);
    dropConnection();
    m_db = std::exchange(fresh, QSqlDatabase());
    m_connectionName = freshName;
    QSqlQuery q(m_db);
    for (const QString& statement : m_dialect->connectionSetup()) {
        if (!q.exec(statement))
            return queryFailure(tr("cannot set up %1").arg(shownLocation()), q.lastError());
    }
    if (wasWatching) {
        if (Status watching = startWatching(); !watching)
            return watching;
    }
    qCInfo(lcStore) << "connected again to" << shownLocation();
    if (m_onReconnected)
        m_onReconnected();
    return {};
}

HotStatement& StoreConnection::prepared(Statement statement, const QString& sql) const {
    if (m_prepared.empty())
        m_prepared.resize(static_cast<size_t>(Statement::Count));
    std::unique_ptr<HotStatement>& slot = m_prepared[static_cast<size_t>(statement)];
    if (!slot)
        slot = std::make_unique<HotStatement>(m_db, sql);
    return *slot;
}

bool StoreConnection::logStillInPlace() {
    if (!m_dialect || m_dialect->backend() != SqlDialect::Backend::SQLite)
        return true;
    // SQLite makes the log at the first transaction in WAL mode, which for a
    // new database comes after its open: the first look records it.
    if (m_log.isEmpty()) {
        m_log = DatabaseFile::LogIdentity::of(m_location);
        return true;
    }
    return m_log.stillInPlace();
}

QString StoreConnection::logReplacedMessage() const {
    return tr("another program replaced the database's log (%1) while it was open here, so a change "
              "written now would be lost. Nothing was written. Close and reopen the database, then make the "
              "change again.")
        .arg(QDir::toNativeSeparators(m_log.walPath()));
}

Status StoreConnection::watchForOthers(QObject* owner, std::function<void()> onChanged,
                                       std::function<void(const QString&)> onLogReplaced) {
    m_watchOwner = owner;
    m_onChanged = std::move(onChanged);
    m_onLogReplaced = std::move(onLogReplaced);
    return startWatching();
}

Status StoreConnection::startWatching() {
    QObject* owner = m_watchOwner;
    if (m_dialect->backend() == SqlDialect::Backend::PostgreSQL) {
        // A hot standby refuses LISTEN (and nobody writes there): it is read,
        // by verify and the witness, without watching.
        const Result<bool> standby = isStandby();
        if (!standby)
            return Error(standby.error());
        if (standby.value())
            return {};
        m_watcher = new ChangeWatcher(m_db.driver(), SqlDialect::changeChannel(), owner);
    } else {
        const QString probe = m_dialect->changeProbe();
        m_watcher = new ChangeWatcher(
            [this, probe, onLogReplaced = m_onLogReplaced]() -> std::optional<qint64> {
                // Two stat() calls: the window tells the user before they try to write.
                if (!m_logReplacedTold && !logStillInPlace()) {
                    m_logReplacedTold = true;
                    onLogReplaced(logReplacedMessage());
                }
                QSqlQuery q(m_db);
                if (!q.exec(probe) || !q.next())
                    return std::nullopt;
                return q.value(0).toLongLong();
            },
            kChangePollInterval, owner);
    }
    QObject::connect(m_watcher, &ChangeWatcher::changed, owner, m_onChanged);
    if (!m_watcher->start())
        return Error(tr("cannot watch %1 for changes made by others: %2")
                         .arg(shownLocation(), explain(m_db.lastError())));
    return {};
}

Result<bool> StoreConnection::isStandby() const {
    if (m_dialect->backend() != SqlDialect::Backend::PostgreSQL)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !q.next())
        return queryFailure(tr("cannot ask %1 whether it is a standby").arg(shownLocation()), q.lastError());
    return q.value(0).toBool();
}

Error StoreConnection::queryFailure(const QString& what, const QSqlError& error) const {
    return failure(QStringLiteral("%1: %2").arg(what, explain(error)), error);
}

Error::Kind StoreConnection::kindOf(const QSqlError& error) const {
    if (!m_dialect)
        return Error::Kind::Other;
    if (m_dialect->isBusy(error))
        return Error::Kind::Busy;
    if (m_dialect->isDamaged(error))
        return Error::Kind::Damaged;
    if (m_dialect->isPasswordRejected(error))
        return Error::Kind::PasswordRejected;
    if (m_dialect->isConnectionLost(error))
        return Error::Kind::ConnectionLost;
    return Error::Kind::Other;
}

Error StoreConnection::failure(const QString& message, const QSqlError& cause) const {
    return Error(message, kindOf(cause));
}

QString StoreConnection::explain(const QSqlError& error) const {
    if (m_dialect && m_dialect->isBusy(error))
        return tr("%1 is being used by another program; try again in a moment. If it stays busy, finish or "
                  "close the other Countersign windows and commands that use it.")
            .arg(shownLocation());
    if (m_dialect && m_dialect->isDamaged(error))
        return tr("%1 is damaged: it is not a complete Countersign database (%2). It may have been cut short "
                  "while being copied or saved. Restore it from a backup, or copy it again from where "
                  "it came from.")
            .arg(shownLocation(), error.databaseText());
    if (m_dialect && m_dialect->isConnectionLost(error))
        return tr("the connection to %1 was lost (%2). Check that the server is running and can be reached, "
                  "then try again.")
            .arg(shownLocation(), error.text().simplified());
    if (m_dialect && m_dialect->isInaccessible(error))
        return tr("%1 cannot be read or written: the disk or the folder refused it (%2). Check the path, its "
                  "permissions and the free space.")
            .arg(shownLocation(), error.databaseText());
    return error.text();
}

Error StoreConnection::unchangedFileError(const QString& what, const QSqlError& error) const {
    // Busy and damaged files are told as such; anything else as what failed.
    const QString why = kindOf(error) != Error::Kind::Other || m_dialect->isInaccessible(error)
                            ? explain(error)
                            : tr("%1: %2.").arg(what, error.text());
    return failure(tr("%1 The file was not changed.").arg(why), error);
}
