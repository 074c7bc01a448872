// The store and the files underneath it: files it must refuse without
// touching them, a database another program holds locked or whose log it
// replaces, busy writes, migrations and schema versions, WAL mode.
#include "SmallTemplate.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::smallTemplate;

namespace {

// Files SQLite leaves beside a database it opened; a refused file must have none it did not have before.
QStringList siblingsOf(const QString& path) {
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

// Another program holding an SQLite file locked (tests/drivers/lock_holder).
class LockHolder {
public:
    enum Kind { Exclusive, Write };
    LockHolder(const QString& path, Kind kind) {
        m_process.start(QStringLiteral(COUNTERSIGN_LOCK_HOLDER),
                        {path, kind == Exclusive ? QStringLiteral("exclusive") : QStringLiteral("write")});
        m_locked = m_process.waitForStarted() && m_process.waitForReadyRead(10000) &&
                   m_process.readLine().trimmed() == "locked";
    }
    ~LockHolder() { release(); }
    bool locked() const { return m_locked; }
    void release() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("done\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
    bool m_locked = false;
};

} // namespace

class TestStoreFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void refusesFilesItDidNotMake_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("just some notes\n") << QStringLiteral("not an SQLite file");
        QByteArray random(4096, Qt::Uninitialized);
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random") << random << QStringLiteral("not an SQLite file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        noise[0] = 'X'; // never the SQLite magic by chance
        QTest::newRow("random bytes") << noise << QStringLiteral("not an SQLite file");
        // The magic, then garbage: SQLite itself must find out.
        QTest::newRow("sqlite header, garbage body")
            << QByteArray("SQLite format 3\0", 16) + noise << QStringLiteral("is damaged");
    }

    void refusesFilesItDidNotMake() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
        QCOMPARE(TestSupport::readFile(path), content);
        QCOMPARE(siblingsOf(path), QStringList());
    }

    void refusesATruncatedDatabaseUntouched_data() {
        QTest::addColumn<int>("kilobytes");
        for (int kb : {1, 4, 16, 64})
            QTest::addRow("first %d KB", kb) << kb;
    }

    void refusesATruncatedDatabaseUntouched() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        QFETCH(int, kilobytes);
        // A real database with some history, cut short as by an interrupted copy.
        const QString whole = freshPath();
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(whole).ok());
            const qint64 templateId = *store.addTemplate(smallTemplate());
            for (int i = 0; i < 60; ++i)
                QVERIFY(store
                            .createRecord(templateId, {QStringLiteral("Release %1").arg(i), {}, {}},
                                          QStringLiteral("a"))
                            .ok());
        }
        const QByteArray complete = TestSupport::readFile(whole);
        QVERIFY2(complete.size() > kilobytes * 1024, "the sample database is too small to cut");
        const QString path = freshPath();
        const QByteArray cut = complete.left(kilobytes * 1024);
        QVERIFY(TestSupport::writeFile(path, cut));

        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("is damaged")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("backup")), qPrintable(opened.error()));
        QCOMPARE(opened.errorKind(), Error::Kind::Damaged);
        QVERIFY(!store.isOpen());
        QCOMPARE(TestSupport::readFile(path), cut);
        QCOMPARE(siblingsOf(path), QStringList());
    }

    void refusesADatabaseAnotherProgramHoldsLocked() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
        }
        const QByteArray before = TestSupport::readFile(path);
        LockHolder holder(path, LockHolder::Exclusive);
        QVERIFY(holder.locked());
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        store.setBusyTimeout(std::chrono::milliseconds(300));
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("is being used by another program; try again")),
                 qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(QStringLiteral("database is locked")), qPrintable(opened.error()));
        QCOMPARE(opened.errorKind(), Error::Kind::Busy);
        QCOMPARE(TestSupport::readFile(path), before);
        holder.release();
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
    }

    // Another program that wrongly believed itself the file's last user
    // checkpointed and deleted the -wal and -shm under this connection: a
    // write now would go into a log nobody else sees and that is gone at
    // close. The store refuses it, says so, and writes nothing.
    void stopsWritingWhenItsLogIsReplaced() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        qint64 alpha = 0;
        {
            ChecklistStore first;
            first.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(first.open(path).ok());
            const qint64 recordId = *first.createRecord(*first.addTemplate(smallTemplate()),
                                                        {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
            alpha = first.loadRecord(recordId)->sections.at(0).items.at(1).id;
        }
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QVERIFY(store.updateItem(alpha, {ItemStatus::NotApplicable, QStringLiteral("before")},
                                 QStringLiteral("a")));
        const int auditRows = TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM audit_log"));
        for (const char* suffix : {"-wal", "-shm"})
            QVERIFY(QFile::remove(path + QLatin1String(suffix)));

        const Result<ChecklistItem> refused =
            store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), Error::Kind::LogReplaced);
        QVERIFY2(refused.error().contains(QStringLiteral("another program replaced the database's log")) &&
                     refused.error().contains(QStringLiteral("reopen the database")),
                 qPrintable(refused.error()));
        QVERIFY(!store.recordEvent(0, QStringLiteral("note"), QStringLiteral("x"), QStringLiteral("a")).ok());

        store.close();
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QCOMPARE(store.loadItem(alpha)->status, ItemStatus::NotApplicable);
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);
        // Reopened, it writes again.
        QVERIFY(store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
    }

    void busyWriteIsRetriedThenExplained() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        store.setBusyTimeout(std::chrono::milliseconds(200));
        QVERIFY(store.open(path).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        {
            LockHolder holder(path, LockHolder::Write);
            QVERIFY(holder.locked());
            const Result<ChecklistItem> refused =
                store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("is being used by another program; try again")),
                     qPrintable(refused.error()));
            QVERIFY2(!refused.error().contains(QStringLiteral("database is locked")),
                     qPrintable(refused.error()));
            QCOMPARE(refused.errorKind(), Error::Kind::Busy);
        }
        // Once the other program lets go, the same edit simply works.
        const Result<ChecklistItem> done =
            store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(store.loadItem(alpha)->status, ItemStatus::Done);
    }

    void migrationBacksUpFirst() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("PRAGMA user_version")),
                 ChecklistStore::schemaVersion());
        const QString backup = path + QStringLiteral(".schema-v1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(TestSupport::rawValue(backup, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(TestSupport::rawValue(backup, QStringLiteral("SELECT count(*) FROM records")), 1);
        // Migrated, the file is in WAL mode like every current database. (Its
        // bytes are read once it is closed: nothing opens a database file
        // outside SQLite while SQLite has it open, DatabaseFile.h.)
        store.close();
        QCOMPARE(TestSupport::readFile(path).mid(18, 2), QByteArray("\x02\x02", 2));
    }

    void failedMigrationLeavesTheFileAsItWas() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // A v1 file in which the v2 step fails half way: its first table is
        // created, the second already exists.
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("CREATE TABLE signatures (x)")), QString());
        const QByteArray before = TestSupport::readFile(path);
        QCOMPARE(siblingsOf(path), QStringList());

        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(QStringLiteral("sign-off tables")), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(QStringLiteral("The file was not changed")),
                     qPrintable(opened.error()));
            QVERIFY2(
                opened.error().contains(QDir::toNativeSeparators(path + QStringLiteral(".schema-v1.bak"))),
                qPrintable(opened.error()));
            QVERIFY(!store.isOpen());
        }
        QCOMPARE(TestSupport::readFile(path), before);
        QCOMPARE(siblingsOf(path), QStringList());
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(TestSupport::rawValue(
                     path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'signers'")),
                 0);
        const QString backup = path + QStringLiteral(".schema-v1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(TestSupport::rawValue(backup, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(TestSupport::rawValue(backup, QStringLiteral("SELECT count(*) FROM records")), 1);

        // With the obstacle gone the same file migrates, keeping its record.
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("DROP TABLE signatures")), QString());
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(store.records()->size(), 1);
    }

    // A database of schema version 2 (no progress counters, as the previous
    // release wrote it) gets its counters from its items when it is opened.
    void migrationFromV2CountsProgress() {
        const QString path = freshPath();
        qint64 recordId = 0;
        qint64 ticked = 0;
        Progress expected;
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
            const Result<qint64> tmpl = store.addTemplate(smallTemplate());
            QVERIFY(tmpl.ok());
            const Result<qint64> id =
                store.createRecord(*tmpl, {QStringLiteral("Old"), {}, {}}, QStringLiteral("a"));
            QVERIFY(id.ok());
            recordId = *id;
            const Result<Record> loaded = store.loadRecord(recordId);
            for (const ChecklistSection& section : loaded->sections) {
                for (const ChecklistItem& item : section.items) {
                    if (section.kind == SectionKind::Checklist && !item.isGroupHeader) {
                        QVERIFY(store.updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
                        ticked = item.id;
                        break;
                    }
                }
            }
            expected = store.loadRecord(recordId)->progress();
            QVERIFY(ticked != 0);
            QVERIFY(expected.done > 0);
            // Notes as schema 7 kept them (on Beta, done from the template): the
            // audit row says who wrote each (version 8).
            QVERIFY(store.updateItem(ticked, {ItemStatus::Done, QStringLiteral("kept")}, QStringLiteral("b"))
                        .ok());
            QVERIFY(
                store.updateItem(ticked + 1, {ItemStatus::Done, QStringLiteral("one")}, QStringLiteral("b"))
                    .ok());
            const Result<ChecklistItem> two =
                store.updateItem(ticked + 1, {ItemStatus::Done, QStringLiteral("two")}, QStringLiteral("c"));
            QVERIFY(two.ok());
            QVERIFY(store
                        .updateItem(ticked + 1, {ItemStatus::Done, QStringLiteral("one")},
                                    QStringLiteral("c"), two->revision, ItemChangeAction::Kind::Undo)
                        .ok());
        }
        // Back to version 2: the counter columns, per-record chains and the
        // database's identity did not exist then.
        QStringList downgradeSteps;
        // Not the index of edits applied once (version 9), which names edit_id.
        downgradeSteps << QStringLiteral("DROP INDEX audit_log_edit_once");
        for (const char* column : {"items_total", "items_done", "items_na", "items_failed"})
            downgradeSteps << QStringLiteral("ALTER TABLE records DROP COLUMN %1").arg(QLatin1String(column));
        for (const char* column : {"format", "record_seq", "os_account", "edit_id", "ledger_hash"})
            downgradeSteps
                << QStringLiteral("ALTER TABLE audit_log DROP COLUMN %1").arg(QLatin1String(column));
        // Nor refusals to sign (version 10).
        for (const char* column : {"payload_format", "payload", "decision", "reason"})
            downgradeSteps
                << QStringLiteral("ALTER TABLE signatures DROP COLUMN %1").arg(QLatin1String(column));
        downgradeSteps << QStringLiteral("DROP TABLE countersign_identity");
        // Nor task lists and item details (version 5).
        for (const char* table : {"template_sections", "record_sections"})
            downgradeSteps
                << QStringLiteral("ALTER TABLE %1 DROP COLUMN task_list").arg(QLatin1String(table));
        for (const char* table : {"template_items", "record_items"})
            downgradeSteps << QStringLiteral("ALTER TABLE %1 DROP COLUMN detail").arg(QLatin1String(table));
        // Nor the signer registry (version 6), and so nor its administrators' changeable keys (version 7).
        downgradeSteps << QStringLiteral("DROP TABLE administrators")
                       << QStringLiteral("DROP TABLE registry_statements");
        // Nor attachments (version 11).
        for (const char* table : {"attachments", "attachment_chunks", "attachment_settings"})
            downgradeSteps << QStringLiteral("DROP TABLE %1").arg(QLatin1String(table));
        // Nor a note's own author and time (version 8).
        for (const char* column : {"notes_by", "notes_at"})
            downgradeSteps
                << QStringLiteral("ALTER TABLE record_items DROP COLUMN %1").arg(QLatin1String(column));
        // Nor sections and groups marked not applicable (version 12).
        for (const char* table : {"record_sections", "record_items"}) {
            for (const char* column : {"na_by", "na_at", "na_reason"})
                downgradeSteps << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                      .arg(QLatin1String(table), QLatin1String(column));
        }
        // Nor sign-off policies (version 13).
        downgradeSteps << QStringLiteral("DROP TABLE template_role_policies");
        for (const QString& step : std::as_const(downgradeSteps))
            QCOMPARE(TestSupport::rawExec(path, step), QString());
        const QString downgrade = TestSupport::onPostgres()
                                      ? QStringLiteral("UPDATE countersign_schema SET version = 2")
                                      : QStringLiteral("PRAGMA user_version = 2");
        QCOMPARE(TestSupport::rawExec(path, downgrade), QString());

        if (TestSupport::onPostgres()) {
            // On a server the application's role may not migrate: only the owner may (server init).
            ChecklistStore team;
            const Status refused = team.open(path, ChecklistStore::OpenMode::ExistingOnly);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("only its owner can make")),
                     qPrintable(refused.error()));
        }
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened =
            store.open(TestSupport::ownerLocation(path), ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QString readVersion = TestSupport::onPostgres()
                                        ? QStringLiteral("SELECT version FROM countersign_schema")
                                        : QStringLiteral("PRAGMA user_version");
        QCOMPARE(TestSupport::rawValue(path, readVersion), ChecklistStore::schemaVersion());
        QCOMPARE(ChecklistStore::schemaVersion(), 13);
        if (!TestSupport::onPostgres()) {
            const QString backup = path + QStringLiteral(".schema-v2.bak");
            QVERIFY(QFile::exists(backup));
            QCOMPARE(TestSupport::rawValue(backup, QStringLiteral("PRAGMA user_version")), 2);
        }
        const Result<RecordSummary> summary = store.recordSummary(recordId);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->progress.total, expected.total);
        QCOMPARE(summary->progress.done, expected.done);
        QCOMPARE(summary->progress.notApplicable, expected.notApplicable);
        QCOMPARE(summary->progress.failed, expected.failed);
        // A note written by a plain edit takes that row's author and time; one
        // an undo put back is unknown ('' and no time), as the row is not its writer's.
        const ChecklistItem kept = *store.loadItem(ticked);
        QCOMPARE(kept.notesBy, QStringLiteral("b"));
        QVERIFY(kept.notesAt.isValid());
        const QList<AuditEntry> trail = store.auditTrail(recordId).value();
        for (const AuditEntry& entry : trail) {
            if (entry.itemId == ticked && entry.field == u"notes")
                QCOMPARE(kept.notesAt, entry.at);
        }
        const ChecklistItem undone = *store.loadItem(ticked + 1);
        QCOMPARE(undone.notes, QStringLiteral("one"));
        QCOMPARE(undone.notesBy, QString());
        QVERIFY(!undone.notesAt.isValid());
        // And they keep following the items after the migration.
        QVERIFY(store.updateItem(ticked, {ItemStatus::Pending, {}}, QStringLiteral("a")).ok());
        QCOMPARE(store.records()->size(), 1);
        QCOMPARE(store.records()->first().progress.done, expected.done - 1);
    }

    void refusesANewerSchemaUntouched() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
        }
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
        const QByteArray before = TestSupport::readFile(path);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer Countersign")), qPrintable(opened.error()));
        QCOMPARE(TestSupport::readFile(path), before);
    }

    void refusesAForeignSqliteDatabase() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("CREATE TABLE other (x)")), QString());
        const QByteArray before = TestSupport::readFile(path);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("not a Countersign database")));
        QCOMPARE(TestSupport::readFile(path), before);
    }

    void missingFileIsNotCreatedWhenNotAsked() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = m_dir.filePath(QStringLiteral("nowhere/missing.sqlite"));
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("no database")));
        QVERIFY2(opened.error().contains(QStringLiteral("folder")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("nowhere")))),
                 qPrintable(opened.error()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    }

    void newDatabaseIsInWalModeAfterCreation() {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
        }
        // WAL (file format bytes 2, 2): commits are appended and synced, readers never block writers.
        QCOMPARE(TestSupport::readFile(path).mid(18, 2), QByteArray("\x02\x02", 2));
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_store_files.moc"
