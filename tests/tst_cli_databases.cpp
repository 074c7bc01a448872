// countersign-cli, end to end: the database every command opens (CommandContext, --db): missing, new, not a
// database, damaged, locked, the default one. Every test runs the built binary on a database of its own
// (CliTestFixture).

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestCliDatabases : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyCommandOnMissingDatabase_data();
    void readOnlyCommandOnMissingDatabase();
    void failedWriteOnNewDatabaseLeavesNothing();
    void notADatabaseIsLeftUntouched_data();
    void notADatabaseIsLeftUntouched();
    void defaultDatabaseIsTheAppDataOne();
    void badDatabaseIsLeftUntouched_data();
    void badDatabaseIsLeftUntouched();
    void missingFolderIsNotCreated();
    void lockedDatabaseIsLeftUntouched();
};

void TestCliDatabases::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliDatabases::init() {
    QVERIFY(startTest());
}

void TestCliDatabases::cleanup() {
    finishTest();
}

void TestCliDatabases::readOnlyCommandOnMissingDatabase_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("templates") << QStringList{QStringLiteral("templates")};
    QTest::addRow("templates --json") << QStringList{QStringLiteral("templates"), QStringLiteral("--json")};
    QTest::addRow("records") << QStringList{QStringLiteral("records")};
    QTest::addRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::addRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("1")};
    QTest::addRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("1"),
                                           QStringLiteral("--csv"), QStringLiteral("-")};
    QTest::addRow("export-template") << QStringList{QStringLiteral("export-template"), kBuiltInTitle,
                                                    QStringLiteral("--markdown"), QStringLiteral("-")};
}

void TestCliDatabases::readOnlyCommandOnMissingDatabase() {
    if (TestSupport::onPostgres())
        QSKIP("about a database file that does not exist: SQLite only");
    QFETCH(QStringList, arguments);
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const Run run = cli(QStringList{QStringLiteral("--db"), missing} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().startsWith(QStringLiteral("countersign-cli: there is no database at %1").arg(missing)),
        run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Nothing was created: not the file, not the default database.
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCliDatabases::failedWriteOnNewDatabaseLeavesNothing() {
    if (TestSupport::onPostgres())
        QSKIP("about database files created and removed: SQLite only");
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    const Run badTemplate =
        cli({QStringLiteral("--db"), fresh, QStringLiteral("new"), QStringLiteral("--template"),
             QStringLiteral("No Such Checklist"), QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(badTemplate.exitCode, 1);
    const Run set = cli({QStringLiteral("--db"), fresh, QStringLiteral("set"), QStringLiteral("1"),
                         QStringLiteral("All acceptance tests pass"), QStringLiteral("--status"),
                         QStringLiteral("done")});
    QCOMPARE(set.exitCode, 1);
    const Run badImport = cli({QStringLiteral("--db"), fresh, QStringLiteral("import-template"),
                               TestSupport::testDataPath(QStringLiteral("cli-bad-template.md"))});
    QCOMPARE(badImport.exitCode, 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // A command that writes creates the database it is given, with the built-in template.
    const Run created =
        cli({QStringLiteral("--db"), fresh, QStringLiteral("new"), QStringLiteral("--template"),
             kBuiltInTitle, QStringLiteral("--title"), QStringLiteral("First")});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFileInfo(fresh).isFile());
    QCOMPARE(created.lastLine(), QStringLiteral("1"));
}

void TestCliDatabases::notADatabaseIsLeftUntouched_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("templates") << QStringList{QStringLiteral("templates")};
    QTest::addRow("records --json") << QStringList{QStringLiteral("records"), QStringLiteral("--json")};
    QTest::addRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::addRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle,
                                        QStringLiteral("--title"), QStringLiteral("x")};
    QTest::addRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("--status"), QStringLiteral("done")};
    QTest::addRow("import-template") << QStringList{
        QStringLiteral("import-template"),
        TestSupport::testDataPath(QStringLiteral("cli-smoke-template.md"))};
}

void TestCliDatabases::notADatabaseIsLeftUntouched() {
    if (TestSupport::onPostgres())
        QSKIP("about files that are not databases: SQLite only");
    QFETCH(QStringList, arguments);
    for (const QByteArray& content : {QByteArray("# My notes\n\nNot a database at all.\n"), QByteArray()}) {
        const QString path = m_dir->filePath(QStringLiteral("notes.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        const QDateTime modified = QFileInfo(path).lastModified();

        const Run run = cli(QStringList{QStringLiteral("--db"), path} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("not a Countersign database")), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256), digest);
        QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("notes.md")});
    }
}

void TestCliDatabases::defaultDatabaseIsTheAppDataOne() {
    if (TestSupport::onPostgres())
        QSKIP("about the default database file in AppDataLocation: SQLite only");
    // Without --db: the desktop app's database in AppDataLocation, created on first use.
    const QString expected =
        m_dir->filePath(QStringLiteral("xdg-data/countersign/countersign/countersign.sqlite"));
    QVERIFY(!QFileInfo::exists(expected));
    const Run run = cli({QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    QVERIFY(QFileInfo(expected).isFile());

    const Run created = cli({QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle,
                             QStringLiteral("--title"), QStringLiteral("In the default database")});
    QCOMPARE(created.exitCode, 0);
    const Run listed = cli({QStringLiteral("--db"), expected, QStringLiteral("records")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.outText().contains(QStringLiteral("In the default database")));
}

void TestCliDatabases::badDatabaseIsLeftUntouched_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("random bytes"), QStringLiteral("is not a Countersign database")},
        {QStringLiteral("text file"), QStringLiteral("is not a Countersign database")},
        {QStringLiteral("truncated"), QStringLiteral("is damaged")},
        {QStringLiteral("newer schema"), QStringLiteral("newer Countersign")},
    };
    const QList<QPair<QString, QStringList>> commands{
        {QStringLiteral("records"), {QStringLiteral("records")}},
        {QStringLiteral("show"), {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}},
        {QStringLiteral("new"),
         {QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle, QStringLiteral("--title"),
          QStringLiteral("x")}},
        {QStringLiteral("set"),
         {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("Update changelog"),
          QStringLiteral("--status"), QStringLiteral("done")}},
        {QStringLiteral("backup"), {QStringLiteral("backup"), QStringLiteral("copy.sqlite")}},
    };
    for (const auto& kind : kinds) {
        for (const auto& command : commands)
            QTest::addRow("%s, %s", qPrintable(kind.first), qPrintable(command.first))
                << kind.first << command.second << kind.second;
    }
}

void TestCliDatabases::badDatabaseIsLeftUntouched() {
    if (TestSupport::onPostgres())
        QSKIP("about damaged and foreign database files: SQLite only");
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);

    const QString path = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (kind == u"random bytes") {
        QRandomGenerator random(4711);
        QByteArray bytes(16384, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = char(random.bounded(256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    } else if (kind == u"text file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Release notes for 2.4.0\n\n- faster sign-off\n");
    } else {
        m_db = path;
        createDatabase();
        QVERIFY(newRecord() > 0);
        if (kind == u"newer schema") {
            QCOMPARE(TestSupport::rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
        } else {
            // The first pages only: the header is intact, the tables are cut off.
            const QByteArray whole = TestSupport::readFile(path);
            QVERIFY(whole.size() > 16384);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(whole.left(whole.size() / 3));
        }
    }
    const QStringList before = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    const QByteArray digest = sha256(TestSupport::readFile(path));

    const Run run = cli(QStringList{QStringLiteral("--db"), path} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
    QVERIFY2(run.errText().contains(says), run.err.constData());
    QVERIFY2(run.errText().contains(path), run.err.constData());
    QVERIFY2(!run.errText().contains(QStringLiteral("database is locked")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sha256(TestSupport::readFile(path)), digest);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), before);
}

void TestCliDatabases::missingFolderIsNotCreated() {
    if (TestSupport::onPostgres())
        QSKIP("about a database file's folder: SQLite only");
    const QString path = m_dir->filePath(QStringLiteral("missing/folder/records.sqlite"));
    const Run read = cli({QStringLiteral("--db"), path, QStringLiteral("records")});
    QCOMPARE(read.exitCode, 1);
    QVERIFY2(
        read.errText().startsWith(QStringLiteral("countersign-cli: there is no database at %1").arg(path)),
        read.err.constData());
    const Run write = cli({QStringLiteral("--db"), path, QStringLiteral("new"), QStringLiteral("--template"),
                           kBuiltInTitle, QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(write.exitCode, 1);
    QVERIFY2(write.errText().contains(QStringLiteral("the folder %1 does not exist")
                                          .arg(m_dir->filePath(QStringLiteral("missing/folder")))),
             write.err.constData());
    QVERIFY(write.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
}

void TestCliDatabases::lockedDatabaseIsLeftUntouched() {
    if (TestSupport::onPostgres())
        QSKIP("about SQLite's file lock: PostgreSQL locks rows, not the database");
    const qint64 id = newRecord();
    QVERIFY(id > 0);
    const QString holder = QStringLiteral("tst_cli-lock-holder");
    // The file's bytes before and after, read while no connection of this
    // process has it open (nothing reads a database file outside SQLite
    // while SQLite has it open: DatabaseFile.h).
    const QByteArray digest = sha256(TestSupport::readFile(m_db));
    {
        // Another process's writer, as a second connection that holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        other.setDatabaseName(m_db);
        QVERIFY(other.open());
        QSqlQuery begin(other);
        QVERIFY(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        const Run set = db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                            QStringLiteral("--status"), QStringLiteral("done")});
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.errText().startsWith(QStringLiteral("countersign-cli: ")), set.err.constData());
        // What happened (another program holds it) and what to do (try again).
        QVERIFY2(set.errText().contains(QStringLiteral("another program")), set.err.constData());
        QVERIFY2(set.errText().contains(QStringLiteral("try again"), Qt::CaseInsensitive),
                 set.err.constData());
        // Only the one line: no engine chatter about the retries.
        QCOMPARE(set.errText().count(QLatin1Char('\n')), 1);
        QVERIFY2(!set.errText().contains(QStringLiteral("database is locked")), set.err.constData());
        QVERIFY(set.out.isEmpty());

        QSqlQuery rollback(other);
        QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(holder);
    QCOMPARE(sha256(TestSupport::readFile(m_db)), digest);
    // Once the other writer is done, the same command goes through.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done")})
                 .exitCode,
             0);
}

QTEST_GUILESS_MAIN(TestCliDatabases)
#include "tst_cli_databases.moc"
