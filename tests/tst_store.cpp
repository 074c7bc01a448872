// The store against a real SQLite file: round trips, transactions, the audit
// trail, and files that must be refused without being touched.
#include "AuditChain.h"
#include "ChecklistStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

ChecklistItem item(const QString& text, ItemStatus status = ItemStatus::Pending, const QString& notes = {})
{
    ChecklistItem i;
    i.text = text;
    i.status = status;
    i.notes = notes;
    return i;
}

ChecklistItem group(const QString& text)
{
    ChecklistItem i;
    i.text = text;
    i.isGroupHeader = true;
    return i;
}

ChecklistTemplate smallTemplate(const QString& title = QStringLiteral("Small Checklist"))
{
    ChecklistTemplate t;
    t.title = title;
    t.description = QStringLiteral("For tests.");
    ChecklistSection checks;
    checks.title = QStringLiteral("Checks");
    checks.kind = SectionKind::Checklist;
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Owner"), QStringLiteral("Status"),
                      QStringLiteral("Notes")};
    checks.statusColumn = 2;
    checks.notesColumn = 3;
    checks.items = {group(QStringLiteral("First")), item(QStringLiteral("Alpha")),
                    item(QStringLiteral("Beta"), ItemStatus::Done),
                    item(QStringLiteral("Gamma"), ItemStatus::NotApplicable, QStringLiteral("not used"))};
    checks.items[1].extra = {QStringLiteral("Jörg")};
    checks.items[2].extra = {QString()};
    checks.items[3].extra = {QStringLiteral("山田")};
    ChecklistSection steps;
    steps.title = QStringLiteral("Rollback");
    steps.kind = SectionKind::Procedure;
    steps.description = QStringLiteral("If it breaks:");
    steps.items = {item(QStringLiteral("Stop")), item(QStringLiteral("Restore"))};
    ChecklistSection signoff;
    signoff.title = QStringLiteral("Sign-off");
    signoff.kind = SectionKind::SignOff;
    signoff.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                       QStringLiteral("Date")};
    signoff.items = {item(QStringLiteral("QA Lead")), item(QStringLiteral("Product Owner"))};
    t.sections = {checks, steps, signoff};
    return t;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter)); }


private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::strictWarnings();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void newDatabaseHoldsTheBuiltInTemplate()
    {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY2(store.open(path).ok(), qPrintable(store.open(path).error()));
        const QList<TemplateSummary> templates = store.templates();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.first().title, QStringLiteral("Production Deployment Checklist"));
        QCOMPARE(templates.first().version, 1);
        QCOMPARE(templates.first().itemCount, 10 + 16 + 6);
        if (!TestSupport::onPostgres())
            QCOMPARE(TestSupport::rawValue(path, QStringLiteral("PRAGMA user_version")), ChecklistStore::schemaVersion());
    }

    void reopeningDoesNotDuplicateTheBuiltInTemplate()
    {
        const QString path = freshPath();
        {
            ChecklistStore store;
            QVERIFY(store.open(path).ok());
        }
        ChecklistStore store;
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QCOMPARE(store.templates().size(), 1);
    }

    void templateRoundTrip()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        QSignalSpy changed(&store, &ChecklistStore::templatesChanged);
        const Result<qint64> id = store.addTemplate(smallTemplate());
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(changed.size(), 1);
        const Result<ChecklistTemplate> loaded = store.loadTemplate(*id);
        QVERIFY(loaded.ok());
        const ChecklistTemplate expected = smallTemplate();
        QCOMPARE(loaded->title, expected.title);
        QCOMPARE(loaded->version, 1);
        QCOMPARE(loaded->description, expected.description);
        QCOMPARE(loaded->sections.size(), 3);
        for (int s = 0; s < 3; ++s) {
            const ChecklistSection& a = loaded->sections.at(s);
            const ChecklistSection& b = expected.sections.at(s);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.columns, b.columns);
            QCOMPARE(a.statusColumn, b.statusColumn);
            QCOMPARE(a.notesColumn, b.notesColumn);
            QCOMPARE(a.items.size(), b.items.size());
            for (int i = 0; i < a.items.size(); ++i) {
                QCOMPARE(a.items.at(i).text, b.items.at(i).text);
                QCOMPARE(a.items.at(i).isGroupHeader, b.items.at(i).isGroupHeader);
                QCOMPARE(a.items.at(i).status, b.items.at(i).status);
                QCOMPARE(a.items.at(i).notes, b.items.at(i).notes);
                QCOMPARE(a.items.at(i).extra, b.items.at(i).extra);
            }
        }
        QCOMPARE(loaded->itemCount(), 3);
    }

    void importingTheSameTitleAddsAVersion()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 v1 = *store.addTemplate(smallTemplate());
        ChecklistTemplate changed = smallTemplate();
        changed.sections[0].items.append(item(QStringLiteral("Delta")));
        const qint64 v2 = *store.addTemplate(changed);
        QCOMPARE(store.loadTemplate(v2)->version, 2);
        QCOMPARE(*store.resolveTemplate(QStringLiteral("small checklist")), v2); // title: newest, any case
        QCOMPARE(*store.resolveTemplate(QString::number(v1)), v1);              // id: exact
        const Result<qint64> unknown = store.resolveTemplate(QStringLiteral("No Such"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("Small Checklist")));
    }

    void recordCopiesItsTemplateAndKeepsItsVersion()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 templateId = *store.addTemplate(smallTemplate());
        const Result<qint64> recordId =
            store.createRecord(templateId, {QStringLiteral("Release 1"), QStringLiteral("1.0"), QStringLiteral("Prod")},
                               QStringLiteral("alice"));
        QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
        ChecklistTemplate v2 = smallTemplate();
        v2.sections[0].items[1].text = QStringLiteral("Alpha changed");
        QVERIFY(store.addTemplate(v2).ok());

        const Result<Record> record = store.loadRecord(*recordId);
        QVERIFY(record.ok());
        QCOMPARE(record->templateVersion, 1);
        QCOMPARE(record->info.title, QStringLiteral("Release 1"));
        QCOMPARE(record->info.releaseVersion, QStringLiteral("1.0"));
        QCOMPARE(record->info.environment, QStringLiteral("Prod"));
        QCOMPARE(record->createdBy, QStringLiteral("alice"));
        QCOMPARE(record->sections.at(0).items.at(1).text, QStringLiteral("Alpha"));
        QCOMPARE(record->sections.at(0).items.at(1).extra, QStringList{QStringLiteral("Jörg")});
        // Template defaults become the record's starting state.
        QCOMPARE(record->sections.at(0).items.at(2).status, ItemStatus::Done);
        QCOMPARE(record->sections.at(0).items.at(3).notes, QStringLiteral("not used"));
        const Progress p = record->progress();
        QCOMPARE(p.total, 3);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.notApplicable, 1);

        const RecordSummary summary = *store.recordSummary(*recordId);
        QCOMPARE(summary.progress.total, 3);
        QCOMPARE(summary.progress.resolved(), 2);
        QCOMPARE(store.records().size(), 1);
    }

    void updateItemStoresWhoAndWhenAndAudits()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const QDateTime fixed(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
        store.setClock([fixed] { return fixed; });
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("alice"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        QSignalSpy changed(&store, &ChecklistStore::itemChanged);

        const Result<ChecklistItem> done =
            store.updateItem(alpha, {ItemStatus::Done, QStringLiteral("looks good")}, QStringLiteral("bob"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(changed.size(), 1);
        const ChecklistItem stored = *store.loadItem(alpha);
        QCOMPARE(stored.status, ItemStatus::Done);
        QCOMPARE(stored.notes, QStringLiteral("looks good"));
        QCOMPARE(stored.updatedBy, QStringLiteral("bob"));
        QCOMPARE(stored.updatedAt, fixed);
        QCOMPARE(stored.revision, 1);

        const QList<AuditEntry> trail = store.auditTrail(recordId);
        QCOMPARE(trail.size(), 3); // created, status, notes
        QCOMPARE(trail.at(0).action, QStringLiteral("created"));
        QCOMPARE(trail.at(1).field, QStringLiteral("status"));
        QCOMPARE(trail.at(1).oldValue, QStringLiteral("pending"));
        QCOMPARE(trail.at(1).newValue, QStringLiteral("done"));
        QCOMPARE(trail.at(1).actor, QStringLiteral("bob"));
        QCOMPARE(trail.at(1).itemText, QStringLiteral("Alpha"));
        QCOMPARE(trail.at(1).at, fixed);
        QCOMPARE(trail.at(2).newValue, QStringLiteral("looks good"));

        // An unchanged edit writes nothing.
        QVERIFY(store.updateItem(alpha, {ItemStatus::Done, QStringLiteral("looks good")}, QStringLiteral("bob")).ok());
        QCOMPARE(store.auditTrail(recordId).size(), 3);
        QCOMPARE(changed.size(), 1);
    }

    void notApplicableAndFailedNeedANote()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 recordId =
            *store.createRecord(*store.addTemplate(smallTemplate()), {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        for (ItemStatus s : {ItemStatus::NotApplicable, ItemStatus::Failed}) {
            const Result<ChecklistItem> refused = store.updateItem(alpha, {s, QStringLiteral("  ")}, QStringLiteral("a"));
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("note")));
        }
        QCOMPARE(store.loadItem(alpha)->status, ItemStatus::Pending);
        QCOMPARE(store.auditTrail(recordId).size(), 1);
        QVERIFY(store.updateItem(alpha, {ItemStatus::Failed, QStringLiteral("smoke test red")}, QStringLiteral("a")).ok());
    }

    void groupHeadersAndProcedureStepsAreNotEditable()
    {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 recordId =
            *store.createRecord(*store.addTemplate(smallTemplate()), {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const Record record = *store.loadRecord(recordId);
        QVERIFY(!store.updateItem(record.sections.at(0).items.at(0).id, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
        QVERIFY(!store.updateItem(record.sections.at(1).items.at(0).id, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
    }

    void staleEditIsRefusedWithWhoAndWhen()
    {
        const QString path = freshPath();
        ChecklistStore first;
        QVERIFY(first.open(path).ok());
        const qint64 recordId =
            *first.createRecord(*first.addTemplate(smallTemplate()), {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const ChecklistItem seen = first.loadRecord(recordId)->sections.at(0).items.at(1);

        ChecklistStore second;
        QVERIFY(second.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QVERIFY(second.updateItem(seen.id, {ItemStatus::Done, {}}, QStringLiteral("carol"), seen.revision).ok());

        const Result<ChecklistItem> stale =
            first.updateItem(seen.id, {ItemStatus::Pending, QStringLiteral("x")}, QStringLiteral("dave"), seen.revision);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("changed by carol")), qPrintable(stale.error()));
        QCOMPARE(first.loadItem(seen.id)->status, ItemStatus::Done);
    }

    void sealedRecordRefusesEdits()
    {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId =
            *store.createRecord(*store.addTemplate(smallTemplate()), {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("UPDATE records SET state = 'sealed'")), QString());
        const Result<ChecklistItem> refused = store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("sealed")));
    }

    void failedTransactionLeavesNothing()
    {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        // Make the last item insert fail half way through the template.
        if (TestSupport::onPostgres()) {
            QCOMPARE(TestSupport::rawExec(path, QStringLiteral(
                                                    "CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.text = "
                                                    "'Product Owner' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; "
                                                    "END; $$ LANGUAGE plpgsql")),
                     QString());
            QCOMPARE(TestSupport::rawExec(path, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON template_items "
                                                               "FOR EACH ROW EXECUTE FUNCTION boom()")),
                     QString());
        } else {
            QCOMPARE(TestSupport::rawExec(path, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON template_items "
                                                               "WHEN NEW.text = 'Product Owner' BEGIN SELECT "
                                                               "RAISE(ABORT, 'boom'); END")),
                     QString());
        }
        const int templatesBefore = TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM templates"));
        const int sectionsBefore = TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_sections"));
        const int itemsBefore = TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_items"));
        if (TestSupport::onPostgres()) {
            // QPSQL cannot free its prepared statements inside the aborted transaction; harmless.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Unable to free statement")));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Unable to free statement")));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Unable to free statement")));
        }
        const Result<qint64> failed = store.addTemplate(smallTemplate());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().contains(QStringLiteral("boom")));
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM templates")), templatesBefore);
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_sections")), sectionsBefore);
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_items")), itemsBefore);
        // The store is still usable afterwards.
        QCOMPARE(TestSupport::rawExec(path, TestSupport::dropTrigger(QStringLiteral("boom"), QStringLiteral("template_items"))), QString());
        QVERIFY(store.addTemplate(smallTemplate()).ok());
    }

    void auditTrailIsAppendOnlyAndChained()
    {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId =
            *store.createRecord(*store.addTemplate(smallTemplate()), {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        QVERIFY(store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
        QVERIFY(store.updateItem(alpha, {ItemStatus::Pending, {}}, QStringLiteral("b")).ok());

        QVERIFY(TestSupport::rawExec(path, QStringLiteral("UPDATE audit_log SET actor = 'mallory'")).contains(u"append-only"));
        QVERIFY(TestSupport::rawExec(path, QStringLiteral("DELETE FROM audit_log")).contains(u"append-only"));
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'mallory'")), 0);

        QString previous = AuditChain::genesis();
        const QList<AuditEntry> trail = store.auditTrail(recordId);
        QCOMPARE(trail.size(), 3);
        for (const AuditEntry& e : trail) {
            QCOMPARE(e.hash, AuditChain::rowHash(previous, e));
            previous = e.hash;
        }
    }

    void refusesFilesItDidNotMake_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("just some notes\n") << QStringLiteral("not an SQLite file");
        QByteArray random(4096, Qt::Uninitialized);
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random") << random << QStringLiteral("not an SQLite file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    }

    void refusesFilesItDidNotMake()
    {
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
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
        QCOMPARE(fileBytes(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesANewerSchemaUntouched()
    {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        {
            ChecklistStore store;
            QVERIFY(store.open(path).ok());
        }
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
        const QByteArray before = fileBytes(path);
        ChecklistStore store;
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer Countersign")), qPrintable(opened.error()));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesAForeignSqliteDatabase()
    {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = freshPath();
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("CREATE TABLE other (x)")), QString());
        const QByteArray before = fileBytes(path);
        ChecklistStore store;
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("not a Countersign database")));
        QCOMPARE(fileBytes(path), before);
    }

    void missingFileIsNotCreatedWhenNotAsked()
    {
        if (TestSupport::onPostgres())
            QSKIP("a property of SQLite files");
        const QString path = m_dir.filePath(QStringLiteral("nowhere/missing.sqlite"));
        ChecklistStore store;
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("no database")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
