// One keyboard path through the whole record, offscreen, through a real
// MainWindow on a real SQLite file, with keys alone (no mouse, no model
// calls for the actions): Down runs from the first grid's first item through
// every checklist section into the sign-off table, Space ticks every item on
// the way, the page scrolls to keep the focused cell in view and only the
// focused grid shows a selection; Up runs back to the top; Tab and Ctrl+Tab
// leave a grid; crossing into sections not built yet builds them; and the
// first role signs with the Sign shortcut, its mnemonics, typing and Enter.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/ChecklistTableModel.h"
#include "ui/MainWindow.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"
#include "ui/signing/SignOffPanel.h"
#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureDialog.h"
#include "ui/signing/SigningActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace {

using GuiTestSupport::child;

const QString kPassword = QStringLiteral("correct horse 1");
const QString kActor = QStringLiteral("Quinn QA");
const QString kLogin = QStringLiteral("dana");
const QString kSignerName = QStringLiteral("Dana Meyer");
const QString kFirstRole = QStringLiteral("Deployment Manager");
const QString kSecondRole = QStringLiteral("QA Lead");

// Whether the current cell of view lies, top to bottom, inside the record page's visible part.
bool currentCellInView(RecordView* record, QAbstractItemView* view) {
    auto* scroll = record->findChild<QScrollArea*>(QStringLiteral("recordPage"));
    const QRect cell = view->visualRect(view->currentIndex());
    if (!scroll || !cell.isValid())
        return false;
    const QPoint top = view->viewport()->mapTo(scroll->viewport(), cell.topLeft());
    return top.y() >= 0 && top.y() + cell.height() <= scroll->viewport()->height();
}

bool isGroupHeader(SectionGrid* grid, int row) {
    const ChecklistItem* item = grid->checklistModel()->itemAt(row);
    return item && item->isGroupHeader;
}

} // namespace

class TestGuiKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void downTicksTheWholeRecordAndSigns();
    void tabAndCtrlTabLeaveAGrid();
    void crossingIntoUnbuiltSectionsBuildsThem();
    void tabRunsThroughSectionsBuiltAfterThePaint();

private:
    qint64 newRecord(const QString& title);
    // Answers the signature dialog with keys alone; failures go to m_dialogFailures.
    void answerSignatureDialogByKeyboard();
    // What a person does in the dialog; what went wrong, or "".
    QString signByKeyboard(QDialog& dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    QStringList m_dialogFailures;
    int m_dialogsAnswered = 0;
};

void TestGuiKeyboard::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_keyboard"));
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_dir.filePath(QStringLiteral("keyboard.sqlite")),
                                        ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    SignOffService service(*m_store);
    const Result<qint64> added = TestAdministrator::registerSigner(
        service, *m_store, kLogin, kSignerName, {kFirstRole}, SecretBytes::fromText(kPassword), kActor);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

void TestGuiKeyboard::init() {
    TestSupport::strictWarnings();
    m_dialogFailures.clear();
    m_dialogsAnswered = 0;
    Prompts::resetHooks();
    GuiTestSupport::rejectUnexpectedDialogs();
}

void TestGuiKeyboard::cleanup() {
    Prompts::resetHooks();
}

qint64 TestGuiKeyboard::newRecord(const QString& title) {
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    if (!templateId)
        return 0;
    const Result<qint64> id = m_store->createRecord(
        *templateId, {title, QStringLiteral("2.4.0"), QStringLiteral("Production")}, kActor);
    return id ? *id : 0;
}

void TestGuiKeyboard::answerSignatureDialogByKeyboard() {
    Prompts::setDialogHook([this](QDialog& dialog) {
        ++m_dialogsAnswered;
        // Driven from inside the dialog's own loop, as a person at the keyboard would.
        QTimer::singleShot(0, &dialog, [this, &dialog] {
            const QString failure = signByKeyboard(dialog);
            if (!failure.isEmpty()) {
                m_dialogFailures << failure;
                dialog.reject();
            }
        });
        return dialog.exec();
    });
}

QString TestGuiKeyboard::signByKeyboard(QDialog& dialog) {
    auto* signature = qobject_cast<SignatureDialog*>(&dialog);
    if (!signature)
        return QStringLiteral("expected the signature dialog, got %1").arg(dialog.windowTitle());
    if (signature->role() != kFirstRole)
        return QStringLiteral("dialog for %1, expected %2").arg(signature->role(), kFirstRole);
    // qWaitForWindowActive() answers for the platform window, before QApplication has caught up.
    if (!QTest::qWaitFor([&dialog] { return dialog.isActiveWindow(); }))
        return QStringLiteral("the dialog did not become active");
    auto* login = child<QLineEdit>(&dialog, QStringLiteral("loginEdit"));
    auto* password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    auto* meanings = child<QComboBox>(&dialog, QStringLiteral("meaningCombo"));
    auto* typed = child<QCheckBox>(&dialog, QStringLiteral("typedCheck"));
    const auto key = [](Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), k, modifiers);
    };

    key(Qt::Key_L, Qt::AltModifier);
    if (QApplication::focusWidget() != login)
        return QStringLiteral("Alt+L did not reach the login");
    QTest::keyClicks(login, kLogin);
    // The meaning: its mnemonic, then the next one offered.
    key(Qt::Key_M, Qt::AltModifier);
    if (QApplication::focusWidget() != meanings && !meanings->isAncestorOf(QApplication::focusWidget()))
        return QStringLiteral("Alt+M did not reach the meaning");
    if (meanings->count() < 2)
        return QStringLiteral("only %1 meanings offered").arg(meanings->count());
    const QString chosenMeaning = meanings->itemText(1);
    key(Qt::Key_Down);
    if (meanings->currentText() != chosenMeaning)
        return QStringLiteral("Down chose '%1', not '%2'").arg(meanings->currentText(), chosenMeaning);
    key(Qt::Key_P, Qt::AltModifier);
    if (QApplication::focusWidget() != password)
        return QStringLiteral("Alt+P did not reach the password");
    QTest::keyClicks(password, kPassword);
    // From inside the password field: the check box's mnemonic, not a letter of the password.
    key(Qt::Key_T, Qt::AltModifier);
    if (password->text() != kPassword)
        return QStringLiteral("Alt+T typed into the password field");
    if (!QTest::qWaitFor([typed] { return typed->isChecked(); }))
        return QStringLiteral("Alt+T did not tick the typed signature");
    key(Qt::Key_Return);
    if (!QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }) || dialog.result() != QDialog::Accepted)
        return QStringLiteral("Enter did not sign: %1")
            .arg(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text());
    const std::optional<SignatureEntry> stored = signature->signature();
    if (!stored || stored->meaning != chosenMeaning || !stored->typed)
        return QStringLiteral("the signature was not stored as chosen");
    return {};
}

// Opening a record leaves the focus where the user is (the record list);
// Enter there goes into the record, as a keyboard user does.
static bool enterRecord(MainWindow* window) {
    auto* list = window->findChild<QTreeView*>(QStringLiteral("recordList"));
    if (!list)
        return false;
    list->setFocus(Qt::OtherFocusReason);
    if (!QTest::qWaitFor([list] { return QApplication::focusWidget() == list; }))
        return false;
    QTest::keyClick(list, Qt::Key_Return);
    return true;
}

void TestGuiKeyboard::downTicksTheWholeRecordAndSigns() {
    const qint64 recordId = newRecord(QStringLiteral("Walked by keyboard"));
    QVERIFY(recordId != 0);
    auto window = GuiTestSupport::showMainWindow(m_store.get());
    QVERIFY(window->openRecord(recordId));
    RecordView* view = window->recordView();
    const QList<SectionGrid*> grids = view->grids();
    QCOMPARE(grids.size(), 3);
    SignOffPanel* panel = view->signOffPanel();
    QVERIFY(panel);
    QVERIFY(enterRecord(window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), grids.first());

    // Down and Space, from the first item to the sign-off table.
    QList<SectionGrid*> visited;
    int ticked = 0;
    for (int step = 0; step < 100; ++step) {
        auto* grid = qobject_cast<SectionGrid*>(QApplication::focusWidget());
        if (!grid)
            break;
        const QModelIndex current = grid->currentIndex();
        QVERIFY2(!isGroupHeader(grid, current.row()), qPrintable(grid->sectionTitle()));
        QVERIFY2(
            currentCellInView(view, grid),
            qPrintable(QStringLiteral("%1 row %2 out of view").arg(grid->sectionTitle()).arg(current.row())));
        if (visited.isEmpty() || visited.last() != grid) {
            if (!visited.isEmpty()) {
                // One strong mark: the grid left lets go of its selection; this one shows its cell.
                QVERIFY(visited.last()->selectionModel()->selectedIndexes().isEmpty());
                QCOMPARE(grid->selectionModel()->selectedIndexes(), QModelIndexList{current});
                QCOMPARE(grid->checklistModel()->columnKind(current.column()), ChecklistTableModel::Status);
            }
            visited << grid;
        }
        QTest::keyClick(grid, Qt::Key_Space);
        ++ticked;
        QCOMPARE(grid->checklistModel()->itemAt(current.row())->status, ItemStatus::Done);
        QTest::keyClick(grid, Qt::Key_Down);
    }
    QCOMPARE(visited, grids);
    QCOMPARE(ticked, 32);
    QCOMPARE(QApplication::focusWidget(), panel->view());
    QCOMPARE(panel->view()->currentIndex().row(), 0);
    QVERIFY(currentCellInView(view, panel->view()));
    QVERIFY(grids.last()->selectionModel()->selectedIndexes().isEmpty());

    // The store holds every tick, in every section.
    Record record = *m_store->loadRecord(recordId);
    for (const ChecklistSection& section : std::as_const(record.sections)) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (!item.isGroupHeader)
                QVERIFY2(item.status == ItemStatus::Done, qPrintable(section.title + u": " + item.text));
        }
    }

    // Up runs back through every grid to the first item, and stops there.
    for (int step = 0; step < 100 && QApplication::focusWidget() != grids.first(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        if (auto* grid = qobject_cast<SectionGrid*>(QApplication::focusWidget()))
            QVERIFY(currentCellInView(view, grid));
    }
    QCOMPARE(QApplication::focusWidget(), grids.first());
    QCOMPARE(grids.first()->currentIndex().row(), grids.first()->checklistModel()->rowCount() - 1);
    for (int step = 0; step < 20; ++step)
        QTest::keyClick(grids.first(), Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), grids.first());
    QCOMPARE(grids.first()->currentIndex().row(), 0);
    QVERIFY(currentCellInView(view, grids.first()));

    // Back down to the sign-off table, where Down and Up choose the role.
    for (int step = 0; step < 100 && QApplication::focusWidget() != panel->view(); ++step)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), panel->view());
    SigningActions* signing = view->signingActions();
    QTest::keyClick(panel->view(), Qt::Key_Down);
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as %1…").arg(kSecondRole));
    QTest::keyClick(panel->view(), Qt::Key_Up);
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as %1…").arg(kFirstRole));
    // Up on the first role goes back to the last grid's last item; the table
    // lets go of its highlight, not of the role chosen.
    QTest::keyClick(panel->view(), Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), grids.last());
    QCOMPARE(grids.last()->currentIndex().row(), grids.last()->checklistModel()->rowCount() - 1);
    QVERIFY(!panel->view()->selectionModel()->hasSelection());
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as %1…").arg(kFirstRole));
    QTest::keyClick(grids.last(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), panel->view());
    QVERIFY(grids.last()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(panel->view()->selectionModel()->selectedRows(), QModelIndexList{panel->model()->index(0, 0)});
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as %1…").arg(kFirstRole));

    // Sign with the shortcut and keys alone.
    answerSignatureDialogByKeyboard();
    QTest::keyClick(panel->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_dialogsAnswered, 1);
    QVERIFY2(m_dialogFailures.isEmpty(), qPrintable(m_dialogFailures.join(u'\n')));
    record = *m_store->loadRecord(recordId);
    QCOMPARE(record.state, RecordState::Signed);
    const SignatureEntry* signature = record.activeSignature(kFirstRole);
    QVERIFY(signature);
    QVERIFY(signature->typed);
    QCOMPARE(signature->printedName, kSignerName);
}

void TestGuiKeyboard::tabAndCtrlTabLeaveAGrid() {
    const qint64 recordId = newRecord(QStringLiteral("Tabbed through"));
    QVERIFY(recordId != 0);
    auto window = GuiTestSupport::showMainWindow(m_store.get());
    QVERIFY(window->openRecord(recordId));
    RecordView* view = window->recordView();
    const QList<SectionGrid*> grids = view->grids();
    QCOMPARE(grids.size(), 3);
    QVERIFY(enterRecord(window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), grids.at(0));
    QTest::keyClick(grids.at(0), Qt::Key_Down);
    QCOMPARE(grids.at(0)->selectionModel()->selectedIndexes().size(), 1);

    QTest::keyClick(grids.at(0), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), grids.at(1));
    QVERIFY(grids.at(0)->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(grids.at(1)->selectionModel()->selectedIndexes(), QModelIndexList{grids.at(1)->currentIndex()});
    QVERIFY(currentCellInView(view, grids.at(1)));

    QTest::keyClick(grids.at(1), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), grids.at(2));
    QVERIFY(grids.at(1)->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY(currentCellInView(view, grids.at(2)));

    QTest::keyClick(grids.at(2), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), grids.at(1));
    QVERIFY(currentCellInView(view, grids.at(1)));

    // Past the last grid, Tab goes on to the sign-off table, not back into a grid.
    QTest::keyClick(grids.at(1), Qt::Key_Tab);
    QTest::keyClick(grids.at(2), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view->signOffPanel()->view());
}

void TestGuiKeyboard::crossingIntoUnbuiltSectionsBuildsThem() {
    const qint64 recordId = newRecord(QStringLiteral("Built as it goes"));
    QVERIFY(recordId != 0);
    // Not shown yet: the page holds only the sections of a first screen.
    MainWindow window(m_store.get());
    QVERIFY(window.openRecord(recordId));
    QList<SectionGrid*> built = window.findChildren<SectionGrid*>();
    QVERIFY2(built.size() < 3, "the page was built whole: no section is left to build");
    QVERIFY(!built.isEmpty());
    SectionGrid* last = built.last();

    // Ctrl+End: the last row; Down: into the next grid, built on the way.
    QTest::keyClick(last, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(last->currentIndex().row(), last->checklistModel()->rowCount() - 1);
    QTest::keyClick(last, Qt::Key_Down);
    built = window.findChildren<SectionGrid*>();
    QCOMPARE(built.size(), 3);
    SectionGrid* next = window.recordView()->grids().at(built.indexOf(last) + 1);
    QCOMPARE(next->currentIndex().row(), 0);
    QCOMPARE(next->selectionModel()->selectedIndexes(), QModelIndexList{next->currentIndex()});
    QVERIFY(last->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(window.focusWidget(), next);
}

void TestGuiKeyboard::tabRunsThroughSectionsBuiltAfterThePaint() {
    const qint64 recordId = newRecord(QStringLiteral("Tabbed after start-up"));
    QVERIFY(recordId != 0);
    // As at start-up: the record opens before the window shows, the rest of the page after its first paint.
    MainWindow window(m_store.get());
    QVERIFY(window.openRecord(recordId));
    QVERIFY(window.findChildren<SectionGrid*>().size() < 3);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(window.findChildren<SectionGrid*>().size(), 3);
    const QList<SectionGrid*> grids = window.recordView()->grids();
    QVERIFY(enterRecord(&window));
    QTRY_COMPARE(QApplication::focusWidget(), grids.at(0));
    for (int i = 1; i < grids.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == grids.at(i),
                 qPrintable(QStringLiteral("Tab went to %1").arg(QApplication::focusWidget()->objectName())));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window.recordView()->signOffPanel()->view());
}

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
