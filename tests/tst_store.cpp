// The store against a real SQLite file (or a database on the server in the
// _pg run): round trips, transactions, the audit trail, progress counters.
// The files it must refuse, locks and migrations: tst_store_files.
#include "SmallTemplate.h"
#include "TestSupport.h"
#include "core/AuditChain.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using TestSupport::smallTemplate;

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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
        }
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QCOMPARE(store.templates()->size(), 1);
    }

    void templateRoundTrip() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
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

    // A task-list section and its items' details reach the template and the
    // record made from it, and an item's edit keeps its detail.
    void taskListAndDetailsAreStored() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(freshPath()).ok());
        ChecklistTemplate tmpl;
        tmpl.title = QStringLiteral("Task list");
        ChecklistSection section;
        section.title = QStringLiteral("1. Prepare");
        section.kind = SectionKind::Checklist;
        section.taskList = true;
        ChecklistItem group;
        group.isGroupHeader = true;
        group.text = QStringLiteral("Code Quality");
        group.detail = QStringLiteral("Run these on the release branch.");
        ChecklistItem build = TestSupport::checklistItem(QStringLiteral("Run `make check`"));
        build.detail = QStringLiteral("```sh\nmake check -j4\n```");
        ChecklistItem changelog = TestSupport::checklistItem(QStringLiteral("Update CHANGELOG.md"));
        changelog.status = ItemStatus::Done;
        changelog.detail = QStringLiteral("- move the entries\n  - nested\n- link the milestone");
        section.items = {group, build, changelog};
        tmpl.sections.append(section);
        const Result<qint64> id = store.addTemplate(tmpl);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<ChecklistTemplate> loaded = store.loadTemplate(*id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->sections.at(0).taskList);
        QCOMPARE(loaded->sections.at(0).columns, QStringList());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(loaded->sections.at(0).items.at(i).detail, section.items.at(i).detail);
        QCOMPARE(loaded->sections.at(0).items.at(2).status, ItemStatus::Done);
        QVERIFY(!store.loadTemplate(1)->sections.at(0).taskList); // the seed's tables

        const Result<qint64> recordId =
            store.createRecord(*id, {QStringLiteral("R"), {}, {}}, QStringLiteral("alice"));
        QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
        const Result<Record> record = store.loadRecord(*recordId);
        QVERIFY(record.ok());
        QVERIFY(record->sections.at(0).taskList);
        QCOMPARE(record->sections.at(0).items.at(1).detail, build.detail);
        const qint64 itemId = record->sections.at(0).items.at(1).id;
        QVERIFY(store.updateItem(itemId, {ItemStatus::Done, {}}, QStringLiteral("alice")).ok());
        const Result<ChecklistItem> item = store.loadItem(itemId);
        QVERIFY2(item.ok(), qPrintable(item.error()));
        QCOMPARE(item->status, ItemStatus::Done);
        QCOMPARE(item->detail, build.detail);
    }

    void importingTheSameTitleAddsAVersion() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(freshPath()).ok());
        const qint64 v1 = *store.addTemplate(smallTemplate());
        ChecklistTemplate changed = smallTemplate();
        changed.sections[0].items.append(TestSupport::checklistItem(QStringLiteral("Delta")));
        const qint64 v2 = *store.addTemplate(changed);
        QCOMPARE(store.loadTemplate(v2)->version, 2);
        QCOMPARE(*store.resolveTemplate(QStringLiteral("small checklist")), v2); // title: newest, any case
        QCOMPARE(*store.resolveTemplate(QString::number(v1)), v1);               // id: exact
        const Result<qint64> unknown = store.resolveTemplate(QStringLiteral("No Such"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("Small Checklist")));
    }

    // The record list's ids: read from the span when there is no gap, one by
    // one when there is (a server's sequence skips a rolled-back insert's id;
    // here the sequence is moved on by hand, as that would).
    void recordIdsAreEveryIdWithOrWithoutAGap() {
        const QString path = freshPath();
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.recordIds().value(), QList<qint64>());
        const qint64 templateId = *store.addTemplate(smallTemplate());
        QList<qint64> made;
        const auto create = [&] {
            const Result<qint64> id = store.createRecord(
                templateId, {QStringLiteral("Release"), QStringLiteral("1.0"), QStringLiteral("Prod")},
                QStringLiteral("alice"));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            made << *id;
        };
        for (int i = 0; i < 3; ++i)
            create();
        QCOMPARE(made.last() - made.first(), 2);
        QCOMPARE(store.recordIds().value(), made);
        const QString skip =
            TestSupport::onPostgres()
                ? QStringLiteral("SELECT setval(pg_get_serial_sequence('records', 'id'), "
                                 "(SELECT MAX(id) FROM records) + 5)")
                : QStringLiteral("UPDATE sqlite_sequence SET seq = seq + 5 WHERE name = 'records'");
        QVERIFY(TestSupport::rawExec(path, skip).isEmpty());
        create();
        create();
        QCOMPARE(made.at(3) - made.at(2), 6);
        QCOMPARE(store.recordIds().value(), made);
    }

    void recordCopiesItsTemplateAndKeepsItsVersion() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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

    // "Checked by/at" say who set the status and when (the auditor's reading):
    // a note has its own author and time, and neither moves the other. An undo
    // or redo puts back the stamps it is given (what SetItemCommand kept).
    void aNoteKeepsCheckedAtAndHasItsOwnAuthorAndTime() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(freshPath()).ok());
        QDateTime now(QDate(2026, 12, 4), QTime(8, 5, 0, 125), Qt::UTC);
        store.setClock([&now] { return now; });
        const qint64 recordId = *store.createRecord(*store.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("ada"));
        const qint64 alpha = store.loadRecord(recordId)->sections.at(0).items.at(1).id;
        const ChecklistItem pending = *store.loadItem(alpha);
        QCOMPARE(pending.notesBy, QString());
        QVERIFY(!pending.notesAt.isValid());

        QVERIFY(store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("Ada Admin")).ok());
        const QDateTime tickedAt = now;
        const ChecklistItem ticked = *store.loadItem(alpha);
        QCOMPARE(ticked.updatedBy, QStringLiteral("Ada Admin"));
        QCOMPARE(ticked.updatedAt, tickedAt);
        QVERIFY(!ticked.notesAt.isValid());

        now = now.addSecs(60);
        const Result<ChecklistItem> noted = store.updateItem(
            alpha, {ItemStatus::Done, QStringLiteral("smoke test green")}, QStringLiteral("Bo"));
        QVERIFY2(noted.ok(), qPrintable(noted.error()));
        for (const ChecklistItem& item : {*noted, *store.loadItem(alpha)}) {
            QCOMPARE(item.updatedBy, QStringLiteral("Ada Admin"));
            QCOMPARE(item.updatedAt, tickedAt);
            QCOMPARE(item.notesBy, QStringLiteral("Bo"));
            QCOMPARE(item.notesAt, now);
        }
        QCOMPARE(noted->lastChangedBy(), QStringLiteral("Bo"));
        // Loaded with its record too.
        const ChecklistItem inRecord = store.loadRecord(recordId)->sections.at(0).items.at(1);
        QCOMPARE(inRecord.notesBy, QStringLiteral("Bo"));
        QCOMPARE(inRecord.updatedAt, tickedAt);
        const QDateTime notedAt = now;

        // Undoing the note puts back the stamps it had before: none.
        now = now.addSecs(60);
        const Result<ChecklistItem> undone =
            store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("Cy"), noted->revision,
                             ItemChangeAction::Kind::Undo, ChecklistStore::ItemStamps::of(ticked));
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        ChecklistItem stored = *store.loadItem(alpha);
        QCOMPARE(stored.notes, QString());
        QCOMPARE(stored.notesBy, QString());
        QVERIFY(!stored.notesAt.isValid());
        QCOMPARE(stored.updatedBy, QStringLiteral("Ada Admin"));
        QCOMPARE(stored.updatedAt, tickedAt);
        // ...and redoing it the note's own.
        now = now.addSecs(60);
        QVERIFY(store
                    .updateItem(alpha, {ItemStatus::Done, QStringLiteral("smoke test green")},
                                QStringLiteral("Cy"), undone->revision, ItemChangeAction::Kind::Redo,
                                ChecklistStore::ItemStamps::of(*noted))
                    .ok());
        stored = *store.loadItem(alpha);
        QCOMPARE(stored.notesBy, QStringLiteral("Bo"));
        QCOMPARE(stored.notesAt, notedAt);
        QCOMPARE(stored.updatedAt, tickedAt);

        // A status change stamps the status, and leaves the note's author and time.
        now = now.addSecs(60);
        const Result<ChecklistItem> failed = store.updateItem(
            alpha, {ItemStatus::Failed, QStringLiteral("smoke test green")}, QStringLiteral("Dee"));
        QVERIFY2(failed.ok(), qPrintable(failed.error()));
        stored = *store.loadItem(alpha);
        QCOMPARE(stored.updatedBy, QStringLiteral("Dee"));
        QCOMPARE(stored.updatedAt, now);
        QCOMPARE(stored.notesBy, QStringLiteral("Bo"));
        QCOMPARE(stored.notesAt, notedAt);
        // Its undo restores who checked it and when, exactly.
        now = now.addSecs(60);
        QVERIFY(store
                    .updateItem(alpha, {ItemStatus::Done, QStringLiteral("smoke test green")},
                                QStringLiteral("Dee"), failed->revision, ItemChangeAction::Kind::Undo,
                                ChecklistStore::ItemStamps::of(*noted))
                    .ok());
        stored = *store.loadItem(alpha);
        QCOMPARE(stored.updatedBy, QStringLiteral("Ada Admin"));
        QCOMPARE(stored.updatedAt, tickedAt);
        // Back to never checked: no one, no time (NULL, as before the first tick).
        QVERIFY(store
                    .updateItem(alpha, {ItemStatus::Pending, {}}, QStringLiteral("Dee"), stored.revision,
                                ItemChangeAction::Kind::Undo, ChecklistStore::ItemStamps::of(pending))
                    .ok());
        stored = *store.loadItem(alpha);
        QCOMPARE(stored.updatedBy, QString());
        QVERIFY(!stored.updatedAt.isValid());
        QVERIFY(!stored.notesAt.isValid());

        // The trail has every change with its own actor and time, undos included.
        const QList<AuditEntry> trail = store.auditTrail(recordId).value();
        QCOMPARE(trail.at(2).action, QStringLiteral("notes"));
        QCOMPARE(trail.at(2).actor, QStringLiteral("Bo"));
        QCOMPARE(trail.at(2).at, notedAt);
        QCOMPARE(trail.at(3).action, QStringLiteral("undo_notes"));
        QCOMPARE(trail.at(3).actor, QStringLiteral("Cy"));

        // Only an undo or a redo may hand in stamps.
        const Result<ChecklistItem> forged =
            store.updateItem(alpha, {ItemStatus::Done, {}}, QStringLiteral("Eve"), std::nullopt,
                             ItemChangeAction::Kind::Edit, ChecklistStore::ItemStamps::of(ticked));
        QVERIFY(!forged.ok());
        QCOMPARE(store.loadItem(alpha)->status, ItemStatus::Pending);
    }

    void notApplicableAndFailedNeedANote() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        first.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(first.open(path).ok());
        const qint64 recordId = *first.createRecord(*first.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const ChecklistItem seen = first.loadRecord(recordId)->sections.at(0).items.at(1);

        ChecklistStore second;
        second.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(second.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QVERIFY(
            second.updateItem(seen.id, {ItemStatus::Done, {}}, QStringLiteral("carol"), seen.revision).ok());

        const Result<ChecklistItem> stale = first.updateItem(
            seen.id, {ItemStatus::Pending, QStringLiteral("x")}, QStringLiteral("dave"), seen.revision);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("changed by carol")), qPrintable(stale.error()));
        QCOMPARE(first.loadItem(seen.id)->status, ItemStatus::Done);
    }

    // Another program's edit: the store tells which rows changed from the
    // revisions a view shows, announcing each as it announces its own writes.
    void announcesTheItemsAnotherProgramChanged() {
        const QString path = freshPath();
        ChecklistStore first;
        first.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(first.open(path).ok());
        const qint64 recordId = *first.createRecord(*first.addTemplate(smallTemplate()),
                                                    {QStringLiteral("R"), {}, {}}, QStringLiteral("a"));
        const Record shown = *first.loadRecord(recordId);
        QHash<qint64, int> shownRevisions;
        for (const ChecklistSection& section : shown.sections) {
            for (const ChecklistItem& item : section.items)
                shownRevisions.insert(item.id, item.revision);
        }
        const ChecklistItem edited = shown.sections.at(0).items.at(1);

        ChecklistStore second;
        second.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(second.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        QVERIFY(second.updateItem(edited.id, {ItemStatus::Done, {}}, QStringLiteral("carol")).ok());

        QSignalSpy announced(&first, &ChecklistStore::itemChanged);
        const Result<QList<ChecklistItem>> changed =
            first.announceItemsChangedElsewhere(recordId, shownRevisions);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed->size(), 1);
        QCOMPARE(changed->at(0).id, edited.id);
        QCOMPARE(changed->at(0).status, ItemStatus::Done);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).toLongLong(), recordId);
        QCOMPARE(announced.at(0).at(1).value<ChecklistItem>().updatedBy, QStringLiteral("carol"));

        // Nothing changed since: nothing is announced.
        shownRevisions.insert(edited.id, changed->at(0).revision);
        QVERIFY(first.announceItemsChangedElsewhere(recordId, shownRevisions)->isEmpty());
        QCOMPARE(announced.size(), 1);
    }

    void failedReadSaysWhy() {
        const QString path = freshPath();
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
        store.setBuiltInTemplate(BuiltInTemplate::load);
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

        // One chain per record: each row names the record's row before it.
        QString previous = AuditChain::genesis();
        const QList<ChecklistStore::ChainRow> trail = store.auditChain(recordId).value();
        QCOMPARE(trail.size(), 3);
        qint64 seq = 0;
        for (const ChecklistStore::ChainRow& row : trail) {
            QCOMPARE(row.entry.format, 2);
            QCOMPARE(row.entry.recordSeq, ++seq);
            QCOMPARE(row.previousHash, previous);
            QCOMPARE(row.entry.hash, AuditChain::rowHash(previous, row.entry));
            QVERIFY(!row.entry.osAccount.isEmpty());
            previous = row.entry.hash;
        }
    }

    // Listing records reads each record's progress counters; every change of
    // an item keeps them equal to what its items say.
    void progressCountersFollowEveryChange() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
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
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
