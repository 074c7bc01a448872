#include "core/store/WriteTransaction.h"

#include "core/HotStatement.h"
#include "core/SqlDialect.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QThread>

#include <chrono>

namespace {
// A write that still finds the lock taken after the busy timeout (or hits a
// deadlock or a stale WAL snapshot, where SQLite does not wait at all) is
// tried again this many times, a little later each time.
constexpr int kWriteAttempts = 4;
constexpr std::chrono::milliseconds kRetryPause{25};

using Statement = StoreConnection::Statement;
} // namespace

WriteTransaction::WriteTransaction(StoreConnection& connection)
    : m_connection(connection) {
    if (m_connection.inBulk()) {
        m_active = true;
        m_joined = true;
        return;
    }
    // A connection whose log another program deleted would write into a
    // file that nobody else sees, and that is gone when it closes: refuse.
    if (!m_connection.logStillInPlace()) {
        m_failure = Error(m_connection.logReplacedMessage(), Error::Kind::LogReplaced);
        return;
    }
    for (int attempt = 1; attempt <= kWriteAttempts; ++attempt) {
        const QSqlError failure = begin();
        if (!failure.isValid()) {
            m_active = true;
            m_connection.noteWriteBegun();
            return;
        }
        m_failure = m_connection.failure(
            tr("cannot write to %1: %2").arg(m_connection.shownLocation(), m_connection.explain(failure)),
            failure);
        if (!m_connection.dialect().isBusy(failure) || attempt == kWriteAttempts)
            return;
        qCDebug(lcStore) << "write lock busy, attempt" << attempt << "of" << kWriteAttempts;
        QThread::msleep(static_cast<unsigned long>(kRetryPause.count() * attempt));
    }
}

WriteTransaction::~WriteTransaction() {
    // A joined part that failed: the whole bulk is rolled back by its owner.
    if (m_joined) {
        if (m_active)
            m_connection.spoilBulk();
        return;
    }
    // A connection that died took its transaction with it.
    if (m_active && m_connection.db().isOpen())
        run(Statement::Rollback, QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::commit() {
    if (m_joined) {
        m_active = false;
        return {};
    }
    // Other stores LISTEN for this; the server delivers it only if the commit succeeds.
    if (const QString announce = m_connection.dialect().announceChange(); !announce.isEmpty()) {
        QSqlQuery q(m_connection.db());
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
        if (!m_connection.dialect().isBusy(failure) || attempt == kWriteAttempts)
            break;
        QThread::msleep(static_cast<unsigned long>(kRetryPause.count() * attempt));
    }
    return commitFailure(failure);
}

Error WriteTransaction::commitFailure(const QSqlError& failure) const {
    return m_connection.failure(tr("could not commit to the database: %1").arg(m_connection.explain(failure)),
                                failure);
}

QSqlError WriteTransaction::begin() {
    const QStringList statements = m_connection.dialect().beginWrite();
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
QSqlError WriteTransaction::run(Statement statement, const QString& sql) {
    if (m_connection.dialect().backend() == SqlDialect::Backend::SQLite) {
        HotStatement& q = m_connection.prepared(statement, sql);
        return q.exec() ? QSqlError() : q.lastError();
    }
    QSqlQuery q(m_connection.db());
    return q.exec(sql) ? QSqlError() : q.lastError();
}
