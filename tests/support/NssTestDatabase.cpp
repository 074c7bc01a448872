#include "NssTestDatabase.h"

#include "ProcessRun.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>

namespace NssTestDatabase {

namespace {
bool run(const QString& program, const QStringList& arguments) {
    const TestSupport::ProcessRun result = TestSupport::runProcess(program, arguments);
    if (result.exitCode != 0)
        qWarning("%s %s: %s %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 result.out.constData(), result.err.constData());
    return result.exitCode == 0;
}

QStringList databaseArguments(const QString& dir) {
    QStringList all{QStringLiteral("-d"), QStringLiteral("sql:") + dir};
    const QString passwordFile = dir + QStringLiteral("/password.txt");
    if (QFileInfo::exists(passwordFile))
        all << QStringLiteral("-f") << passwordFile;
    return all;
}
} // namespace

bool certutil(const QString& dir, const QStringList& arguments) {
    return run(QStringLiteral("certutil"), databaseArguments(dir) + arguments);
}

bool makeEmpty(const QString& dir) {
    return QDir().mkpath(dir) && certutil(dir, {QStringLiteral("-N"), QStringLiteral("--empty-password")});
}

bool make(const QString& dir, const QString& password) {
    if (!QDir().mkpath(dir))
        return false;
    const QString noise = dir + QStringLiteral("/noise.bin");
    if (!TestSupport::writeFile(noise, QByteArray(64, '\x5a') + dir.toUtf8()))
        return false;
    if (password.isEmpty()) {
        if (!certutil(dir, {QStringLiteral("-N"), QStringLiteral("--empty-password")}))
            return false;
    } else {
        if (!TestSupport::writeFile(dir + QStringLiteral("/password.txt"), password.toUtf8() + '\n'))
            return false;
        if (!certutil(dir, {QStringLiteral("-N")}))
            return false;
    }
    const auto make = [&](const QString& nick, const QString& subject, const QStringList& more) {
        return certutil(dir, QStringList{QStringLiteral("-S"), QStringLiteral("-n"), nick,
                                         QStringLiteral("-s"), subject, QStringLiteral("-z"), noise} +
                                 more);
    };
    return make(QStringLiteral("Test CA"), QStringLiteral("CN=Test Release CA,O=ACME"),
                {QStringLiteral("-x"), QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-k"),
                 QStringLiteral("rsa"), QStringLiteral("-g"), QStringLiteral("2048"), QStringLiteral("-v"),
                 QStringLiteral("12"), QStringLiteral("-m"), QStringLiteral("1")}) &&
           make(kSeal, kSealSubject,
                {QStringLiteral("-c"), QStringLiteral("Test CA"), QStringLiteral("-t"), QStringLiteral(",,"),
                 QStringLiteral("-k"), QStringLiteral("rsa"), QStringLiteral("-g"), QStringLiteral("2048"),
                 QStringLiteral("-v"), QStringLiteral("12"), QStringLiteral("-m"), QStringLiteral("2")}) &&
           // Valid for one month, starting 30 months ago.
           make(QStringLiteral("Expired"), QStringLiteral("CN=Old Release Office,O=ACME"),
                {QStringLiteral("-c"), QStringLiteral("Test CA"), QStringLiteral("-t"), QStringLiteral(",,"),
                 QStringLiteral("-k"), QStringLiteral("rsa"), QStringLiteral("-g"), QStringLiteral("2048"),
                 QStringLiteral("-w"), QStringLiteral("-30"), QStringLiteral("-v"), QStringLiteral("1"),
                 QStringLiteral("-m"), QStringLiteral("3")}) &&
           make(QStringLiteral("EC Seal"), QStringLiteral("CN=EC Release Office,O=ACME"),
                {QStringLiteral("-c"), QStringLiteral("Test CA"), QStringLiteral("-t"), QStringLiteral(",,"),
                 QStringLiteral("-k"), QStringLiteral("ec"), QStringLiteral("-q"), QStringLiteral("nistp256"),
                 QStringLiteral("-v"), QStringLiteral("12"), QStringLiteral("-m"), QStringLiteral("4")});
}

bool exportCertificate(const QString& dir, const QString& nickname, const QString& p12File,
                       const QString& filePassword) {
    const QString passwordFile = QFileInfo(p12File).absolutePath() + QStringLiteral("/p12-password.txt");
    if (!TestSupport::writeFile(passwordFile, filePassword.toUtf8() + '\n'))
        return false;
    QStringList arguments{QStringLiteral("-o"), p12File,
                          QStringLiteral("-n"), nickname,
                          QStringLiteral("-d"), QStringLiteral("sql:") + dir,
                          QStringLiteral("-w"), passwordFile};
    if (QFileInfo::exists(dir + QStringLiteral("/password.txt")))
        arguments << QStringLiteral("-k") << dir + QStringLiteral("/password.txt");
    const bool ok = run(QStringLiteral("pk12util"), arguments);
    QFile::remove(passwordFile);
    return ok;
}

bool holds(const QString& dir, const QString& nickname) {
    const TestSupport::ProcessRun listed =
        TestSupport::runProcess(QStringLiteral("certutil"), databaseArguments(dir) << QStringLiteral("-L"));
    return listed.exitCode == 0 && listed.outText().contains(nickname);
}

} // namespace NssTestDatabase
