#pragma once

#include "core/Result.h"
#include "core/store/StoreConnection.h"

#include <QCoreApplication>
#include <QSqlError>

// Begins a write transaction and rolls it back unless commit() succeeded, so
// that every early return leaves the database as it was. Beginning takes the
// write lock (BEGIN IMMEDIATE, or the advisory lock on the server), so what
// the body reads cannot change before it commits; a busy lock is waited for
// and retried, and what stays busy is told in the user's words. Inside a bulk
// write (StoreConnection::inBulk) it joins the bulk's transaction: commit()
// then only marks its part done, and ending without it spoils the bulk.
class WriteTransaction {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit WriteTransaction(StoreConnection& connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool began() const { return m_active; }
    // Part of a bulk write's transaction (StoreConnection::inBulk).
    bool joined() const { return m_joined; }
    // Why the transaction did not begin.
    const Error& failure() const { return m_failure; }
    Status commit();

private:
    Error commitFailure(const QSqlError& failure) const;
    QSqlError begin();
    QSqlError run(StoreConnection::Statement statement, const QString& sql);

    StoreConnection& m_connection;
    bool m_active = false;
    bool m_joined = false; // part of a bulk write's transaction
    Error m_failure;
};

// A write that finds nothing to change (applied before, the same value) ends
// its transaction as a success and returns value: inside a bulk write, a
// part that ends without committing would spoil the bulk.
template <typename T> Result<T> unchanged(WriteTransaction& tx, T value) {
    if (Status ended = tx.commit(); !ended)
        return ended.failure();
    return value;
}
inline Status unchanged(WriteTransaction& tx, Status) {
    return tx.commit();
}
