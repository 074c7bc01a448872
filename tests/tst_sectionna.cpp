// A whole section or group marked not applicable at once (issue 20, part 3):
// one transaction sets every item under it to N/A with the reason, the mark
// (who, when, why) is stored and loaded with the record, the audit trail has
// the mark and each item's change, an undo puts back exactly what was there,
// a signed or sealed record refuses it, and verify finds the insider's raw
// SQL edit of a mark.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
const QString kReason = QStringLiteral("Hotfix: no staging environment for this patch");
const QString kStaging = QStringLiteral("Staging Deployment");

using TestSupport::joined;

bool found(const Verifier::Report& report, const QStringList& parts) {
    for (const Verifier::Finding& f : report.findings) {
        bool all = true;
        for (const QString& part : parts)
            all = all && f.message.contains(part);
        if (all)
            return true;
    }
    return false;
}
} // namespace

class TestSectionNa : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        qint64 recordId = 0;
        qint64 stepsId = 0;    // the section "Deployment Steps"
        qint64 stagingId = 0;  // its group header "Staging Deployment"
        QList<qint64> staging; // the items under it
    };

    Fixture makeFixture() {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("sectionna%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = f.store->open(f.path); !opened)
            qFatal("%s", qPrintable(opened.error()));
        f.recordId = *f.store->createRecord(
            f.store->templates()->constFirst().id,
            {QStringLiteral("Hotfix 3.0.1"), QStringLiteral("3.0.1"), QStringLiteral("Production")},
            QStringLiteral("tester"));
        const Record record = load(f);
        for (const ChecklistSection& section : record.sections) {
            if (section.title != u"Deployment Steps")
                continue;
            f.stepsId = section.id;
            bool inStaging = false;
            for (const ChecklistItem& item : section.items) {
                if (item.isGroupHeader) {
                    inStaging = item.text.contains(kStaging);
                    if (inStaging)
                        f.stagingId = item.id;
                } else if (inStaging) {
                    f.staging << item.id;
                }
            }
        }
        if (f.stagingId == 0 || f.staging.size() != 5)
            qFatal("the built-in template has no Staging Deployment group of five items");
        return f;
    }
    static Record load(const Fixture& f) { return f.store->loadRecord(f.recordId).value(); }
    static const ChecklistSection& section(const Record& r, qint64 id) {
        for (const ChecklistSection& s : r.sections) {
            if (s.id == id)
                return s;
        }
        qFatal("no section %lld", id);
    }
    static Verifier::Report verifyAfresh(const Fixture& f) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = store.open(f.path, ChecklistStore::OpenMode::ExistingOnly); !opened)
            qFatal("%s", qPrintable(opened.error()));
        return Verifier::verify(store);
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    // The done-when of the issue: a hotfix record marks Staging Deployment not applicable in one step.
    void hotfixMarksStagingInOneStepAndUndoRestoresIt() {
        Fixture f = makeFixture();
        // One item checked and one with a note of its own before the mark.
        const ChecklistItem ticked =
            f.store->updateItem(f.staging.at(1), {ItemStatus::Done, {}}, QStringLiteral("ann")).value();
        const ChecklistItem noted =
            f.store
                ->updateItem(f.staging.at(2), {ItemStatus::Pending, QStringLiteral("ask ops")},
                             QStringLiteral("ann"))
                .value();
        const Record before = load(f);
        const qint64 rowsBefore = f.store->auditTrail(f.recordId)->size();

        QSignalSpy items(f.store.get(), &ChecklistStore::itemChanged);
        QSignalSpy marks(f.store.get(), &ChecklistStore::notApplicableChanged);
        f.store->setClock([] { return QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC); });
        const Result<ChecklistStore::NotApplicableChange> change =
            f.store->markNotApplicable(f.stepsId, f.stagingId, kReason, QStringLiteral("bob"));
        QVERIFY2(change.ok(), qPrintable(change.error()));
        QCOMPARE(change->items.size(), 5);
        QCOMPARE(items.size(), 5);
        QCOMPARE(marks.size(), 1);

        Record marked = load(f);
        const ChecklistSection& steps = section(marked, f.stepsId);
        QVERIFY(!steps.notApplicable.isSet()); // the group, not the section
        for (const ChecklistItem& item : steps.items) {
            if (item.id == f.stagingId) {
                QCOMPARE(item.notApplicable.reason, kReason);
                QCOMPARE(item.notApplicable.by, QStringLiteral("bob"));
                QCOMPARE(item.notApplicable.at, QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
            } else if (f.staging.contains(item.id)) {
                QCOMPARE(item.status, ItemStatus::NotApplicable);
                QCOMPARE(item.updatedBy, QStringLiteral("bob"));
                // Its own note stays; an empty one takes the reason.
                QCOMPARE(item.notes, item.id == noted.id ? QStringLiteral("ask ops") : kReason);
            } else {
                QCOMPARE(item.status, ItemStatus::Pending);
                QVERIFY(!item.notApplicable.isSet());
            }
        }
        QCOMPARE(f.store->recordSummary(f.recordId)->progress.notApplicable, 5);
        QCOMPARE(f.store->recordSummary(f.recordId)->progress.done, 0);

        // The trail: the mark with its reason, then each item's change.
        const QList<AuditEntry> trail = f.store->auditTrail(f.recordId).value();
        const QList<AuditEntry> added = trail.mid(rowsBefore);
        QCOMPARE(added.first().action, QStringLiteral("na_marked"));
        QCOMPARE(added.first().field, QStringLiteral("group"));
        QCOMPARE(added.first().oldValue, kStaging);
        QCOMPARE(added.first().newValue, kReason);
        int statusRows = 0, reasonRows = 0;
        for (const AuditEntry& e : added.mid(1)) {
            QVERIFY(f.staging.contains(e.itemId));
            statusRows += e.action == u"na_status" ? 1 : 0;
            reasonRows += e.action == u"na_notes" && e.newValue == kReason ? 1 : 0;
        }
        QCOMPARE(statusRows, 5);
        QCOMPARE(reasonRows, 4); // every item without a note of its own
        Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));

        // Marking it again is refused; the section around it may still be marked.
        const Result<ChecklistStore::NotApplicableChange> again = f.store->markNotApplicable(
            f.stepsId, f.stagingId, QStringLiteral("twice"), QStringLiteral("bob"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"already marked not applicable"), qPrintable(again.error()));

        // One undo puts back every status, note and stamp, and removes the mark.
        f.store->setClock([] { return QDateTime(QDate(2026, 12, 5), QTime(10, 5), Qt::UTC); });
        const Result<ChecklistStore::NotApplicableChange> undone =
            f.store->undoNotApplicable(change.value(), QStringLiteral("bob"));
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        const Record restored = load(f);
        const ChecklistSection& was = section(before, f.stepsId);
        const ChecklistSection& is = section(restored, f.stepsId);
        QCOMPARE(is.items.size(), was.items.size());
        for (int i = 0; i < is.items.size(); ++i) {
            QCOMPARE(is.items.at(i).status, was.items.at(i).status);
            QCOMPARE(is.items.at(i).notes, was.items.at(i).notes);
            QCOMPARE(is.items.at(i).updatedBy, was.items.at(i).updatedBy);
            QCOMPARE(is.items.at(i).updatedAt, was.items.at(i).updatedAt);
            QCOMPARE(is.items.at(i).notesBy, was.items.at(i).notesBy);
            QCOMPARE(is.items.at(i).notesAt, was.items.at(i).notesAt);
            QVERIFY(!is.items.at(i).notApplicable.isSet());
        }
        QCOMPARE(section(restored, f.stepsId).items.at(0).status, ItemStatus::Pending);
        QCOMPARE(f.store->loadItem(ticked.id)->status, ItemStatus::Done);
        QCOMPARE(f.store->recordSummary(f.recordId)->progress.notApplicable, 0);
        QCOMPARE(f.store->recordSummary(f.recordId)->progress.done, 1);
        bool undoneMark = false;
        const QList<AuditEntry> afterUndo = f.store->auditTrail(f.recordId).value();
        for (const AuditEntry& e : afterUndo)
            undoneMark = undoneMark || (e.action == u"undo_na_marked" && e.newValue == kReason);
        QVERIFY(undoneMark);
        report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));

        // A redo writes the mark again as it first was (who and when).
        const Result<ChecklistStore::NotApplicableChange> redone =
            f.store->redoNotApplicable(change.value(), QStringLiteral("bob"));
        QVERIFY2(redone.ok(), qPrintable(redone.error()));
        marked = load(f);
        for (const ChecklistItem& item : section(marked, f.stepsId).items) {
            if (item.id == f.stagingId)
                QCOMPARE(item.notApplicable.at, QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
            if (f.staging.contains(item.id))
                QCOMPARE(item.status, ItemStatus::NotApplicable);
        }
        report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void wholeSectionIsMarked() {
        Fixture f = makeFixture();
        const Result<ChecklistStore::NotApplicableChange> change =
            f.store->markNotApplicable(f.stepsId, 0, kReason, QStringLiteral("bob"));
        QVERIFY2(change.ok(), qPrintable(change.error()));
        const Record marked = load(f);
        const ChecklistSection& steps = section(marked, f.stepsId);
        QCOMPARE(steps.notApplicable.reason, kReason);
        QCOMPARE(steps.notApplicable.by, QStringLiteral("bob"));
        int countable = 0;
        for (const ChecklistItem& item : steps.items) {
            if (item.isGroupHeader)
                continue;
            ++countable;
            QCOMPARE(item.status, ItemStatus::NotApplicable);
        }
        QCOMPARE(change->items.size(), countable);
        QCOMPARE(f.store->auditTrail(f.recordId)->at(1).field, QStringLiteral("section"));
        QCOMPARE(f.store->auditTrail(f.recordId)->at(1).oldValue, QStringLiteral("Deployment Steps"));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void refusals() {
        Fixture f = makeFixture();
        QVERIFY(
            !f.store->markNotApplicable(f.stepsId, f.stagingId, QStringLiteral("  "), QStringLiteral("bob")));
        QVERIFY(!f.store->markNotApplicable(f.stepsId, f.staging.first(), kReason, QStringLiteral("bob")));
        const Record record = load(f);
        for (const ChecklistSection& s : record.sections) {
            if (s.kind == SectionKind::Checklist)
                continue;
            const Result<ChecklistStore::NotApplicableChange> refused =
                f.store->markNotApplicable(s.id, 0, kReason, QStringLiteral("bob"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(u"is not a checklist"), qPrintable(refused.error()));
        }
        // Nothing was written by any refusal.
        QCOMPARE(f.store->auditTrail(f.recordId)->size(), 1);
    }

    void sealedRecordRefusesIt() {
        Fixture f = makeFixture();
        SignOffService service(*f.store);
        for (const TestAdministrator::RoleHolder& holder : TestAdministrator::kBuiltInRoleHolders) {
            QVERIFY(TestAdministrator::registerSigner(service, *f.store, holder.login, holder.name,
                                                      {holder.role}, SecretBytes::fromText(kPassword),
                                                      QStringLiteral("admin")));
        }
        for (const ChecklistSection& s : load(f).sections) {
            if (s.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : s.items) {
                if (!item.isGroupHeader)
                    QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")));
            }
        }
        for (const TestAdministrator::RoleHolder& holder : TestAdministrator::kBuiltInRoleHolders)
            QVERIFY(service.sign({f.recordId,
                                  holder.role,
                                  holder.login,
                                  SecretBytes::fromText(kPassword),
                                  QStringLiteral("Approved"),
                                  {},
                                  true}));
        QCOMPARE(load(f).state, RecordState::Sealed);
        const Result<ChecklistStore::NotApplicableChange> refused =
            f.store->markNotApplicable(f.stepsId, f.stagingId, kReason, QStringLiteral("bob"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"is sealed") && refused.error().contains(u"Reopen it first"),
                 qPrintable(refused.error()));
        for (qint64 id : std::as_const(f.staging))
            QCOMPARE(f.store->loadItem(id)->status, ItemStatus::Done);
    }

    // The insider rewrites the reason, or marks a section the trail never marked.
    void rawEditOfAMarkIsFound() {
        Fixture f = makeFixture();
        QVERIFY(f.store->markNotApplicable(f.stepsId, f.stagingId, kReason, QStringLiteral("bob")));
        QCOMPARE(
            TestSupport::rawExec(f.path, QStringLiteral("UPDATE record_items SET na_reason = 'not needed' "
                                                        "WHERE id = %1")
                                             .arg(f.stagingId)),
            QString());
        QCOMPARE(
            TestSupport::rawExec(f.path, QStringLiteral("UPDATE record_sections SET na_by = 'eve', "
                                                        "na_at = '2026-12-05T10:00:00Z', na_reason = 'x' "
                                                        "WHERE title = 'Post-Deployment Verification'")),
            QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, {QStringLiteral("group %1").arg(f.stagingId), kReason.left(20),
                                QStringLiteral("not needed")}),
                 qPrintable(joined(report)));
        QVERIFY2(found(report, {QStringLiteral("section \"Post-Deployment Verification\""),
                                QStringLiteral("eve"), QStringLiteral("never marked")}),
                 qPrintable(joined(report)));
    }
};

QTEST_GUILESS_MAIN(TestSectionNa)
#include "tst_sectionna.moc"
