// Each user's machine is a witness (core/Witness, countersign-cli witness): the
// built CLI remembers the newest audit ledger row it saw per database, in the
// test's own settings (CliTestFixture points XDG_CONFIG_HOME into its folder),
// and reports a database rolled back to a backup, moved over by an old copy,
// rewritten or given another id; `witness forget` accepts it, audited.

#include "CliTestFixture.h"
#include "ProcessRun.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Witness.h"
#include "io/BuiltInTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>
#include <QUrl>

class TestCliWitness : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void normalUseRaisesNoAlarm();
    void rollbackToBackupIsCaught();
    void oldCopyMovedOverIsCaught();
    void rewrittenHistoryIsCaught();
    void changedDatabaseIdIsCaught();
    void anotherKnownDatabasePutInPlaceIsCaught();
    void forgetAcceptsTheDatabaseAudited();
    void memoryStaysBounded();
    void laggingStandbyIsNoAlarm();

private:
    static inline const QString kMessage = QStringLiteral("older than, or different from");
    Run verify(const QStringList& extra = {}) const {
        return db(QStringList{QStringLiteral("verify")} + extra);
    }
    // A record with one change, seen by the CLI; returns its id.
    qint64 seenRecord();
    void setItem(qint64 recordId, const QString& item);
    QJsonObject remembered() const;
    QStringList witnessKinds() const;
};

void TestCliWitness::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliWitness::init() {
    TestSupport::strictWarnings();
    QVERIFY(startTest());
}

void TestCliWitness::cleanup() {
    finishTest();
}

qint64 TestCliWitness::seenRecord() {
    const qint64 id = newRecord();
    setItem(id, QStringLiteral("Update changelog"));
    return id;
}

void TestCliWitness::setItem(qint64 recordId, const QString& item) {
    const Run run = db({QStringLiteral("set"), QString::number(recordId), item, QStringLiteral("--status"),
                        QStringLiteral("done")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QJsonObject TestCliWitness::remembered() const {
    return db({QStringLiteral("witness"), QStringLiteral("show"), QStringLiteral("--json")})
        .json()
        .object()
        .value(QStringLiteral("remembered"))
        .toObject();
}

QStringList TestCliWitness::witnessKinds() const {
    QStringList kinds;
    const QJsonArray findings =
        verify({QStringLiteral("--json")}).json().object().value(QStringLiteral("findings")).toArray();
    for (const QJsonValue& finding : findings)
        kinds << finding.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

void TestCliWitness::normalUseRaisesNoAlarm() {
    const qint64 id = newRecord();
    addSigner(kSigners.at(0));
    const QList<QStringList> commands{
        {QStringLiteral("records")},
        {QStringLiteral("show"), QString::number(id)},
        {QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
         QStringLiteral("--status"), QStringLiteral("done")},
        {QStringLiteral("audit"), QString::number(id)},
        {QStringLiteral("templates")},
        {QStringLiteral("signer"), QStringLiteral("list")},
        {QStringLiteral("verify")},
        {QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
         QStringLiteral("--status"), QStringLiteral("pending")},
        {QStringLiteral("verify"), QString::number(id)},
    };
    qint64 lastRow = 0;
    for (const QStringList& command : commands) {
        const Run run = db(command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + run.errText()));
        QVERIFY2(!run.errText().contains(QStringLiteral("warning")), run.err.constData());
        const qint64 row = remembered().value(QStringLiteral("audit_row")).toInteger();
        QVERIFY2(row >= lastRow && row > 0, qPrintable(command.join(u' ')));
        lastRow = row;
    }
    // The memory follows the writes: the newest row of the last change.
    QCOMPARE(lastRow, qint64(TestSupport::rawValue(m_db, QStringLiteral("SELECT max(id) FROM audit_log"))));
    const Run show = db({QStringLiteral("witness"), QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.outText().contains(QStringLiteral("holds what this machine saw")), show.out.constData());
}

void TestCliWitness::rollbackToBackupIsCaught() {
    if (TestSupport::onPostgres())
        QSKIP("a server database is not a file to copy over; the rewrite and id tests cover the server");
    const qint64 id = newRecord();
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(db({QStringLiteral("backup"), backup}).exitCode, 0);
    setItem(id, QStringLiteral("Update changelog"));
    const qint64 seenRow = remembered().value(QStringLiteral("audit_row")).toInteger();
    const qint64 inode = remembered().value(QStringLiteral("inode")).toInteger();
    // The backup verified where it lies is a copy, not a rollback, and does not
    // replace what this machine saw of the newer database.
    const Run backupVerified = cli({QStringLiteral("--db"), backup, QStringLiteral("verify")});
    QVERIFY2(backupVerified.exitCode == 0, backupVerified.out.constData());
    QCOMPARE(remembered().value(QStringLiteral("audit_row")).toInteger(), seenRow);

    // cp backup.sqlite records.sqlite: the same file (inode), the older content.
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(TestSupport::readFile(backup)) > 0);
    file.close();

    const Run run = verify();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(kMessage), run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("audit row %1").arg(seenRow)), run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("that row is gone")), run.out.constData());
    QCOMPARE(verify({QString::number(id)}).exitCode, 3);
    QVERIFY(witnessKinds().contains(QStringLiteral("witness")));
    // Every other command warns and goes on, and the memory is not moved back.
    const Run records = db({QStringLiteral("records")});
    QCOMPARE(records.exitCode, 0);
    QVERIFY2(records.errText().contains(QStringLiteral("warning: ") + u"this database is " + kMessage),
             records.err.constData());
    QVERIFY2(records.errText().contains(QStringLiteral("witness forget")), records.err.constData());
    QCOMPARE(remembered().value(QStringLiteral("audit_row")).toInteger(), seenRow);
    QCOMPARE(remembered().value(QStringLiteral("inode")).toInteger(), inode);
    QCOMPARE(db({QStringLiteral("witness"), QStringLiteral("show")}).exitCode, 3);
}

void TestCliWitness::oldCopyMovedOverIsCaught() {
    if (TestSupport::onPostgres())
        QSKIP("a server database is not a file to move");
    const qint64 id = newRecord();
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(db({QStringLiteral("backup"), backup}).exitCode, 0);
    setItem(id, QStringLiteral("Update changelog"));
    const qint64 inode = remembered().value(QStringLiteral("inode")).toInteger();
    QVERIFY(inode != 0);

    // mv backup.sqlite records.sqlite: another inode, the same database id, older content.
    QVERIFY(QFile::remove(m_db));
    QVERIFY(QFile::rename(backup, m_db));
    const Run run = verify();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(kMessage), run.out.constData());
}

void TestCliWitness::rewrittenHistoryIsCaught() {
    const qint64 id = seenRecord();
    setItem(id, QStringLiteral("Tag release version"));
    // An insider removes the last change and re-hashes every chain: verify alone sees nothing amiss.
    const int newest = TestSupport::rawValue(m_db, QStringLiteral("SELECT max(id) FROM audit_log"));
    QCOMPARE(TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                                 QStringLiteral("audit_log"))),
             QString());
    QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(newest)),
             QString());
    QCOMPARE(TestSupport::rechainAuditLog(m_db), QString());
    const Run run = verify({QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(witnessKinds().contains(QStringLiteral("witness")));
    QVERIFY2(run.outText().contains(QStringLiteral("audit row %1").arg(newest)), run.out.constData());
}

void TestCliWitness::changedDatabaseIdIsCaught() {
    seenRecord();
    const QString oldId = db({QStringLiteral("witness"), QStringLiteral("show"), QStringLiteral("--json")})
                              .json()
                              .object()
                              .value(QStringLiteral("database_id"))
                              .toString();
    QVERIFY(!oldId.isEmpty());
    QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("UPDATE countersign_identity SET database_id = "
                                                       "'00000000-0000-4000-8000-000000000000'")),
             QString());
    const Run run = verify();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(QStringLiteral("it now holds the database "
                                                   "00000000-0000-4000-8000-000000000000")),
             run.out.constData());
    QVERIFY2(run.outText().contains(oldId), run.out.constData());
}

void TestCliWitness::anotherKnownDatabasePutInPlaceIsCaught() {
    if (TestSupport::onPostgres())
        QSKIP("a server database is not a file to copy over");
    seenRecord();
    // Another database this machine knows, intact in itself, copied over this one.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    const Run created =
        cli({QStringLiteral("--db"), other, QStringLiteral("new"), QStringLiteral("--template"),
             kBuiltInTitle, QStringLiteral("--title"), QStringLiteral("Other")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString otherId = cli({QStringLiteral("--db"), other, QStringLiteral("witness"),
                                 QStringLiteral("show"), QStringLiteral("--json")})
                                .json()
                                .object()
                                .value(QStringLiteral("database_id"))
                                .toString();
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(TestSupport::readFile(other)) > 0);
    file.close();
    const Run run = verify();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(QStringLiteral("it now holds the database %1").arg(otherId)),
             run.out.constData());
}

void TestCliWitness::forgetAcceptsTheDatabaseAudited() {
    // On a file, the old copy put back (nothing else is wrong with it); on the
    // server, the newest row removed and the chains re-hashed (the replay of the
    // trail still sees that removed change, which the acceptance does not hide).
    const qint64 id = newRecord();
    const bool server = TestSupport::onPostgres();
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    if (!server)
        QCOMPARE(db({QStringLiteral("backup"), backup}).exitCode, 0);
    setItem(id, QStringLiteral("Update changelog"));
    const QString seenHash = remembered().value(QStringLiteral("hash")).toString();
    if (server) {
        QCOMPARE(TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                                     QStringLiteral("audit_log"))),
                 QString());
        QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) "
                                                           "FROM audit_log)")),
                 QString());
        QCOMPARE(TestSupport::rechainAuditLog(m_db), QString());
    } else {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(TestSupport::readFile(backup)) > 0);
        file.close();
    }
    QCOMPARE(verify().exitCode, 3);
    QVERIFY(witnessKinds().contains(QStringLiteral("witness")));
    const Run forget = db({QStringLiteral("witness"), QStringLiteral("forget"), QStringLiteral("--reason"),
                           QStringLiteral("restored from last night's backup"), QStringLiteral("--by"),
                           QStringLiteral("Ada Admin")});
    QVERIFY2(forget.exitCode == 0, forget.err.constData());
    const Run again = verify();
    QVERIFY2(server || again.exitCode == 0, again.out.constData());
    QVERIFY2(!again.outText().contains(kMessage), again.out.constData());
    QVERIFY(!witnessKinds().contains(QStringLiteral("witness")));
    QVERIFY2(!again.errText().contains(QStringLiteral("warning")), again.err.constData());
    const QStringList details = TestSupport::rawRows(
        m_db, QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'witness_forgotten'"));
    QCOMPARE(details.size(), 1);
    QVERIFY2(details.first().contains(QStringLiteral("reason: restored from last night's backup")),
             qPrintable(details.first()));
    // What was remembered, for whoever reads the trail later.
    QVERIFY2(details.first().contains(seenHash.left(8)), qPrintable(details.first()));
    QCOMPARE(TestSupport::rawRows(m_db, QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                                       "'witness_forgotten'")),
             QStringList{QStringLiteral("Ada Admin")});
    // The memory is the database as it is now, the acceptance included.
    QCOMPARE(remembered().value(QStringLiteral("audit_row")).toInteger(),
             qint64(TestSupport::rawValue(m_db, QStringLiteral("SELECT max(id) FROM audit_log"))));
}

void TestCliWitness::memoryStaysBounded() {
    if (TestSupport::onPostgres())
        QSKIP("the bound does not depend on the backend; 201 server databases would only be slow");
    const QString settingsFile = m_dir->filePath(QStringLiteral("witness.ini"));
    const auto witness = [&settingsFile] {
        return Witness(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
    };
    QStringList ids;
    for (int i = 0; i <= Witness::kMaxDatabases; ++i) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(m_dir->filePath(QStringLiteral("throwaway-%1.sqlite").arg(i)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        ids << store.databaseId().value();
        Witness w = witness();
        QVERIFY(w.remember(store).ok());
    }
    Witness w = witness();
    QVERIFY2(!w.memoryOf(ids.first()), "the least recently seen database is forgotten");
    QVERIFY(w.memoryOf(ids.at(1)));
    QVERIFY(w.memoryOf(ids.last()));
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("witness"));
    QCOMPARE(settings.childGroups().size(), Witness::kMaxDatabases);
}

// A hot standby of the test server, paused while the primary moves on: it
// lacks the row this machine remembers and is no alarm (nor does it replace
// the memory); the primary still holds it. A standby that holds the row with
// another hash would be reported like any rewrite.
void TestCliWitness::laggingStandbyIsNoAlarm() {
    if (!TestSupport::onPostgres())
        QSKIP("a hot standby is a PostgreSQL server's");
    const QString serverDir = TestSupport::pgSetting("COUNTERSIGN_TEST_PG_DIR");
    if (serverDir.isEmpty())
        QSKIP("the test server was not started by the tests (COUNTERSIGN_TEST_PG_URL set by hand)");
    const qint64 id = seenRecord();
    TestSupport::ProcessOptions options;
    options.timeoutMs = 120000;
    const Run started = TestSupport::runProcess(
        QStringLiteral("bash"), {QStringLiteral(COUNTERSIGN_PG_SCRIPT), QStringLiteral("standby"), serverDir},
        options);
    QVERIFY2(started.exitCode == 0, started.err.constData());
    QString port;
    QString standbyDir;
    for (const QString& line : started.outText().split(u'\n')) {
        if (line.startsWith(QStringLiteral("STANDBY_PORT=")))
            port = line.section(u'=', 1);
        if (line.startsWith(QStringLiteral("STANDBY_DIR=")))
            standbyDir = line.section(u'=', 1);
    }
    QVERIFY2(!port.isEmpty() && !standbyDir.isEmpty(), started.out.constData());
    const auto stopStandby = qScopeGuard([&] {
        TestSupport::runProcess(QStringLiteral("bash"),
                                {QStringLiteral(COUNTERSIGN_PG_SCRIPT), QStringLiteral("stop"), standbyDir},
                                options);
    });
    QUrl standbyUrl(m_db);
    standbyUrl.setPort(port.toInt());
    const QString standby = standbyUrl.toString();
    const QString rows = QStringLiteral("SELECT count(*) FROM audit_log");
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::rawValue(standby, rows), TestSupport::rawValue(m_db, rows), 30000);
    QCOMPARE(TestSupport::rawExec(standby, QStringLiteral("SELECT pg_wal_replay_pause()")), QString());

    setItem(id, QStringLiteral("Tag release version"));
    QCOMPARE(verify().exitCode, 0);
    const QJsonObject seen = remembered();
    QVERIFY(TestSupport::rawValue(standby, rows) < TestSupport::rawValue(m_db, rows));

    const Run onStandby = cli({QStringLiteral("--db"), standby, QStringLiteral("verify")});
    QVERIFY2(onStandby.exitCode == 0, qPrintable(onStandby.outText() + onStandby.errText()));
    const Run show =
        cli({QStringLiteral("--db"), standby, QStringLiteral("witness"), QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.outText().contains(QStringLiteral("a server standby that lags behind")),
             show.out.constData());
    const QJsonObject after = remembered();
    QCOMPARE(after.value(QStringLiteral("audit_row")), seen.value(QStringLiteral("audit_row")));
    QCOMPARE(after.value(QStringLiteral("hash")), seen.value(QStringLiteral("hash")));
    QCOMPARE(after.value(QStringLiteral("location")), seen.value(QStringLiteral("location")));
    QCOMPARE(verify().exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliWitness)
#include "tst_cli_witness.moc"
