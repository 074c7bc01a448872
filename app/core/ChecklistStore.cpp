#include "core/ChecklistStore.h"

#include "core/AuditChain.h"
#include "core/ChangeWatcher.h"
#include "core/ContentDigest.h"
#include "core/DatabaseFile.h"
#include "core/HotStatement.h"
#include "core/SqlDialect.h"
#include "core/UtcTime.h"
#include "io/MarkdownTemplateReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <array>
#include <limits>

Q_LOGGING_CATEGORY(lcStore, "countersign.store")

namespace {

constexpr int kSchemaVersion = 3;
// A write that still finds the lock taken after the busy timeout (or hits a
// deadlock or a stale WAL snapshot, where SQLite does not wait at all) is
// tried again this many times, a little later each time.
constexpr int kWriteAttempts = 4;
constexpr std::chrono::milliseconds kRetryPause{25};
// How often an SQLite store looks for other writers: well inside a second.
constexpr std::chrono::milliseconds kChangePollInterval{300};
const QString kBuiltInTemplateResource = QStringLiteral(":/countersign/production-deployment-checklist.md");

// Times are stored as UtcTime::text, the form audit hashes and digests cover.
QString toDbTime(const QDateTime& t) {
    return UtcTime::text(t);
}

QDateTime fromDbTime(const QVariant& v) {
    if (v.isNull())
        return {};
    return UtcTime::parse(v.toString());
}

QString toJsonList(const QStringList& list) {
    // Nearly every item has no extra cells: a 10,000-item import asks this 10,000 times.
    if (list.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString& text) {
    // Nearly every item has no extra cells: skip the JSON parser for them.
    if (text.isEmpty() || text == u"[]")
        return {};
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue& v : array)
        result.append(v.toString());
    return result;
}

// An item status as the store writes it (ItemStatusText::key), compared as
// is: fromKey() trims and lower-cases a copy of every row's text first.
ItemStatus storedStatus(QStringView text) {
    static const std::array<std::pair<QString, ItemStatus>, 4> kKeys{{
        {ItemStatusText::key(ItemStatus::Pending), ItemStatus::Pending},
        {ItemStatusText::key(ItemStatus::Done), ItemStatus::Done},
        {ItemStatusText::key(ItemStatus::NotApplicable), ItemStatus::NotApplicable},
        {ItemStatusText::key(ItemStatus::Failed), ItemStatus::Failed},
    }};
    for (const auto& [key, status] : kKeys) {
        if (text == key)
            return status;
    }
    return ItemStatusText::fromKey(text.toString()).value_or(ItemStatus::Pending);
}

// The columns an item is read from, in the order itemFromRow() takes them:
// what every item has, then who checked a record's item, when, and its revision.
// NULLIF hands most items' extra cells over as NULL, not a "[]" to copy and parse.
const QString kItemColumns = QStringLiteral("i.is_group, i.text, i.status, i.notes, NULLIF(i.extra, '[]')");
const QString kCheckColumns = QStringLiteral("i.updated_by, i.updated_at, i.revision");

// An item from kItemColumns at `first` onwards, followed by kCheckColumns
// where `checked` (a record's items; a template's have none). Its id is the caller's.
ChecklistItem itemFromRow(const HotStatement& row, int first, bool checked) {
    ChecklistItem it;
    it.isGroupHeader = row.integer(first) != 0;
    it.text = row.text(first + 1);
    it.status = storedStatus(row.text(first + 2));
    it.notes = row.text(first + 3);
    if (!row.isNull(first + 4))
        it.extra = fromJsonList(row.text(first + 4));
    if (checked) {
        it.updatedBy = row.text(first + 5);
        if (!row.isNull(first + 6))
            it.updatedAt = UtcTime::parse(row.text(first + 6));
        it.revision = int(row.integer(first + 7));
    }
    return it;
}

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL
// and an unset text is simply empty.
QVariant bindable(const QString& text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
QVariant bindable(const QVariant& value) {
    return value;
}
template <typename T> QVariant bindable(const T& value) {
    return QVariant::fromValue(value);
}

// An id given on the command line or in a URL: digits only.
std::optional<qint64> parseId(const QString& text) {
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

// Begins a write transaction and rolls it back unless commit() succeeded, so
// that every early return leaves the database as it was. Beginning takes the
// write lock (BEGIN IMMEDIATE, or the advisory lock on the server), so what
// the body reads cannot change before it commits; a busy lock is waited for
// and retried, and what stays busy is told in the user's words.
class ChecklistStore::Transaction {
public:
    explicit Transaction(ChecklistStore& store)
        : m_store(store) {
        // A connection whose log another program deleted would write into a
        // file that nobody else sees, and that is gone when it closes: refuse.
        if (!m_store.logStillInPlace()) {
            m_failure = Error(m_store.logReplacedMessage(), Error::Kind::LogReplaced);
            return;
        }
        for (int attempt = 1; attempt <= kWriteAttempts; ++attempt) {
            const QSqlError failure = begin();
            if (!failure.isValid()) {
                m_active = true;
                return;
            }
            m_failure = m_store.failure(
                tr("cannot write to %1: %2").arg(m_store.shownLocation(), m_store.explain(failure)), failure);
            if (!m_store.m_dialect->isBusy(failure) || attempt == kWriteAttempts)
                return;
            qCDebug(lcStore) << "write lock busy, attempt" << attempt << "of" << kWriteAttempts;
            QThread::msleep(static_cast<unsigned long>(kRetryPause.count() * attempt));
        }
    }
    ~Transaction() {
        if (m_active)
            run(Statement::Rollback, QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_active; }
    // Why the transaction did not begin.
    const Error& failure() const { return m_failure; }
    Status commit() {
        // Other stores LISTEN for this; the server delivers it only if the commit succeeds.
        if (const QString announce = m_store.m_dialect->announceChange(); !announce.isEmpty()) {
            QSqlQuery q(m_store.m_db);
            if (!q.exec(announce))
                return commitFailure(q.lastError());
        }
        QSqlError failure;
        for (int attempt = 1;; ++attempt) {
            failure = run(Statement::Commit, QStringLiteral("COMMIT"));
            if (!failure.isValid()) {
                m_active = false;
                return {};
            }
            // A busy COMMIT leaves the transaction open and may simply be repeated.
            if (!m_store.m_dialect->isBusy(failure) || attempt == kWriteAttempts)
                break;
            QThread::msleep(static_cast<unsigned long>(kRetryPause.count() * attempt));
        }
        return commitFailure(failure);
    }

private:
    Error commitFailure(const QSqlError& failure) const {
        return m_store.failure(tr("could not commit to the database: %1").arg(m_store.explain(failure)),
                               failure);
    }

    QSqlError begin() {
        const QStringList statements = m_store.m_dialect->beginWrite();
        for (int i = 0; i < statements.size(); ++i) {
            const QSqlError failure =
                run(i == 0 ? Statement::BeginWrite : Statement::BeginWriteLock, statements.at(i));
            if (failure.isValid()) {
                if (i > 0) // the transaction did begin: end it
                    run(Statement::Rollback, QStringLiteral("ROLLBACK"));
                return failure;
            }
        }
        return {};
    }

    // Runs one transaction-control statement. On SQLite it stays prepared like
    // the other hot statements (a tick is little more than these and three
    // small statements); PostgreSQL cannot PREPARE BEGIN, COMMIT or a lock
    // call, so there each runs as a plain statement.
    QSqlError run(Statement statement, const QString& sql) {
        if (m_store.m_dialect->backend() == SqlDialect::Backend::SQLite) {
            HotStatement& q = m_store.prepared(statement, sql);
            return q.exec() ? QSqlError() : q.lastError();
        }
        QSqlQuery q(m_store.m_db);
        return q.exec(sql) ? QSqlError() : q.lastError();
    }

    ChecklistStore& m_store;
    bool m_active = false;
    Error m_failure;
};

ChecklistStore::ChecklistStore(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

ChecklistStore::~ChecklistStore() {
    close();
}

QString ChecklistStore::defaultLocation() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/countersign.sqlite");
}

int ChecklistStore::schemaVersion() {
    return kSchemaVersion;
}

void ChecklistStore::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

QDateTime ChecklistStore::now() const {
    return m_clock().toUTC();
}

bool ChecklistStore::isOpen() const {
    return m_db.isOpen();
}

QString ChecklistStore::location() const {
    return m_location;
}

Error ChecklistStore::queryFailure(const QString& what, const QSqlError& error) const {
    return failure(QStringLiteral("%1: %2").arg(what, explain(error)), error);
}

Error::Kind ChecklistStore::kindOf(const QSqlError& error) const {
    if (!m_dialect)
        return Error::Kind::Other;
    if (m_dialect->isBusy(error))
        return Error::Kind::Busy;
    if (m_dialect->isDamaged(error))
        return Error::Kind::Damaged;
    if (m_dialect->isPasswordRejected(error))
        return Error::Kind::PasswordRejected;
    return Error::Kind::Other;
}

Error ChecklistStore::failure(const QString& message, const QSqlError& cause) const {
    return Error(message, kindOf(cause));
}

QString ChecklistStore::shownLocation() const {
    if (isServerLocation(m_location))
        return QUrl(m_location).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(m_location);
}

QString ChecklistStore::explain(const QSqlError& error) const {
    if (m_dialect && m_dialect->isBusy(error))
        return tr("%1 is being used by another program; try again in a moment. If it stays busy, finish or "
                  "close the other Countersign windows and commands that use it.")
            .arg(shownLocation());
    if (m_dialect && m_dialect->isDamaged(error))
        return tr("%1 is damaged: it is not a complete Countersign database (%2). It may have been cut short "
                  "while being copied or saved. Restore it from a backup, or copy it again from where "
                  "it came from.")
            .arg(shownLocation(), error.databaseText());
    if (m_dialect && m_dialect->isInaccessible(error))
        return tr("%1 cannot be read or written: the disk or the folder refused it (%2). Check the path, its "
                  "permissions and the free space.")
            .arg(shownLocation(), error.databaseText());
    return error.text();
}

Error ChecklistStore::unchangedFileError(const QString& what, const QSqlError& error) const {
    // Busy and damaged files are told as such; anything else as what failed.
    const QString why = kindOf(error) != Error::Kind::Other || m_dialect->isInaccessible(error)
                            ? explain(error)
                            : tr("%1: %2.").arg(what, error.text());
    return failure(tr("%1 The file was not changed.").arg(why), error);
}

bool ChecklistStore::isServerLocation(const QString& location) {
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Status ChecklistStore::open(const QString& location, OpenMode mode) {
    close();
    m_location = location; // every message from here on names it
    Status opened = isServerLocation(location) ? connectToServer(location) : checkedOpenFile(location, mode);
    if (opened && isServerLocation(location))
        opened = migrate();
    if (opened && m_watchForOthers)
        opened = startWatchingForOthers();
    if (!opened) {
        close();
        return opened;
    }
    return {};
}

Status ChecklistStore::connectToServer(const QString& location) {
    const QUrl url(location);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty())
        return Error(tr("%1 is not a PostgreSQL address. Write postgresql://user@host:port/database.")
                         .arg(url.toDisplayString(QUrl::RemovePassword)));
    m_dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    if (!QSqlDatabase::isDriverAvailable(m_dialect->qtDriver()))
        return Error(
            tr("this installation has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)"));
    m_connectionName =
        QStringLiteral("countersign-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(database);
    m_db.setUserName(url.userName());
    // Without a password here libpq takes it from PGPASSWORD or ~/.pgpass.
    if (!url.password().isEmpty())
        m_db.setPassword(url.password());
    else if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db.open())
        return failure(tr("cannot connect to %1: %2")
                           .arg(url.toDisplayString(QUrl::RemovePassword), m_db.lastError().text().trimmed()),
                       m_db.lastError());
    return {};
}

ChecklistStore::Connection ChecklistStore::connection() const {
    return {m_location, m_password, m_busyTimeout};
}

Status ChecklistStore::openSecondConnection(const Connection& connection) {
    m_password = connection.password;
    m_busyTimeout = connection.busyTimeout;
    m_watchForOthers = false;
    return open(connection.location, OpenMode::ExistingOnly);
}

HotStatement& ChecklistStore::prepared(Statement statement, const QString& sql) const {
    if (m_prepared.empty())
        m_prepared.resize(static_cast<size_t>(Statement::Count));
    std::unique_ptr<HotStatement>& slot = m_prepared[static_cast<size_t>(statement)];
    if (!slot)
        slot = std::make_unique<HotStatement>(m_db, sql);
    return *slot;
}

void ChecklistStore::setServerPassword(const QString& password) {
    m_password = password;
}

void ChecklistStore::setBusyTimeout(std::chrono::milliseconds timeout) {
    m_busyTimeout = timeout;
}

// Opens and migrates a file. Nothing here opens the file outside SQLite
// (DatabaseFile.h says why): another connection of this process, or another
// program, may be using it right now. A file it refuses is left to SQLite,
// which removes the -wal and -shm it made when it closes as the file's last
// user, and leaves them alone while someone else still uses them.
Status ChecklistStore::checkedOpenFile(const QString& location, OpenMode mode) {
    Status opened = openFile(location, mode);
    if (opened)
        opened = migrate();
    if (opened) {
        // The log files as they are now: if they are ever replaced under this
        // connection, it stops writing (Transaction).
        m_log = DatabaseFile::LogIdentity::of(location);
        return {};
    }
    close();
    return opened;
}

Status ChecklistStore::openFile(const QString& location, OpenMode mode) {
    const QFileInfo info(location);
    switch (DatabaseFile::presenceOf(location)) {
    case DatabaseFile::Presence::NotAFile:
        return Error(
            tr("%1 is not a file. Give the path of a Countersign database (.sqlite).").arg(location));
    case DatabaseFile::Presence::File:
        break;
    case DatabaseFile::Presence::MissingFolder:
        if (mode == OpenMode::ExistingOnly)
            return Error(
                tr("there is no database at %1: the folder %2 does not exist. Check the path, or leave "
                   "out --db to use the default database.")
                    .arg(location, QDir::toNativeSeparators(info.absolutePath())));
        if (!QDir().mkpath(info.absolutePath()))
            return Error(tr("cannot create the folder %1 for the database. Check that it can be written.")
                             .arg(info.absolutePath()));
        break;
    case DatabaseFile::Presence::Missing:
        if (mode == OpenMode::ExistingOnly)
            return Error(tr("there is no database at %1. Check the path, or leave out --db to use the "
                            "default database.")
                             .arg(location));
        break;
    }

    m_dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    m_connectionName =
        QStringLiteral("countersign-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
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
Status ChecklistStore::checkIsSQLiteFile(const QString& location, OpenMode mode) {
    const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = DatabaseFile::headerOf(m_db, int(magic.size()));
    if (header.isEmpty() && mode == OpenMode::ExistingOnly &&
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

void ChecklistStore::close() {
    // The watcher unsubscribes through the driver, so it goes first.
    delete m_watcher;
    m_watcher = nullptr;
    // Prepared statements belong to the connection that is going away.
    m_prepared.clear();
    if (m_connectionName.isEmpty()) {
        m_location.clear();
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_location.clear();
    m_log = {};
    m_logReplacedTold = false;
}

bool ChecklistStore::logStillInPlace() {
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

QString ChecklistStore::logReplacedMessage() const {
    return tr("another program replaced the database's log (%1) while it was open here, so a change "
              "written now would be lost. Nothing was written. Close and reopen the database, then make the "
              "change again.")
        .arg(QDir::toNativeSeparators(m_log.walPath()));
}

Status ChecklistStore::startWatchingForOthers() {
    if (m_dialect->backend() == SqlDialect::Backend::PostgreSQL) {
        m_watcher = new ChangeWatcher(m_db.driver(), SqlDialect::changeChannel(), this);
    } else {
        const QString probe = m_dialect->changeProbe();
        m_watcher = new ChangeWatcher(
            [this, probe]() -> std::optional<qint64> {
                // Two stat() calls: the window tells the user before they try to write.
                if (!m_logReplacedTold && !logStillInPlace()) {
                    m_logReplacedTold = true;
                    Q_EMIT logReplaced(logReplacedMessage());
                }
                QSqlQuery q(m_db);
                if (!q.exec(probe) || !q.next())
                    return std::nullopt;
                return q.value(0).toLongLong();
            },
            kChangePollInterval, this);
    }
    connect(m_watcher, &ChangeWatcher::changed, this, &ChecklistStore::changedElsewhere);
    if (!m_watcher->start())
        return Error(tr("cannot watch %1 for changes made by others: %2")
                         .arg(shownLocation(), explain(m_db.lastError())));
    return {};
}

Result<int> ChecklistStore::readSchemaVersion() {
    auto unreadable = [this](const QSqlError& error) {
        return unchangedFileError(tr("%1 could not be read as a database").arg(shownLocation()), error);
    };
    QSqlQuery q(m_db);
    if (const QString check = m_dialect->hasSchemaVersion(); !check.isEmpty()) {
        if (!q.exec(check) || !q.next())
            return unreadable(q.lastError());
        if (!q.value(0).toBool())
            return 0;
        q.finish();
    }
    if (!q.exec(m_dialect->readSchemaVersion()) || !q.next())
        return unreadable(q.lastError());
    return q.value(0).toInt();
}

namespace {
Result<ChecklistTemplate> readBuiltInTemplate() {
    QFile file(kBuiltInTemplateResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ChecklistStore::tr("the built-in template is missing from this build of Countersign"));
    Result<ChecklistTemplate> builtIn = MarkdownTemplateReader::read(file.readAll());
    if (!builtIn)
        return Error(ChecklistStore::tr("the built-in template does not read: %1").arg(builtIn.error()));
    return builtIn;
}
} // namespace

Status ChecklistStore::migrate() {
    QSqlQuery q(m_db);
    // These settings never write, so they are safe on a file that is refused below.
    for (const QString& statement : m_dialect->connectionSetup()) {
        if (!q.exec(statement))
            return unchangedFileError(tr("cannot set up %1").arg(shownLocation()), q.lastError());
    }
    const Result<int> found = readSchemaVersion();
    if (!found)
        return found.failure();
    const int version = found.value();
    if (version > kSchemaVersion)
        return Error(
            tr("%1 was written by a newer Countersign (schema version %2; this version reads up to %3). "
               "Update Countersign to open it. The file was not changed.")
                .arg(shownLocation())
                .arg(version)
                .arg(kSchemaVersion));
    if (version == 0) {
        if (!q.exec(m_dialect->countTables()) || !q.next())
            return Error(tr("cannot read %1: %2").arg(shownLocation(), explain(q.lastError())));
        if (q.value(0).toInt() > 0)
            return Error(
                tr("%1 is an SQLite database, but not a Countersign database. The file was not changed.")
                    .arg(shownLocation()));
        q.finish();
    }

    if (version < kSchemaVersion) {
        QString backup;
        if (version > 0 && m_dialect->backend() == SqlDialect::Backend::SQLite) {
            Result<QString> saved = backUpBeforeMigration(version);
            if (!saved)
                return saved.failure();
            backup = saved.value();
        }
        // A step that fails rolls everything back: say so, and where the copy is.
        auto notUpdated = [&](const QString& why) {
            if (version == 0)
                return Error(why);
            QString message = tr("%1 could not be updated from schema version %2 to %3: %4. The file was not "
                                 "changed; this version of Countersign cannot open it until it is.")
                                  .arg(shownLocation())
                                  .arg(version)
                                  .arg(kSchemaVersion)
                                  .arg(why);
            if (!backup.isEmpty())
                message +=
                    u' ' +
                    tr("A copy taken before the attempt is at %1.").arg(QDir::toNativeSeparators(backup));
            return Error(message);
        };
        // Every step runs in one transaction, in the file's own journal mode:
        // a failed migration leaves the file byte for byte as it was.
        Transaction tx(*this);
        if (!tx.began())
            return tx.failure();
        // Another program may have created or updated it while this one waited for the lock.
        const Result<int> current = readSchemaVersion();
        if (!current)
            return current.failure();
        const int from = current.value();
        if (from < kSchemaVersion) {
            if (from < 1) {
                if (Status step = createSchemaV1(); !step)
                    return notUpdated(step.error());
            }
            if (from < 2) {
                if (Status step = migrateToV2(); !step)
                    return notUpdated(step.error());
            }
            if (from < 3) {
                if (Status step = migrateToV3(); !step)
                    return notUpdated(step.error());
            }
            // A new database starts with the built-in template, in the same transaction.
            if (from == 0) {
                Result<ChecklistTemplate> builtIn = readBuiltInTemplate();
                if (!builtIn)
                    return builtIn.failure();
                if (Result<qint64> added = insertTemplate(builtIn.value()); !added)
                    return added.failure();
            }
            for (const QString& statement : m_dialect->writeSchemaVersion(kSchemaVersion)) {
                if (!q.exec(statement))
                    return notUpdated(tr("cannot record the schema version: %1").arg(explain(q.lastError())));
            }
            if (Status committed = tx.commit(); !committed)
                return notUpdated(committed.error());
            if (from > 0)
                qCInfo(lcStore) << "migrated" << m_location << "from schema" << from << "to"
                                << kSchemaVersion;
        }
    }

    // Only now, with the file known to be ours and current, may its header change.
    for (const QString& statement : m_dialect->journalSetup()) {
        if (!q.exec(statement)) {
            const QSqlError failure = q.lastError();
            return this->failure(m_dialect->isBusy(failure)
                                     ? explain(failure)
                                     : tr("cannot set up %1: %2").arg(shownLocation(), explain(failure)),
                                 failure);
        }
    }
    return {};
}

Result<QString> ChecklistStore::backUpBeforeMigration(int fromVersion) {
    QString target = QStringLiteral("%1.schema-v%2.bak").arg(m_location).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.schema-v%2-%3.bak").arg(m_location).arg(fromVersion).arg(n);
    // VACUUM INTO writes a consistent copy even with a WAL beside the file.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(bindable(target));
    if (!q.exec())
        return Error(tr("cannot back up %1 to %2 before updating its format: %3. The file was not changed.")
                         .arg(m_location, target, explain(q.lastError())));
    return target;
}

Status ChecklistStore::backUp(const QString& targetPath) const {
    if (!isOpen())
        return Error(tr("no database is open"));
    if (isServerLocation(m_location))
        return Error(
            tr("%1 is a server database: back it up with the server's tools (pg_dump)").arg(m_location));
    if (QFileInfo::exists(targetPath))
        return Error(tr("%1 already exists: choose a new file name for the backup").arg(targetPath));
    if (!QFileInfo(targetPath).absoluteDir().exists())
        return Error(tr("the folder of %1 does not exist").arg(targetPath));
    // VACUUM INTO reads inside one transaction, so the copy is consistent even
    // while other processes write; the result is a complete, compacted database.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(bindable(targetPath));
    if (!q.exec()) {
        QFile::remove(targetPath);
        return Error(tr("cannot back up %1 to %2: %3").arg(m_location, targetPath, explain(q.lastError())));
    }
    return {};
}

Status ChecklistStore::createSchemaV1() {
    const QString pk = m_dialect->primaryKey();
    QStringList ddl{
        QStringLiteral("CREATE TABLE templates (id %1, title TEXT NOT NULL, version INTEGER NOT NULL, "
                       "description TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, "
                       "UNIQUE (title, version))")
            .arg(pk),
        QStringLiteral("CREATE TABLE template_sections (id %1, "
                       "template_id INTEGER NOT NULL REFERENCES templates(id), position INTEGER NOT NULL, "
                       "title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "columns TEXT NOT NULL DEFAULT '[]', status_column INTEGER NOT NULL DEFAULT -1, "
                       "notes_column INTEGER NOT NULL DEFAULT -1)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE template_items (id %1, "
            "section_id INTEGER NOT NULL REFERENCES template_sections(id), position INTEGER NOT NULL, "
            "is_group INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
            "status TEXT NOT NULL DEFAULT 'pending', notes TEXT NOT NULL DEFAULT '', "
            "extra TEXT NOT NULL DEFAULT '[]')")
            .arg(pk),
        QStringLiteral("CREATE TABLE records (id %1, template_id INTEGER NOT NULL REFERENCES templates(id), "
                       "title TEXT NOT NULL, release_version TEXT NOT NULL DEFAULT '', "
                       "environment TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'in_progress', "
                       "description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "created_by TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral("CREATE TABLE record_sections (id %1, "
                       "record_id INTEGER NOT NULL REFERENCES records(id), position INTEGER NOT NULL, "
                       "title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "columns TEXT NOT NULL DEFAULT '[]', status_column INTEGER NOT NULL DEFAULT -1, "
                       "notes_column INTEGER NOT NULL DEFAULT -1)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE record_items (id %1, "
            "section_id INTEGER NOT NULL REFERENCES record_sections(id), position INTEGER NOT NULL, "
            "is_group INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
            "status TEXT NOT NULL DEFAULT 'pending', notes TEXT NOT NULL DEFAULT '', "
            "extra TEXT NOT NULL DEFAULT '[]', updated_by TEXT NOT NULL DEFAULT '', "
            "updated_at TEXT, revision INTEGER NOT NULL DEFAULT 0)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE audit_log (id %1, record_id INTEGER NOT NULL DEFAULT 0, "
            "item_id INTEGER NOT NULL DEFAULT 0, action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', "
            "old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '', "
            "actor TEXT NOT NULL, at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral(
            "CREATE INDEX template_sections_by_template ON template_sections (template_id, position)"),
        QStringLiteral("CREATE INDEX template_items_by_section ON template_items (section_id, position)"),
        QStringLiteral("CREATE INDEX record_sections_by_record ON record_sections (record_id, position)"),
        QStringLiteral("CREATE INDEX record_items_by_section ON record_items (section_id, position)"),
        QStringLiteral("CREATE INDEX audit_log_by_record ON audit_log (record_id, id)"),
    };
    ddl += m_dialect->appendOnlyTriggers(QStringLiteral("audit_log"));
    QSqlQuery q(m_db);
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(
                tr("cannot create the database schema in %1: %2").arg(m_location, explain(q.lastError())));
    }
    return {};
}

Status ChecklistStore::migrateToV2() {
    const QString pk = m_dialect->primaryKey();
    QStringList ddl{
        QStringLiteral(
            "CREATE TABLE signers (id %1, login TEXT NOT NULL UNIQUE, printed_name TEXT NOT NULL, "
            "roles TEXT NOT NULL DEFAULT '[]', password_hash TEXT NOT NULL, public_key TEXT NOT NULL, "
            "sealed_secret TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
            "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, created_at TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE signatures (id %1, record_id INTEGER NOT NULL REFERENCES records(id), "
            "role TEXT NOT NULL, role_position INTEGER NOT NULL, "
            "signer_id INTEGER NOT NULL REFERENCES signers(id), login TEXT NOT NULL, "
            "printed_name TEXT NOT NULL, meaning TEXT NOT NULL, signed_at TEXT NOT NULL, "
            "digest TEXT NOT NULL, content TEXT NOT NULL, strokes TEXT NOT NULL DEFAULT '[]', "
            "typed INTEGER NOT NULL DEFAULT 0, signature TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT, "
            "revoked_reason TEXT)")
            .arg(pk),
        QStringLiteral("CREATE INDEX signatures_by_record ON signatures (record_id, role_position)"),
    };
    // Old signatures keep their meaning only if their signer stays who they were.
    ddl += m_dialect->refuseTrigger(QStringLiteral("signers_no_delete"), QStringLiteral("signers"),
                                    QStringLiteral("DELETE"),
                                    QStringLiteral("signers are deactivated, never deleted"));
    ddl += m_dialect->refuseTrigger(QStringLiteral("signers_no_rename"), QStringLiteral("signers"),
                                    QStringLiteral("UPDATE OF login, printed_name, public_key"),
                                    QStringLiteral("signers are never renamed"));
    QSqlQuery q(m_db);
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(
                tr("cannot add the sign-off tables to %1: %2").arg(m_location, explain(q.lastError())));
    }
    return {};
}

// Progress counters on each record, kept by every change of an item in the
// same transaction: listing thousands of records reads one row per record
// instead of every item of every record.
Status ChecklistStore::migrateToV3() {
    const QStringList ddl{
        QStringLiteral("ALTER TABLE records ADD COLUMN items_total INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_done INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_na INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_failed INTEGER NOT NULL DEFAULT 0"),
    };
    QSqlQuery q(m_db);
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(
                tr("cannot add the progress counters to %1: %2").arg(m_location, explain(q.lastError())));
    }
    return recountProgress(std::nullopt);
}

Status ChecklistStore::recountProgress(std::optional<qint64> recordId) {
    // Countable items: not group headings, in checklist sections.
    auto count = [](const char* status) {
        return QStringLiteral(
                   "(SELECT COUNT(*) FROM record_items i JOIN record_sections s ON s.id = i.section_id "
                   "WHERE s.record_id = records.id AND s.kind = 'checklist' AND i.is_group = 0%1)")
            .arg(status ? QStringLiteral(" AND i.status = '%1'").arg(QLatin1String(status)) : QString());
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE records SET items_total = %1, items_done = %2, items_na = %3, "
                             "items_failed = %4%5")
                  .arg(count(nullptr), count("done"), count("na"), count("failed"),
                       recordId ? QStringLiteral(" WHERE id = ?") : QString()));
    if (recordId)
        q.addBindValue(bindable(*recordId));
    if (!q.exec())
        return Error(
            tr("cannot count the progress of the records in %1: %2").arg(m_location, explain(q.lastError())));
    return {};
}

// ---- Templates

Status ChecklistStore::ensureBuiltInTemplate() {
    Result<ChecklistTemplate> builtIn = readBuiltInTemplate();
    if (!builtIn)
        return builtIn.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM templates WHERE title = ?"));
    q.addBindValue(bindable(builtIn->title));
    if (!q.exec() || !q.next())
        return queryFailure(tr("cannot read templates"), q.lastError());
    if (q.value(0).toInt() > 0)
        return {};
    q.finish();
    Result<qint64> added = addTemplate(builtIn.value());
    if (!added)
        return added.failure();
    return {};
}

Result<qint64> ChecklistStore::addTemplate(const ChecklistTemplate& tmpl) {
    if (tmpl.title.trimmed().isEmpty())
        return Error(tr("the template has no title"));
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    Result<qint64> id = insertTemplate(tmpl);
    if (!id)
        return id;
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    Q_EMIT templatesChanged();
    return id;
}

Result<qint64> ChecklistStore::insertTemplate(const ChecklistTemplate& tmpl) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM templates WHERE title = ?"));
    q.addBindValue(bindable(tmpl.title));
    if (!q.exec() || !q.next())
        return queryFailure(tr("cannot read templates"), q.lastError());
    const int version = q.value(0).toInt() + 1;

    q.prepare(QStringLiteral(
        "INSERT INTO templates (title, version, description, imported_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(tmpl.title));
    q.addBindValue(bindable(version));
    q.addBindValue(bindable(tmpl.description));
    q.addBindValue(bindable(toDbTime(now())));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the template: %1").arg(explain(q.lastError())));
    const qint64 templateId = q.value(0).toLongLong();
    q.finish();

    if (Status stored = insertSections(QStringLiteral("template_sections"), QStringLiteral("template_items"),
                                       QStringLiteral("template_id"), templateId, tmpl.sections);
        !stored)
        return Error(stored.error());
    return templateId;
}

// Stores sections and their items under a template or a record. Table and
// column names come from the two fixed call sites, never from input.
Status ChecklistStore::insertSections(const QString& sectionTable, const QString& itemTable,
                                      const QString& ownerColumn, qint64 ownerId,
                                      const QList<ChecklistSection>& sections) {
    QSqlQuery section(m_db);
    section.prepare(
        QStringLiteral("INSERT INTO %1 (%2, position, title, kind, description, columns, status_column, "
                       "notes_column) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(sectionTable, ownerColumn));
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO %1 (section_id, position, is_group, text, status, notes, "
                                "extra) VALUES (?, ?, ?, ?, ?, ?, ?)")
                     .arg(itemTable));
    // Most items are plain (not a heading, pending, no notes, no extra cells):
    // for those the columns' defaults say the rest, and each bound value costs
    // Qt a hash lookup (a 10,000-item template binds 70,000 values otherwise).
    QSqlQuery plainItem(m_db);
    plainItem.prepare(
        QStringLiteral("INSERT INTO %1 (section_id, position, text) VALUES (?, ?, ?)").arg(itemTable));
    for (int s = 0; s < sections.size(); ++s) {
        const ChecklistSection& sec = sections.at(s);
        section.bindValue(0, bindable(ownerId));
        section.bindValue(1, bindable(s));
        section.bindValue(2, bindable(sec.title));
        section.bindValue(3, bindable(SectionKindText::key(sec.kind)));
        section.bindValue(4, bindable(sec.description));
        section.bindValue(5, bindable(toJsonList(sec.columns)));
        section.bindValue(6, bindable(sec.statusColumn));
        section.bindValue(7, bindable(sec.notesColumn));
        if (!section.exec() || !section.next())
            return Error(
                tr("cannot store the section \"%1\": %2").arg(sec.title, explain(section.lastError())));
        const qint64 sectionId = section.value(0).toLongLong();
        section.finish();
        for (int i = 0; i < sec.items.size(); ++i) {
            const ChecklistItem& it = sec.items.at(i);
            if (!it.isGroupHeader && it.status == ItemStatus::Pending && it.notes.isEmpty() &&
                it.extra.isEmpty()) {
                plainItem.bindValue(0, bindable(sectionId));
                plainItem.bindValue(1, bindable(i));
                plainItem.bindValue(2, bindable(it.text));
                if (!plainItem.exec())
                    return Error(
                        tr("cannot store the item \"%1\": %2").arg(it.text, explain(plainItem.lastError())));
                continue;
            }
            item.bindValue(0, bindable(sectionId));
            item.bindValue(1, bindable(i));
            item.bindValue(2, bindable(it.isGroupHeader ? 1 : 0));
            item.bindValue(3, bindable(it.text));
            item.bindValue(4, bindable(ItemStatusText::key(it.status)));
            item.bindValue(5, bindable(it.notes));
            item.bindValue(6, bindable(toJsonList(it.extra)));
            if (!item.exec())
                return Error(tr("cannot store the item \"%1\": %2").arg(it.text, explain(item.lastError())));
        }
    }
    return {};
}

Result<QList<TemplateSummary>> ChecklistStore::templates() const {
    QList<TemplateSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The list reads check prepare(): when it fails (no such table), its error is
    // the reason, and exec() would only replace it with "parameter count mismatch".
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT t.id, t.title, t.version, t.imported_at, "
        "  (SELECT count(*) FROM template_items i JOIN template_sections s ON s.id = i.section_id "
        "   WHERE s.template_id = t.id AND s.kind = 'checklist' AND i.is_group = 0), "
        "  t.version = (SELECT MAX(version) FROM templates n WHERE n.title = t.title) "
        "FROM templates t ORDER BY t.title, t.version"));
    if (!prepared || !q.exec())
        return queryFailure(tr("cannot read templates"), q.lastError());
    while (q.next()) {
        TemplateSummary t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.version = q.value(2).toInt();
        t.importedAt = fromDbTime(q.value(3));
        t.itemCount = q.value(4).toInt();
        t.isNewest = q.value(5).toBool();
        result.append(t);
    }
    return result;
}

Result<QList<ChecklistSection>> ChecklistStore::loadSections(const QString& sectionTable,
                                                             const QString& itemTable,
                                                             const QString& ownerColumn,
                                                             qint64 ownerId) const {
    // Table and column names come from the two fixed call sites below, never from input.
    const bool isRecord = itemTable == u"record_items";
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // With each section's item count (from the index alone), so that a list of
    // thousands of items is allocated once rather than grown and moved.
    q.prepare(QStringLiteral("SELECT s.id, s.title, s.kind, s.description, s.columns, s.status_column, "
                             "s.notes_column, (SELECT COUNT(*) FROM %3 i WHERE i.section_id = s.id) "
                             "FROM %1 s WHERE s.%2 = ? ORDER BY s.position")
                  .arg(sectionTable, ownerColumn, itemTable));
    q.addBindValue(bindable(ownerId));
    if (!q.exec())
        return queryFailure(tr("cannot read sections"), q.lastError());
    QList<ChecklistSection> sections;
    QHash<qint64, int> indexOfSection;
    while (q.next()) {
        ChecklistSection s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.kind = SectionKindText::fromKey(q.value(2).toString()).value_or(SectionKind::Text);
        s.description = q.value(3).toString();
        s.columns = fromJsonList(q.value(4).toString());
        s.statusColumn = q.value(5).toInt();
        s.notesColumn = q.value(6).toInt();
        s.items.reserve(q.value(7).toLongLong());
        indexOfSection.insert(s.id, int(sections.size()));
        sections.append(std::move(s));
    }
    q.finish();

    const QString columns = isRecord ? kItemColumns + QStringLiteral(", ") + kCheckColumns : kItemColumns;
    // Ordered by the two indexes as they are walked (a section's position, then
    // its id, which makes each section's items one run in position order), so
    // there is no sort. 10,000 rows per large record: a HotStatement, not a
    // QVariant per column.
    HotStatement items(m_db, QStringLiteral("SELECT i.section_id, i.id, %1 "
                                            "FROM %2 i JOIN %3 s ON s.id = i.section_id WHERE s.%4 = ? "
                                            "ORDER BY s.position, s.id, i.position")
                                 .arg(columns, itemTable, sectionTable, ownerColumn));
    items.bind(0, ownerId);
    if (!items.exec())
        return Error(tr("cannot read items: %1").arg(explain(items.lastError())));
    qint64 sectionId = -1;
    QList<ChecklistItem>* sectionItems = nullptr;
    while (items.next()) {
        if (const qint64 id = items.integer(0); id != sectionId || !sectionItems) {
            sectionId = id;
            sectionItems = &sections[indexOfSection.value(id)].items;
        }
        ChecklistItem it = itemFromRow(items, 2, isRecord);
        it.id = items.integer(1);
        sectionItems->append(std::move(it));
    }
    if (items.lastError().isValid())
        return Error(tr("cannot read items: %1").arg(explain(items.lastError())));
    return sections;
}

Result<ChecklistTemplate> ChecklistStore::loadTemplate(qint64 templateId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, version, description, imported_at FROM templates WHERE id = ?"));
    q.addBindValue(bindable(templateId));
    if (!q.exec())
        return queryFailure(tr("cannot read template %1").arg(templateId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no template with id %1. `countersign-cli templates` lists them.").arg(templateId));
    ChecklistTemplate t;
    t.id = templateId;
    t.title = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.description = q.value(2).toString();
    t.importedAt = fromDbTime(q.value(3));
    Result<QList<ChecklistSection>> sections =
        loadSections(QStringLiteral("template_sections"), QStringLiteral("template_items"),
                     QStringLiteral("template_id"), templateId);
    if (!sections)
        return Error(sections.error());
    t.sections = std::move(sections).value();
    return t;
}

Result<qint64> ChecklistStore::resolveTemplate(const QString& idOrTitle) const {
    const Result<QList<TemplateSummary>> read = templates();
    if (!read)
        return read.failure(); // not "no template is called …": there may well be one
    const QList<TemplateSummary>& all = read.value();
    if (const std::optional<qint64> id = parseId(idOrTitle)) {
        for (const TemplateSummary& t : all) {
            if (t.id == *id)
                return t.id;
        }
    }
    const TemplateSummary* newest = nullptr;
    for (const TemplateSummary& t : all) {
        if (t.title.compare(idOrTitle.trimmed(), Qt::CaseInsensitive) == 0 &&
            (!newest || t.version > newest->version))
            newest = &t;
    }
    if (newest)
        return newest->id;
    QStringList known;
    for (const TemplateSummary& t : all) {
        if (t.isNewest)
            known << QStringLiteral("%1 (id %2)").arg(t.title).arg(t.id);
    }
    return Error(tr("no template is called or numbered \"%1\". Templates: %2")
                     .arg(idOrTitle, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
}

// ---- Records

Result<qint64> ChecklistStore::createRecord(qint64 templateId, const RecordInfo& info, const QString& actor) {
    if (info.title.trimmed().isEmpty())
        return Error(tr("a record needs a title"));
    Result<ChecklistTemplate> tmpl = loadTemplate(templateId);
    if (!tmpl)
        return Error(tmpl.error());

    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    const QDateTime at = now();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO records (template_id, title, release_version, environment, state, "
                       "description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(templateId));
    q.addBindValue(bindable(info.title.trimmed()));
    q.addBindValue(bindable(info.releaseVersion.trimmed()));
    q.addBindValue(bindable(info.environment.trimmed()));
    q.addBindValue(bindable(RecordStateText::key(RecordState::InProgress)));
    q.addBindValue(bindable(tmpl->description));
    q.addBindValue(bindable(toDbTime(at)));
    q.addBindValue(bindable(actor));
    if (!q.exec() || !q.next())
        return Error(tr("cannot create the record: %1").arg(explain(q.lastError())));
    const qint64 recordId = q.value(0).toLongLong();
    q.finish();

    if (Status copied = insertSections(QStringLiteral("record_sections"), QStringLiteral("record_items"),
                                       QStringLiteral("record_id"), recordId, tmpl->sections);
        !copied)
        return Error(copied.error());
    if (Status counted = recountProgress(recordId); !counted)
        return Error(counted.error());

    AuditEntry created;
    created.recordId = recordId;
    created.action = QStringLiteral("created");
    created.newValue =
        QStringLiteral("%1 | %2 | %3 | template %4 v%5")
            .arg(info.title.trimmed(), info.releaseVersion.trimmed(), info.environment.trimmed(), tmpl->title)
            .arg(tmpl->version);
    created.actor = actor;
    created.at = at;
    Status audited = appendAudit(created);
    if (!audited)
        return Error(audited.error());
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    Q_EMIT recordCreated(recordId);
    return recordId;
}

namespace {
const char* const kRecordSummarySql =
    "SELECT r.id, r.title, r.release_version, r.environment, r.state, r.template_id, t.title, t.version, "
    "  r.created_at, r.items_total, r.items_done, r.items_na, r.items_failed "
    "FROM records r JOIN templates t ON t.id = r.template_id ";

RecordSummary summaryFromRow(const QSqlQuery& q) {
    RecordSummary r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.releaseVersion = q.value(2).toString();
    r.environment = q.value(3).toString();
    r.state = RecordStateText::fromKey(q.value(4).toString());
    r.templateId = q.value(5).toLongLong();
    r.templateTitle = q.value(6).toString();
    r.templateVersion = q.value(7).toInt();
    r.createdAt = fromDbTime(q.value(8));
    r.progress.total = q.value(9).toInt();
    r.progress.done = q.value(10).toInt();
    r.progress.notApplicable = q.value(11).toInt();
    r.progress.failed = q.value(12).toInt();
    return r;
}
} // namespace

Result<QList<RecordSummary>> ChecklistStore::records() const {
    QList<RecordSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Progress comes from each record's counters: listing thousands of records never reads their items.
    const bool prepared = q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("ORDER BY r.id"));
    if (!prepared || !q.exec())
        return queryFailure(tr("cannot read records"), q.lastError());
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

Result<QList<qint64>> ChecklistStore::recordIds() const {
    QList<qint64> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM records ORDER BY id")))
        return queryFailure(tr("cannot read records"), q.lastError());
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

Result<QList<RecordSummary>> ChecklistStore::recordsAfter(qint64 afterId, int limit) const {
    QList<RecordSummary> result;
    // Keyset paging: the page starts after the last id the caller has, so
    // reading page 20 costs what reading page 1 does (no OFFSET to skip).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QString::fromLatin1(kRecordSummarySql) +
                                    QStringLiteral("WHERE r.id > ? ORDER BY r.id LIMIT ?"));
    q.addBindValue(bindable(afterId));
    q.addBindValue(bindable(qint64(limit)));
    if (!prepared || !q.exec())
        return queryFailure(tr("cannot read records"), q.lastError());
    result.reserve(limit);
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

Result<RecordSummary> ChecklistStore::recordSummary(qint64 recordId) const {
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return queryFailure(tr("cannot read record %1").arg(recordId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    return summaryFromRow(q);
}

Result<Record> ChecklistStore::loadRecord(qint64 recordId) const {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT r.template_id, t.title, t.version, r.title, r.release_version, r.environment, "
                       "r.state, r.created_at, r.created_by, r.description "
                       "FROM records r JOIN templates t ON t.id = r.template_id WHERE r.id = ?"));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return queryFailure(tr("cannot read record %1").arg(recordId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    Record r;
    r.id = recordId;
    r.templateId = q.value(0).toLongLong();
    r.templateTitle = q.value(1).toString();
    r.templateVersion = q.value(2).toInt();
    r.info.title = q.value(3).toString();
    r.info.releaseVersion = q.value(4).toString();
    r.info.environment = q.value(5).toString();
    r.state = RecordStateText::fromKey(q.value(6).toString());
    r.createdAt = fromDbTime(q.value(7));
    r.createdBy = q.value(8).toString();
    r.description = q.value(9).toString();
    q.finish();
    Result<QList<ChecklistSection>> sections =
        loadSections(QStringLiteral("record_sections"), QStringLiteral("record_items"),
                     QStringLiteral("record_id"), recordId);
    if (!sections)
        return Error(sections.error());
    r.sections = std::move(sections).value();
    Result<QList<SignatureEntry>> signatureList = signatures(recordId);
    if (!signatureList)
        return signatureList.failure();
    r.signatures = std::move(signatureList).value();
    return r;
}

Result<qint64> ChecklistStore::resolveRecord(const QString& idText) const {
    const std::optional<qint64> id = parseId(idText);
    if (!id)
        return Error(tr("\"%1\" is not a record id (a whole number). `countersign-cli records` lists them.")
                         .arg(idText));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM records WHERE id = ?"));
    q.addBindValue(bindable(*id));
    if (!q.exec())
        return queryFailure(tr("cannot read records"), q.lastError());
    if (!q.next())
        return Error(tr("there is no record with id %1. `countersign-cli records` lists them.").arg(*id));
    return *id;
}

// ---- Items

Result<ChecklistItem> ChecklistStore::loadItem(qint64 itemId) const {
    HotStatement q(
        m_db,
        QStringLiteral("SELECT %1, %2 FROM record_items i WHERE i.id = ?").arg(kItemColumns, kCheckColumns));
    q.bind(0, itemId);
    if (!q.exec())
        return queryFailure(tr("cannot read item %1").arg(itemId), q.lastError());
    if (!q.next())
        return Error(tr("there is no item with id %1").arg(itemId));
    ChecklistItem it = itemFromRow(q, 0, true);
    it.id = itemId;
    return it;
}

qint64 ChecklistStore::recordOfItem(qint64 itemId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.record_id FROM record_items i JOIN record_sections s ON s.id = "
                             "i.section_id WHERE i.id = ?"));
    q.addBindValue(bindable(itemId));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<ChecklistItem> ChecklistStore::updateItem(qint64 itemId, const ItemEdit& edit, const QString& actor,
                                                 std::optional<int> expectedRevision) {
    if (ItemStatusText::requiresNote(edit.status) && edit.notes.trimmed().isEmpty())
        return Error(tr("%1 needs a note that says why").arg(ItemStatusText::label(edit.status)));
    if (actor.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));

    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    // Read inside the write transaction: nobody can change the item between this
    // read and the update. The item, its record's state and the audit chain's
    // tail (still the tail at insert: the transaction holds the write lock) in
    // one statement.
    // Composed once: the text is only read the first time, and this runs on every tick.
    static const QString kReadItemForUpdate =
        QStringLiteral("SELECT %1, %2, r.id, r.state, s.kind, "
                       "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                       "FROM record_items i JOIN record_sections s ON s.id = i.section_id "
                       "JOIN records r ON r.id = s.record_id WHERE i.id = ?")
            .arg(kItemColumns, kCheckColumns);
    HotStatement& read = prepared(Statement::ReadItemForUpdate, kReadItemForUpdate);
    read.bind(0, itemId);
    if (!read.exec())
        return Error(tr("cannot read item %1: %2").arg(itemId).arg(explain(read.lastError())));
    if (!read.next()) {
        read.finish();
        return Error(tr("there is no item with id %1").arg(itemId));
    }
    ChecklistItem before = itemFromRow(read, 0, true);
    before.id = itemId;
    const qint64 recordId = read.integer(8);
    const RecordState state = RecordStateText::fromKey(read.text(9));
    const bool isChecklist = read.text(10) == u"checklist";
    QString previousHash = read.isNull(11) ? AuditChain::genesis() : read.text(11);
    read.finish();
    if (before.isGroupHeader)
        return Error(tr("\"%1\" is a group heading, not an item").arg(before.text));
    if (!isChecklist)
        return Error(tr("\"%1\" is not a checklist item").arg(before.text));
    if (state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it, so it cannot change. Reopen it first "
                        "(this revokes the signatures).")
                         .arg(recordId));
    // A standing signature covers the content as it is: changing it means reopening.
    if (state == RecordState::Signed)
        return Error(tr("record %1 has been signed, so it cannot change. Reopen it first (this revokes the "
                        "signatures).")
                         .arg(recordId));
    if (expectedRevision && *expectedRevision != before.revision)
        return Error(
            tr("\"%1\" was changed by %2 at %3. Reload the record and try again.")
                .arg(before.text, before.updatedBy,
                     before.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (before.status == edit.status && before.notes == edit.notes)
        return before;

    // The time as stored: what the audit rows hash and the caller gets back.
    const QString atText = toDbTime(now());
    const QDateTime at = UtcTime::parse(atText);
    HotStatement& update =
        prepared(Statement::UpdateItem,
                 QStringLiteral("UPDATE record_items SET status = ?, notes = ?, updated_by = ?, "
                                "updated_at = ?, revision = revision + 1 WHERE id = ?"));
    update.bind(0, ItemStatusText::key(edit.status));
    update.bind(1, edit.notes);
    update.bind(2, actor);
    update.bind(3, atText);
    update.bind(4, itemId);
    if (!update.exec())
        return Error(tr("cannot change \"%1\": %2").arg(before.text, explain(update.lastError())));
    if (before.status != edit.status) {
        // The record's progress counters move with the item, in the same transaction.
        auto delta = [&](ItemStatus status) {
            return (edit.status == status ? 1 : 0) - (before.status == status ? 1 : 0);
        };
        HotStatement& count =
            prepared(Statement::CountProgress,
                     QStringLiteral("UPDATE records SET items_done = items_done + ?, "
                                    "items_na = items_na + ?, items_failed = items_failed + ? "
                                    "WHERE id = ?"));
        count.bind(0, qint64(delta(ItemStatus::Done)));
        count.bind(1, qint64(delta(ItemStatus::NotApplicable)));
        count.bind(2, qint64(delta(ItemStatus::Failed)));
        count.bind(3, recordId);
        if (!count.exec())
            return Error(tr("cannot count the progress of record %1: %2")
                             .arg(recordId)
                             .arg(explain(count.lastError())));
    }

    AuditEntry entry;
    entry.recordId = recordId;
    entry.itemId = itemId;
    entry.actor = actor;
    entry.at = at;
    if (before.status != edit.status) {
        entry.action = QStringLiteral("status");
        entry.field = QStringLiteral("status");
        entry.oldValue = ItemStatusText::key(before.status);
        entry.newValue = ItemStatusText::key(edit.status);
        Result<QString> appended = appendAuditAfter(previousHash, entry);
        if (!appended)
            return Error(appended.error());
        previousHash = std::move(appended).value();
    }
    if (before.notes != edit.notes) {
        entry.action = QStringLiteral("notes");
        entry.field = QStringLiteral("notes");
        entry.oldValue = before.notes;
        entry.newValue = edit.notes;
        if (Result<QString> appended = appendAuditAfter(previousHash, entry); !appended)
            return Error(appended.error());
    }
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());

    ChecklistItem after = before;
    after.status = edit.status;
    after.notes = edit.notes;
    after.updatedBy = actor;
    after.updatedAt = at;
    after.revision = before.revision + 1;
    Q_EMIT itemChanged(recordId, after);
    return after;
}

// ---- Audit trail

Status ChecklistStore::appendAudit(const AuditEntry& entry) {
    // Callers hold a write transaction, so the tail read here is still the tail at insert.
    HotStatement& tail =
        prepared(Statement::AuditTail, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!tail.exec())
        return Error(tr("cannot read the audit trail: %1").arg(explain(tail.lastError())));
    const QString previous = tail.next() ? tail.text(0) : AuditChain::genesis();
    tail.finish();
    if (Result<QString> appended = appendAuditAfter(previous, entry); !appended)
        return Error(appended.error());
    return {};
}

Result<QString> ChecklistStore::appendAuditAfter(const QString& previousHash, const AuditEntry& entry) {
    // Hash exactly what is stored: the time as its stored text reads back.
    const QString atText = toDbTime(entry.at);
    AuditEntry stored = entry;
    stored.at = UtcTime::parse(atText);
    const QString hash = AuditChain::rowHash(previousHash, stored);
    HotStatement& q =
        prepared(Statement::InsertAudit,
                 QStringLiteral("INSERT INTO audit_log (record_id, item_id, action, field, old_value, "
                                "new_value, actor, at, prev_hash, hash) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, stored.recordId);
    q.bind(1, stored.itemId);
    q.bind(2, stored.action);
    q.bind(3, stored.field);
    q.bind(4, stored.oldValue);
    q.bind(5, stored.newValue);
    q.bind(6, stored.actor);
    q.bind(7, atText);
    q.bind(8, previousHash);
    q.bind(9, hash);
    if (!q.exec())
        return Error(tr("cannot write the audit trail: %1").arg(explain(q.lastError())));
    return hash;
}

Result<QList<AuditEntry>> ChecklistStore::auditTrail(qint64 recordId) const {
    return auditTrailAfter(recordId, 0);
}

Result<QList<AuditEntry>> ChecklistStore::auditTrailAfter(qint64 recordId, qint64 afterId, int limit) const {
    return readAuditTrail(recordId, afterId, AuditOrder::OldestFirst, limit);
}

Result<QList<AuditEntry>> ChecklistStore::auditTrailBefore(qint64 recordId, qint64 beforeId,
                                                           int limit) const {
    return readAuditTrail(recordId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(),
                          AuditOrder::NewestFirst, limit);
}

Result<QList<AuditEntry>> ChecklistStore::readAuditTrail(qint64 recordId, qint64 boundaryId, AuditOrder order,
                                                         int limit) const {
    QList<AuditEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // (record_id, id) is the audit_log_by_record index, in either direction:
    // a page costs its own rows, however long the trail.
    const bool oldestFirst = order == AuditOrder::OldestFirst;
    const bool prepared = q.prepare(
        QStringLiteral("SELECT a.id, a.record_id, a.item_id, COALESCE(i.text, ''), a.action, a.field, "
                       "a.old_value, a.new_value, a.actor, a.at, a.hash "
                       "FROM audit_log a LEFT JOIN record_items i ON i.id = a.item_id "
                       "WHERE a.record_id = ? AND a.id %1 ? ORDER BY a.id %2 LIMIT ?")
            .arg(oldestFirst ? QStringLiteral(">") : QStringLiteral("<"))
            .arg(oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.addBindValue(bindable(recordId));
    q.addBindValue(bindable(boundaryId));
    // Both SQLite and PostgreSQL take a bound LIMIT; "all" is the largest one.
    q.addBindValue(bindable(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)));
    if (!prepared || !q.exec())
        return queryFailure(tr("cannot read the audit trail of record %1").arg(recordId), q.lastError());
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.recordId = q.value(1).toLongLong();
        e.itemId = q.value(2).toLongLong();
        e.itemText = q.value(3).toString();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.actor = q.value(8).toString();
        e.at = fromDbTime(q.value(9));
        e.hash = q.value(10).toString();
        result.append(e);
    }
    return result;
}

Status ChecklistStore::recordEvent(qint64 recordId, const QString& action, const QString& detail,
                                   const QString& actor) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    AuditEntry e;
    e.recordId = recordId;
    e.action = action;
    e.newValue = detail;
    e.actor = actor;
    e.at = now();
    if (Status s = appendAudit(e); !s)
        return s;
    return tx.commit();
}

Result<QList<ChecklistStore::ChainRow>> ChecklistStore::auditChain() const {
    QList<ChainRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, record_id, item_id, action, field, old_value, new_value, actor, at, "
                           "prev_hash, hash FROM audit_log ORDER BY id")))
        return queryFailure(tr("cannot read the audit trail"), q.lastError());
    while (q.next()) {
        ChainRow row;
        row.entry.id = q.value(0).toLongLong();
        row.entry.recordId = q.value(1).toLongLong();
        row.entry.itemId = q.value(2).toLongLong();
        row.entry.action = q.value(3).toString();
        row.entry.field = q.value(4).toString();
        row.entry.oldValue = q.value(5).toString();
        row.entry.newValue = q.value(6).toString();
        row.entry.actor = q.value(7).toString();
        row.entry.at = fromDbTime(q.value(8));
        row.previousHash = q.value(9).toString();
        row.entry.hash = q.value(10).toString();
        rows.append(row);
    }
    return rows;
}

// ---- Signers

namespace {
Signer signerFromRow(const QSqlQuery& q) {
    // Column order: id, login, printed_name, roles, active, public_key, failed_attempts, locked_until,
    // created_at
    Signer s;
    s.id = q.value(0).toLongLong();
    s.login = q.value(1).toString();
    s.printedName = q.value(2).toString();
    s.roles = fromJsonList(q.value(3).toString());
    s.active = q.value(4).toInt() != 0;
    s.publicKey = QByteArray::fromHex(q.value(5).toString().toLatin1());
    s.failedAttempts = q.value(6).toInt();
    s.lockedUntil = fromDbTime(q.value(7));
    s.createdAt = fromDbTime(q.value(8));
    return s;
}
const char* const kSignerColumns =
    "SELECT id, login, printed_name, roles, active, public_key, failed_attempts, locked_until, created_at "
    "FROM signers ";
} // namespace

Result<qint64> ChecklistStore::addSigner(const Signer& signer, const SignerSecrets& secrets,
                                         const QString& actor) {
    const QString login = signer.login.trimmed();
    if (login.isEmpty() || login.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error(tr("a login is one word without spaces"));
    if (signer.printedName.trimmed().isEmpty())
        return Error(tr("a signer needs a printed name"));
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM signers WHERE lower(login) = lower(?)"));
    q.addBindValue(bindable(login));
    if (!q.exec() || !q.next())
        return queryFailure(tr("cannot read signers"), q.lastError());
    if (q.value(0).toInt() > 0)
        return Error(tr("there is already a signer with the login \"%1\"").arg(login));
    q.finish();
    const QDateTime at = now();
    q.prepare(
        QStringLiteral("INSERT INTO signers (login, printed_name, roles, password_hash, public_key, "
                       "sealed_secret, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    q.addBindValue(bindable(login));
    q.addBindValue(bindable(signer.printedName.trimmed()));
    q.addBindValue(bindable(toJsonList(signer.roles)));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(signer.publicKey.toHex())));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(toDbTime(at)));
    if (!q.exec() || !q.next())
        return Error(tr("cannot add the signer: %1").arg(explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditEntry e;
    e.action = QStringLiteral("signer_added");
    e.field = login;
    // The public key is in the chain: a key swapped in the signers table later no longer matches it.
    e.newValue = QStringLiteral("%1 | %2 | key %3")
                     .arg(signer.printedName.trimmed(), signer.roles.join(QStringLiteral(", ")),
                          QString::fromLatin1(signer.publicKey.toHex()));
    e.actor = actor;
    e.at = at;
    if (Status s = appendAudit(e); !s)
        return Error(s.error());
    if (Status s = tx.commit(); !s)
        return Error(s.error());
    Q_EMIT signersChanged();
    return id;
}

Result<QList<Signer>> ChecklistStore::signers() const {
    QList<Signer> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSignerColumns) + QStringLiteral("ORDER BY login")))
        return queryFailure(tr("cannot read signers"), q.lastError());
    while (q.next())
        result.append(signerFromRow(q));
    return result;
}

Result<Signer> ChecklistStore::signer(const QString& login) const {
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSignerColumns) + QStringLiteral("WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return queryFailure(tr("cannot read signers"), q.lastError());
    if (!q.next())
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    return signerFromRow(q);
}

Result<ChecklistStore::SignerSecrets> ChecklistStore::signerSecrets(const QString& login) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash, sealed_secret FROM signers WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return queryFailure(tr("cannot read signers"), q.lastError());
    if (!q.next())
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    SignerSecrets secrets;
    secrets.passwordHash = q.value(0).toString();
    secrets.sealedSecret = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    return secrets;
}

namespace {
struct SignerChange {
    QString sql;
    QVariant value;
    QString action;
    QString detail;
};
} // namespace

Status ChecklistStore::setSignerSecrets(const QString& login, const SignerSecrets& secrets,
                                        const QString& actor) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signers SET password_hash = ?, sealed_secret = ?, failed_attempts = 0, "
                             "locked_until = NULL WHERE login = ?"));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the password: %1").arg(explain(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    AuditEntry e;
    e.action = QStringLiteral("signer_password");
    e.field = login;
    e.newValue = QStringLiteral("password changed");
    e.actor = actor;
    e.at = now();
    if (Status s = appendAudit(e); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT signersChanged();
    return {};
}

Status ChecklistStore::setSignerActive(const QString& login, bool active, const QString& actor) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    Result<Signer> current = signer(login);
    if (!current)
        return current.failure();
    if (current->active == active)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signers SET active = ? WHERE login = ?"));
    q.addBindValue(bindable(active ? 1 : 0));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the signer: %1").arg(explain(q.lastError())));
    AuditEntry e;
    e.action = active ? QStringLiteral("signer_activated") : QStringLiteral("signer_deactivated");
    e.field = login;
    e.oldValue = current->active ? QStringLiteral("active") : QStringLiteral("inactive");
    e.newValue = active ? QStringLiteral("active") : QStringLiteral("inactive");
    e.actor = actor;
    e.at = now();
    if (Status s = appendAudit(e); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT signersChanged();
    return {};
}

Status ChecklistStore::setSignerRoles(const QString& login, const QStringList& roles, const QString& actor) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    Result<Signer> current = signer(login);
    if (!current)
        return current.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signers SET roles = ? WHERE login = ?"));
    q.addBindValue(bindable(toJsonList(roles)));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the signer: %1").arg(explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("signer_roles");
    e.field = login;
    e.oldValue = current->roles.join(QStringLiteral(", "));
    e.newValue = roles.join(QStringLiteral(", "));
    e.actor = actor;
    e.at = now();
    if (Status s = appendAudit(e); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT signersChanged();
    return {};
}

Status ChecklistStore::recordFailedLogin(const QString& login, qint64 recordId, const QDateTime& lockUntil) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signers SET failed_attempts = failed_attempts + 1, locked_until = ? "
                             "WHERE login = ?"));
    q.addBindValue(bindable(lockUntil.isValid() ? QVariant(toDbTime(lockUntil))
                                                : QVariant(QMetaType(QMetaType::QString))));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot record the failed sign-in: %1").arg(explain(q.lastError())));
    AuditEntry e;
    e.recordId = recordId;
    e.action = QStringLiteral("login_failed");
    e.field = login;
    e.newValue = QStringLiteral("wrong password");
    e.actor = login;
    e.at = now();
    if (Status s = appendAudit(e); !s)
        return s;
    if (lockUntil.isValid()) {
        e.action = QStringLiteral("signer_locked");
        e.newValue = QStringLiteral("locked until %1").arg(toDbTime(lockUntil));
        if (Status s = appendAudit(e); !s)
            return s;
    }
    return tx.commit();
}

Status ChecklistStore::clearFailedLogins(const QString& login) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signers SET failed_attempts = 0, locked_until = NULL WHERE login = ? "
                             "AND (failed_attempts <> 0 OR locked_until IS NOT NULL)"));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot update the signer: %1").arg(explain(q.lastError())));
    return {};
}

// ---- Signatures

Result<QList<SignatureEntry>> ChecklistStore::signatures(qint64 recordId) const {
    QList<SignatureEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT id, record_id, role, role_position, signer_id, login, printed_name, meaning, "
        "signed_at, digest, strokes, typed, signature, revoked_at, revoked_by, revoked_reason, "
        "content FROM signatures WHERE record_id = ? ORDER BY id"));
    q.addBindValue(bindable(recordId));
    if (!prepared || !q.exec())
        return queryFailure(tr("cannot read the signatures of record %1").arg(recordId), q.lastError());
    while (q.next()) {
        SignatureEntry s;
        s.id = q.value(0).toLongLong();
        s.recordId = q.value(1).toLongLong();
        s.role = q.value(2).toString();
        s.rolePosition = q.value(3).toInt();
        s.signerId = q.value(4).toLongLong();
        s.login = q.value(5).toString();
        s.printedName = q.value(6).toString();
        s.meaning = q.value(7).toString();
        s.signedAt = fromDbTime(q.value(8));
        s.digest = q.value(9).toString();
        s.strokes = StrokeJson::read(q.value(10).toString().toUtf8()).value_or(SignatureStrokes{});
        s.typed = q.value(11).toInt() != 0;
        s.signature = QByteArray::fromHex(q.value(12).toString().toLatin1());
        s.revoked = !q.value(13).isNull();
        s.revokedAt = fromDbTime(q.value(13));
        s.revokedBy = q.value(14).toString();
        s.revokedReason = q.value(15).toString();
        s.signedContent = q.value(16).toString().toUtf8();
        result.append(s);
    }
    return result;
}

Result<QString> ChecklistStore::contentDigest(qint64 recordId) const {
    Result<Record> record = loadRecord(recordId);
    if (!record)
        return Error(record.error());
    return ContentDigest::digest(record.value());
}

Result<qint64> ChecklistStore::addSignature(const SignatureEntry& signature, bool sealsRecord) {
    return addSignature(signature, [sealsRecord](const Record&) -> Result<bool> { return sealsRecord; });
}

Result<qint64> ChecklistStore::addSignature(const SignatureEntry& signature, const SignatureRules& rules) {
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    // Checked again inside the write lock: another signer or an edit may have come first.
    Result<Record> record = loadRecord(signature.recordId);
    if (!record)
        return Error(record.error());
    if (record->state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(signature.recordId));
    if (record->activeSignature(signature.role))
        return Error(tr("the role %1 has already been signed on record %2")
                         .arg(signature.role)
                         .arg(signature.recordId));
    if (ContentDigest::digest(record.value()) != signature.digest)
        return Error(tr("record %1 changed while it was being signed. Review it and sign again.")
                         .arg(signature.recordId));
    // The rules that depend on the other signatures, on what they are now that nobody else can write.
    const Result<bool> allowed = rules(record.value());
    if (!allowed)
        return Error(allowed.error());
    const bool sealsRecord = allowed.value();

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO signatures (record_id, role, role_position, signer_id, login, "
                             "printed_name, meaning, signed_at, digest, content, strokes, typed, signature) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(signature.recordId));
    q.addBindValue(bindable(signature.role));
    q.addBindValue(bindable(signature.rolePosition));
    q.addBindValue(bindable(signature.signerId));
    q.addBindValue(bindable(signature.login));
    q.addBindValue(bindable(signature.printedName));
    q.addBindValue(bindable(signature.meaning));
    q.addBindValue(bindable(toDbTime(signature.signedAt)));
    q.addBindValue(bindable(signature.digest));
    // The signed content itself, so verify can say which field changed since.
    q.addBindValue(bindable(QString::fromUtf8(ContentDigest::canonicalJson(record.value()))));
    q.addBindValue(bindable(QString::fromUtf8(StrokeJson::write(signature.strokes))));
    q.addBindValue(bindable(signature.typed ? 1 : 0));
    q.addBindValue(bindable(QString::fromLatin1(signature.signature.toHex())));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the signature: %1").arg(explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    const RecordState newState = sealsRecord ? RecordState::Sealed : RecordState::Signed;
    q.prepare(QStringLiteral("UPDATE records SET state = ? WHERE id = ?"));
    q.addBindValue(bindable(RecordStateText::key(newState)));
    q.addBindValue(bindable(signature.recordId));
    if (!q.exec())
        return Error(tr("cannot update the record: %1").arg(explain(q.lastError())));

    AuditEntry e;
    e.recordId = signature.recordId;
    e.action = QStringLiteral("signed");
    e.field = signature.role;
    e.newValue = QStringLiteral("%1 (%2) | %3 | digest %4")
                     .arg(signature.printedName, signature.login, signature.meaning, signature.digest);
    e.actor = signature.login;
    e.at = signature.signedAt;
    if (Status s = appendAudit(e); !s)
        return Error(s.error());
    if (sealsRecord) {
        e.action = QStringLiteral("sealed");
        e.field.clear();
        e.oldValue = RecordStateText::key(record->state);
        e.newValue = RecordStateText::key(RecordState::Sealed);
        if (Status s = appendAudit(e); !s)
            return Error(s.error());
    }
    if (Status s = tx.commit(); !s)
        return Error(s.error());
    Q_EMIT recordStateChanged(signature.recordId);
    return id;
}

Status ChecklistStore::reopenRecord(qint64 recordId, const QString& login, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error(tr("reopening a record needs a reason"));
    Transaction tx(*this);
    if (!tx.began())
        return tx.failure();
    Result<RecordSummary> summary = recordSummary(recordId);
    if (!summary)
        return Error(summary.error());
    if (summary->state == RecordState::InProgress)
        return Error(tr("record %1 has no signatures to revoke; it is already open").arg(recordId));
    const QDateTime at = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signatures SET revoked_at = ?, revoked_by = ?, revoked_reason = ? "
                             "WHERE record_id = ? AND revoked_at IS NULL"));
    q.addBindValue(bindable(toDbTime(at)));
    q.addBindValue(bindable(login));
    q.addBindValue(bindable(reason.trimmed()));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return Error(tr("cannot revoke the signatures: %1").arg(explain(q.lastError())));
    const int revoked = q.numRowsAffected();
    q.prepare(QStringLiteral("UPDATE records SET state = ? WHERE id = ?"));
    q.addBindValue(bindable(RecordStateText::key(RecordState::InProgress)));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return Error(tr("cannot reopen the record: %1").arg(explain(q.lastError())));
    AuditEntry e;
    e.recordId = recordId;
    e.action = QStringLiteral("reopened");
    e.oldValue = RecordStateText::key(summary->state);
    e.newValue = QStringLiteral("%1 signature(s) revoked: %2").arg(revoked).arg(reason.trimmed());
    e.actor = login;
    e.at = at;
    if (Status s = appendAudit(e); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT recordStateChanged(recordId);
    return {};
}
