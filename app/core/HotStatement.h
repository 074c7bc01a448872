#pragma once

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement of the store's hot paths (ticking an item, an audit
// row, loading a 10,000-item record), used only inside the store's rooms.
// On SQLite it runs on the connection's own sqlite3 handle (the one Qt's
// driver opened, so the same transaction, lock waits and settings): Qt's
// QSqlQuery builds a field record and a QVariant per column on every exec and
// row and looks each bound value up by a generated name, which cost more than
// the SQL itself. On other backends it is a QSqlQuery. Values are bound by
// position (0-based), never spliced into the SQL.
class HotStatement {
public:
    HotStatement(const QSqlDatabase& db, const QString& sql);
    ~HotStatement();
    HotStatement(const HotStatement&) = delete;
    HotStatement& operator=(const HotStatement&) = delete;

    // A null text binds as '' (the schema's text columns are NOT NULL).
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    bool exec();
    // The next row of a query's result.
    bool next();
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    // Ends the current result, so the statement holds no read open.
    void finish();
    QSqlError lastError() const;

private:
    QSqlError sqliteError(int code) const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::vector<QByteArray> m_boundText; // what the SQLite statement's text parameters point at
    std::optional<QSqlQuery> m_query;    // backends other than SQLite
    QSqlError m_error;
    bool m_pendingRow = false; // exec() stepped onto the first row
    bool m_onRow = false;      // next() returned a row; more may follow
};
