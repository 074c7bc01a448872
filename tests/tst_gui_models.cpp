// The desktop's models over a real SQLite file: QAbstractItemModelTester on
// each, edits that reach the store through the undo stack, undo/redo that
// write audited changes, and the rules the store also enforces.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"
#include "io/InlineMarkup.h"
#include "io/MarkdownTemplateReader.h"
#include "ui/AuditTrailModel.h"
#include "ui/ChecklistTableModel.h"
#include "ui/ColumnFitter.h"
#include "ui/InlineMarkupHtml.h"
#include "ui/RecordListModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString kActor = QStringLiteral("Quinn QA");
const QString kBuiltIn = QStringLiteral("Production Deployment Checklist");
const QString kPreDeployment = QStringLiteral("Pre-Deployment Verification");
const QString kDeploymentSteps = QStringLiteral("Deployment Steps");

int countAudit(const QList<AuditEntry>& trail, const QString& action) {
    int n = 0;
    for (const AuditEntry& e : trail)
        n += e.action == action ? 1 : 0;
    return n;
}

} // namespace

class TestGuiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checklistModelPassesModelTester();
    void recordListModelPassesModelTesterAndFollowsStore();
    void recordListModelReadsThousandsOfRecordsInPages();
    void auditTrailModelPassesModelTesterAndGrows();
    void auditTrailModelReadsALongTrailInPages();
    void listModelsKeepTheirRowsWhenATableCannotBeRead();
    void recordListShowsNoRowsOfAnotherDatabase();
    void columnFitterWidensForWhatArrivesAndFitsAgainOnReset();
    void columnsFollowTheTemplateHeaders();
    void statusEditReachesStore();
    void statusReadsAsACheckStateForAssistiveTechnology();
    void notesEditReachesStore();
    void undoRedoRestoreStoredValuesAndAreAudited();
    void notesShowTheirOwnAuthorAndTime();
    void groupHeaderRowsAreNotEditable();
    void notApplicableWithoutNoteIsRefused();
    void staleEditIsRefusedAndGridShowsStoredValue();
    void changeMadeElsewhereAppears();
    void inlineMarkdownIsShownAsPlainText();
    void gridShowsWordsHiddenInALink();
    void descriptionShowsWhatIsSigned();
    void taskDetailIsInTheItemsTooltip();

private:
    ChecklistSection section(const QString& title) const;
    std::unique_ptr<ChecklistTableModel> makeModel(const QString& sectionTitle);
    ChecklistItem storedItem(qint64 itemId);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    // A second connection to the same file: what is really in the database.
    std::unique_ptr<ChecklistStore> m_reader;
    std::unique_ptr<QUndoStack> m_undo;
    EditContext m_context;
    qint64 m_recordId = 0;
    Record m_record;
};

void TestGuiModels::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("models.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_path, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_reader = std::make_unique<ChecklistStore>();
    m_reader->setBuiltInTemplate(BuiltInTemplate::load);
    const Status readerOpened = m_reader->open(m_path, ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY2(readerOpened.ok(), qPrintable(readerOpened.error()));
}

void TestGuiModels::init() {
    // QTest::failOnWarning() patterns last for one test function: set them for each.
    TestSupport::strictWarnings();
    m_undo = std::make_unique<QUndoStack>();
    m_context = {m_store.get(), m_undo.get(), [] {
                     return kActor;
                 }};
    const Result<qint64> templateId = m_store->resolveTemplate(kBuiltIn);
    QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
    const Result<qint64> created = m_store->createRecord(
        *templateId, {QStringLiteral("Release 2.4"), QStringLiteral("2.4.0"), QStringLiteral("Production")},
        kActor);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_recordId = *created;
    const Result<Record> loaded = m_store->loadRecord(m_recordId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    m_record = *loaded;
}

void TestGuiModels::cleanup() {
    m_undo.reset();
}

ChecklistSection TestGuiModels::section(const QString& title) const {
    for (const ChecklistSection& s : m_record.sections) {
        if (s.title == title)
            return s;
    }
    return {};
}

std::unique_ptr<ChecklistTableModel> TestGuiModels::makeModel(const QString& sectionTitle) {
    auto model = std::make_unique<ChecklistTableModel>(m_context);
    model->setSection(m_recordId, section(sectionTitle), true);
    return model;
}

ChecklistItem TestGuiModels::storedItem(qint64 itemId) {
    const Result<ChecklistItem> item = m_reader->loadItem(itemId);
    return item.ok() ? *item : ChecklistItem();
}

void TestGuiModels::checklistModelPassesModelTester() {
    auto model = makeModel(kDeploymentSteps);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 19); // 16 steps and 3 group headers
    QCOMPARE(model->columnCount(), 6);
    // Edits and resets run under the tester too.
    const int row = 1;
    QVERIFY(model->setData(model->index(row, ChecklistTableModel::Status), int(ItemStatus::Done)));
    QVERIFY(model->setData(model->index(row, ChecklistTableModel::Notes), QStringLiteral("tagged v2.4.0")));
    m_undo->undo();
    model->setSection(m_recordId, section(kPreDeployment), true);
    QCOMPARE(model->rowCount(), 10);
}

void TestGuiModels::recordListModelPassesModelTesterAndFollowsStore() {
    RecordListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QCOMPARE(before, int(m_store->records()->size()));
    const int row = model.rowOfRecord(m_recordId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, RecordListModel::Title).data().toString(), QStringLiteral("Release 2.4"));
    QCOMPARE(model.index(row, RecordListModel::Version).data().toString(), QStringLiteral("2.4.0"));
    QCOMPARE(model.index(row, RecordListModel::Environment).data().toString(), QStringLiteral("Production"));
    QCOMPARE(model.index(row, RecordListModel::ProgressColumn).data().toString(), QStringLiteral("0/32"));
    QCOMPARE(model.index(row, RecordListModel::State).data().toString(), QStringLiteral("In progress"));

    // A changed item updates its record's row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto grid = makeModel(kPreDeployment);
    QVERIFY(grid->setStatus(0, ItemStatus::Done));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(row, RecordListModel::ProgressColumn).data().toString(), QStringLiteral("1/32"));

    // A new record is a new last row.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const Result<qint64> created =
        m_store->createRecord(m_record.templateId, {QStringLiteral("Hotfix 2.4.1"), {}, {}}, kActor);
    QVERIFY(created.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.recordIdAt(before), *created);
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
}

void TestGuiModels::recordListModelReadsThousandsOfRecordsInPages() {
    // Enough records for three pages; every row must show its own record, across page boundaries.
    const int pageSize = RecordListModel::kPageSize;
    QList<qint64> ids = m_store->recordIds().value();
    while (ids.size() < 2 * pageSize + 7) {
        const QString title = QStringLiteral("Record %1").arg(ids.size());
        const Result<qint64> created = m_store->createRecord(m_record.templateId, {title, {}, {}}, kActor);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        ids.append(*created);
    }
    QCOMPARE(m_store->recordIds().value(), ids);
    const QList<RecordSummary> all = m_store->records().value();
    QCOMPARE(all.size(), ids.size());
    // Keyset pages: after an id, in id order, at most the limit.
    const QList<RecordSummary> page = m_store->recordsAfter(ids.at(pageSize - 1), pageSize).value();
    QCOMPARE(page.size(), pageSize);
    QCOMPARE(page.first().id, ids.at(pageSize));
    QCOMPARE(page.last().id, ids.at(2 * pageSize - 1));
    QCOMPARE(m_store->recordsAfter(ids.last(), pageSize)->size(), 0);

    RecordListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(ids.size()));

    // A change to a record on a page never read shows when that page is read.
    const Result<Record> middle = m_store->loadRecord(ids.at(2 * pageSize + 1));
    QVERIFY(middle.ok());
    ChecklistItem first;
    for (const ChecklistItem& item : middle->sections.first().items) {
        if (!item.isGroupHeader && first.id == 0)
            first = item;
    }
    QVERIFY(first.id != 0);
    QVERIFY(m_store->updateItem(first.id, {ItemStatus::Done, {}}, kActor).ok());
    QCOMPARE(model.index(2 * pageSize + 1, RecordListModel::ProgressColumn).data().toString(),
             QStringLiteral("1/%1").arg(middle->progress().total));

    // The last rows first (the window opens at the newest record), then the rest.
    for (int row : {int(ids.size()) - 1, pageSize, pageSize - 1, 0, 2 * pageSize, int(ids.size()) - 2}) {
        QCOMPARE(model.recordIdAt(row), all.at(row).id);
        QCOMPARE(model.rowOfRecord(all.at(row).id), row);
        QCOMPARE(model.index(row, RecordListModel::Title).data().toString(), all.at(row).title);
        QCOMPARE(model.index(row, RecordListModel::Title).data(RecordListModel::RecordIdRole).toLongLong(),
                 all.at(row).id);
    }
    QCOMPARE(model.rowOfRecord(ids.last() + 1), -1);

    // A change elsewhere to a row already read shows after a refresh, in place.
    QVERIFY(m_reader->updateItem(first.id, {ItemStatus::Pending, {}}, kActor).ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(2 * pageSize + 1, RecordListModel::ProgressColumn).data().toString(),
             QStringLiteral("0/%1").arg(middle->progress().total));
}

void TestGuiModels::auditTrailModelPassesModelTesterAndGrows() {
    AuditTrailModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(m_recordId);
    QCOMPARE(model.rowCount(), 1); // created
    QCOMPARE(model.index(0, AuditTrailModel::Action).data().toString(), QStringLiteral("Record created"));
    // Who: the name recorded, and the computer account that ran the program beside it.
    const QString account = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
    QVERIFY(account != kActor);
    QCOMPARE(model.index(0, AuditTrailModel::Actor).data().toString(),
             QStringLiteral("%1 (%2)").arg(kActor, account));
    const QString who = model.index(0, AuditTrailModel::Actor).data(Qt::ToolTipRole).toString();
    QVERIFY2(who.contains(kActor) && who.contains(QStringLiteral("computer account ") + account),
             qPrintable(who));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    auto grid = makeModel(kPreDeployment);
    QVERIFY(grid->applyEdit(2, {ItemStatus::Failed, QStringLiteral("two P1 bugs open")}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3); // status and notes, newest first, above "created"
    QCOMPARE(model.index(1, AuditTrailModel::ItemText).data().toString(),
             QStringLiteral("All critical and high-severity issues resolved"));
    QCOMPARE(model.index(1, AuditTrailModel::Change).data().toString(), QStringLiteral("Pending → Failed"));
    QCOMPARE(model.index(0, AuditTrailModel::Change).data().toString(),
             QStringLiteral("(empty) → “two P1 bugs open”"));
    QCOMPARE(model.index(2, AuditTrailModel::Action).data().toString(), QStringLiteral("Record created"));
    QVERIFY(!model.canFetchMore({}));
    model.setRecord(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::auditTrailModelReadsALongTrailInPages() {
    // Enough changes for three pages: opening reads the newest page only.
    auto grid = makeModel(kPreDeployment);
    const int changes = AuditTrailModel::kPageSize * 2 + 10;
    for (int i = 0; i < changes; ++i)
        QVERIFY(grid->applyEdit(2, {ItemStatus::Pending, QStringLiteral("note %1").arg(i)}));
    const int total = changes + 1; // and "created"

    // No QAbstractItemModelTester here: it fetches every page itself.
    AuditTrailModel model(m_store.get());
    model.setRecord(m_recordId);
    QCOMPARE(model.rowCount(), AuditTrailModel::kPageSize);
    QCOMPARE(model.index(0, AuditTrailModel::Change).data().toString(),
             QStringLiteral("“note %1” → “note %2”").arg(changes - 2).arg(changes - 1));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), AuditTrailModel::kPageSize * 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(total - 1, AuditTrailModel::Action).data().toString(),
             QStringLiteral("Record created"));
    // Oldest last, each row once, ids falling all the way down.
    for (int row = 1; row < total; ++row)
        QVERIFY(model.entryAt(row).id < model.entryAt(row - 1).id);

    // A change after that arrives at the top, without reading the trail again.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(grid->applyEdit(2, {ItemStatus::Pending, QStringLiteral("last")}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), total + 1);
    QCOMPARE(model.index(0, AuditTrailModel::Change).data().toString(),
             QStringLiteral("“note %1” → “last”").arg(changes - 1));
}

void TestGuiModels::columnsFollowTheTemplateHeaders() {
    auto pre = makeModel(kPreDeployment);
    QCOMPARE(pre->headerData(ChecklistTableModel::Item, Qt::Horizontal).toString(), QStringLiteral("Item"));
    QCOMPARE(pre->headerData(ChecklistTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(pre->headerData(ChecklistTableModel::Notes, Qt::Horizontal).toString(), QStringLiteral("Notes"));
    QCOMPARE(pre->headerData(pre->columnOf(ChecklistTableModel::CheckedBy), Qt::Horizontal).toString(),
             QStringLiteral("Checked by"));
    QCOMPARE(pre->headerData(pre->columnOf(ChecklistTableModel::CheckedAt), Qt::Horizontal).toString(),
             QStringLiteral("Checked at"));
    auto steps = makeModel(kDeploymentSteps);
    QCOMPARE(steps->headerData(ChecklistTableModel::Item, Qt::Horizontal).toString(), QStringLiteral("Step"));
    QCOMPARE(steps->headerData(ChecklistTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Completed"));
    QCOMPARE(pre->index(0, ChecklistTableModel::Status).data().toString(), QStringLiteral("☐ Pending"));
}

void TestGuiModels::statusEditReachesStore() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(0)->id;
    QVERIFY(model->setData(model->index(0, ChecklistTableModel::Status), int(ItemStatus::Done)));
    const ChecklistItem stored = storedItem(itemId);
    QCOMPARE(stored.status, ItemStatus::Done);
    QCOMPARE(stored.updatedBy, kActor);
    QVERIFY(stored.updatedAt.isValid());
    // The grid shows what the store says.
    QCOMPARE(model->index(0, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole).toInt(),
             int(ItemStatus::Done));
    QCOMPARE(model->index(0, ChecklistTableModel::Status).data().toString(), QStringLiteral("☑ Done"));
    QCOMPARE(model->index(0, model->columnOf(ChecklistTableModel::CheckedBy)).data().toString(), kActor);
    QVERIFY(!model->index(0, model->columnOf(ChecklistTableModel::CheckedAt)).data().toString().isEmpty());
    QCOMPARE(m_undo->count(), 1);
}

void TestGuiModels::statusReadsAsACheckStateForAssistiveTechnology() {
    auto model = makeModel(kPreDeployment);
    const QModelIndex status = model->index(0, ChecklistTableModel::Status);
    QCOMPARE(status.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(status.flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model->index(0, ChecklistTableModel::Notes).data(Qt::CheckStateRole).isValid());
    // Screen readers are told of a status change (SectionGrid::announceStatus), not of a note edit.
    QSignalSpy changed(model.get(), &ChecklistTableModel::itemStatusChanged);
    QVERIFY(model->setData(status, int(ItemStatus::Done)));
    QCOMPARE(status.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 0);
    QVERIFY(model->setData(model->index(0, ChecklistTableModel::Notes), QStringLiteral("all green")));
    QCOMPARE(changed.count(), 1);
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(status.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(changed.count(), 2);
}

void TestGuiModels::notesEditReachesStore() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(3)->id;
    QVERIFY(model->setData(model->index(3, ChecklistTableModel::Notes), QStringLiteral("p95 within 120 ms")));
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("p95 within 120 ms"));
    QCOMPARE(storedItem(itemId).status, ItemStatus::Pending);
    QCOMPARE(model->index(3, ChecklistTableModel::Notes).data(Qt::EditRole).toString(),
             QStringLiteral("p95 within 120 ms"));
    // Setting the same value again is no change: no undo step, no audit row.
    const qsizetype audited = m_reader->auditTrail(m_recordId)->size();
    QVERIFY(model->setData(model->index(3, ChecklistTableModel::Notes), QStringLiteral("p95 within 120 ms")));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_reader->auditTrail(m_recordId)->size(), audited);
}

// "Checked at" is when the item was checked: a note, its undo and its redo
// leave it alone, and the note's tooltip names the note's own author and time.
// Undoing the status puts back who checked it and when, exactly.
void TestGuiModels::notesShowTheirOwnAuthorAndTime() {
    QDateTime now(QDate(2026, 12, 4), QTime(8, 5), Qt::UTC);
    m_store->setClock([&now] { return now; });
    const auto realClock =
        qScopeGuard([this] { m_store->setClock([] { return QDateTime::currentDateTimeUtc(); }); });
    auto model = makeModel(kPreDeployment);
    const int row = 5;
    const qint64 itemId = model->itemAt(row)->id;
    const QModelIndex notes = model->index(row, ChecklistTableModel::Notes);
    const QModelIndex checkedAt = model->index(row, model->columnOf(ChecklistTableModel::CheckedAt));
    QCOMPARE(notes.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Type, press F2 or double-click to write a note"));

    QVERIFY(model->setData(model->index(row, ChecklistTableModel::Status), int(ItemStatus::Done)));
    const QDateTime tickedAt = now;
    const QString tickedText = checkedAt.data().toString();
    QCOMPARE(tickedText, UtcTime::local(tickedAt, UtcTime::Precision::Minutes));
    now = now.addSecs(60);
    QVERIFY(model->setData(notes, QStringLiteral("smoke test green")));
    const QDateTime notedAt = now;
    QCOMPARE(storedItem(itemId).updatedAt, tickedAt);
    QCOMPARE(storedItem(itemId).notesAt, notedAt);
    QCOMPARE(storedItem(itemId).notesBy, kActor);
    QCOMPARE(checkedAt.data().toString(), tickedText);
    const QString noteTip = QStringLiteral("smoke test green\n\nNote by Quinn QA, %1")
                                .arg(UtcTime::local(notedAt, UtcTime::Precision::Minutes));
    QCOMPARE(notes.data(Qt::ToolTipRole).toString(), noteTip);

    now = now.addSecs(60);
    m_undo->undo(); // the note
    QCOMPARE(storedItem(itemId).notes, QString());
    QVERIFY(!storedItem(itemId).notesAt.isValid());
    QCOMPARE(storedItem(itemId).updatedAt, tickedAt);
    QCOMPARE(checkedAt.data().toString(), tickedText);
    now = now.addSecs(60);
    m_undo->redo();
    QCOMPARE(storedItem(itemId).notesAt, notedAt);
    QCOMPARE(storedItem(itemId).updatedAt, tickedAt);
    QCOMPARE(notes.data(Qt::ToolTipRole).toString(), noteTip);

    // A status change stamps "Checked at"; its undo and redo put the stamps back.
    now = now.addSecs(60);
    QVERIFY(model->setStatus(row, ItemStatus::Failed));
    QCOMPARE(storedItem(itemId).updatedAt, now);
    QCOMPARE(storedItem(itemId).notesAt, notedAt);
    now = now.addSecs(60);
    m_undo->undo();
    QCOMPARE(storedItem(itemId).status, ItemStatus::Done);
    QCOMPARE(storedItem(itemId).updatedAt, tickedAt);
    QCOMPARE(checkedAt.data().toString(), tickedText);
    m_undo->undo(); // the note
    m_undo->undo(); // the tick: never checked again
    QCOMPARE(storedItem(itemId).updatedBy, QString());
    QVERIFY(!storedItem(itemId).updatedAt.isValid());
    QCOMPARE(checkedAt.data().toString(), QString());
    now = now.addSecs(60);
    m_undo->redo();
    QCOMPARE(storedItem(itemId).updatedAt, tickedAt);
    QCOMPARE(storedItem(itemId).updatedBy, kActor);
}

void TestGuiModels::undoRedoRestoreStoredValuesAndAreAudited() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(4)->id;
    const QList<AuditEntry> before = m_reader->auditTrail(m_recordId).value();

    QVERIFY(model->setData(model->index(4, ChecklistTableModel::Status), int(ItemStatus::Done)));
    QVERIFY(model->setData(model->index(4, ChecklistTableModel::Notes), QStringLiteral("docs site rebuilt")));
    QCOMPARE(m_undo->count(), 2);
    QCOMPARE(m_undo->undoText(),
             QStringLiteral("Edit the note of “Documentation is complete and up-to-date”"));

    m_undo->undo();
    QCOMPARE(storedItem(itemId).notes, QString());
    QCOMPARE(storedItem(itemId).status, ItemStatus::Done);
    m_undo->undo();
    QCOMPARE(storedItem(itemId).status, ItemStatus::Pending);
    QCOMPARE(model->index(4, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole).toInt(),
             int(ItemStatus::Pending));
    m_undo->redo();
    QCOMPARE(storedItem(itemId).status, ItemStatus::Done);
    m_undo->redo();
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("docs site rebuilt"));

    // Every step, undos and redos included, is an audited change of its own, marked as what it was.
    const QList<AuditEntry> after = m_reader->auditTrail(m_recordId).value();
    QCOMPARE(after.size(), before.size() + 6);
    for (const QString& action :
         {QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("undo_status"),
          QStringLiteral("undo_notes"), QStringLiteral("redo_status"), QStringLiteral("redo_notes")})
        QCOMPARE(countAudit(after, action) - countAudit(before, action), 1);
    const AuditEntry& undoOfStatus = after.at(before.size() + 3);
    QCOMPARE(undoOfStatus.action, QStringLiteral("undo_status"));
    QCOMPARE(undoOfStatus.field, QStringLiteral("status"));
    QCOMPARE(undoOfStatus.oldValue, QStringLiteral("done"));
    QCOMPARE(undoOfStatus.newValue, QStringLiteral("pending"));
    QCOMPARE(undoOfStatus.actor, kActor);
    QCOMPARE(after.at(before.size() + 2).action, QStringLiteral("undo_notes"));
    QCOMPARE(after.at(before.size() + 4).action, QStringLiteral("redo_status"));
    QCOMPARE(after.at(before.size() + 5).action, QStringLiteral("redo_notes"));
    QCOMPARE(m_undo->count(), 2);

    // The window's trail says so, newest first: redo of the note, redo of the status, undo of the status…
    AuditTrailModel trail(m_store.get());
    trail.setRecord(m_recordId);
    QCOMPARE(trail.index(1, AuditTrailModel::Action).data().toString(), QStringLiteral("Status redone"));
    QCOMPARE(trail.index(1, AuditTrailModel::Change).data().toString(),
             QStringLiteral("Redo: Pending → Done"));
    QCOMPARE(trail.index(2, AuditTrailModel::Action).data().toString(), QStringLiteral("Status undone"));
    QCOMPARE(trail.index(2, AuditTrailModel::Change).data().toString(),
             QStringLiteral("Undo: Done → Pending"));
    QCOMPARE(trail.index(3, AuditTrailModel::Action).data().toString(), QStringLiteral("Note undone"));
    QCOMPARE(trail.index(3, AuditTrailModel::Change).data().toString(),
             QStringLiteral("Undo: “docs site rebuilt” → (empty)"));
    QCOMPARE(trail.index(5, AuditTrailModel::Action).data().toString(), QStringLiteral("Status"));
    QCOMPARE(trail.index(5, AuditTrailModel::Change).data().toString(), QStringLiteral("Pending → Done"));

    // And the undos replay as changes of the item: the record verifies intact.
    const Verifier::Report report = Verifier::verify(*m_store, m_recordId);
    QVERIFY2(report.intact(), report.findings.isEmpty() ? "" : qPrintable(report.findings.first().message));
}

void TestGuiModels::groupHeaderRowsAreNotEditable() {
    auto model = makeModel(kDeploymentSteps);
    const ChecklistItem* header = model->itemAt(0);
    QVERIFY(header && header->isGroupHeader);
    QCOMPARE(model->index(0, ChecklistTableModel::Item).data().toString(), QStringLiteral("Preparation"));
    QVERIFY(model->index(0, 0).data(ChecklistTableModel::IsGroupHeaderRole).toBool());
    for (int column = 0; column < model->columnCount(); ++column)
        QCOMPARE(model->flags(model->index(0, column)), Qt::ItemFlags(Qt::ItemIsEnabled));
    QVERIFY(!model->index(0, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole).isValid());
    QVERIFY(!model->setData(model->index(0, ChecklistTableModel::Status), int(ItemStatus::Done)));
    QVERIFY(!model->setData(model->index(0, ChecklistTableModel::Notes), QStringLiteral("x")));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(storedItem(header->id).notes, QString());
    // An item row under it is editable.
    QVERIFY(model->flags(model->index(1, ChecklistTableModel::Notes)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model->flags(model->index(1, ChecklistTableModel::Item)).testFlag(Qt::ItemIsEditable));
}

void TestGuiModels::notApplicableWithoutNoteIsRefused() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(5)->id;
    QSignalSpy failed(model.get(), &ChecklistTableModel::editFailed);
    const qsizetype audited = m_reader->auditTrail(m_recordId)->size();

    QVERIFY(!model->setData(model->index(5, ChecklistTableModel::Status), int(ItemStatus::NotApplicable)));
    QVERIFY(!model->setData(model->index(5, ChecklistTableModel::Status), int(ItemStatus::Failed)));
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("note")));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(storedItem(itemId).status, ItemStatus::Pending);
    QCOMPARE(m_reader->auditTrail(m_recordId)->size(), audited);

    // With a note it goes through, and then the note cannot be emptied.
    QVERIFY(model->applyEdit(
        5, {ItemStatus::NotApplicable, QStringLiteral("no traceability matrix in this project")}));
    QCOMPARE(storedItem(itemId).status, ItemStatus::NotApplicable);
    QVERIFY(!model->setData(model->index(5, ChecklistTableModel::Notes), QString()));
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("no traceability matrix in this project"));
    QCOMPARE(failed.count(), 3);
}

void TestGuiModels::staleEditIsRefusedAndGridShowsStoredValue() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(6)->id;
    // Someone else (the CLI, another window) changes the item through another connection:
    // this model does not hear of it.
    QVERIFY(m_reader
                ->updateItem(itemId, {ItemStatus::Done, QStringLiteral("checked by the CLI")},
                             QStringLiteral("cli-user"))
                .ok());
    QSignalSpy failed(model.get(), &ChecklistTableModel::editFailed);
    QVERIFY(!model->setData(model->index(6, ChecklistTableModel::Notes), QStringLiteral("my note")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("cli-user")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("checked by the CLI"));
    QCOMPARE(m_undo->count(), 0);
    // The grid now shows the stored value, not the refused one nor the stale one.
    QCOMPARE(model->index(6, ChecklistTableModel::Notes).data().toString(),
             QStringLiteral("checked by the CLI"));
    QCOMPARE(model->index(6, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole).toInt(),
             int(ItemStatus::Done));

    // An undo that would overwrite a change made since is refused and dropped too.
    QVERIFY(model->setStatus(7, ItemStatus::Done));
    const qint64 otherId = model->itemAt(7)->id;
    QVERIFY(
        m_reader
            ->updateItem(otherId, {ItemStatus::Done, QStringLiteral("pinned")}, QStringLiteral("cli-user"))
            .ok());
    m_undo->undo();
    QCOMPARE(failed.count(), 2);
    QCOMPARE(storedItem(otherId).status, ItemStatus::Done);
    QCOMPARE(storedItem(otherId).notes, QStringLiteral("pinned"));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(model->index(7, ChecklistTableModel::Notes).data().toString(), QStringLiteral("pinned"));
}

void TestGuiModels::changeMadeElsewhereAppears() {
    auto model = makeModel(kPreDeployment);
    const qint64 itemId = model->itemAt(8)->id;
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    // Through the same store (another view, a future sign-off panel): the grid follows.
    QVERIFY(m_store
                ->updateItem(itemId, {ItemStatus::Failed, QStringLiteral("restore untested")},
                             QStringLiteral("someone else"))
                .ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 8);
    QCOMPARE(model->index(8, ChecklistTableModel::Status).data().toString(), QStringLiteral("✗ Failed"));
    QCOMPARE(model->index(8, model->columnOf(ChecklistTableModel::CheckedBy)).data().toString(),
             QStringLiteral("someone else"));
}

void TestGuiModels::inlineMarkdownIsShownAsPlainText() {
    QCOMPARE(InlineMarkup::plainText(QStringLiteral("**Preparation**")), QStringLiteral("Preparation"));
    QCOMPARE(InlineMarkup::plainText(QStringLiteral("Run `make check` \\| *twice*")),
             QStringLiteral("Run make check | twice"));
    QCOMPARE(InlineMarkup::plainText(QStringLiteral("See [the runbook](https://example.org/rb)")),
             QStringLiteral("See the runbook (https://example.org/rb)"));
    QCOMPARE(InlineMarkup::plainText(QStringLiteral("p_95 and 2*3*4")), QStringLiteral("p_95 and 2*3*4"));
}

// What is signed is the item text as written: the grid shows a link's target
// and title, so an empty link cannot carry a clause the signer never sees.
void TestGuiModels::gridShowsWordsHiddenInALink() {
    ChecklistSection checks;
    checks.title = QStringLiteral("Hidden clauses");
    checks.kind = SectionKind::Checklist;
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    const QStringList texts{QStringLiteral("Security scan clean[](<EXCEPT: 3 HIGH CVEs waived>)"),
                            QStringLiteral("Backups [restored](x \"EXCEPT: the audit database\")")};
    for (const QString& text : texts) {
        ChecklistItem item;
        item.text = text;
        checks.items.append(item);
    }
    ChecklistTemplate clauses;
    clauses.title = QStringLiteral("Hidden clauses");
    clauses.sections = {checks};
    const Result<qint64> templateId = m_store->addTemplate(clauses);
    QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
    const Result<qint64> recordId = m_store->createRecord(
        *templateId, {QStringLiteral("Clauses"), QStringLiteral("1"), QStringLiteral("QA")}, kActor);
    QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
    const Result<Record> record = m_store->loadRecord(*recordId);
    QVERIFY2(record.ok(), qPrintable(record.error()));

    ChecklistTableModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSection(*recordId, record->sections.first(), true);
    QCOMPARE(model.rowCount(), 2);
    const QStringList clausesShown{QStringLiteral("EXCEPT: 3 HIGH CVEs waived"),
                                   QStringLiteral("EXCEPT: the audit database")};
    for (int row = 0; row < 2; ++row) {
        const QModelIndex cell = model.index(row, ChecklistTableModel::Item);
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
            QVERIFY2(cell.data(role).toString().contains(clausesShown.at(row)),
                     qPrintable(cell.data(role).toString()));
    }
    QCOMPARE(model.index(0, ChecklistTableModel::Item).data().toString(),
             QStringLiteral("Security scan clean (EXCEPT: 3 HIGH CVEs waived)"));
}

// A task-list item's detail (here a fenced block under it) is shown with the
// item: in its tooltip and to a screen reader, as written.
void TestGuiModels::taskDetailIsInTheItemsTooltip() {
    const Result<ChecklistTemplate> tasks = MarkdownTemplateReader::read(
        "# Tasks\n\n## Build\n\n### Code\n\n- [ ] Run the build\n\n  ```sh\n  ./mvnw clean verify\n  ```\n"
        "- [x] Update CHANGELOG.md\n\n## Sign-off\n\n| Role | Signature |\n|---|---|\n| QA Lead | |\n");
    QVERIFY2(tasks.ok(), qPrintable(tasks.error()));
    const Result<qint64> templateId = m_store->addTemplate(tasks.value());
    QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
    const Result<qint64> recordId = m_store->createRecord(
        *templateId, {QStringLiteral("Tasks"), QStringLiteral("1"), QStringLiteral("QA")}, kActor);
    QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
    const Result<Record> record = m_store->loadRecord(*recordId);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    ChecklistTableModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSection(*recordId, record->sections.first(), true);
    QCOMPARE(model.rowCount(), 3); // the group and two tasks
    const QModelIndex build = model.index(1, ChecklistTableModel::Item);
    QCOMPARE(build.data().toString(), QStringLiteral("Run the build"));
    QCOMPARE(build.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Code — Run the build\n\n```sh\n./mvnw clean verify\n```"));
    QCOMPARE(build.data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("```sh\n./mvnw clean verify\n```"));
    QCOMPARE(model.index(2, ChecklistTableModel::Item).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Code — Update CHANGELOG.md"));
    QCOMPARE(model.index(2, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole).toInt(),
             int(ItemStatus::Done));
}

// A description is signed too: the record view shows it through the same
// reader, a link still a link, its target, HTML and comments as plain text.
void TestGuiModels::descriptionShowsWhatIsSigned() {
    const QString html = InlineMarkupHtml::paragraphs(
        QStringLiteral("Read **[the runbook](https://example.org/rb \"How to\")** first.\n\n"
                       "Scan clean<!-- EXCEPT: 3 HIGH CVEs waived --> <b>today</b> &amp; `a<b`"));
    QTextDocument shown;
    shown.setHtml(html);
    const QString text = shown.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Read the runbook (https://example.org/rb \"How to\") first.")),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Scan clean<!-- EXCEPT: 3 HIGH CVEs waived --> <b>today</b> &amp; a<b")),
        qPrintable(text));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.org/rb\"><b>the runbook</b></a>")),
             qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("<p>")), 2);
}

// A read that fails leaves the rows as they were and says why; an empty list
// would tell the user there are no records, or no changes.
void TestGuiModels::listModelsKeepTheirRowsWhenATableCannotBeRead() {
    RecordListModel records(m_store.get());
    AuditTrailModel trail(m_store.get());
    trail.setRecord(m_recordId);
    const int recordRows = records.rowCount();
    const int trailRows = trail.rowCount();
    QVERIFY(recordRows > 0);
    QVERIFY(trailRows > 0);
    QSignalSpy recordsFailed(&records, &RecordListModel::readFailed);
    QSignalSpy trailFailed(&trail, &AuditTrailModel::readFailed);
    const auto rename = [this](const QString& from, const QString& to) {
        return TestSupport::rawExec(m_path, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    };
    QCOMPARE(rename(QStringLiteral("records"), QStringLiteral("records_gone")), QString());
    QCOMPARE(rename(QStringLiteral("audit_log"), QStringLiteral("audit_log_gone")), QString());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cannot refresh the record list")));
    records.refresh();
    QCOMPARE(records.rowCount(), recordRows);
    QCOMPARE(recordsFailed.size(), 1);
    QVERIFY2(recordsFailed.first().first().toString().startsWith(QStringLiteral("cannot read records: ")),
             qPrintable(recordsFailed.first().first().toString()));

    const QRegularExpression trailWarning(QStringLiteral("^cannot read the audit trail of record"));
    QTest::ignoreMessage(QtWarningMsg, trailWarning);
    trail.refresh();
    QTest::ignoreMessage(QtWarningMsg, trailWarning);
    trail.setRecord(m_recordId);
    QCOMPARE(trail.rowCount(), trailRows);
    QCOMPARE(trailFailed.size(), 2);
    QVERIFY2(trailFailed.first().first().toString().startsWith(
                 QStringLiteral("cannot read the audit trail of record %1: ").arg(m_recordId)),
             qPrintable(trailFailed.first().first().toString()));

    // Readable again: the next refresh shows the rows and says nothing.
    QCOMPARE(rename(QStringLiteral("records_gone"), QStringLiteral("records")), QString());
    QCOMPARE(rename(QStringLiteral("audit_log_gone"), QStringLiteral("audit_log")), QString());
    records.refresh();
    trail.refresh();
    QCOMPARE(records.rowCount(), recordRows);
    QCOMPARE(trail.rowCount(), trailRows);
    QCOMPARE(recordsFailed.size(), 1);
    QCOMPARE(trailFailed.size(), 2);
}

// Kept rows are the same database's: after another database is opened whose
// records cannot be read, the list is empty (and says why), not the old one's.
void TestGuiModels::recordListShowsNoRowsOfAnotherDatabase() {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(store.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    RecordListModel records(&store);
    QVERIFY(records.rowCount() > 0);
    QSignalSpy failed(&records, &RecordListModel::readFailed);

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    store.close();
    QVERIFY(store.open(other, ChecklistStore::OpenMode::CreateIfMissing).ok());
    QCOMPARE(TestSupport::rawExec(other, QStringLiteral("ALTER TABLE records RENAME TO records_gone")),
             QString());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cannot refresh the record list")));
    records.refresh();
    QCOMPARE(records.rowCount(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestGuiModels::columnFitterWidensForWhatArrivesAndFitsAgainOnReset() {
    AuditTrailModel model(m_store.get());
    model.setRecord(m_recordId);
    QTreeView view;
    view.setModel(&model);
    new ColumnFitter(&view, AuditTrailModel::Change);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHeaderView* header = view.header();
    // QTreeView's override is protected; the item view's public one dispatches to it.
    const QAbstractItemView& items = view;
    QCOMPARE(header->sectionResizeMode(AuditTrailModel::Actor), QHeaderView::Fixed);
    QCOMPARE(header->sectionResizeMode(AuditTrailModel::Change), QHeaderView::Stretch);
    const int fitted = header->sectionSize(AuditTrailModel::Actor);
    QVERIFY(fitted >= items.sizeHintForColumn(AuditTrailModel::Actor));

    // A change by someone with a long name: the column widens to show it.
    EditContext longName = m_context;
    longName.actor = [] {
        return QStringLiteral("Maximiliane Alexandrina Wolkenstein-Trostburg");
    };
    ChecklistTableModel grid(longName);
    grid.setSection(m_recordId, section(kPreDeployment), true);
    QVERIFY(grid.applyEdit(2, {ItemStatus::Done, {}}));
    QTRY_VERIFY(header->sectionSize(AuditTrailModel::Actor) > fitted);
    QVERIFY(header->sectionSize(AuditTrailModel::Actor) >= items.sizeHintForColumn(AuditTrailModel::Actor));

    // Another record (a reset) is fitted exactly again: narrower here.
    const Result<qint64> other = m_store->createRecord(
        *m_store->resolveTemplate(kBuiltIn), {QStringLiteral("Other"), {}, {}}, QStringLiteral("Al"));
    QVERIFY(other.ok());
    model.setRecord(*other);
    QTRY_COMPARE(header->sectionSize(AuditTrailModel::Actor),
                 std::max(items.sizeHintForColumn(AuditTrailModel::Actor),
                          header->sectionSizeHint(AuditTrailModel::Actor)));
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
