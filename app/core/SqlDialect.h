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
    QString beginWrite() const;
    // DDL that makes a table refuse UPDATE and DELETE.
    QStringList appendOnlyTriggers(const QString& table) const;

private:
    Backend m_backend;
};
