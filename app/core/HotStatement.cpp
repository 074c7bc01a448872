#include "core/HotStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The sqlite3 handle of an open Qt SQLite connection (the documented way to
// reach it: QSqlDriver::handle() holds a "sqlite3*").
sqlite3* sqliteHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

HotStatement::HotStatement(const QSqlDatabase& db, const QString& sql)
    : m_handle(sqliteHandle(db)) {
    if (!m_handle) {
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        m_query->prepare(sql);
        return;
    }
    const int code = sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = sqliteError(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

HotStatement::~HotStatement() {
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void HotStatement::bind(int index, const QString& text) {
    if (m_query) {
        m_query->bindValue(index, text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text));
        return;
    }
    if (!m_statement)
        return;
    // As UTF-8, the database's own encoding, kept here until the next bind of
    // this index: SQLite neither converts nor copies it.
    if (m_boundText.size() <= size_t(index))
        m_boundText.resize(size_t(index) + 1);
    QByteArray& bytes = m_boundText[size_t(index)];
    bytes = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, bytes.isNull() ? "" : bytes.constData(), int(bytes.size()),
                      SQLITE_STATIC);
}

void HotStatement::bind(int index, qint64 value) {
    if (m_query) {
        m_query->bindValue(index, QVariant::fromValue(value));
        return;
    }
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
}

bool HotStatement::exec() {
    if (m_query) {
        const bool ok = m_query->exec();
        m_error = ok ? QSqlError() : m_query->lastError();
        return ok;
    }
    if (!m_statement)
        return false; // m_error says why it was not prepared
    m_pendingRow = false;
    m_onRow = false;
    sqlite3_reset(m_statement);
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        m_error = QSqlError();
        return true;
    }
    if (code == SQLITE_ROW) {
        // The first row waits for next(): step once more there only after it.
        m_pendingRow = true;
        m_error = QSqlError();
        return true;
    }
    m_error = sqliteError(code);
    sqlite3_reset(m_statement);
    return false;
}

bool HotStatement::next() {
    if (m_query)
        return m_query->next();
    if (!m_statement)
        return false;
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    const int code = sqlite3_step(m_statement);
    m_onRow = code == SQLITE_ROW;
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        m_error = sqliteError(code);
    return m_onRow;
}

bool HotStatement::isNull(int column) const {
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString HotStatement::text(int column) const {
    if (m_query)
        return m_query->value(column).toString();
    // UTF-8 as stored: sqlite3_column_text16 would convert into a buffer of
    // its own first, one allocation more per column of every row.
    const unsigned char* data = sqlite3_column_text(m_statement, column);
    if (!data)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

qint64 HotStatement::integer(int column) const {
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

void HotStatement::finish() {
    if (m_query) {
        m_query->finish();
        return;
    }
    m_pendingRow = false;
    m_onRow = false;
    if (m_statement)
        sqlite3_reset(m_statement);
}

QSqlError HotStatement::lastError() const {
    return m_error;
}

// In the form Qt's SQLite driver gives (SQLite's message as the database
// text, the result code as the native code), so SqlDialect::isBusy and
// StoreConnection::explain read it the same way.
QSqlError HotStatement::sqliteError(int code) const {
    const QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    return QSqlError(QString::fromUtf8(sqlite3_errstr(code)), message,
                     (code & 0xff) == SQLITE_ERROR ? QSqlError::StatementError : QSqlError::UnknownError,
                     QString::number(code));
}
