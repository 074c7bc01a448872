#include "core/DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

#include <sys/stat.h>

namespace DatabaseFile {

Presence presenceOf(const QString& location) {
    // QFileInfo stats the path; it never opens the file.
    const QFileInfo info(location);
    if (info.exists())
        return info.isFile() ? Presence::File : Presence::NotAFile;
    return info.absoluteDir().exists() ? Presence::Missing : Presence::MissingFolder;
}

QByteArray headerOf(const QSqlDatabase& db, int bytes) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return {};
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return {};
    QByteArray header(int(std::min<sqlite3_int64>(size, bytes)), '\0');
    if (!header.isEmpty() && file->pMethods->xRead(file, header.data(), int(header.size()), 0) != SQLITE_OK)
        return {};
    return header;
}

bool LogIdentity::identify(const QString& path, FileId& id) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    id.device = status.st_dev;
    id.inode = status.st_ino;
    return true;
}

LogIdentity LogIdentity::of(const QString& location) {
    LogIdentity identity;
    identity.m_location = location;
    identity.m_walKnown = identify(location + QStringLiteral("-wal"), identity.m_wal);
    identity.m_shmKnown = identify(location + QStringLiteral("-shm"), identity.m_shm);
    return identity;
}

bool LogIdentity::stillInPlace() const {
    FileId now;
    if (m_walKnown && (!identify(m_location + QStringLiteral("-wal"), now) || !(now == m_wal)))
        return false;
    if (m_shmKnown && (!identify(m_location + QStringLiteral("-shm"), now) || !(now == m_shm)))
        return false;
    return true;
}

} // namespace DatabaseFile
