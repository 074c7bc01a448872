#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <sys/types.h>

// The one place that knows how Countersign may touch an SQLite database file
// from outside SQLite.
//
// POSIX advisory locks belong to the process, not to the descriptor: closing
// ANY descriptor of the database file releases every lock this process holds
// on it, including those of a connection that is still open ("How To Corrupt
// An SQLite Database File", section 2.2). Another program (a CLI in a
// pipeline) then believes it is the database's last user, checkpoints and
// deletes the -wal and -shm files, and from then on the two programs write
// into two different databases: acknowledged edits are lost. So nothing in
// Countersign opens, reads or closes the database file or its -wal/-shm with
// anything but SQLite; what the store needs to know about the file it learns
// from stat(), which opens nothing, or from SQLite itself. The test builds
// enforce this with an interposer (tests/guard/), which fails a test the
// moment the file is opened outside SQLite while a connection holds it.
namespace DatabaseFile {

enum class Presence {
    Missing,       // nothing at the path; its folder exists
    MissingFolder, // nothing at the path, and its folder does not exist
    NotAFile,      // a folder or a device, say
    File,          // a regular file (its content is SQLite's to judge)
};

// What is at location, by stat() alone.
Presence presenceOf(const QString& location);

// The first bytes of an open SQLite connection's main file, read through the
// descriptor SQLite itself holds (its VFS), so no descriptor is opened or
// closed; fewer bytes when the file is shorter, none when it is empty.
// Empty too when db is not an open SQLite connection.
QByteArray headerOf(const QSqlDatabase& db, int bytes);

// The -wal and -shm files an open WAL-mode connection uses, identified by
// device and inode. If another program deletes them under this connection
// (it believed itself the last user), the names then lead to other files or
// to none: stillInPlace() says whether they are still the ones recorded.
class LogIdentity {
public:
    LogIdentity() = default;
    // The identity of location's -wal and -shm now; empty when the database
    // is not in WAL mode (neither file exists).
    static LogIdentity of(const QString& location);

    bool isEmpty() const { return !m_walKnown && !m_shmKnown; }
    // True when each recorded file is still at its name.
    bool stillInPlace() const;
    QString walPath() const { return m_location + QStringLiteral("-wal"); }

private:
    struct FileId {
        dev_t device = 0;
        ino_t inode = 0;
        bool operator==(const FileId&) const = default;
    };
    static bool identify(const QString& path, FileId& id);

    QString m_location;
    FileId m_wal;
    FileId m_shm;
    bool m_walKnown = false;
    bool m_shmKnown = false;
};

} // namespace DatabaseFile
