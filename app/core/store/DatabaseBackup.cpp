#include "core/store/DatabaseBackup.h"

#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using StoreValues::bindable;

DatabaseBackup::DatabaseBackup(const StoreConnection& connection)
    : m_connection(connection) {}

Status DatabaseBackup::copyTo(const QString& targetPath) const {
    const QString& location = m_connection.location();
    if (!m_connection.isOpen())
        return Error(tr("no database is open"));
    if (StoreConnection::isServerLocation(location))
        return Error(
            tr("%1 is a server database: back it up with the server's tools (pg_dump)").arg(location));
    if (QFileInfo::exists(targetPath))
        return Error(tr("%1 already exists: choose a new file name for the backup").arg(targetPath));
    if (!QFileInfo(targetPath).absoluteDir().exists())
        return Error(tr("the folder of %1 does not exist").arg(targetPath));
    // VACUUM INTO reads inside one transaction, so the copy is consistent even
    // while other processes write; the result is a complete, compacted database.
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(bindable(targetPath));
    if (!q.exec()) {
        QFile::remove(targetPath);
        return Error(
            tr("cannot back up %1 to %2: %3").arg(location, targetPath, m_connection.explain(q.lastError())));
    }
    return {};
}

Result<QString> DatabaseBackup::beforeMigration(int fromVersion) const {
    const QString& location = m_connection.location();
    QString target = QStringLiteral("%1.schema-v%2.bak").arg(location).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.schema-v%2-%3.bak").arg(location).arg(fromVersion).arg(n);
    // VACUUM INTO writes a consistent copy even with a WAL beside the file.
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(bindable(target));
    if (!q.exec())
        return Error(tr("cannot back up %1 to %2 before updating its format: %3. The file was not changed.")
                         .arg(location, target, m_connection.explain(q.lastError())));
    return target;
}
