// The team server over TLS, plain text and its Unix socket (core/ServerAddress,
// the store's connection, countersign-cli's note), against the throwaway
// server of the pg_server fixture, which runs with ssl=on and a certificate of
// a CA of its own (scripts/pg-test-server.sh). The other PostgreSQL suites
// connect to 127.0.0.1 with libpq's sslmode=prefer, which that server
// encrypts; this one is where verify-full, a wrong root, sslmode=disable and
// the socket are each tried.

#include "core/ChecklistStore.h"

#include "ProcessRun.h"
#include "TestSupport.h"

#include <QtTest>

class TestPgTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void verifyFullWithTheRightRootIsEncrypted();
    void wrongRootIsRefusedWithWhatToDo();
    void certificateForAnotherNameIsRefused();
    void disableWorksAndTheCliSaysNotEncrypted();
    void encryptedCliSaysNothingOfIt();
    void socketAddressWorks();

private:
    // A fresh database on the server, and the address of the same server as
    // given by `setting`, pointing at that database.
    QString freshDatabase(const char* setting);
    // The ssl column of pg_stat_ssl for the session named applicationName, read
    // from the admin's own connection while the store's is open; "" if none.
    static QString sslOfSession(const QString& applicationName);
    static TestSupport::ProcessRun cli(const QStringList& arguments);

    QStringList m_databases;
};

void TestPgTls::initTestCase() {
    TestSupport::strictWarnings();
    COUNTERSIGN_NEEDS_POSTGRES();
    // The fixture's server has TLS; one named by hand may not.
    if (TestSupport::pgSetting("COUNTERSIGN_TEST_PG_TLS_URL").isEmpty()) {
        if (TestSupport::postgresRequired())
            QFAIL("the test server has no COUNTERSIGN_TEST_PG_TLS_URL (scripts/pg-test-server.sh writes it), "
                  "and "
                  "COUNTERSIGN_REQUIRE_PG=1 forbids skipping");
        QSKIP("PostgreSQL tests skipped: no server with TLS (COUNTERSIGN_TEST_PG_TLS_URL)");
    }
}

void TestPgTls::init() {
    TestSupport::strictWarnings();
}

void TestPgTls::cleanupTestCase() {
    for (const QString& database : std::as_const(m_databases))
        TestSupport::rawExec(TestSupport::pgAdminUrl(),
                             QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
}

QString TestPgTls::freshDatabase(const char* setting) {
    const QString database = QStringLiteral("cs_tls_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString error =
        TestSupport::rawExec(TestSupport::pgAdminUrl(), QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    m_databases << database;
    QString address = TestSupport::pgSetting(setting);
    // Every address of the fixture names the database postgres.
    if (address.contains(u'?'))
        address.replace(QStringLiteral("/postgres?"), QLatin1Char('/') + database + QLatin1Char('?'));
    else
        address.replace(QRegularExpression(QStringLiteral("/postgres$")), QLatin1Char('/') + database);
    return address;
}

QString TestPgTls::sslOfSession(const QString& applicationName) {
    const QStringList rows =
        TestSupport::rawRows(TestSupport::pgAdminUrl(),
                             QStringLiteral("SELECT s.ssl::text FROM pg_stat_ssl s JOIN pg_stat_activity a "
                                            "USING (pid) WHERE a.application_name = '%1'")
                                 .arg(applicationName));
    return rows.size() == 1 ? rows.first() : rows.join(u',');
}

TestSupport::ProcessRun TestPgTls::cli(const QStringList& arguments) {
    return TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH), arguments);
}

void TestPgTls::verifyFullWithTheRightRootIsEncrypted() {
    const QString address = freshDatabase("COUNTERSIGN_TEST_PG_TLS_URL");
    QVERIFY2(address.contains(QStringLiteral("sslmode=verify-full")), qPrintable(address));
    ChecklistStore store;
    const Status opened = store.open(address + QStringLiteral("&application_name=cs_tls_right_root"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!store.plainTextSession());
    // The server's own view of the session, from another connection.
    QCOMPARE(sslOfSession(QStringLiteral("cs_tls_right_root")), QStringLiteral("true"));
}

void TestPgTls::wrongRootIsRefusedWithWhatToDo() {
    const QString wrongCa = TestSupport::pgSetting("COUNTERSIGN_TEST_PG_WRONG_CA");
    const QString address = freshDatabase("COUNTERSIGN_TEST_PG_TLS_URL")
                                .replace(TestSupport::pgSetting("COUNTERSIGN_TEST_PG_CA"), wrongCa);
    QVERIFY(address.contains(wrongCa));
    ChecklistStore store;
    const Status opened = store.open(address);
    QVERIFY(!opened);
    QCOMPARE(opened.errorKind(), Error::Kind::TlsRefused);
    QVERIFY2(opened.error().contains(QStringLiteral("not signed by a root in %1").arg(wrongCa)),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("sslrootcert=FILE")), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());

    // The CLI says the same and exits 1.
    const TestSupport::ProcessRun run = cli({QStringLiteral("--db"), address, QStringLiteral("records")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("not signed by a root in")), qPrintable(run.errText()));
}

// The certificate names localhost and 127.0.0.1; asked for as another name
// (reached at 127.0.0.1 through hostaddr) it proves nothing.
void TestPgTls::certificateForAnotherNameIsRefused() {
    QString address = freshDatabase("COUNTERSIGN_TEST_PG_TLS_URL");
    address.replace(QStringLiteral("@localhost:"), QStringLiteral("@db.countersign.invalid:"));
    address += QStringLiteral("&hostaddr=127.0.0.1");
    ChecklistStore store;
    const Status opened = store.open(address);
    QVERIFY(!opened);
    QCOMPARE(opened.errorKind(), Error::Kind::TlsRefused);
    QVERIFY2(opened.error().contains(QStringLiteral("does not name db.countersign.invalid")),
             qPrintable(opened.error()));
}

void TestPgTls::disableWorksAndTheCliSaysNotEncrypted() {
    const QString address = freshDatabase("COUNTERSIGN_TEST_PG_URL") + QStringLiteral("?sslmode=disable");
    {
        ChecklistStore store;
        const Status opened = store.open(address + QStringLiteral("&application_name=cs_tls_disabled"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(store.plainTextSession());
        QCOMPARE(store.plainTextSession()->sslMode, QStringLiteral("disable"));
        QCOMPARE(store.plainTextSession()->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(sslOfSession(QStringLiteral("cs_tls_disabled")), QStringLiteral("false"));
    }
    const TestSupport::ProcessRun run = cli({QStringLiteral("--db"), address, QStringLiteral("records")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(
                 QStringLiteral("note: the connection to 127.0.0.1 is not encrypted (sslmode=disable)")),
             qPrintable(run.errText()));
    // One line, and the output itself is untouched.
    QCOMPARE(run.errText().trimmed().count(u'\n'), 0);
    QVERIFY(!run.outText().contains(QStringLiteral("not encrypted")));
}

void TestPgTls::encryptedCliSaysNothingOfIt() {
    const TestSupport::ProcessRun run = cli(
        {QStringLiteral("--db"), freshDatabase("COUNTERSIGN_TEST_PG_TLS_URL"), QStringLiteral("records")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QStringLiteral("not encrypted")), qPrintable(run.errText()));
}

// A Unix socket never leaves the machine: no TLS there, and nothing to tell.
void TestPgTls::socketAddressWorks() {
    const QString address = freshDatabase("COUNTERSIGN_TEST_PG_SOCKET_URL");
    QVERIFY2(address.startsWith(QStringLiteral("postgresql:///cs_tls_")), qPrintable(address));
    ChecklistStore store;
    const Status opened = store.open(address + QStringLiteral("&application_name=cs_tls_socket"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!store.plainTextSession());
    const QStringList rows = TestSupport::rawRows(
        TestSupport::pgAdminUrl(), QStringLiteral("SELECT (client_addr IS NULL)::text FROM pg_stat_activity "
                                                  "WHERE application_name = 'cs_tls_socket'"));
    QCOMPARE(rows, QStringList{QStringLiteral("true")});
    const TestSupport::ProcessRun run = cli({QStringLiteral("--db"), address, QStringLiteral("records")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QStringLiteral("not encrypted")), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(TestPgTls)
#include "tst_pg_tls.moc"
