#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class StoreConnection;

// Consistent copies of an open SQLite database (VACUUM INTO), safe while
// other processes use it: the user's backups, and the copy taken before a
// migration. A server database is backed up with the server's own tools.
class DatabaseBackup {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit DatabaseBackup(const StoreConnection& connection);

    // Writes the copy to targetPath, which must not exist yet.
    Status copyTo(const QString& targetPath) const;
    // Copies the file beside itself, named after its old version; returns the copy's path.
    Result<QString> beforeMigration(int fromVersion) const;

private:
    const StoreConnection& m_connection;
};
