#include "report/NssDatabase.h"

#include "report/PdfModule.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace {
QString& opened() {
    static QString dir;
    return dir;
}
} // namespace

QString NssDatabase::defaultDirectory() {
    return QDir::homePath() + QStringLiteral("/.pki/nssdb");
}

QString NssDatabase::openedDirectory() {
    return opened();
}

bool NssDatabase::exists(const QString& dir) {
    // cert8.db is the old (dbm) format NSS still reads.
    return QFileInfo::exists(dir + QStringLiteral("/cert9.db")) ||
           QFileInfo::exists(dir + QStringLiteral("/cert8.db"));
}

namespace {
// NSS's tools come with libnss3-tools; say so instead of "cannot start".
Result<QString> nssTool(const QString& name) {
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return Error(NssDatabase::tr("NSS's %1 is not installed (Debian package libnss3-tools)").arg(name));
    return path;
}

// What the tool said, in one line, for an error message.
QString toolMessage(QProcess& process) {
    const QString said =
        QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()).simplified();
    return said.isEmpty() ? NssDatabase::tr("exit code %1").arg(process.exitCode()) : said;
}

// A pipe holding one secret for a child process to read as /dev/fd/N. The
// secret fits the pipe's buffer, so it is written before the child starts
// and the child reads it and then the end of the pipe.
class SecretPipe {
public:
    explicit SecretPipe(const SecretBytes& secret) {
        if (::pipe2(m_fds, O_CLOEXEC) != 0) {
            m_fds[0] = m_fds[1] = -1;
            return;
        }
        qsizetype written = 0;
        while (written < secret.size()) {
            const ssize_t n = ::write(m_fds[1], secret.chars() + written, size_t(secret.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        m_ok = written == secret.size();
        ::close(m_fds[1]);
        m_fds[1] = -1;
    }
    ~SecretPipe() {
        if (m_fds[0] >= 0)
            ::close(m_fds[0]);
    }
    SecretPipe(const SecretPipe&) = delete;
    SecretPipe& operator=(const SecretPipe&) = delete;
    bool ok() const { return m_ok; }
    int readEnd() const { return m_fds[0]; }

private:
    int m_fds[2] = {-1, -1};
    bool m_ok = false;
};
} // namespace

Status NssDatabase::create(const QString& dir) {
    const Result<QString> certutil = nssTool(QStringLiteral("certutil"));
    if (!certutil)
        return certutil.failure();
    if (!QDir().mkpath(dir))
        return Error(tr("cannot create the folder %1").arg(dir));
    QProcess process;
    process.start(certutil.value(), {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + dir,
                                     QStringLiteral("--empty-password")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error(tr("cannot create an NSS database in %1: %2").arg(dir, toolMessage(process)));
    return {};
}

Status NssDatabase::importPkcs12(const QString& file, const QString& dir, const SecretBytes& filePassword,
                                 const SecretBytes& dbPassword) {
    const Result<QString> pk12util = nssTool(QStringLiteral("pk12util"));
    if (!pk12util)
        return pk12util.failure();
    if (!QFileInfo(file).isReadable())
        return Error(tr("cannot read %1").arg(file));
    if (!exists(dir))
        return Error(tr("%1 is no NSS database (it has no cert9.db)").arg(dir));
    // The child finds the file's password on descriptor 3 and the
    // database's on 4; an empty file password goes as -W "" (pk12util
    // refuses an empty password file), which tells nothing.
    SecretPipe filePipe(filePassword);
    SecretPipe dbPipe(dbPassword);
    if (!filePipe.ok() || !dbPipe.ok())
        return Error(tr("cannot hand the passwords to pk12util"));
    QStringList arguments{QStringLiteral("-i"), file, QStringLiteral("-d"), QStringLiteral("sql:") + dir};
    arguments << (filePassword.isEmpty() ? QStringList{QStringLiteral("-W"), QString()}
                                         : QStringList{QStringLiteral("-w"), QStringLiteral("/dev/fd/3")});
    arguments << QStringLiteral("-k") << QStringLiteral("/dev/fd/4");
    QProcess process;
    const int fileFd = filePipe.readEnd();
    const int dbFd = dbPipe.readEnd();
    process.setChildProcessModifier([fileFd, dbFd] {
        // dup2 leaves the copies open across exec (the originals are
        // close-on-exec); moved out of the way first, as either may be 3 or 4.
        const int fileCopy = ::fcntl(fileFd, F_DUPFD, 10);
        const int dbCopy = ::fcntl(dbFd, F_DUPFD, 10);
        ::dup2(fileCopy, 3);
        ::dup2(dbCopy, 4);
        // Without a terminal, a password pk12util still wants fails instead
        // of being asked for on the terminal Countersign was started from.
        ::setsid();
    });
    process.start(pk12util.value(), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return Error(tr("pk12util did not finish importing %1").arg(file));
    // pk12util's exit codes: 18 the file's password, 13 the database's.
    switch (process.exitCode()) {
    case 0:
        return {};
    case 18:
        // Not PasswordRejected, which means the database's: the caller asks for the file's again.
        return Error(tr("the password of %1 is wrong").arg(QFileInfo(file).fileName()));
    case 13:
        return Error(dbPassword.isEmpty()
                         ? tr("the NSS database %1 has a password and none was given").arg(dir)
                         : tr("the password of the NSS database %1 is wrong").arg(dir),
                     Error::Kind::PasswordRejected);
    default:
        return Error(tr("cannot import %1: %2").arg(QFileInfo(file).fileName(), toolMessage(process)));
    }
}

Status NssDatabase::open(const QString& dir) {
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (opened() == absolute)
        return {};
    if (!opened().isEmpty())
        return Error(tr("this program already opened the NSS database %1 and cannot switch to %2 until it "
                        "restarts")
                         .arg(opened(), absolute));
    if (!exists(absolute))
        return Error(
            tr("%1 is no NSS database (it has no cert9.db); create one with \"certutil -N -d sql:%1\"")
                .arg(absolute));
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    if (!backend.value()->hasNss())
        return Error(tr("this poppler library was built without NSS and cannot seal or check seals"));
    backend.value()->setNssDirectory(absolute);
    opened() = absolute;
    return {};
}
