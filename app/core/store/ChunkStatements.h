#pragma once

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "core/LibPq.h"

#include <optional>

class StoreConnection;

// The two statements of attachment_chunks (AttachmentTable), one chunk each.
// On SQLite they are QSqlQuerys: Qt's driver binds a blob without copying it
// and reads one back whole. On a server they run through libpq on the
// connection Qt's driver opened (the same session and transaction), with the
// bytes as a binary parameter and a binary result: Qt's driver sends a bound
// bytea as an escaped text literal (\x and two hex digits a byte, built as
// UTF-16, sent as UTF-8), some fifteen times a chunk's size in flight.
class ChunkStatements {
public:
    explicit ChunkStatements(const StoreConnection& connection);

    // INSERT … ON CONFLICT DO NOTHING: a chunk stored before stays as it is.
    QSqlError insert(const QString& sha256, qint64 index, const QByteArray& bytes);
    // The chunk's bytes; nullopt when there is no such chunk or the read
    // failed (then *error says why).
    std::optional<QByteArray> read(const QString& sha256, qint64 index, QSqlError* error);

private:
    const StoreConnection& m_connection;
    pg_conn* m_server = nullptr;            // Qt's driver's own libpq connection, on a server
    const LibPq::Functions* m_pq = nullptr; // its library, set with m_server
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_read;
};
