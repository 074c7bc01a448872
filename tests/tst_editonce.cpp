// Edits applied once (the team-server issue, docs/ARCHITECTURE.md "Restarts
// and network faults"): every edit's audit rows carry its client-made id, and
// an edit replayed with the same id (as OnceOnlyWrite does after a COMMIT
// whose answer was lost) changes nothing and reports success. Both backends:
// a real SQLite file, and the server in the _pg run.
#include "SmallTemplate.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using TestSupport::smallTemplate;

class TestEditOnce : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    qint64 m_alpha = 0;

    int auditRows(const QString& condition) const {
        return TestSupport::rawValue(
            m_path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE %1").arg(condition));
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() {
        TestSupport::strictWarnings();
        m_path = TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter));
        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = m_store->open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_recordId = *m_store->createRecord(*m_store->addTemplate(smallTemplate()),
                                            {QStringLiteral("R"), {}, {}}, QStringLiteral("alice"));
        m_alpha = m_store->loadRecord(m_recordId)->sections.at(0).items.at(1).id;
    }
    void cleanup() { m_store.reset(); }

    void everyEditFillsItsOwnId() {
        QVERIFY(
            m_store->updateItem(m_alpha, {ItemStatus::Done, QStringLiteral("one")}, QStringLiteral("bob")));
        QVERIFY(
            m_store->updateItem(m_alpha, {ItemStatus::Done, QStringLiteral("two")}, QStringLiteral("bob")));
        const QList<AuditEntry> trail = m_store->auditTrail(m_recordId).value();
        QCOMPARE(trail.size(), 4); // created; status and notes of the first edit; notes of the second
        for (const AuditEntry& entry : trail)
            QVERIFY2(!QUuid::fromString(entry.editId).isNull(), qPrintable(entry.editId));
        // One id for the rows of one edit, another for the next edit and for the creation.
        QCOMPARE(trail.at(1).editId, trail.at(2).editId);
        QVERIFY(trail.at(0).editId != trail.at(1).editId);
        QVERIFY(trail.at(2).editId != trail.at(3).editId);
    }

    void replayingAnEditAppliesNothingAndSucceeds() {
        const QString editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ChecklistStore::ItemEdit edit{ItemStatus::Done, QStringLiteral("checked once")};
        const Result<ChecklistItem> first = m_store->updateItem(
            m_alpha, edit, QStringLiteral("bob"), 0, ItemChangeAction::Kind::Edit, std::nullopt, editId);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->revision, 1);
        const int rowsAfterFirst = auditRows(QStringLiteral("1 = 1"));

        // The same edit again, on the revision it was first made over (as a
        // retry after a lost answer does): success, the item as it is, no row.
        QSignalSpy changed(m_store.get(), &ChecklistStore::itemChanged);
        const Result<ChecklistItem> again = m_store->updateItem(
            m_alpha, edit, QStringLiteral("bob"), 0, ItemChangeAction::Kind::Edit, std::nullopt, editId);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->revision, 1);
        QCOMPARE(again->notes, QStringLiteral("checked once"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(auditRows(QStringLiteral("1 = 1")), rowsAfterFirst);
        QCOMPARE(auditRows(QStringLiteral("edit_id = '%1'").arg(editId)), 2); // status and notes, once each

        // Even after the item moved on: an old edit's id never applies it again.
        QVERIFY(m_store->updateItem(m_alpha, {ItemStatus::Pending, QString()}, QStringLiteral("carol")));
        const Result<ChecklistItem> late =
            m_store->updateItem(m_alpha, edit, QStringLiteral("bob"), std::nullopt,
                                ItemChangeAction::Kind::Edit, std::nullopt, editId);
        QVERIFY2(late.ok(), qPrintable(late.error()));
        QCOMPARE(late->status, ItemStatus::Pending);
        QCOMPARE(m_store->loadItem(m_alpha)->status, ItemStatus::Pending);
        QCOMPARE(auditRows(QStringLiteral("edit_id = '%1'").arg(editId)), 2);

        // And the trail still verifies.
        const Verifier::Report report = Verifier::verify(*m_store);
        QVERIFY2(report.intact(), qPrintable(report.findings.value(0).message));
    }

    void replayingACreationCreatesNothing() {
        const QString editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 templateId = *m_store->resolveTemplate(QStringLiteral("Small Checklist"));
        const Result<qint64> first = m_store->createRecord(templateId, {QStringLiteral("Once"), {}, {}},
                                                           QStringLiteral("alice"), editId);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const Result<qint64> again = m_store->createRecord(templateId, {QStringLiteral("Once"), {}, {}},
                                                           QStringLiteral("alice"), editId);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), first.value());
        QCOMPARE(m_store->records()->size(), 2);
    }

    // The index behind it: the rows of one edit are there once, whoever writes them.
    void theDatabaseRefusesAnEditsRowsTwice() {
        const QString editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_store->updateItem(m_alpha, {ItemStatus::Done, QString()}, QStringLiteral("bob"),
                                    std::nullopt, ItemChangeAction::Kind::Edit, std::nullopt, editId));
        const QString copy = TestSupport::rawExec(
            m_path,
            QStringLiteral("INSERT INTO audit_log (record_id, item_id, action, field, actor, at, prev_hash, "
                           "hash, edit_id) SELECT record_id, item_id, action, field, actor, at, prev_hash, "
                           "hash, edit_id FROM audit_log WHERE edit_id = '%1'")
                .arg(editId));
        QVERIFY2(copy.contains(QStringLiteral("audit_log_edit_once")) ||
                     copy.contains(QStringLiteral("UNIQUE")),
                 qPrintable(copy));
    }
};

QTEST_GUILESS_MAIN(TestEditOnce)
#include "tst_editonce.moc"
