// `countersign-cli server init` on the test's PostgreSQL server (README,
// "Teams"): a database owned by a role of its own (not a superuser), set up
// by that owner, then used as the application's role, which the server
// itself stops from rewriting history: no UPDATE or DELETE of the audit
// trail, no DELETE anywhere, no TRUNCATE, no DDL, no trigger dropped. The
// everyday commands work as that role, every table has its grants, init run
// again changes nothing, and an older schema is refused with a message that
// says who can update it. PostgreSQL only: it runs with the pg_server fixture
// (tests/CMakeLists.txt) and fails rather than skips under COUNTERSIGN_REQUIRE_PG=1.

#include "CliTestFixture.h"
#include "ProcessRun.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestCliServer : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sqliteIsRefused();
    void missingRoleIsNamedWithTheCommandToCreateIt();
    void theOwnerIsNoAppRole();
    void emptyDatabaseTellsTheAppRoleWhoSetsItUp();
    void everydayWorkSucceedsAsTheAppRole();
    void theServerRefusesTheAppRoleWhatItMustNotDo();
    void everyTableHasGrantsForTheAppRole();
    void theSessionUsesTheTransportOfTheRun();
    void aTableWithoutGrantsIsFound();
    void rerunningInitChangesNothing();
    void olderSchemaIsRefusedForTheAppRoleAndMigratedByTheOwner();
    void changesReachOtherWindowsAsTheAppRole();
    void aRoleWithoutGrantsIsToldWhoGivesThem();

private:
    static inline const QString kOwner = QStringLiteral("cs_test_owner");
    static inline const QString kTeam = QStringLiteral("cs_test_team");
    static inline const QString kStranger = QStringLiteral("cs_test_stranger");

    // A role the admin makes once per server (roles are the cluster's).
    static void ensureRole(const QString& role);
    // A new database owned by kOwner: sets m_ownerUrl, and m_db to kTeam's address.
    void newServerDatabase();
    static QString withUser(const QString& location, const QString& user);
    Run serverInit(const QString& appRole = kTeam) const;
    // role_table_grants and column_privileges of kTeam, one sorted line each.
    QStringList grantsOfTeam() const;
    // The tables of the schema on which kTeam has no SELECT.
    QStringList tablesWithoutGrants() const;

    QString m_ownerUrl;
};

void TestCliServer::initTestCase() {
    TestSupport::strictWarnings();
    COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    ensureRole(kOwner);
    ensureRole(kTeam);
    ensureRole(kStranger);
}

void TestCliServer::init() {
    TestSupport::strictWarnings();
    QVERIFY(startTest());
    newServerDatabase();
}

void TestCliServer::cleanup() {
    finishTest();
}

void TestCliServer::ensureRole(const QString& role) {
    const QString made = TestSupport::rawExec(
        TestSupport::pgAdminUrl(),
        QStringLiteral(
            "DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation "
            "THEN NULL; END $$")
            .arg(role));
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

QString TestCliServer::withUser(const QString& location, const QString& user) {
    TestSupport::PgLocation address = TestSupport::PgLocation::parse(location);
    address.user = user;
    return address.toString();
}

void TestCliServer::newServerDatabase() {
    const QString admin = TestSupport::pgAdminUrl();
    const QString database = QStringLiteral("cs_srv_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString created =
        TestSupport::rawExec(admin, QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, kOwner));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    // Over the transport this run tests (TestSupport::pgTransport).
    TestSupport::PgLocation address = TestSupport::PgLocation::parse(admin);
    address.database = database;
    address.transport = TestSupport::pgTransport();
    address.serverDir = TestSupport::pgSetting("COUNTERSIGN_TEST_PG_DIR");
    m_ownerUrl = withUser(address.toString(), kOwner);
    m_db = withUser(address.toString(), kTeam);
}

CliTestFixture::Run TestCliServer::serverInit(const QString& appRole) const {
    return cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), m_ownerUrl,
                QStringLiteral("--app-role"), appRole});
}

QStringList TestCliServer::grantsOfTeam() const {
    QStringList grants = TestSupport::rawRows(
        m_ownerUrl,
        QStringLiteral("SELECT table_name || ' ' || privilege_type FROM information_schema.role_table_grants "
                       "WHERE grantee = '%1' UNION ALL "
                       "SELECT table_name || '.' || column_name || ' ' || privilege_type "
                       "FROM information_schema.column_privileges WHERE grantee = '%1' "
                       "AND privilege_type = 'UPDATE' UNION ALL "
                       "SELECT 'sequence ' || object_name || ' ' || privilege_type "
                       "FROM information_schema.usage_privileges WHERE grantee = '%1'")
            .arg(kTeam));
    grants.sort();
    return grants;
}

QStringList TestCliServer::tablesWithoutGrants() const {
    const QStringList tables = TestSupport::rawRows(
        m_ownerUrl, QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                   "AND relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY relname"));
    const QStringList grants = grantsOfTeam();
    QStringList missing;
    for (const QString& table : tables) {
        if (!grants.contains(table + QStringLiteral(" SELECT")))
            missing << table;
    }
    return missing;
}

void TestCliServer::sqliteIsRefused() {
    const QString file = m_dir->filePath(QStringLiteral("local.sqlite"));
    const Run run = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), file,
                         QStringLiteral("--app-role"), kTeam});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("server init is for a PostgreSQL server")), run.err);
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliServer::missingRoleIsNamedWithTheCommandToCreateIt() {
    const Run run = serverInit(QStringLiteral("cs_nobody_has_this_role"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("there is no role cs_nobody_has_this_role")), run.err);
    QVERIFY2(run.errText().contains(QStringLiteral("CREATE ROLE cs_nobody_has_this_role LOGIN PASSWORD")),
             run.err);
    // A name that would need quoting is refused before it reaches any SQL.
    const Run odd = serverInit(QStringLiteral("Team; DROP TABLE audit_log"));
    QCOMPARE(odd.exitCode, 1);
    QVERIFY2(odd.errText().contains(QStringLiteral("is not a role name Countersign can use")), odd.err);
}

void TestCliServer::theOwnerIsNoAppRole() {
    const Run run = serverInit(kOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("is the role this command is connected as")), run.err);
    const Run super = serverInit(QStringLiteral("postgres"));
    QCOMPARE(super.exitCode, 1);
    QVERIFY2(super.errText().contains(QStringLiteral("is a superuser")), super.err);
}

void TestCliServer::emptyDatabaseTellsTheAppRoleWhoSetsItUp() {
    const Run run = db({QStringLiteral("records")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("has no Countersign tables yet")), run.err);
    QVERIFY2(run.errText().contains(QStringLiteral("countersign-cli server init")), run.err);
    QVERIFY2(run.errText().contains(kOwner), run.err);
    // Nothing was created by the attempt.
    QCOMPARE(TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT count(*) FROM pg_class WHERE "
                                                              "relnamespace = 'public'::regnamespace")),
             0);
}

void TestCliServer::everydayWorkSucceedsAsTheAppRole() {
    const Run init = serverInit();
    QVERIFY2(init.exitCode == 0, init.err);
    QVERIFY2(init.outText().contains(QStringLiteral("is ready")), init.out);
    QVERIFY2(!init.outText().contains(QStringLiteral(":@")), init.out);

    const qint64 recordId = newRecord();
    QVERIFY(recordId > 0);
    const Run set =
        db({QStringLiteral("set"), QString::number(recordId), QStringLiteral("All acceptance tests pass"),
            QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
            QStringLiteral("checked as the team")});
    QVERIFY2(set.exitCode == 0, set.err);
    tickAll(recordId);
    QVERIFY(signRoles(recordId, 2));
    const Run records = db({QStringLiteral("records"), QStringLiteral("--json")});
    QVERIFY2(records.exitCode == 0, records.err);
    QCOMPARE(records.json().array().size(), 1);
    const Run verify = db({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
    // Every row the team wrote is owned by the owner's tables, not by the team.
    QCOMPARE(
        TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT count(*) FROM pg_class WHERE relowner = "
                                                         "(SELECT oid FROM pg_roles WHERE rolname = '%1')")
                                              .arg(kTeam)),
        0);
}

void TestCliServer::theServerRefusesTheAppRoleWhatItMustNotDo() {
    QCOMPARE(serverInit().exitCode, 0);
    const qint64 recordId = newRecord();
    QVERIFY(recordId > 0);
    tickAll(recordId);
    QVERIFY(signRoles(recordId, 1));
    const QString countRows = QStringLiteral("SELECT (SELECT count(*) FROM audit_log) * 1000 + "
                                             "(SELECT count(*) FROM record_items) + (SELECT count(*) FROM "
                                             "signatures) + (SELECT count(*) FROM records)");
    const int before = TestSupport::rawValue(m_ownerUrl, countRows);
    QVERIFY(before > 1000);

    const QStringList forbidden{
        QStringLiteral("UPDATE audit_log SET actor = 'someone else'"),
        QStringLiteral("UPDATE audit_log SET hash = hash"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("DELETE FROM record_items"),
        QStringLiteral("DELETE FROM records"),
        QStringLiteral("DELETE FROM signatures"),
        QStringLiteral("DELETE FROM registry_statements"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("TRUNCATE records CASCADE"),
        QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
        QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN sneaky TEXT"),
        QStringLiteral("DROP TABLE audit_log"),
        QStringLiteral("CREATE TABLE sneaky (id INTEGER)"),
        QStringLiteral("CREATE FUNCTION sneaky() RETURNS integer AS 'SELECT 1' LANGUAGE sql"),
        // Only the columns the engine changes may change.
        QStringLiteral("UPDATE record_items SET text = 'rewritten'"),
        QStringLiteral("UPDATE records SET title = 'rewritten'"),
        QStringLiteral("UPDATE signatures SET digest = 'rewritten'"),
        QStringLiteral("UPDATE signers SET login = 'rewritten'"),
        QStringLiteral("UPDATE countersign_schema SET version = 1"),
        QStringLiteral("INSERT INTO countersign_identity (database_id) VALUES ('another')"),
    };
    for (const QString& sql : forbidden) {
        const QString error = TestSupport::rawExecAsGiven(m_db, sql);
        QVERIFY2(
            error.contains(QStringLiteral("permission denied")) ||
                error.contains(QStringLiteral("must be owner")),
            qPrintable(sql + QStringLiteral(" -> ") + (error.isEmpty() ? QStringLiteral("ran") : error)));
    }
    QCOMPARE(TestSupport::rawValue(m_ownerUrl, countRows), before);
    QCOMPARE(
        TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                                         "'audit_log_no_update'")),
        1);
    // What the engine does change, it still may.
    QCOMPARE(TestSupport::rawExecAsGiven(
                 m_db, QStringLiteral("UPDATE record_items SET notes = notes WHERE id = (SELECT min(id) FROM "
                                      "record_items)")),
             QString());
    const Run verify = db({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
}

// The _tls and _socket runs (tests/CMakeLists.txt) really reach the server
// that way: the server's own view of the session, through the address the CLI
// is given all along this suite.
void TestCliServer::theSessionUsesTheTransportOfTheRun() {
    QCOMPARE(serverInit().exitCode, 0);
    const QStringList session = TestSupport::rawRows(
        m_db,
        QStringLiteral("SELECT s.ssl::text || ' ' || (inet_client_addr() IS NULL)::text FROM pg_stat_ssl s "
                       "WHERE s.pid = pg_backend_pid()"));
    QCOMPARE(session.size(), 1);
    switch (TestSupport::pgTransport()) {
    case TestSupport::PgTransport::Tls:
        QVERIFY2(m_db.contains(QStringLiteral("sslmode=verify-full")), qPrintable(m_db));
        QCOMPARE(session.first(), QStringLiteral("true false"));
        break;
    case TestSupport::PgTransport::Socket:
        QVERIFY2(m_db.startsWith(QStringLiteral("postgresql:///")), qPrintable(m_db));
        QCOMPARE(session.first(), QStringLiteral("false true"));
        break;
    case TestSupport::PgTransport::Tcp:
        QVERIFY2(session.first().endsWith(QStringLiteral(" false")), qPrintable(session.first()));
        break;
    }
    const CliTestFixture::Run records = cli({QStringLiteral("records"), QStringLiteral("--db"), m_db});
    QVERIFY2(records.exitCode == 0, qPrintable(records.errText()));
}

void TestCliServer::everyTableHasGrantsForTheAppRole() {
    QCOMPARE(serverInit().exitCode, 0);
    const QStringList tables = TestSupport::rawRows(
        m_ownerUrl, QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                   "AND relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY relname"));
    QVERIFY(tables.contains(QStringLiteral("audit_log")));
    QVERIFY(tables.size() >= 13);
    // A table a later schema step adds without its grants fails here: add it
    // to ServerRoles::rights() with what the engine does with it.
    const QStringList missing = tablesWithoutGrants();
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("no grants for %1 on: %2").arg(kTeam, missing.join(QStringLiteral(", ")))));
    const QStringList grants = grantsOfTeam();
    for (const QString& grant : grants) {
        for (const char* never : {" DELETE", " TRUNCATE", " TRIGGER", " REFERENCES"})
            QVERIFY2(!grant.endsWith(QLatin1String(never)), qPrintable(grant));
        // UPDATE only column by column, never of a whole table, never of the trail.
        QVERIFY2(!grant.endsWith(QStringLiteral(" UPDATE")) || grant.contains(u'.'), qPrintable(grant));
        QVERIFY2(!grant.startsWith(QStringLiteral("audit_log")) || grant == u"audit_log SELECT" ||
                     grant == u"audit_log INSERT",
                 qPrintable(grant));
    }
    QVERIFY(grants.contains(QStringLiteral("audit_log INSERT")));
    QVERIFY(grants.contains(QStringLiteral("signatures INSERT")));
    QVERIFY(grants.contains(QStringLiteral("record_items.status UPDATE")));
    QVERIFY(grants.contains(QStringLiteral("sequence audit_log_id_seq USAGE")));
    QVERIFY(!grants.contains(QStringLiteral("countersign_schema INSERT")));
    // No one but the owner may create anything in the schema.
    QCOMPARE(TestSupport::rawValue(
                 m_ownerUrl,
                 QStringLiteral("SELECT has_schema_privilege('%1', 'public', 'CREATE')::int").arg(kTeam)),
             0);
}

void TestCliServer::aTableWithoutGrantsIsFound() {
    QCOMPARE(serverInit().exitCode, 0);
    QCOMPARE(tablesWithoutGrants(), QStringList());
    // What a schema step that forgot ServerRoles::rights() leaves: the check above must see it.
    QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("CREATE TABLE later_issue (id BIGSERIAL PRIMARY "
                                                             "KEY)")),
             QString());
    QCOMPARE(serverInit().exitCode, 0);
    QCOMPARE(tablesWithoutGrants(), QStringList{QStringLiteral("later_issue")});
    QVERIFY(TestSupport::rawExecAsGiven(m_db, QStringLiteral("SELECT * FROM later_issue"))
                .contains(QStringLiteral("permission denied")));
}

void TestCliServer::rerunningInitChangesNothing() {
    const Run first = serverInit();
    QVERIFY2(first.exitCode == 0, first.err);
    const QStringList grants = grantsOfTeam();
    QVERIFY(!grants.isEmpty());
    const int templates = TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT count(*) FROM templates"));
    QCOMPARE(templates, 1);
    // A grant given by hand beyond what the engine needs is taken back.
    QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("GRANT DELETE ON records TO %1").arg(kTeam)),
             QString());
    const Run second = serverInit();
    QVERIFY2(second.exitCode == 0, second.err);
    QCOMPARE(grantsOfTeam(), grants);
    QCOMPARE(TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT count(*) FROM templates")), templates);
}

void TestCliServer::olderSchemaIsRefusedForTheAppRoleAndMigratedByTheOwner() {
    QCOMPARE(serverInit().exitCode, 0);
    QVERIFY(newRecord() > 0);
    // Version 8 as version 7 would have it: no note author and time.
    for (const char* column : {"notes_by", "notes_at"})
        QCOMPARE(TestSupport::rawExec(
                     m_ownerUrl,
                     QStringLiteral("ALTER TABLE record_items DROP COLUMN %1").arg(QLatin1String(column))),
                 QString());
    // Schema 9's index of edits and schema 10's refusals go too.
    for (const char* column : {"decision", "reason"})
        QCOMPARE(TestSupport::rawExec(
                     m_ownerUrl,
                     QStringLiteral("ALTER TABLE signatures DROP COLUMN %1").arg(QLatin1String(column))),
                 QString());
    QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("DROP INDEX audit_log_edit_once")), QString());
    // And schema 11's attachments.
    for (const char* table : {"attachments", "attachment_chunks", "attachment_settings"})
        QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))),
                 QString());
    // And schema 12's marks of sections and groups not applicable.
    for (const char* table : {"record_sections", "record_items"}) {
        for (const char* column : {"na_by", "na_at", "na_reason"})
            QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                                          .arg(QLatin1String(table), QLatin1String(column))),
                     QString());
    }
    // And schema 13's sign-off policies.
    QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("DROP TABLE template_role_policies")),
             QString());
    QCOMPARE(TestSupport::rawExec(m_ownerUrl, QStringLiteral("UPDATE countersign_schema SET version = 7")),
             QString());

    const Run refused = db({QStringLiteral("records")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("the database needs an update that only its owner can "
                                                       "make")),
             refused.err);
    QVERIFY2(refused.errText().contains(
                 QStringLiteral("countersign-cli server init --db ADDRESS --app-role %1").arg(kTeam)),
             refused.err);
    QVERIFY2(refused.errText().contains(kOwner), refused.err);
    QCOMPARE(TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT version FROM countersign_schema")), 7);

    // The owner's init migrates and grants the new columns; the team works again.
    const Run init = serverInit();
    QVERIFY2(init.exitCode == 0, init.err);
    QCOMPARE(TestSupport::rawValue(m_ownerUrl, QStringLiteral("SELECT version FROM countersign_schema")),
             ChecklistStore::schemaVersion());
    QVERIFY(grantsOfTeam().contains(QStringLiteral("record_items.notes_by UPDATE")));
    QVERIFY(grantsOfTeam().contains(QStringLiteral("attachments.removed_reason UPDATE")));
    QVERIFY(grantsOfTeam().contains(QStringLiteral("attachment_chunks INSERT")));
    QVERIFY(!grantsOfTeam().contains(QStringLiteral("attachments.name UPDATE")));
    const Run records = db({QStringLiteral("records"), QStringLiteral("--json")});
    QVERIFY2(records.exitCode == 0, records.err);
    QCOMPARE(records.json().array().size(), 1);
}

void TestCliServer::changesReachOtherWindowsAsTheAppRole() {
    QCOMPARE(serverInit().exitCode, 0);
    const qint64 recordId = newRecord();
    QVERIFY(recordId > 0);
    // LISTEN needs no grant, and NOTIFY is sent by the writer inside its transaction.
    ChecklistStore watching;
    QVERIFY2(watching.open(m_db, ChecklistStore::OpenMode::ExistingOnly).ok(), "the watching store");
    QSignalSpy changed(&watching, &ChecklistStore::changedElsewhere);
    const Run set = db({QStringLiteral("set"), QString::number(recordId),
                        QStringLiteral("All acceptance tests pass"), QStringLiteral("--status"),
                        QStringLiteral("na"), QStringLiteral("--note"), QStringLiteral("not this time")});
    QVERIFY2(set.exitCode == 0, set.err);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
}

void TestCliServer::aRoleWithoutGrantsIsToldWhoGivesThem() {
    QCOMPARE(serverInit().exitCode, 0);
    const Run run = cli({QStringLiteral("--db"), withUser(m_db, kStranger), QStringLiteral("records")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("this login may not read the Countersign tables")),
             run.err);
    QVERIFY2(run.errText().contains(QStringLiteral("server init")), run.err);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
