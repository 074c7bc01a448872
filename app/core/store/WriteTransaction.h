#pragma once

#include "core/Result.h"
#include "core/store/StoreConnection.h"

#include <QCoreApplication>
#include <QSqlError>

// Begins a write transaction and rolls it back unless commit() succeeded, so
// that every early return leaves the database as it was. Beginning takes the
// write lock (BEGIN IMMEDIATE, or the advisory lock on the server), so what
// the body reads cannot change before it commits; a busy lock is waited for
// and retried, and what stays busy is told in the user's words.
class WriteTransaction {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit WriteTransaction(StoreConnection& connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool began() const { return m_active; }
    // Why the transaction did not begin.
    const Error& failure() const { return m_failure; }
    Status commit();

private:
    Error commitFailure(const QSqlError& failure) const;
    QSqlError begin();
    QSqlError run(StoreConnection::Statement statement, const QString& sql);

    StoreConnection& m_connection;
    bool m_active = false;
    Error m_failure;
};
