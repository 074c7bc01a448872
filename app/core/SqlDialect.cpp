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

QString SqlDialect::beginWrite() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqlDialect::appendOnlyTriggers(const QString& table) const
{
    if (m_backend == Backend::PostgreSQL) {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION %1_append_only() RETURNS trigger AS $$ BEGIN "
                           "RAISE EXCEPTION 'the audit trail is append-only'; END; $$ LANGUAGE plpgsql")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1 "
                           "FOR EACH ROW EXECUTE FUNCTION %1_append_only()")
                .arg(table),
        };
    }
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
            .arg(table),
    };
}
