// The store against a real SQLite file: round trips, transactions, the audit
// trail, and files that must be refused without being touched.
#include "AuditChain.h"
#include "ChecklistStore.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

ChecklistItem item(const QString& text, ItemStatus status = ItemStatus::Pending, const QString& notes = {}) {
    ChecklistItem i;
    i.text = text;
    i.status = status;
    i.notes = notes;
    return i;
}

ChecklistItem group(const QString& text) {
    ChecklistItem i;
    i.text = text;
    i.isGroupHeader = true;
    return i;
}

ChecklistTemplate smallTemplate(const QString& title = QStringLiteral("Small Checklist")) {
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

class TestStore : public QObject {
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

    void newDatabaseHoldsTheBuiltInTemplate() {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY2(store.open(path).ok(), qPrintable(store.open(path).error()));
        const QList<TemplateSummary> templates = store.templates().value();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.first().title, QStringLiteral("Production Deployment Checklist"));
        QCOMPARE(templates.first().version, 1);
        QCOMPARE(templates.first().itemCount, 10 + 16 + 6);
        if (!TestSupport::onPostgres())
            QCOMPARE(TestSupport::rawValue(path, QStringLiteral("PRAGMA user_version")),
                     ChecklistStore::schemaVersion());
    }

    void reopeningDoesNotDuplicateTheBuiltInTemplate() {
        const QString path = freshPath();
        {
            ChecklistStore store;
            QVERIFY(store.open(path).ok());
        }
        ChecklistStore store;
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QCOMPARE(store.templates()->size(), 1);
    }

    void templateRoundTrip() {
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

    void importingTheSameTitleAddsAVersion() {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 v1 = *store.addTemplate(smallTemplate());
        ChecklistTemplate changed = smallTemplate();
        changed.sections[0].items.append(item(QStringLiteral("Delta")));
        const qint64 v2 = *store.addTemplate(changed);
        QCOMPARE(store.loadTemplate(v2)->version, 2);
        QCOMPARE(*store.resolveTemplate(QStringLiteral("small checklist")), v2); // title: newest, any case
        QCOMPARE(*store.resolveTemplate(QString::number(v1)), v1);               // id: exact
        const Result<qint64> unknown = store.resolveTemplate(QStringLiteral("No Such"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("Small Checklist")));
    }

    void recordCopiesItsTemplateAndKeepsItsVersion() {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 templateId = *store.addTemplate(smallTemplate());
        const Result<qint64> recordId = store.createRecord(
            templateId, {QStringLiteral("Release 1"), QStringLiteral("1.0"), QStringLiteral("Prod")},
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
        QCOMPARE(store.records()->size(), 1);
    }

    void updateItemStoresWhoAndWhenAndAudits() {
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

        const QList<AuditEntry> trail = store.auditTrail(recordId).value();
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
        QVERIFY(
            store.updateItem(alpha, {ItemStatus::Done, QStringLiteral("looks good")}, QStringLiteral("bob"))
                .ok());
        QCOMPARE(store.auditTrail(recordId)->size(), 3);
        QCOMPARE(changed.size(), 1);
    }

    void notApplicableAndFailedNeedANote() {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        for (ItemStatus s : {ItemStatus::NotApplicable, ItemStatus::Failed}) {
            const Result<ChecklistItem> refused =
                store.updateItem(alpha, {s, QStringLiteral("  ")}, QStringLiteral("a"));
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("note")));
        }
        QCOMPARE(store.loadItem(alpha)->status, ItemStatus::Pending);
        QCOMPARE(store.auditTrail(recordId)->size(), 1);
        QVERIFY(store
                    .updateItem(alpha, {ItemStatus::Failed, QStringLiteral("smoke test red")},
                                QStringLiteral("a"))
                    .ok());
    }

    void groupHeadersAndProcedureStepsAreNotEditable() {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const Record record = *store.loadRecord(recordId);
        QVERIFY(!store
                     .updateItem(record.sections.at(0).items.at(0).id, {ItemStatus::Done, {}},
                                 QStringLiteral("a"))
                     .ok());
        QVERIFY(!store
                     .updateItem(record.sections.at(1).items.at(0).id, {ItemStatus::Done, {}},
                                 QStringLiteral("a"))
                     .ok());
    }

    void staleEditIsRefusedWithWhoAndWhen() {
        const QString path = freshPath();
        ChecklistStore first;
        QVERIFY(first.open(path).ok());
        const qint64 recordId = *first.createRecord(*first.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const ChecklistItem seen = first.loadRecord(recordId)->sections.at(0).items.at(1);

        ChecklistStore second;
        QVERIFY(second.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QVERIFY(
            second.updateItem(seen.id, {ItemStatus::Done, {}}, QStringLiteral("carol"), seen.revision).ok());

        const Result<ChecklistItem> stale = first.updateItem(
            seen.id, {ItemStatus::Pending, QStringLiteral("x")}, QStringLiteral("dave"), seen.revision);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("changed by carol")), qPrintable(stale.error()));
        QCOMPARE(first.loadItem(seen.id)->status, ItemStatus::Done);
    }

    void failedReadSaysWhy() {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("ALTER TABLE records RENAME TO records_gone")),
                 QString());
        const Result<RecordSummary> refused = store.recordSummary(recordId);
        QVERIFY(!refused.ok());
        // The query's own reason, not the connection's (empty) last error.
        const QString prefix = QStringLiteral("cannot read record %1: ").arg(recordId);
        QVERIFY2(refused.error().startsWith(prefix), qPrintable(refused.error()));
        QVERIFY2(!refused.error().mid(prefix.size()).trimmed().isEmpty(), qPrintable(refused.error()));
        if (!TestSupport::onPostgres()) // PostgreSQL's driver reports the failed EXECUTE instead
            QVERIFY2(refused.error().contains(QStringLiteral("no such table: records")),
                     qPrintable(refused.error()));
    }

    // Every list read that fails says so, naming what it could not read: an
    // empty list would tell the caller there is nothing (verify: "intact").
    void failedListReadSaysWhy_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("expected"); // %1: the record id
        const QString records = QStringLiteral("cannot read records: ");
        const QString trail = QStringLiteral("cannot read the audit trail of record %1: ");
        const QString signatures = QStringLiteral("cannot read the signatures of record %1: ");
        QTest::newRow("templates") << QStringLiteral("templates") << QStringLiteral("templates")
                                   << QStringLiteral("cannot read templates: ");
        QTest::newRow("template by title") << QStringLiteral("templates") << QStringLiteral("resolveTemplate")
                                           << QStringLiteral("cannot read templates: ");
        QTest::newRow("records") << QStringLiteral("records") << QStringLiteral("records") << records;
        QTest::newRow("record ids") << QStringLiteral("records") << QStringLiteral("recordIds") << records;
        QTest::newRow("records after")
            << QStringLiteral("records") << QStringLiteral("recordsAfter") << records;
        QTest::newRow("audit trail") << QStringLiteral("audit_log") << QStringLiteral("auditTrail") << trail;
        QTest::newRow("audit trail after")
            << QStringLiteral("audit_log") << QStringLiteral("auditTrailAfter") << trail;
        QTest::newRow("audit trail before")
            << QStringLiteral("audit_log") << QStringLiteral("auditTrailBefore") << trail;
        QTest::newRow("audit chain") << QStringLiteral("audit_log") << QStringLiteral("auditChain")
                                     << QStringLiteral("cannot read the audit trail: ");
        QTest::newRow("signers") << QStringLiteral("signers") << QStringLiteral("signers")
                                 << QStringLiteral("cannot read signers: ");
        QTest::newRow("signatures") << QStringLiteral("signatures") << QStringLiteral("signatures")
                                    << signatures;
        QTest::newRow("record with its signatures")
            << QStringLiteral("signatures") << QStringLiteral("loadRecord") << signatures;
    }

    void failedListReadSaysWhy() {
        QFETCH(QString, table);
        QFETCH(QString, read);
        QFETCH(QString, expected);
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)),
                 QString());
        const QHash<QString, std::function<QString()>> reads{
            {QStringLiteral("templates"),
             [&] {
                 return store.templates().error();
             }},
            {QStringLiteral("resolveTemplate"),
             [&] {
                 return store.resolveTemplate(QStringLiteral("Small Checklist")).error();
             }},
            {QStringLiteral("records"),
             [&] {
                 return store.records().error();
             }},
            {QStringLiteral("recordIds"),
             [&] {
                 return store.recordIds().error();
             }},
            {QStringLiteral("recordsAfter"),
             [&] {
                 return store.recordsAfter(0, 10).error();
             }},
            {QStringLiteral("auditTrail"),
             [&] {
                 return store.auditTrail(recordId).error();
             }},
            {QStringLiteral("auditTrailAfter"),
             [&] {
                 return store.auditTrailAfter(recordId, 0, 10).error();
             }},
            {QStringLiteral("auditTrailBefore"),
             [&] {
                 return store.auditTrailBefore(recordId, 0, 10).error();
             }},
            {QStringLiteral("auditChain"),
             [&] {
                 return store.auditChain().error();
             }},
            {QStringLiteral("signers"),
             [&] {
                 return store.signers().error();
             }},
            {QStringLiteral("signatures"),
             [&] {
                 return store.signatures(recordId).error();
             }},
            {QStringLiteral("loadRecord"),
             [&] {
                 return store.loadRecord(recordId).error();
             }},
        };
        QVERIFY(reads.contains(read));
        const QString error = reads.value(read)();
        const QString prefix = expected.contains(u"%1") ? expected.arg(recordId) : expected;
        QVERIFY2(error.startsWith(prefix), qPrintable(error));
        // The database's own reason follows.
        QVERIFY2(!error.mid(prefix.size()).trimmed().isEmpty(), qPrintable(error));
        if (!TestSupport::onPostgres()) // PostgreSQL's driver reports the failed EXECUTE instead
            QVERIFY2(error.contains(QStringLiteral("no such table: %1").arg(table)), qPrintable(error));
    }

    void sealedRecordRefusesEdits() {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("UPDATE records SET state = 'sealed'")),
                 QString());
        const Result<ChecklistItem> refused =
            store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("sealed")));
    }

    void failedTransactionLeavesNothing() {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        // Make the last item insert fail half way through the template.
        if (TestSupport::onPostgres()) {
            QCOMPARE(
                TestSupport::rawExec(
                    path, QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.text = "
                                         "'Product Owner' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; "
                                         "END; $$ LANGUAGE plpgsql")),
                QString());
            QCOMPARE(TestSupport::rawExec(
                         path, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON template_items "
                                              "FOR EACH ROW EXECUTE FUNCTION boom()")),
                     QString());
        } else {
            QCOMPARE(TestSupport::rawExec(
                         path, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON template_items "
                                              "WHEN NEW.text = 'Product Owner' BEGIN SELECT "
                                              "RAISE(ABORT, 'boom'); END")),
                     QString());
        }
        const int templatesBefore =
            TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM templates"));
        const int sectionsBefore =
            TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_sections"));
        const int itemsBefore =
            TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_items"));
        if (TestSupport::onPostgres()) {
            // QPSQL cannot free its prepared statements inside the aborted transaction
            // (the template, its sections, its items and its plain items); harmless.
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^Unable to free statement")));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^Unable to free statement")));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^Unable to free statement")));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^Unable to free statement")));
        }
        const Result<qint64> failed = store.addTemplate(smallTemplate());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().contains(QStringLiteral("boom")));
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM templates")),
                 templatesBefore);
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_sections")),
                 sectionsBefore);
        QCOMPARE(TestSupport::rawValue(path, QStringLiteral("SELECT count(*) FROM template_items")),
                 itemsBefore);
        // The store is still usable afterwards.
        QCOMPARE(TestSupport::rawExec(path, TestSupport::dropTrigger(QStringLiteral("boom"),
                                                                     QStringLiteral("template_items"))),
                 QString());
        QVERIFY(store.addTemplate(smallTemplate()).ok());
    }

    void auditTrailIsAppendOnlyAndChained() {
        const QString path = freshPath();
        ChecklistStore store;
        QVERIFY(store.open(path).ok());
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        QVERIFY(store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
        QVERIFY(store.updateItem(alpha, {ItemStatus::Pending, {}}, QStringLiteral("b")).ok());

        QVERIFY(TestSupport::rawExec(path, QStringLiteral("UPDATE audit_log SET actor = 'mallory'"))
                    .contains(u"append-only"));
        QVERIFY(TestSupport::rawExec(path, QStringLiteral("DELETE FROM audit_log")).contains(u"append-only"));
        QCOMPARE(TestSupport::rawValue(
                     path, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'mallory'")),
                 0);

        QString previous = AuditChain::genesis();
        const QList<AuditEntry> trail = store.auditTrail(recordId).value();
        QCOMPARE(trail.size(), 3);
        for (const AuditEntry& e : trail) {
            QCOMPARE(e.hash, AuditChain::rowHash(previous, e));
            previous = e.hash;
        }
    }

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
            QVERIFY(store.open(path).ok());
        }
        const QByteArray before = TestSupport::readFile(path);
        LockHolder holder(path, LockHolder::Exclusive);
        QVERIFY(holder.locked());
        ChecklistStore store;
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
            QVERIFY(first.open(path).ok());
            const qint64 recordId = *first.createRecord(*first.addTemplate(smallTemplate()),
                                                        {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
            alpha = first.loadRecord(recordId)->sections.at(0).items.at(1).id;
        }
        ChecklistStore store;
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
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(store.records()->size(), 1);
    }

    // Listing records reads each record's progress counters; every change of
    // an item keeps them equal to what its items say.
    void progressCountersFollowEveryChange() {
        ChecklistStore store;
        QVERIFY(store.open(freshPath()).ok());
        const Result<qint64> tmpl = store.addTemplate(smallTemplate());
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        const Result<qint64> id =
            store.createRecord(*tmpl, {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto listed = [&store, id]() -> Progress {
            const QList<RecordSummary> records = store.records().value_or({});
            for (const RecordSummary& r : records) {
                if (r.id == *id)
                    return r.progress;
            }
            return {};
        };
        auto expectCountsOfItems = [&]() {
            const Progress counted = store.loadRecord(*id)->progress();
            const Progress shown = listed();
            QCOMPARE(shown.total, counted.total);
            QCOMPARE(shown.done, counted.done);
            QCOMPARE(shown.notApplicable, counted.notApplicable);
            QCOMPARE(shown.failed, counted.failed);
            QCOMPARE(store.recordSummary(*id)->progress.done, counted.done);
        };
        expectCountsOfItems();
        QVERIFY(listed().total > 0);
        QList<qint64> items;
        const Result<Record> loaded = store.loadRecord(*id);
        for (const ChecklistSection& section : loaded->sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                    items << item.id;
            }
        }
        QVERIFY(!items.isEmpty());
        const qint64 first = items.first(); // "Alpha", pending in the template
        QCOMPARE(store.loadItem(first)->status, ItemStatus::Pending);
        const Progress start = listed();
        QVERIFY(store.updateItem(first, {ItemStatus::Done, {}}, QStringLiteral("a")).ok());
        expectCountsOfItems();
        QCOMPARE(listed().done, start.done + 1);
        QVERIFY(
            store.updateItem(first, {ItemStatus::Failed, QStringLiteral("broke")}, QStringLiteral("a")).ok());
        expectCountsOfItems();
        QCOMPARE(listed().done, start.done);
        QCOMPARE(listed().failed, start.failed + 1);
        QVERIFY(
            store.updateItem(first, {ItemStatus::NotApplicable, QStringLiteral("n/a")}, QStringLiteral("a"))
                .ok());
        expectCountsOfItems();
        QCOMPARE(listed().notApplicable, start.notApplicable + 1);
        QCOMPARE(listed().failed, start.failed);
        // A notes-only change and a refused change leave the counters alone.
        QVERIFY(
            store.updateItem(first, {ItemStatus::NotApplicable, QStringLiteral("other")}, QStringLiteral("a"))
                .ok());
        QVERIFY(!store.updateItem(first, {ItemStatus::Failed, {}}, QStringLiteral("a")).ok());
        expectCountsOfItems();
        QVERIFY(store.updateItem(first, {ItemStatus::Pending, {}}, QStringLiteral("a")).ok());
        expectCountsOfItems();
        QCOMPARE(listed().notApplicable, start.notApplicable);
        QCOMPARE(listed().total, start.total);
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
        }
        // Back to version 2: the counter columns did not exist then.
        for (const char* column : {"items_total", "items_done", "items_na", "items_failed"})
            QCOMPARE(
                TestSupport::rawExec(
                    path, QStringLiteral("ALTER TABLE records DROP COLUMN %1").arg(QLatin1String(column))),
                QString());
        const QString downgrade = TestSupport::onPostgres()
                                      ? QStringLiteral("UPDATE countersign_schema SET version = 2")
                                      : QStringLiteral("PRAGMA user_version = 2");
        QCOMPARE(TestSupport::rawExec(path, downgrade), QString());

        ChecklistStore store;
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QString readVersion = TestSupport::onPostgres()
                                        ? QStringLiteral("SELECT version FROM countersign_schema")
                                        : QStringLiteral("PRAGMA user_version");
        QCOMPARE(TestSupport::rawValue(path, readVersion), ChecklistStore::schemaVersion());
        QCOMPARE(ChecklistStore::schemaVersion(), 3);
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
            QVERIFY(store.open(path).ok());
        }
        QCOMPARE(TestSupport::rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
        const QByteArray before = TestSupport::readFile(path);
        ChecklistStore store;
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
            QVERIFY(store.open(path).ok());
        }
        // WAL (file format bytes 2, 2): commits are appended and synced, readers never block writers.
        QCOMPARE(TestSupport::readFile(path).mid(18, 2), QByteArray("\x02\x02", 2));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
