// countersign-cli, end to end: the backup command (app/cli/BackupCommands.cpp).
// Every test runs the built binary on a database of its own (CliTestFixture).

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QTest>

class TestCliBackup : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backup();
};

void TestCliBackup::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliBackup::init() {
    QVERIFY(startTest());
}

void TestCliBackup::cleanup() {
    finishTest();
}

void TestCliBackup::backup() {
    const qint64 id = newRecord();
    newRecord(QStringLiteral("Hotfix 2.4.1"));
    const QString target = m_dir->filePath(QStringLiteral("copy.sqlite"));
    if (TestSupport::onPostgres()) {
        const Run run = db({QStringLiteral("backup"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("pg_dump")), run.err.constData());
        QSKIP("backup copies an SQLite file; a server database is backed up with pg_dump (checked above)");
    }
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done")})
                 .exitCode,
             0);
    const Run run = db({QStringLiteral("backup"), target});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("2 record(s)")), run.out.constData());

    const auto onCopy = [this, &target](const QStringList& arguments) {
        return cli(QStringList{QStringLiteral("--db"), target} + arguments);
    };
    const Run records = onCopy({QStringLiteral("records"), QStringLiteral("--json")});
    QCOMPARE(records.exitCode, 0);
    QCOMPARE(records.json().array().size(), 2);
    QCOMPARE(records.out, db({QStringLiteral("records"), QStringLiteral("--json")}).out);
    QCOMPARE(onCopy({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out,
             db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out);
    QCOMPARE(onCopy({QStringLiteral("verify")}).exitCode, 0);

    // Never over an existing file, never into a missing folder.
    const QByteArray copyBytes = TestSupport::readFile(target);
    const Run exists = db({QStringLiteral("backup"), target});
    QCOMPARE(exists.exitCode, 1);
    QVERIFY2(exists.errText().contains(QStringLiteral("already exists")), exists.err.constData());
    QCOMPARE(TestSupport::readFile(target), copyBytes);
    const Run nowhere =
        db({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("no/such/copy.sqlite"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
