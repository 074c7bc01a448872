#include "SqlDialect.h"

#include <QStringList>

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString& qtDriverName)
{
    if (qtDriverName == u"QPSQL")
        return std::make_unique<SqlDialect>(Backend::PostgreSQL);
    return std::make_unique<SqlDialect>(Backend::SQLite);
}

QString SqlDialect::qtDriver() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::primaryKey() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqlDialect::beginWrite() const
{
    if (m_backend == Backend::PostgreSQL) {
        // One advisory lock serialises every writer: the audit chain stays one line.
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(7231049)")};
    }
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_backend == Backend::PostgreSQL)
        return {QStringLiteral("SET client_min_messages TO WARNING")};
    // WAL lets the GUI read while the CLI writes. synchronous=FULL makes every
    // acknowledged commit durable even if the machine loses power, not only if
    // the process is killed: a signed-off tick must never be lost.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
}

QString SqlDialect::hasSchemaVersion() const
{
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT to_regclass('countersign_schema') IS NOT NULL");
    return {};
}

QString SqlDialect::readSchemaVersion() const
{
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM countersign_schema");
    return QStringLiteral("PRAGMA user_version");
}

QStringList SqlDialect::writeSchemaVersion(int version) const
{
    if (m_backend == Backend::PostgreSQL)
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS countersign_schema (version INTEGER NOT NULL)"),
                QStringLiteral("DELETE FROM countersign_schema"),
                QStringLiteral("INSERT INTO countersign_schema (version) VALUES (%1)").arg(version)};
    return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

QString SqlDialect::countTables() const
{
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QStringList SqlDialect::refuseTrigger(const QString& name, const QString& table, const QString& event,
                                      const QString& message) const
{
    if (m_backend == Backend::PostgreSQL) {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION %1_refuse() RETURNS trigger AS $$ BEGIN "
                           "RAISE EXCEPTION '%2'; END; $$ LANGUAGE plpgsql")
                .arg(name, message),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1_refuse()")
                .arg(name, event, table),
        };
    }
    return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                .arg(name, event, table, message)};
}

QStringList SqlDialect::appendOnlyTriggers(const QString& table) const
{
    const QString message = QStringLiteral("the audit trail is append-only");
    return refuseTrigger(table + QStringLiteral("_no_update"), table, QStringLiteral("UPDATE"), message)
         + refuseTrigger(table + QStringLiteral("_no_delete"), table, QStringLiteral("DELETE"), message);
}
