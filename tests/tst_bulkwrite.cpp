// Many writes in one transaction (ChecklistStore::BulkWrite, issue 19's
// archive): the rows and the audit chain a bulk writes are those the same
// writes one by one make, and verify calls them intact; a write that fails
// inside takes the whole bulk with it. Both backends: a real SQLite file,
// and the server in the _pg run.
#include "SmallTemplate.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QTemporaryDir>
#include <QTest>

using TestSupport::smallTemplate;

namespace {

// What one audit row says, without its ids and hashes (random edit ids
// differ between two databases).
QString described(const AuditEntry& e) {
    return QStringList{e.action, e.field, e.oldValue, e.newValue, e.actor, e.at.toString(Qt::ISODateWithMs)}
        .join(u'|');
}

} // namespace

class TestBulkWrite : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QDateTime m_now;

    std::unique_ptr<ChecklistStore> newStore() {
        auto store = std::make_unique<ChecklistStore>();
        store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened =
            store->open(TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        // A clock that moves a second a call: both databases get the same times.
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        store->setClock([this] { return m_now = m_now.addSecs(1); });
        return store;
    }

    // A record and a run of edits on it: every kind of change a checker makes.
    static Status writeSome(ChecklistStore& store, qint64 templateId, int records) {
        for (int r = 1; r <= records; ++r) {
            const Result<qint64> id = store.createRecord(
                templateId, {QStringLiteral("Release %1").arg(r), QStringLiteral("1.%1").arg(r), {}},
                QStringLiteral("alice"));
            if (!id)
                return id.failure();
            const Record record = store.loadRecord(*id).value();
            const ChecklistSection& checks = record.sections.at(0);
            const qint64 alpha = checks.items.at(1).id;
            const qint64 gamma = checks.items.at(3).id;
            const QList<ChecklistStore::ItemEdit> edits = {
                {ItemStatus::Done, {}},
                {ItemStatus::Failed, QStringLiteral("timed out")},
                {ItemStatus::Done, QStringLiteral("fixed")},
                {ItemStatus::Done, QStringLiteral("fixed, checked twice")},
            };
            for (const ChecklistStore::ItemEdit& edit : edits) {
                if (Result<ChecklistItem> done = store.updateItem(alpha, edit, QStringLiteral("bob")); !done)
                    return done.failure();
            }
            if (Result<ChecklistItem> done = store.updateItem(
                    gamma, {ItemStatus::Done, QStringLiteral("in the end")}, QStringLiteral("carol"));
                !done)
                return done.failure();
        }
        return {};
    }

    // The ids of the newest record's first section's rows.
    static QList<qint64> firstItems(const ChecklistStore& store) {
        const Record record = store.loadRecord(store.records().value().last().id).value();
        QList<qint64> ids;
        for (const ChecklistItem& i : record.sections.at(0).items)
            ids << i.id;
        return ids;
    }

    static QStringList trailOf(const ChecklistStore& store) {
        QStringList rows;
        const QList<ChecklistStore::ChainRow> chain = store.auditChain().value();
        for (const ChecklistStore::ChainRow& row : chain) {
            if (row.entry.recordId != 0) // the database's own events (its creation) are not the test's
                rows << described(row.entry);
        }
        return rows;
    }

    static QStringList itemsOf(const ChecklistStore& store) {
        QStringList items;
        const QList<RecordSummary> records = store.records().value();
        for (const RecordSummary& summary : records) {
            const Record record = store.loadRecord(summary.id).value();
            for (const ChecklistSection& section : record.sections) {
                for (const ChecklistItem& i : section.items)
                    items << QStringLiteral("%1|%2|%3|%4|%5")
                                 .arg(summary.title, i.text, ItemStatusText::key(i.status), i.notes)
                                 .arg(i.revision);
            }
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void bulkWritesWhatOneByOneWrites() {
        const auto oneByOne = newStore();
        QVERIFY(writeSome(*oneByOne, *oneByOne->addTemplate(smallTemplate()), 3));

        const auto bulk = newStore();
        const qint64 templateId = *bulk->addTemplate(smallTemplate());
        {
            ChecklistStore::BulkWrite write(*bulk);
            QVERIFY(write.began());
            const Status wrote = writeSome(*bulk, templateId, 3);
            QVERIFY2(wrote.ok(), qPrintable(wrote.error()));
            const Status committed = write.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.error()));
        }
        // The same audit rows, in the same order, and the same items.
        const QStringList trail = trailOf(*bulk);
        QCOMPARE(trail.size(), 3 * 9); // created; status; status+notes ×2; notes; status+notes
        QCOMPARE(trail, trailOf(*oneByOne));
        QCOMPARE(itemsOf(*bulk), itemsOf(*oneByOne));
        QCOMPARE(bulk->records()->size(), 3);
        // Both chains (each record's and the ledger) verify.
        for (ChecklistStore* store : {oneByOne.get(), bulk.get()}) {
            const Verifier::Report report = Verifier::verify(*store);
            QVERIFY2(report.intact(), qPrintable(TestSupport::joined(report)));
        }
    }

    void aFailureInsideRollsBackTheWholeBulk() {
        const auto store = newStore();
        const qint64 templateId = *store->addTemplate(smallTemplate());
        QVERIFY(writeSome(*store, templateId, 1));
        const QStringList trailBefore = trailOf(*store);
        const QStringList itemsBefore = itemsOf(*store);
        {
            ChecklistStore::BulkWrite write(*store);
            QVERIFY(write.began());
            QVERIFY(writeSome(*store, templateId, 2));
            // A write that fails after its part of the transaction began: a
            // group heading is not an item to check.
            const qint64 heading = firstItems(*store).at(0);
            const Result<ChecklistItem> refused =
                store->updateItem(heading, {ItemStatus::Done, {}}, QStringLiteral("bob"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"group heading"), qPrintable(refused.error()));
            // The bulk is spoiled: it refuses to commit what came before.
            const Status committed = write.commit();
            QVERIFY(!committed);
            QVERIFY2(committed.error().contains(u"none of the bulk's writes were kept"),
                     qPrintable(committed.error()));
        }
        QCOMPARE(store->records()->size(), 1);
        QCOMPARE(trailOf(*store), trailBefore);
        QCOMPARE(itemsOf(*store), itemsBefore);
        // The store writes on as before, one by one.
        QVERIFY(writeSome(*store, templateId, 1));
        QCOMPARE(store->records()->size(), 2);
        const Verifier::Report report = Verifier::verify(*store);
        QVERIFY2(report.intact(), qPrintable(TestSupport::joined(report)));
    }

    void aBulkDroppedWithoutCommitLeavesNothing() {
        const auto store = newStore();
        const qint64 templateId = *store->addTemplate(smallTemplate());
        const QStringList trailBefore = trailOf(*store);
        {
            ChecklistStore::BulkWrite write(*store);
            QVERIFY(write.began());
            QVERIFY(writeSome(*store, templateId, 2));
            QCOMPARE(store->records()->size(), 2); // the bulk's own connection sees its rows
        }
        QCOMPARE(store->records()->size(), 0);
        QCOMPARE(trailOf(*store), trailBefore);
    }

    // A bulk inside a bulk is a part of the outer one: its commit keeps
    // nothing by itself, and its failure spoils the outer bulk.
    void aBulkInsideABulkIsAPartOfIt() {
        const auto store = newStore();
        const qint64 templateId = *store->addTemplate(smallTemplate());
        {
            ChecklistStore::BulkWrite outer(*store);
            {
                ChecklistStore::BulkWrite inner(*store);
                QVERIFY(writeSome(*store, templateId, 1));
                QVERIFY(inner.commit());
            }
            QVERIFY(writeSome(*store, templateId, 1));
            {
                ChecklistStore::BulkWrite dropped(*store);
                QVERIFY(writeSome(*store, templateId, 1));
            } // ends without commit(): the outer bulk keeps none of it
            QVERIFY(!outer.commit());
        }
        QCOMPARE(store->records()->size(), 0);
        {
            ChecklistStore::BulkWrite outer(*store);
            {
                ChecklistStore::BulkWrite inner(*store);
                QVERIFY(writeSome(*store, templateId, 2));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
            const Status again = outer.commit();
            QVERIFY(!again);
            QVERIFY2(again.error().contains(u"ended already"), qPrintable(again.error()));
        }
        QCOMPARE(store->records()->size(), 2);
    }

    void anEditThatChangesNothingDoesNotSpoilTheBulk() {
        const auto store = newStore();
        const qint64 templateId = *store->addTemplate(smallTemplate());
        ChecklistStore::BulkWrite write(*store);
        QVERIFY(writeSome(*store, templateId, 1));
        const qint64 alpha = firstItems(*store).at(1);
        const ChecklistItem item = store->loadItem(alpha).value();
        // The same value again: a success that writes nothing.
        QVERIFY(store->updateItem(alpha, {item.status, item.notes}, QStringLiteral("bob")));
        const Status committed = write.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
        QCOMPARE(store->records()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
