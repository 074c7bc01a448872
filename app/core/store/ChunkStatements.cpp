#include "core/store/ChunkStatements.h"

#include "core/LibPq.h"
#include "core/SqlDialect.h"
#include "core/store/StoreConnection.h"

#include <QRegularExpression>
#include <QVariant>

#include <memory>

namespace {

const char* const kInsert =
    "INSERT INTO attachment_chunks (sha256, chunk, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
const char* const kRead = "SELECT bytes FROM attachment_chunks WHERE sha256 = $1 AND chunk = $2";

using ServerResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

// libpq's failure as the QSqlError the store words (SqlDialect reads its SQLSTATE).
QSqlError serverError(const LibPq::Functions& pq, PGconn* connection, const PGresult* result) {
    const char* state = result ? pq.resultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* message = result ? pq.resultErrorMessage(result) : pq.errorMessage(connection);
    return QSqlError(QString(), QString::fromUtf8(message).trimmed(), QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

} // namespace

ChunkStatements::ChunkStatements(const StoreConnection& connection)
    : m_connection(connection) {
    if (connection.dialect().backend() != SqlDialect::Backend::PostgreSQL)
        return;
    PGconn* server = LibPq::connectionOf(connection.db());
    if (!server)
        return;
    // Qt's driver loaded libpq to open the connection, so this finds it.
    const Result<const LibPq::Functions*> pq = LibPq::get();
    if (!pq)
        return;
    m_pq = pq.value();
    m_server = server;
}

QSqlError ChunkStatements::insert(const QString& sha256, qint64 index, const QByteArray& bytes) {
    if (m_server) {
        const QByteArray hash = sha256.toLatin1();
        const QByteArray number = QByteArray::number(index);
        const char* values[] = {hash.constData(), number.constData(), bytes.constData()};
        const int lengths[] = {0, 0, int(bytes.size())};
        const int formats[] = {0, 0, 1};
        const ServerResult result(
            m_pq->execParams(m_server, kInsert, 3, nullptr, values, lengths, formats, 0), m_pq->clear);
        if (!result || m_pq->resultStatus(result.get()) != PGRES_COMMAND_OK)
            return serverError(*m_pq, m_server, result.get());
        return {};
    }
    if (!m_insert) {
        m_insert.emplace(m_connection.db());
        m_insert->prepare(QString::fromLatin1(kInsert).replace(QRegularExpression(QStringLiteral("\\$\\d")),
                                                               QStringLiteral("?")));
    }
    m_insert->bindValue(0, sha256);
    m_insert->bindValue(1, index);
    m_insert->bindValue(2, bytes);
    if (!m_insert->exec())
        return m_insert->lastError();
    return {};
}

std::optional<QByteArray> ChunkStatements::read(const QString& sha256, qint64 index, QSqlError* error) {
    *error = QSqlError();
    if (m_server) {
        const QByteArray hash = sha256.toLatin1();
        const QByteArray number = QByteArray::number(index);
        const char* values[] = {hash.constData(), number.constData()};
        const ServerResult result(m_pq->execParams(m_server, kRead, 2, nullptr, values, nullptr, nullptr, 1),
                                  m_pq->clear);
        if (!result || m_pq->resultStatus(result.get()) != PGRES_TUPLES_OK) {
            *error = serverError(*m_pq, m_server, result.get());
            return std::nullopt;
        }
        if (m_pq->ntuples(result.get()) == 0)
            return std::nullopt;
        return QByteArray(m_pq->getvalue(result.get(), 0, 0), m_pq->getlength(result.get(), 0, 0));
    }
    if (!m_read) {
        m_read.emplace(m_connection.db());
        m_read->setForwardOnly(true);
        m_read->prepare(QString::fromLatin1(kRead).replace(QRegularExpression(QStringLiteral("\\$\\d")),
                                                           QStringLiteral("?")));
    }
    m_read->bindValue(0, sha256);
    m_read->bindValue(1, index);
    if (!m_read->exec()) {
        *error = m_read->lastError();
        return std::nullopt;
    }
    if (!m_read->next())
        return std::nullopt;
    QByteArray bytes = m_read->value(0).toByteArray();
    m_read->finish();
    return bytes;
}
