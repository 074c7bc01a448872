#include "OwnPgServer.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <unistd.h>

namespace {
// The script's stdout as NAME=VALUE pairs ("export NAME='VALUE'" lines: the
// values are quoted for the shell, since the addresses hold '&').
QString exported(const QString& output, const QString& name) {
    const QString prefix = QStringLiteral("export %1=").arg(name);
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (!line.startsWith(prefix))
            continue;
        QString value = line.mid(prefix.size()).trimmed();
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace

OwnPgServer::~OwnPgServer() {
    if (m_dir.isEmpty())
        return;
    QProcess::execute(QStringLiteral("bash"),
                      {QStringLiteral(COUNTERSIGN_PG_SCRIPT), QStringLiteral("stop"), m_dir});
}

QString OwnPgServer::start() {
    QProcess script;
    script.start(QStringLiteral("bash"), {QStringLiteral(COUNTERSIGN_PG_SCRIPT), QStringLiteral("start")});
    if (!script.waitForFinished(120000) || script.exitCode() != 0)
        return QStringLiteral("PostgreSQL tests skipped: no server of its own could be started (%1)")
            .arg(QString::fromLocal8Bit(script.readAllStandardError()).trimmed());
    const QString output = QString::fromLocal8Bit(script.readAllStandardOutput());
    m_dir = exported(output, QStringLiteral("COUNTERSIGN_TEST_PG_DIR"));
    m_adminUrl = exported(output, QStringLiteral("COUNTERSIGN_TEST_PG_URL"));
    if (m_dir.isEmpty() || m_adminUrl.isEmpty())
        return QStringLiteral("pg-test-server.sh start printed no server: %1").arg(output);
    const QString root = qEnvironmentVariable("COUNTERSIGN_PG_ROOT", QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    m_bindir = versions.isEmpty() ? QString() : root + u'/' + versions.last() + QStringLiteral("/bin");
    // Line 4 of postmaster.pid is the port it listens on.
    QFile pid(m_dir + QStringLiteral("/data/postmaster.pid"));
    if (pid.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = pid.readAll().split('\n');
        m_port = lines.size() > 3 ? lines.at(3).trimmed().toInt() : 0;
    }
    if (m_port == 0)
        return QStringLiteral("cannot read the port of the server in %1").arg(m_dir);
    return {};
}

QString OwnPgServer::newDatabase(const QString& name) const {
    if (const QString created =
            TestSupport::rawExec(m_adminUrl, QStringLiteral("CREATE DATABASE %1").arg(name));
        !created.isEmpty())
        qFatal("cannot create the database %s: %s", qPrintable(name), qPrintable(created));
    // Over the transport the run tests (TestSupport::pgTransport): the suite
    // reconnects through a socket folder or a TLS session as users would.
    TestSupport::PgLocation location = TestSupport::PgLocation::parse(m_adminUrl);
    location.database = name;
    location.serverDir = m_dir;
    location.transport = TestSupport::pgTransport();
    return location.toString();
}

QString OwnPgServer::pgCtl(const QStringList& arguments) const {
    QStringList command{m_bindir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                        m_dir + QStringLiteral("/data")};
    command += arguments;
    QProcess run;
    // initdb and the server refuse to run as root: the script runs them as postgres.
    if (::geteuid() == 0)
        run.start(QStringLiteral("runuser"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
                      command);
    else
        run.start(command.takeFirst(), command);
    if (!run.waitForFinished(120000) || run.exitCode() != 0)
        return QStringLiteral("pg_ctl %1 failed: %2%3")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(run.readAllStandardOutput()),
                 QString::fromLocal8Bit(run.readAllStandardError()));
    return {};
}

QString OwnPgServer::restart() {
    // pg_ctl restart starts it again with the options of its last start (postmaster.opts).
    return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-l"),
                  m_dir + QStringLiteral("/server.log"), QStringLiteral("restart")});
}

QString OwnPgServer::stopServer() {
    return pgCtl(
        {QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString OwnPgServer::startServer() {
    // As the script starts it: the same port, socket folder and settings.
    return pgCtl(
        {QStringLiteral("-w"), QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
         QStringLiteral("-o"),
         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
             .arg(m_port)
             .arg(m_dir),
         QStringLiteral("start")});
}
