#pragma once

#include <QString>
#include <QStringList>

// A throwaway PostgreSQL server of one suite's own, for the tests that stop
// and restart it (pg_ctl restart -m fast): the pg_server fixture's server
// serves the other suites at the same time (ctest -j2), so no test restarts
// that one. Started and stopped with scripts/pg-test-server.sh (start, stop
// DIR); between the two this runs pg_ctl on DIR/data as the script does (as
// root through runuser -u postgres). Stopped when it goes.
class OwnPgServer {
public:
    OwnPgServer() = default;
    ~OwnPgServer();
    OwnPgServer(const OwnPgServer&) = delete;
    OwnPgServer& operator=(const OwnPgServer&) = delete;

    // "" when it runs, else why not (PostgreSQL not installed, the script failed).
    QString start();
    bool isRunning() const { return !m_dir.isEmpty(); }
    // postgresql://postgres@127.0.0.1:PORT/postgres, every connection trusted.
    const QString& adminUrl() const { return m_adminUrl; }
    // A new, empty database on it: its address, over TestSupport::pgTransport().
    QString newDatabase(const QString& name) const;

    // pg_ctl restart -m fast: every connection is cut, the server back on its port. "" or the error.
    QString restart();
    // pg_ctl stop -m fast, and start again on the same port. "" or the error.
    QString stopServer();
    QString startServer();

private:
    QString pgCtl(const QStringList& arguments) const;

    QString m_dir;
    QString m_adminUrl;
    QString m_bindir;
    int m_port = 0;
};
