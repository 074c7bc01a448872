// The record list grown up (issue 19): the filter box above it (Ctrl+F),
// sorting by every column, and the order and filter kept right as records
// change, on a real SQLite file with enough records for several of the
// model's pages.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordListProxy.h"
#include "ui/SummaryRows.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

namespace {
const QString kActor = QStringLiteral("Quinn QA");
// 3 × 50 records: the model reads pages of 50, so filtering and sorting must
// see rows no view asked for yet.
constexpr int kReleases = 50;
} // namespace

class TestGuiRecordList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filterNarrowsAsTheUserTypes();
    void filterFindsTheStateByItsShownName();
    void sortsByEveryColumn();
    void thirdClickGoesBackToTheOrderOfCreation();
    void orderFollowsChangesMadeHereAndElsewhere();
    void keyboardReachesAndLeavesTheFilter();
    void openRecordStaysSelectedThroughFilterAndSort();
    void readsEverySummaryInTheBackgroundOnceShown();
    void backgroundReadOfAChangingListIsDropped();
    void summaryRowsKeepOnlyThePagesRead();

private:
    QStringList shownColumn(int column) const;
    Status tick(qint64 recordId, int count, ChecklistStore& store);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    QList<qint64> m_ids; // in the order created
    std::unique_ptr<RecordListPanel> m_panel;
};

void TestGuiRecordList::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("list.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_path, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
    // Release 2.<n>.0 to Production, Hotfix 2.<n>.1 to Staging, Rollback
    // drill <n> to QA: versions whose text order is not their number order.
    for (int n = 1; n <= kReleases; ++n) {
        for (const RecordInfo& info :
             {RecordInfo{QStringLiteral("Release 2.%1").arg(n), QStringLiteral("2.%1.0").arg(n),
                         QStringLiteral("Production")},
              RecordInfo{QStringLiteral("Hotfix 2.%1.1").arg(n), QStringLiteral("2.%1.1").arg(n),
                         QStringLiteral("Staging")},
              RecordInfo{QStringLiteral("Rollback drill %1").arg(n), QString(), QStringLiteral("QA")}}) {
            const Result<qint64> created = m_store->createRecord(*templateId, info, kActor);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            m_ids.append(*created);
        }
    }
}

void TestGuiRecordList::init() {
    TestSupport::strictWarnings();
    m_panel = std::make_unique<RecordListPanel>(m_store.get());
    m_panel->resize(700, 500);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestGuiRecordList::cleanup() {
    m_panel.reset();
}

QStringList TestGuiRecordList::shownColumn(int column) const {
    QStringList texts;
    const QAbstractItemModel* shown = m_panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        texts.append(shown->index(row, column).data().toString());
    return texts;
}

Status TestGuiRecordList::tick(qint64 recordId, int count, ChecklistStore& store) {
    const Result<Record> record = store.loadRecord(recordId);
    if (!record)
        return Error(record.error());
    int ticked = 0;
    for (const ChecklistSection& section : record->sections) {
        for (const ChecklistItem& item : section.items) {
            if (ticked == count || item.isGroupHeader || section.kind != SectionKind::Checklist)
                continue;
            const Result<ChecklistItem> done = store.updateItem(item.id, {ItemStatus::Done, {}}, kActor);
            if (!done)
                return Error(done.error());
            ++ticked;
        }
    }
    return {};
}

void TestGuiRecordList::filterNarrowsAsTheUserTypes() {
    QAbstractItemModelTester tester(m_panel->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit* filter = m_panel->filterBox();
    QCOMPARE(m_panel->view()->model()->rowCount(), 3 * kReleases);

    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("hot"));
    QCOMPARE(m_panel->view()->model()->rowCount(), kReleases);
    for (const QString& title : shownColumn(RecordListModel::Title))
        QVERIFY2(title.startsWith(u"Hotfix"), qPrintable(title));

    // Version and environment match too, in any case.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("2.17."));
    QCOMPARE(shownColumn(RecordListModel::Title),
             (QStringList{QStringLiteral("Release 2.17"), QStringLiteral("Hotfix 2.17.1")}));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("qa"));
    QCOMPARE(m_panel->view()->model()->rowCount(), kReleases);

    // Nothing matches: the list says so rather than just going blank.
    auto* noMatch = m_panel->findChild<QLabel*>(QStringLiteral("recordFilterNoMatch"));
    QVERIFY(noMatch);
    QVERIFY(!noMatch->isVisible());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no such release"));
    QCOMPARE(m_panel->view()->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().contains(u"no such release"), qPrintable(noMatch->text()));

    filter->clear();
    QCOMPARE(m_panel->view()->model()->rowCount(), 3 * kReleases);
    QVERIFY(!noMatch->isVisible());
}

void TestGuiRecordList::filterFindsTheStateByItsShownName() {
    QVERIFY(tick(m_ids.at(4), 1, *m_store).ok());
    // "in progress" is what the State column shows; the CLI's key is in_progress.
    QTest::keyClicks(m_panel->filterBox(), QStringLiteral("In Progress"));
    QCOMPARE(m_panel->view()->model()->rowCount(), 3 * kReleases);
    m_panel->filterBox()->clear();
    QTest::keyClicks(m_panel->filterBox(), QStringLiteral("in_progress"));
    QCOMPARE(m_panel->view()->model()->rowCount(), 3 * kReleases);
    m_panel->filterBox()->clear();
    QTest::keyClicks(m_panel->filterBox(), QStringLiteral("sealed"));
    QCOMPARE(m_panel->view()->model()->rowCount(), 0);
}

void TestGuiRecordList::sortsByEveryColumn() {
    QHeaderView* header = m_panel->view()->header();
    const auto clickHeader = [header](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };

    // Versions sort as numbers: 2.9 before 2.10; records without one first.
    clickHeader(RecordListModel::Version);
    QCOMPARE(header->sortIndicatorSection(), int(RecordListModel::Version));
    QStringList versions = shownColumn(RecordListModel::Version);
    QCOMPARE(versions.mid(0, kReleases), QStringList(kReleases, QString()));
    QCOMPARE(versions.mid(kReleases, 4), (QStringList{QStringLiteral("2.1.0"), QStringLiteral("2.1.1"),
                                                      QStringLiteral("2.2.0"), QStringLiteral("2.2.1")}));
    QCOMPARE(versions.last(), QStringLiteral("2.50.1"));
    // A second click reverses.
    clickHeader(RecordListModel::Version);
    QCOMPARE(shownColumn(RecordListModel::Version).first(), QStringLiteral("2.50.1"));

    clickHeader(RecordListModel::Title);
    QStringList titles = shownColumn(RecordListModel::Title);
    QCOMPARE(titles.first(), QStringLiteral("Hotfix 2.1.1"));
    QCOMPARE(titles.last(), QStringLiteral("Rollback drill 50"));

    clickHeader(RecordListModel::Environment);
    QStringList environments = shownColumn(RecordListModel::Environment);
    QCOMPARE(environments.first(), QStringLiteral("Production"));
    QCOMPARE(environments.last(), QStringLiteral("Staging"));
    // Equal environments keep the order of creation.
    QCOMPARE(shownColumn(RecordListModel::Title).mid(0, 2),
             (QStringList{QStringLiteral("Release 2.1"), QStringLiteral("Release 2.2")}));

    // Progress: by the share done, furthest last.
    QVERIFY(tick(m_ids.at(7), 3, *m_store).ok());
    QVERIFY(tick(m_ids.at(100), 5, *m_store).ok());
    clickHeader(RecordListModel::ProgressColumn);
    const QAbstractItemModel* shown = m_panel->view()->model();
    const int last = shown->rowCount() - 1;
    QCOMPARE(shown->index(last, 0).data(RecordListModel::RecordIdRole).toLongLong(), m_ids.at(100));
    QCOMPARE(shown->index(last - 1, 0).data(RecordListModel::RecordIdRole).toLongLong(), m_ids.at(7));

    // State: in progress before signed before sealed (here all in progress, so by creation).
    clickHeader(RecordListModel::State);
    QCOMPARE(shown->index(0, 0).data(RecordListModel::RecordIdRole).toLongLong(), m_ids.first());

    // Sorting and filtering together.
    QTest::keyClicks(m_panel->filterBox(), QStringLiteral("Release 2.4"));
    clickHeader(RecordListModel::Version);
    QCOMPARE(header->sortIndicatorSection(), int(RecordListModel::Version));
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        clickHeader(RecordListModel::Version);
    QCOMPARE(shownColumn(RecordListModel::Title).mid(0, 3),
             (QStringList{QStringLiteral("Release 2.4"), QStringLiteral("Release 2.40"),
                          QStringLiteral("Release 2.41")}));
}

void TestGuiRecordList::thirdClickGoesBackToTheOrderOfCreation() {
    QHeaderView* header = m_panel->view()->header();
    QCOMPARE(header->sortIndicatorSection(), -1);
    const int x = header->sectionViewportPosition(RecordListModel::Title) + 10;
    for (int click = 0; click < 3; ++click)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), -1);
    const QAbstractItemModel* shown = m_panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(RecordListModel::RecordIdRole).toLongLong(), m_ids.at(row));
}

void TestGuiRecordList::orderFollowsChangesMadeHereAndElsewhere() {
    m_panel->view()->sortByColumn(RecordListModel::ProgressColumn, Qt::DescendingOrder);
    const QAbstractItemModel* shown = m_panel->view()->model();
    const auto firstShown = [shown] {
        return shown->index(0, 0).data(RecordListModel::RecordIdRole).toLongLong();
    };
    const qint64 before = firstShown();

    // Ticked here: the row moves to the top by itself.
    const qint64 here = m_ids.at(33);
    QVERIFY(tick(here, 20, *m_store).ok());
    QCOMPARE(firstShown(), here);
    QCOMPARE(shown->index(0, RecordListModel::ProgressColumn).data().toString(), QStringLiteral("20/32"));

    // Ticked by another program: the window's refresh (LiveRefresh) rereads, and it moves.
    ChecklistStore elsewhere;
    elsewhere.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(elsewhere.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    const qint64 there = m_ids.at(140);
    QVERIFY(tick(there, 25, elsewhere).ok());
    QCOMPARE(firstShown(), here);
    m_panel->refresh();
    QCOMPARE(firstShown(), there);
    QCOMPARE(shown->index(1, 0).data(RecordListModel::RecordIdRole).toLongLong(), here);
    QVERIFY(before != there);

    // A filtered list picks up a new record that matches, and stops saying
    // that nothing matches.
    auto* noMatch = m_panel->findChild<QLabel*>(QStringLiteral("recordFilterNoMatch"));
    m_panel->filterBox()->setText(QStringLiteral("2.50.2"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    const Result<qint64> created = m_store->createRecord(
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist")).value(),
        {QStringLiteral("Hotfix 2.50.2"), QStringLiteral("2.50.2"), QStringLiteral("Staging")}, kActor);
    QVERIFY(created.ok());
    m_ids.append(*created);
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(!noMatch->isVisible());
    m_panel->filterBox()->setText(QStringLiteral("Hotfix 2.50"));
    QCOMPARE(shown->rowCount(), 2);
}

void TestGuiRecordList::keyboardReachesAndLeavesTheFilter() {
    QTreeView* view = m_panel->view();
    QLineEdit* filter = m_panel->filterBox();
    view->setFocus();
    QVERIFY(view->hasFocus());
    // Ctrl+F in the list goes to the filter box, its text selected.
    filter->setText(QStringLiteral("old words"));
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());
    QCOMPARE(filter->selectedText(), QStringLiteral("old words"));
    QTest::keyClicks(filter, QStringLiteral("drill 4"));
    QCOMPARE(view->model()->rowCount(), 11); // drill 4 and drill 40 … 49

    // Down goes into the list on the first match, which opens it.
    QSignalSpy chosen(m_panel.get(), &RecordListPanel::recordChosen);
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(view->hasFocus());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), m_ids.at(3 * 3 + 2));

    // Enter in the filter goes into the current match.
    QSignalSpy entered(m_panel.get(), &RecordListPanel::recordEntered);
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().first().toLongLong(), m_ids.at(3 * 3 + 2));

    // Escape clears the filter, a second Escape goes back to the list.
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(filter->hasFocus());
    QCOMPARE(view->model()->rowCount(), int(m_ids.size()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(view->hasFocus());
}

void TestGuiRecordList::openRecordStaysSelectedThroughFilterAndSort() {
    const qint64 open = m_ids.at(61);
    m_panel->selectRecord(open);
    const auto selectedId = [this]() -> qint64 {
        const QModelIndexList rows = m_panel->view()->selectionModel()->selectedRows();
        return rows.isEmpty() ? 0 : rows.first().data(RecordListModel::RecordIdRole).toLongLong();
    };
    QCOMPARE(selectedId(), open);
    m_panel->view()->sortByColumn(RecordListModel::Title, Qt::DescendingOrder);
    QCOMPARE(selectedId(), open);
    m_panel->filterBox()->setText(QStringLiteral("Hotfix"));
    QCOMPARE(selectedId(), open);
    // Filtered out, the open record shows no selection; asked again, none either.
    m_panel->filterBox()->setText(QStringLiteral("Release"));
    QCOMPARE(selectedId(), 0);
    m_panel->selectRecord(open);
    QCOMPARE(selectedId(), 0);
}

void TestGuiRecordList::readsEverySummaryInTheBackgroundOnceShown() {
    // The panel of init() has painted: its model reads every record on a
    // worker's connection, so that the first filter or sort does not wait.
    RecordListModel* model = m_panel->model();
    QTRY_VERIFY(model->readsEverything());
    // What it read is each row's own summary, pages past what the view showed.
    const int last = model->rowCount() - 1;
    const Result<RecordSummary> expected = m_store->recordSummary(model->recordIdAt(last));
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    QCOMPARE(model->index(last, RecordListModel::Title).data().toString(), expected->title);
    QCOMPARE(model->index(last, RecordListModel::ProgressColumn).data().toString(),
             QStringLiteral("%1/%2").arg(expected->progress.resolved()).arg(expected->progress.total));
}

void TestGuiRecordList::backgroundReadOfAChangingListIsDropped() {
    // A model no view shows, so that nothing else reads its rows.
    RecordListModel model(m_store.get());
    QSignalSpy done(&model, &RecordListModel::backgroundReadDone);
    // Another program changes a record; the window's refresh (LiveRefresh)
    // that rereads the list comes while the worker reads. The worker's result
    // comes through this thread's event loop, after the refresh, and may be
    // of the list as it was before: it is dropped.
    ChecklistStore elsewhere;
    elsewhere.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(elsewhere.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    const qint64 changed = m_ids.at(7);
    QVERIFY(tick(changed, 3, elsewhere).ok());
    model.readEverythingInBackground();
    model.refresh();
    QVERIFY(done.wait());
    QVERIFY(!model.readsEverything());
    // The row is read when it is asked for, with the change.
    const int row = model.rowOfRecord(changed);
    QCOMPARE(model.index(row, RecordListModel::ProgressColumn).data().toString(), QStringLiteral("3/32"));
}

void TestGuiRecordList::summaryRowsKeepOnlyThePagesRead() {
    constexpr int page = SummaryRows::kPageSize;
    SummaryRows rows(2 * page + 3); // two pages and a part of a third
    QCOMPARE(rows.size(), qsizetype(2 * page + 3));
    for (const qsizetype row : {qsizetype(-1), qsizetype(0), qsizetype(page), rows.size() - 1, rows.size()})
        QCOMPARE(rows.at(row), nullptr);
    const auto summary = [](qint64 id) {
        RecordSummary s;
        s.id = id;
        s.title = QStringLiteral("Release %1").arg(id);
        return s;
    };
    // Each side of a page boundary, and the last row of the part page.
    for (const qsizetype row : {qsizetype(page - 1), qsizetype(page), rows.size() - 1})
        rows.set(row, summary(row + 1));
    for (const qsizetype row : {qsizetype(page - 1), qsizetype(page), rows.size() - 1}) {
        QVERIFY(rows.at(row));
        QCOMPARE(rows.at(row)->id, qint64(row + 1));
        QCOMPARE(rows.at(row)->title, QStringLiteral("Release %1").arg(row + 1));
    }
    // The other rows of those pages are still unread.
    QCOMPARE(rows.at(0), nullptr);
    QCOMPARE(rows.at(page + 1), nullptr);
    rows.set(page, summary(99)); // read again: the newer summary
    QCOMPARE(rows.at(page)->id, qint64(99));

    // Appended rows (a record created here) fill the part page, then start another.
    SummaryRows grown(page - 1);
    grown.append(summary(1));
    grown.append(summary(2));
    QCOMPARE(grown.size(), qsizetype(page + 1));
    QCOMPARE(grown.at(page - 1)->id, qint64(1));
    QCOMPARE(grown.at(page)->id, qint64(2));
    QCOMPARE(grown.at(page - 2), nullptr);
    QCOMPARE(grown.at(page + 1), nullptr);
    SummaryRows none;
    QCOMPARE(none.size(), qsizetype(0));
    none.append(summary(7));
    QCOMPARE(none.at(0)->id, qint64(7));
}

QTEST_MAIN(TestGuiRecordList)
#include "tst_gui_recordlist.moc"
