// A team server's address as libpq reads it (core/ServerAddress): every form
// libpq documents, the parameters Countersign refuses named, the password
// never shown, and TLS that checks the certificate by default off this machine.

#include "core/ServerAddress.h"

#include "TestSupport.h"

#include <QtTest>

class TestServerAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void plainAddressGivesItsParts();
    void queryParametersPassThrough();
    void socketServiceAndSeveralHostsAreRead();
    void unknownParameterIsNamed();
    void refusedParameterIsNamed();
    void semicolonInAnOptionIsRefused();
    void passwordIsNeverShownNorPassedAsAnOption();
    void remoteHostDefaultsToVerifyFull();
    void localHostsAreUnchanged();
    void serviceGetsNoDefaults();
    void connectOptionsAreQuotedForLibpq();
    void tlsFailuresAreExplained();

private:
    static ServerAddress parsed(const QString& location);
    QByteArray m_home;
};

namespace {
const char* const kTlsEnvironment[] = {"PGSSLMODE", "PGSSLROOTCERT", "PGHOST"};
}

void TestServerAddress::initTestCase() {
    TestSupport::strictWarnings();
}

// The environment libpq reads is the test's own: none of the user's, and a
// home without ~/.postgresql/root.crt.
void TestServerAddress::init() {
    TestSupport::strictWarnings();
    for (const char* name : kTlsEnvironment)
        qunsetenv(name);
    m_home = qgetenv("HOME");
    qputenv("HOME", QByteArray("/nonexistent-countersign-home"));
}

void TestServerAddress::cleanup() {
    qputenv("HOME", m_home);
}

ServerAddress TestServerAddress::parsed(const QString& location) {
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        qFatal("%s", qPrintable(address.error()));
    return address.value();
}

void TestServerAddress::plainAddressGivesItsParts() {
    const ServerAddress address = parsed(QStringLiteral("postgresql://quinn@db.example.org:5433/team"));
    QCOMPARE(address.value(QStringLiteral("host")), QStringLiteral("db.example.org"));
    QCOMPARE(address.value(QStringLiteral("port")), QStringLiteral("5433"));
    QCOMPARE(address.value(QStringLiteral("dbname")), QStringLiteral("team"));
    QCOMPARE(address.value(QStringLiteral("user")), QStringLiteral("quinn"));
    QCOMPARE(address.value(QStringLiteral("connect_timeout")), QStringLiteral("10"));
    QVERIFY(address.password().isEmpty());
    QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgres://db/x")));
    QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgresql:///countersign")));
    QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("/home/quinn/postgresql.sqlite")));
    QVERIFY(!ServerAddress::parse(QStringLiteral("/tmp/x.sqlite")));
}

void TestServerAddress::queryParametersPassThrough() {
    const ServerAddress address = parsed(QStringLiteral(
        "postgresql://qa@db.example:5432/countersign?sslmode=verify-ca&sslrootcert=/etc/team/ca.crt"
        "&sslcert=/home/qa/client.crt&sslkey=/home/qa/client.key&application_name=countersign-qa"
        "&connect_timeout=3&target_session_attrs=read-write&options=-c%20statement_timeout%3D5000"));
    QCOMPARE(address.value(QStringLiteral("sslmode")), QStringLiteral("verify-ca"));
    QCOMPARE(address.value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/team/ca.crt"));
    QCOMPARE(address.value(QStringLiteral("sslcert")), QStringLiteral("/home/qa/client.crt"));
    QCOMPARE(address.value(QStringLiteral("sslkey")), QStringLiteral("/home/qa/client.key"));
    QCOMPARE(address.value(QStringLiteral("application_name")), QStringLiteral("countersign-qa"));
    QCOMPARE(address.value(QStringLiteral("connect_timeout")), QStringLiteral("3"));
    QCOMPARE(address.value(QStringLiteral("target_session_attrs")), QStringLiteral("read-write"));
    QCOMPARE(address.value(QStringLiteral("options")), QStringLiteral("-c statement_timeout=5000"));
}

void TestServerAddress::socketServiceAndSeveralHostsAreRead() {
    const ServerAddress socket = parsed(QStringLiteral("postgresql:///countersign?host=/run/postgresql"));
    QCOMPARE(socket.value(QStringLiteral("host")), QStringLiteral("/run/postgresql"));
    QCOMPARE(socket.value(QStringLiteral("dbname")), QStringLiteral("countersign"));
    QVERIFY(socket.isLocal());
    // The socket directory may also be written into the host, percent-encoded.
    QCOMPARE(
        parsed(QStringLiteral("postgresql://%2Frun%2Fpostgresql/countersign")).value(QStringLiteral("host")),
        QStringLiteral("/run/postgresql"));

    const ServerAddress service = parsed(QStringLiteral("postgresql:///?service=countersign"));
    QCOMPARE(service.value(QStringLiteral("service")), QStringLiteral("countersign"));
    QVERIFY(service.hostFromService());
    QVERIFY(service.hosts().isEmpty());

    const ServerAddress several =
        parsed(QStringLiteral("postgresql://qa@db1.example:5432,db2.example:5433/team"
                              "?target_session_attrs=read-write"));
    QCOMPARE(several.value(QStringLiteral("host")), QStringLiteral("db1.example,db2.example"));
    QCOMPARE(several.value(QStringLiteral("port")), QStringLiteral("5432,5433"));
    QCOMPARE(several.hosts(), (QStringList{QStringLiteral("db1.example"), QStringLiteral("db2.example")}));
    QVERIFY(!several.isLocal());
    // One host off the machine is enough to need TLS.
    QVERIFY(!parsed(QStringLiteral("postgresql://localhost,db2.example/team")).isLocal());
}

void TestServerAddress::unknownParameterIsNamed() {
    const Result<ServerAddress> address =
        ServerAddress::parse(QStringLiteral("postgresql://qa@db.example/team?sslmdoe=verify-full"));
    QVERIFY(!address);
    QVERIFY2(address.error().contains(QStringLiteral("sslmdoe")), qPrintable(address.error()));
    QVERIFY2(address.error().contains(QStringLiteral("postgresql://qa@db.example/team")),
             qPrintable(address.error()));
}

// libpq knows passfile, but Countersign hands on only what it documents.
void TestServerAddress::refusedParameterIsNamed() {
    const Result<ServerAddress> address =
        ServerAddress::parse(QStringLiteral("postgresql://qa@db.example/team?passfile=/tmp/pass"));
    QVERIFY(!address);
    QVERIFY2(address.error().contains(QStringLiteral("passfile")), qPrintable(address.error()));
    QVERIFY2(address.error().contains(QStringLiteral("sslrootcert")), qPrintable(address.error()));
}

void TestServerAddress::semicolonInAnOptionIsRefused() {
    const Result<ServerAddress> address =
        ServerAddress::parse(QStringLiteral("postgresql://qa@db.example/team?application_name=a%3Bb"));
    QVERIFY(!address);
    QVERIFY2(address.error().contains(QStringLiteral("application_name")), qPrintable(address.error()));
    QVERIFY2(address.error().contains(QStringLiteral("semicolon")), qPrintable(address.error()));
    // The driver's setters quote a database name themselves: a ';' is fine there.
    QCOMPARE(parsed(QStringLiteral("postgresql://qa@localhost/odd%3Bname")).value(QStringLiteral("dbname")),
             QStringLiteral("odd;name"));
}

void TestServerAddress::passwordIsNeverShownNorPassedAsAnOption() {
    const QString secret = QStringLiteral("s3cret-Pa55");
    const QString inUser =
        QStringLiteral("postgresql://quinn:%1@db.example:5433/team?sslmode=require").arg(secret);
    QCOMPARE(ServerAddress::withoutPassword(inUser),
             QStringLiteral("postgresql://quinn@db.example:5433/team?sslmode=require"));
    const ServerAddress address = parsed(inUser);
    QCOMPARE(address.password(), secret);
    QVERIFY(!address.connectOptions().contains(secret));
    for (const auto& [keyword, value] : address.keywords())
        QVERIFY2(!value.contains(secret), qPrintable(keyword));

    const QString inQuery =
        QStringLiteral("postgresql://db1:5432,db2:5433/team?password=%1&sslmode=verify-full").arg(secret);
    QCOMPARE(ServerAddress::withoutPassword(inQuery),
             QStringLiteral("postgresql://db1:5432,db2:5433/team?sslmode=verify-full"));
    QCOMPARE(parsed(inQuery).password(), secret);
    QCOMPARE(ServerAddress::withoutPassword(QStringLiteral("postgres://u:@h/d?password=%1").arg(secret)),
             QStringLiteral("postgres://u@h/d"));
    // An address refused is shown without its password too.
    const Result<ServerAddress> refused =
        ServerAddress::parse(QStringLiteral("postgresql://u:%1@h/d?bogus=1").arg(secret));
    QVERIFY(!refused);
    QVERIFY(!refused.error().contains(secret));
    // A file path is left alone.
    QCOMPARE(ServerAddress::withoutPassword(QStringLiteral("/tmp/a:b@c.sqlite")),
             QStringLiteral("/tmp/a:b@c.sqlite"));
}

void TestServerAddress::remoteHostDefaultsToVerifyFull() {
    const ServerAddress remote = parsed(QStringLiteral("postgresql://qa@db.example:5432/countersign"));
    QCOMPARE(remote.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(remote.value(QStringLiteral("sslrootcert")), ServerAddress::systemRootCertificates());
    QCOMPARE(parsed(QStringLiteral("postgresql://qa@10.1.2.3/countersign")).value(QStringLiteral("sslmode")),
             QStringLiteral("verify-full"));
    // What the address says wins; a root it gives is kept.
    const ServerAddress given =
        parsed(QStringLiteral("postgresql://qa@db.example/countersign?sslrootcert=/etc/team/ca.crt"));
    QCOMPARE(given.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(given.value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/team/ca.crt"));
    const ServerAddress plain =
        parsed(QStringLiteral("postgresql://qa@db.example/countersign?sslmode=disable"));
    QCOMPARE(plain.value(QStringLiteral("sslmode")), QStringLiteral("disable"));
    QVERIFY(plain.value(QStringLiteral("sslrootcert")).isEmpty());
    // A verify mode asked for on this machine also gets the system's roots.
    QCOMPARE(parsed(QStringLiteral("postgresql://localhost/x?sslmode=verify-ca"))
                 .value(QStringLiteral("sslrootcert")),
             ServerAddress::systemRootCertificates());
    // PGSSLMODE and PGSSLROOTCERT are libpq's to apply.
    qputenv("PGSSLMODE", "require");
    QVERIFY(parsed(QStringLiteral("postgresql://db.example/x")).value(QStringLiteral("sslmode")).isEmpty());
    qunsetenv("PGSSLMODE");
    qputenv("PGSSLROOTCERT", "/etc/team/ca.crt");
    QVERIFY(
        parsed(QStringLiteral("postgresql://db.example/x")).value(QStringLiteral("sslrootcert")).isEmpty());
    qunsetenv("PGSSLROOTCERT");
    // No host in the address: PGHOST names it.
    qputenv("PGHOST", "db.example");
    QCOMPARE(parsed(QStringLiteral("postgresql:///x")).value(QStringLiteral("sslmode")),
             QStringLiteral("verify-full"));
}

void TestServerAddress::localHostsAreUnchanged() {
    for (const QString& location : {QStringLiteral("postgresql://postgres@localhost:5432/postgres"),
                                    QStringLiteral("postgresql://postgres@127.0.0.1:5432/postgres"),
                                    QStringLiteral("postgresql://postgres@127.8.9.10/postgres"),
                                    QStringLiteral("postgresql://[::1]:5432/postgres"),
                                    QStringLiteral("postgresql:///countersign?host=/run/postgresql"),
                                    QStringLiteral("postgresql:///countersign"),
                                    QStringLiteral("postgresql://LocalHost,127.0.0.1/countersign")}) {
        const ServerAddress address = parsed(location);
        QVERIFY2(address.isLocal(), qPrintable(location));
        QVERIFY2(address.value(QStringLiteral("sslmode")).isEmpty(), qPrintable(location));
        QVERIFY2(address.value(QStringLiteral("sslrootcert")).isEmpty(), qPrintable(location));
        QCOMPARE(address.value(QStringLiteral("connect_timeout")), QStringLiteral("10"));
    }
    // Neither a look-alike name nor an address outside 127.0.0.0/8.
    QVERIFY(!parsed(QStringLiteral("postgresql://localhost.example.org/x")).isLocal());
    QVERIFY(!parsed(QStringLiteral("postgresql://128.0.0.1/x")).isLocal());
}

// The service file is the administrator's: a keyword given here would override it.
void TestServerAddress::serviceGetsNoDefaults() {
    const ServerAddress service = parsed(QStringLiteral("postgresql:///?service=countersign"));
    QVERIFY(service.value(QStringLiteral("sslmode")).isEmpty());
    QVERIFY(service.value(QStringLiteral("sslrootcert")).isEmpty());
    QVERIFY(service.value(QStringLiteral("connect_timeout")).isEmpty());
    QCOMPARE(service.connectOptions(), QStringLiteral("service='countersign'"));
}

void TestServerAddress::connectOptionsAreQuotedForLibpq() {
    const ServerAddress address = parsed(QStringLiteral(
        "postgresql://qa@db1,db2:5433/team?application_name=it%27s%20%5Cmine&options=-c%20search_path%3Dcs"));
    const QString options = address.connectOptions();
    QVERIFY2(options.contains(QStringLiteral("application_name='it\\'s \\\\mine'")), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("options='-c search_path=cs'")), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("connect_timeout='10'")), qPrintable(options));
    // Host, database and user go through the driver's own setters.
    QVERIFY2(!options.contains(QStringLiteral("host=")), qPrintable(options));
    QVERIFY2(!options.contains(QStringLiteral("dbname=")), qPrintable(options));
    QVERIFY2(!options.contains(QStringLiteral("user=")), qPrintable(options));
}

void TestServerAddress::tlsFailuresAreExplained() {
    const ServerAddress address =
        parsed(QStringLiteral("postgresql://qa@db.example/team?sslrootcert=/etc/team/ca.crt"));
    const QString unknownRoot =
        address.explainTlsFailure(QStringLiteral("connection to server at \"db.example\" (10.0.0.5), port "
                                                 "5432 failed: SSL error: certificate verify failed"));
    QVERIFY2(unknownRoot.contains(QStringLiteral("not signed by a root in /etc/team/ca.crt")),
             qPrintable(unknownRoot));
    QVERIFY2(unknownRoot.contains(QStringLiteral("sslrootcert=")), qPrintable(unknownRoot));
    const QString wrongName = address.explainTlsFailure(
        QStringLiteral("server certificate for \"other.example\" does not match host name \"db.example\""));
    QVERIFY2(wrongName.contains(QStringLiteral("does not name db.example")), qPrintable(wrongName));
    const QString noRoot = parsed(QStringLiteral("postgresql://db.example/team"))
                               .explainTlsFailure(QStringLiteral(
                                   "root certificate file \"/etc/ssl/certs/ca-certificates.crt\" does "
                                   "not exist\nEither provide the file or change sslmode"));
    QVERIFY2(noRoot.contains(QStringLiteral("does not exist")), qPrintable(noRoot));
    QVERIFY2(noRoot.contains(ServerAddress::systemRootCertificates()), qPrintable(noRoot));
    const QString noTls =
        address.explainTlsFailure(QStringLiteral("server does not support SSL, but SSL was required"));
    QVERIFY2(noTls.contains(QStringLiteral("sslmode=verify-full")), qPrintable(noTls));
    QVERIFY(address.explainTlsFailure(QStringLiteral("password authentication failed for user \"qa\""))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
