// The desktop end to end, offscreen, over a real SQLite file: a record made
// through the New Record dialog, ticked with Space, a note typed into the
// grid, Ctrl+Z, the progress line, a restart that reopens the last record,
// the note prompt, import and export through replaced file dialogs.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/Appearance.h"
#include "ui/AuditDock.h"
#include "ui/AuditTrailModel.h"
#include "ui/HandbookWindow.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewRecordDialog.h"
#include "ui/NoteDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordListProxy.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

const QString kActor = QStringLiteral("Quinn QA");
const QString kPreDeployment = QStringLiteral("Pre-Deployment Verification");
const QString kDeploymentSteps = QStringLiteral("Deployment Steps");

QPushButton* okButton(QDialog& dialog) {
    auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

// Fills the New Record form the way a person would, and presses OK.
int fillNewRecord(QDialog& dialog, const QString& title) {
    auto* templates = dialog.findChild<QComboBox*>(QStringLiteral("templateCombo"));
    auto* titleEdit = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    auto* versionEdit = dialog.findChild<QLineEdit*>(QStringLiteral("versionEdit"));
    auto* environment = dialog.findChild<QComboBox*>(QStringLiteral("environmentCombo"));
    if (!templates || !titleEdit || !versionEdit || !environment || !okButton(dialog))
        return -1;
    if (okButton(dialog)->isEnabled()) // OK waits for a title
        return -2;
    const int builtIn = templates->findText(QStringLiteral("Production Deployment Checklist (v1, 32 items)"));
    if (builtIn < 0)
        return -3;
    templates->setCurrentIndex(builtIn);
    QTest::keyClicks(titleEdit, title);
    QTest::keyClicks(versionEdit, QStringLiteral("2.4.0"));
    environment->setCurrentIndex(environment->findText(QStringLiteral("Production")));
    if (!okButton(dialog)->isEnabled())
        return -4;
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    return dialog.result();
}

} // namespace

class TestGuiMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordFromDialogTickedTypedUndoneAndReopened();
    void notApplicableAsksForNote();
    void failedKeepsAnExistingNote();
    void noteBeingTypedIsCommittedOnClose();
    void typingAddsToAnExistingNote();
    void recordActionsNeedARecord();
    void importShowsTitleAndVersionOrTheBadLine();
    void exportsWriteTheOpenRecord();
    void groupHeadersSpanTheGrid();
    void standardShortcutsHelpAboutAndAppearance();
    void startingRecordBuildsTheFirstScreenThenTheRest();

private:
    std::unique_ptr<MainWindow> showWindow();
    qint64 createRecord(const QString& title);
    ChecklistItem storedItem(qint64 itemId);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    std::unique_ptr<ChecklistStore> m_reader;
    QList<Prompts::Message> m_messages;
};

void TestGuiMainWindow::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_mainwindow"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("gui.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_path, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_reader = std::make_unique<ChecklistStore>();
    m_reader->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_reader->open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
}

void TestGuiMainWindow::init() {
    // QTest::failOnWarning() patterns last for one test function: set them for each.
    TestSupport::strictWarnings();
    m_messages.clear();
    Prompts::resetHooks();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
}

void TestGuiMainWindow::cleanup() {
    Prompts::resetHooks();
}

std::unique_ptr<MainWindow> TestGuiMainWindow::showWindow() {
    return GuiTestSupport::showMainWindow(m_store.get());
}

qint64 TestGuiMainWindow::createRecord(const QString& title) {
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    if (!templateId)
        return 0;
    const Result<qint64> id = m_store->createRecord(*templateId, {title, QStringLiteral("9.9"), {}}, kActor);
    return id.ok() ? *id : 0;
}

ChecklistItem TestGuiMainWindow::storedItem(qint64 itemId) {
    const Result<ChecklistItem> item = m_reader->loadItem(itemId);
    return item.ok() ? *item : ChecklistItem();
}

void TestGuiMainWindow::recordFromDialogTickedTypedUndoneAndReopened() {
    auto window = showWindow();
    QVERIFY(!window->recordView()->hasRecord());

    // Preferences: the name every change is recorded under.
    QSettings().remove(SettingsKeys::kIdentityName);
    Prompts::setDialogHook([](QDialog& dialog) {
        auto* preferences = qobject_cast<PreferencesDialog*>(&dialog);
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        if (!preferences || !name)
            return -1;
        QTest::keyClicks(name, QStringLiteral("Quinn QA"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        return dialog.result();
    });
    window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
    QCOMPARE(QSettings().value(SettingsKeys::kIdentityName).toString(), kActor);

    // File ▸ New Record, by its shortcut.
    int dialogResult = 0;
    Prompts::setDialogHook([&dialogResult](QDialog& dialog) {
        dialogResult = qobject_cast<NewRecordDialog*>(&dialog)
                           ? fillNewRecord(dialog, QStringLiteral("Release 2.4"))
                           : -100;
        return dialogResult;
    });
    const qsizetype recordsBefore = m_store->records()->size();
    QTest::keySequence(window.get(), QKeySequence::New);
    QCOMPARE(dialogResult, int(QDialog::Accepted));
    QCOMPARE(m_store->records()->size(), recordsBefore + 1);
    const RecordSummary created = m_store->records()->last();
    QCOMPARE(created.title, QStringLiteral("Release 2.4"));
    QCOMPARE(created.releaseVersion, QStringLiteral("2.4.0"));
    QCOMPARE(created.environment, QStringLiteral("Production"));
    QCOMPARE(window->recordView()->recordId(), created.id);
    // The list shows and selects it.
    const int listRow = window->recordList()->model()->rowOfRecord(created.id);
    QVERIFY(listRow >= 0);
    QCOMPARE(window->recordList()->view()->currentIndex().row(), listRow);

    // Space on the first item's status cell.
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    QVERIFY(grid);
    QVERIFY(grid->isVisible());
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 firstId = model->itemAt(0)->id;
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, ChecklistTableModel::Status));
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(storedItem(firstId).status, ItemStatus::Done);
    QCOMPARE(storedItem(firstId).updatedBy, kActor);
    QVERIFY(window->recordView()->progressText().contains(QStringLiteral("1/10")));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("progressLabel"))->text(),
             window->recordView()->progressText());

    // A note typed straight into the grid.
    const qint64 secondId = model->itemAt(1)->id;
    const QModelIndex notes = model->index(1, ChecklistTableModel::Notes);
    grid->setCurrentIndex(notes);
    QTest::keyClick(grid, 'C');
    auto* editor = qobject_cast<QLineEdit*>(grid->indexWidget(notes));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("overage 97% on core"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedItem(secondId).notes, QStringLiteral("Coverage 97% on core"));
    // The note has its own writer; "Checked by" stays empty until the status is set.
    QCOMPARE(storedItem(secondId).notesBy, kActor);
    QCOMPARE(storedItem(secondId).updatedBy, QString());
    QCOMPARE(model->index(1, ChecklistTableModel::Notes).data().toString(),
             QStringLiteral("Coverage 97% on core"));

    // Ctrl+Z undoes the note; the status stays.
    QTRY_VERIFY(grid->hasFocus());
    QTest::keySequence(grid, QKeySequence::Undo);
    QCOMPARE(storedItem(secondId).notes, QString());
    QCOMPARE(storedItem(firstId).status, ItemStatus::Done);
    QCOMPARE(model->index(1, ChecklistTableModel::Notes).data().toString(), QString());
    // Ctrl+Shift+Z brings it back, and Ctrl+Z takes it away again.
    QTest::keySequence(grid, QKeySequence::Redo);
    QCOMPARE(storedItem(secondId).notes, QStringLiteral("Coverage 97% on core"));
    QTest::keySequence(grid, QKeySequence::Undo);
    QCOMPARE(storedItem(secondId).notes, QString());

    // The audit dock lists each of them.
    AuditTrailModel* audit = window->auditDock()->model();
    QCOMPARE(audit->recordId(), created.id);
    QCOMPARE(audit->rowCount(), 6); // created, status, note, its undo, its redo, the undo again
    QCOMPARE(audit->index(0, AuditTrailModel::Change).data().toString(), // newest first: the undo again
             QStringLiteral("Undo: “Coverage 97% on core” → (empty)"));
    QCOMPARE(audit->index(1, AuditTrailModel::Change).data().toString(),
             QStringLiteral("Redo: (empty) → “Coverage 97% on core”"));
    QVERIFY(m_messages.isEmpty());

    // A new window (a restart) opens the same record again.
    window->close();
    window.reset();
    auto restarted = showWindow();
    QCOMPARE(restarted->recordView()->recordId(), created.id);
    QVERIFY(restarted->recordView()->progressText().contains(QStringLiteral("1/10")));
    SectionGrid* again = restarted->recordView()->gridFor(kPreDeployment);
    QVERIFY(again);
    QCOMPARE(again->checklistModel()->index(0, ChecklistTableModel::Status).data().toString(),
             QStringLiteral("☑ Done"));
    QCOMPARE(restarted->undoStack()->count(), 0);
}

void TestGuiMainWindow::notApplicableAsksForNote() {
    const qint64 recordId = createRecord(QStringLiteral("N/A prompt"));
    QVERIFY(recordId);
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 itemId = model->itemAt(5)->id;
    grid->setFocus();
    grid->setCurrentIndex(model->index(5, ChecklistTableModel::Item));

    // Cancelled: nothing changes.
    Prompts::setDialogHook([](QDialog& dialog) { return qobject_cast<NoteDialog*>(&dialog) ? 0 : -1; });
    grid->notApplicableAction()->trigger();
    QCOMPARE(storedItem(itemId).status, ItemStatus::Pending);

    bool okWasDisabled = false;
    Prompts::setDialogHook([&okWasDisabled](QDialog& dialog) {
        auto* note = dialog.findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        if (!qobject_cast<NoteDialog*>(&dialog) || !note)
            return -1;
        okWasDisabled = !okButton(dialog)->isEnabled();
        dialog.show(); // as exec() would: Enter presses the visible default button
        QTest::keyClicks(note, QStringLiteral("No traceability matrix for this release"));
        QTest::keyClick(note, Qt::Key_Return); // Enter accepts
        return dialog.result();
    });
    QCOMPARE(grid->notApplicableAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QTest::keySequence(grid, grid->notApplicableAction()->shortcut());
    QVERIFY(okWasDisabled);
    QCOMPARE(storedItem(itemId).status, ItemStatus::NotApplicable);
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("No traceability matrix for this release"));
    QCOMPARE(model->index(5, ChecklistTableModel::Status).data().toString(), QStringLiteral("N/A"));
    // One undo step takes back both the status and the note.
    QCOMPARE(window->undoStack()->count(), 1);
    window->undoStack()->undo();
    QCOMPARE(storedItem(itemId).status, ItemStatus::Pending);
    QCOMPARE(storedItem(itemId).notes, QString());
    QVERIFY(m_messages.isEmpty());
}

void TestGuiMainWindow::failedKeepsAnExistingNote() {
    const qint64 recordId = createRecord(QStringLiteral("Failed with note"));
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 itemId = model->itemAt(7)->id;
    QVERIFY(model->setData(model->index(7, ChecklistTableModel::Notes), QStringLiteral("2 high CVEs open")));
    grid->setFocus();
    grid->setCurrentIndex(model->index(7, ChecklistTableModel::Notes));
    // No dialog: the item's note is the reason (the default hook fails on any dialog).
    QTest::keySequence(grid, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QCOMPARE(storedItem(itemId).status, ItemStatus::Failed);
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("2 high CVEs open"));
    QVERIFY(window->recordView()->progressText().contains(QStringLiteral("1 failed")));
    // Clearing the note of a failed item is refused, and said so.
    QVERIFY(!model->setData(model->index(7, ChecklistTableModel::Notes), QString()));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY(m_messages.first().text.contains(QStringLiteral("note")));
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("2 high CVEs open"));
}

void TestGuiMainWindow::noteBeingTypedIsCommittedOnClose() {
    const qint64 recordId = createRecord(QStringLiteral("Close while typing"));
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    SectionGrid* grid = window->recordView()->gridFor(kDeploymentSteps);
    ChecklistTableModel* model = grid->checklistModel();
    QVERIFY(model->itemAt(0)->isGroupHeader);
    const qint64 itemId = model->itemAt(2)->id;
    grid->setFocus();
    grid->setCurrentIndex(model->index(2, ChecklistTableModel::Item));
    QTest::keyClick(grid, Qt::Key_F2); // F2 on the step edits its note
    auto* editor = qobject_cast<QLineEdit*>(grid->indexWidget(model->index(2, ChecklistTableModel::Notes)));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("v2.4.0 pushed"));
    QCOMPARE(storedItem(itemId).notes, QString()); // not yet: still typing
    window->close();
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("v2.4.0 pushed"));
}

void TestGuiMainWindow::typingAddsToAnExistingNote() {
    const qint64 recordId = createRecord(QStringLiteral("Append"));
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 itemId = model->itemAt(3)->id;
    QVERIFY(
        model->setData(model->index(3, ChecklistTableModel::Notes), QStringLiteral("staging p95 118 ms")));
    grid->setFocus();
    // Typing on the item text (not the note cell) still writes the row's note.
    grid->setCurrentIndex(model->index(3, ChecklistTableModel::Item));
    QTest::keyClick(grid, ';');
    const QModelIndex notes = model->index(3, ChecklistTableModel::Notes);
    QCOMPARE(grid->currentIndex(), notes);
    auto* editor = qobject_cast<QLineEdit*>(grid->indexWidget(notes));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("staging p95 118 ms;"));
    QTest::keyClicks(editor, QStringLiteral(" prod 121 ms"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedItem(itemId).notes, QStringLiteral("staging p95 118 ms; prod 121 ms"));
    // Escape while typing leaves the stored note as it was.
    QTest::keyClick(grid, 'x');
    editor = qobject_cast<QLineEdit*>(grid->indexWidget(notes));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!grid->indexWidget(notes));
    QCOMPARE(storedItem(itemId).notes, QStringLiteral("staging p95 118 ms; prod 121 ms"));
}

void TestGuiMainWindow::recordActionsNeedARecord() {
    QSettings().remove(SettingsKeys::kLastRecordId);
    auto window = showWindow();
    QVERIFY(!window->recordView()->hasRecord());
    const QStringList recordActions{QStringLiteral("actionExportMarkdown"), QStringLiteral("actionExportCsv"),
                                    QStringLiteral("actionExportJson"), QStringLiteral("actionReload")};
    for (const QString& name : recordActions) {
        QAction* action = window->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name));
    }
    QVERIFY(window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->isEnabled());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
    // Choosing a record in the list opens it and enables them.
    const qint64 recordId = createRecord(QStringLiteral("From the list"));
    RecordListPanel* list = window->recordList();
    const int row = list->model()->rowOfRecord(recordId);
    QVERIFY(row >= 0);
    list->view()->setCurrentIndex(list->shown()->mapFromSource(list->model()->index(row, 0)));
    QCOMPARE(window->recordView()->recordId(), recordId);
    for (const QString& name : recordActions)
        QVERIFY2(window->findChild<QAction*>(name)->isEnabled(), qPrintable(name));
}

void TestGuiMainWindow::importShowsTitleAndVersionOrTheBadLine() {
    auto window = showWindow();
    const QString good = m_dir.filePath(QStringLiteral("hotfix.md"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("# Hotfix Checklist\n\n## Checks\n\n| Item | Status | Notes |\n|---|---|---|\n"
                   "| Patch reviewed | ☐ | |\n| Smoke test passed | ☐ | |\n");
    goodFile.close();
    Prompts::setOpenFileHook([good](const QString&, const QString&, const QString&) { return good; });
    // The preview comes first (tst_gui_importpreview looks at it); here it is accepted as shown,
    // or, for a broken file, shows the problem and is cancelled.
    QString problem;
    Prompts::setDialogHook([&problem](QDialog& dialog) {
        auto* preview = qobject_cast<ImportPreviewDialog*>(&dialog);
        if (!preview)
            return int(QDialog::Rejected);
        auto* label = preview->findChild<QLabel*>(QStringLiteral("importProblem"));
        problem = label->isHidden() ? QString() : label->text();
        return int(preview->understood() ? QDialog::Accepted : QDialog::Rejected);
    });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Information);
    QVERIFY2(m_messages.first().text.contains(QStringLiteral("“Hotfix Checklist” as version 1")),
             qPrintable(m_messages.first().text));
    QVERIFY(m_store->resolveTemplate(QStringLiteral("Hotfix Checklist")).ok());

    const QString bad = m_dir.filePath(QStringLiteral("bad.md"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("# Broken\n\n## Checks\n\n| Item | Status | Notes |\n|---|---|---|\n"
                  "| Patch reviewed | ☐ | | extra | cells |\n");
    badFile.close();
    m_messages.clear();
    Prompts::setOpenFileHook([bad](const QString&, const QString&, const QString&) { return bad; });
    window->findChild<QAction*>(QStringLiteral("actionImportTemplate"))->trigger();
    QVERIFY(m_messages.isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("line 7")), qPrintable(problem));
    QVERIFY(!m_store->resolveTemplate(QStringLiteral("Broken")).ok());
}

void TestGuiMainWindow::exportsWriteTheOpenRecord() {
    const qint64 recordId = createRecord(QStringLiteral("Export me"));
    QVERIFY(m_store
                ->updateItem(m_store->loadRecord(recordId)->sections.first().items.first().id,
                             {ItemStatus::Done, QStringLiteral("green build")}, kActor)
                .ok());
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    QString suggested;
    auto saveTo = [this, &suggested](const QString& name) {
        const QString path = m_dir.filePath(name);
        Prompts::setSaveFileHook([path, &suggested](const QString&, const QString& proposal, const QString&) {
            suggested = proposal;
            return path;
        });
        return path;
    };

    const QString markdown = saveTo(QStringLiteral("export.md"));
    window->findChild<QAction*>(QStringLiteral("actionExportMarkdown"))->trigger();
    QVERIFY2(suggested.endsWith(QStringLiteral("/Export me.md")), qPrintable(suggested));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(md.readAll());
    QVERIFY(mdText.contains(QStringLiteral("Export me")));
    QVERIFY(mdText.contains(QStringLiteral("green build")));

    const QString csv = saveTo(QStringLiteral("export.csv"));
    window->findChild<QAction*>(QStringLiteral("actionExportCsv"))->trigger();
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readLine().startsWith("section,group,text,status,notes,by,at"));

    const QString json = saveTo(QStringLiteral("export.json"));
    window->findChild<QAction*>(QStringLiteral("actionExportJson"))->trigger();
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(object.value(QStringLiteral("id")).toInteger(), recordId);
    QCOMPARE(object.value(QStringLiteral("title")).toString(), QStringLiteral("Export me"));

    // Export Template as Markdown: pick the built-in one.
    Prompts::setChoiceHook([](const QString&, const QStringList& items) -> std::optional<int> {
        const qsizetype index =
            items.indexOf(QStringLiteral("Production Deployment Checklist (v1, 32 items)"));
        return index < 0 ? std::nullopt : std::optional<int>(int(index));
    });
    const QString templatePath = saveTo(QStringLiteral("template.md"));
    window->findChild<QAction*>(QStringLiteral("actionExportTemplate"))->trigger();
    QFile templateFile(templatePath);
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    QVERIFY(templateFile.readAll().startsWith("# Production Deployment Checklist\n"));
    QVERIFY(m_messages.isEmpty());
}

void TestGuiMainWindow::groupHeadersSpanTheGrid() {
    const qint64 recordId = createRecord(QStringLiteral("Spans"));
    auto window = showWindow();
    QVERIFY(window->openRecord(recordId));
    SectionGrid* grid = window->recordView()->gridFor(kDeploymentSteps);
    QVERIFY(grid);
    ChecklistTableModel* model = grid->checklistModel();
    QStringList groups;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->itemAt(row)->isGroupHeader) {
            QCOMPARE(grid->columnSpan(row, 0), model->columnCount());
            QCOMPARE(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold(), true);
            groups << model->index(row, 0).data().toString();
        } else {
            QCOMPARE(grid->columnSpan(row, 0), 1);
        }
    }
    QCOMPARE(groups, (QStringList{QStringLiteral("Preparation"), QStringLiteral("Staging Deployment"),
                                  QStringLiteral("Production Deployment")}));
    // Space on a group header changes nothing.
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(window->undoStack()->count(), 0);
    // The grid shows every row: no scroll bar of its own inside the page.
    QTRY_VERIFY(grid->height() >= grid->verticalHeader()->length() + grid->horizontalHeader()->height());
}

void TestGuiMainWindow::standardShortcutsHelpAboutAndAppearance() {
    auto window = showWindow();
    auto shortcut = [&window](const char* name) {
        QAction* action = window->findChild<QAction*>(QString::fromLatin1(name));
        return action ? action->shortcut() : QKeySequence(QStringLiteral("missing"));
    };
    QCOMPARE(shortcut("actionNewRecord"), QKeySequence(QKeySequence::New));
    QCOMPARE(shortcut("actionOpenDatabase"), QKeySequence(QKeySequence::Open));
    QCOMPARE(shortcut("actionQuit"), QKeySequence(QKeySequence::Quit));
    QCOMPARE(shortcut("actionUndo"), QKeySequence(QKeySequence::Undo));
    QCOMPARE(shortcut("actionHelp"), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(!shortcut("actionPreferences").isEmpty());

    // About shows the application's own icon, not a generic information sign.
    QString aboutText;
    QPixmap aboutIcon;
    Prompts::setDialogHook([&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            aboutText = box->text() + u'\n' + box->informativeText();
            aboutIcon = box->iconPixmap();
        }
        return int(QMessageBox::Ok);
    });
    window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY2(aboutText.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(aboutText));
    QVERIFY(aboutText.contains(QCoreApplication::applicationVersion().isEmpty()
                                   ? QStringLiteral("Countersign")
                                   : QCoreApplication::applicationVersion()));
    QVERIFY(!aboutIcon.isNull());
    QCOMPARE(aboutIcon.toImage(),
             QIcon(QStringLiteral(":/countersign/icons/countersign.svg")).pixmap(64, 64).toImage());
    // Help opens the handbook (tests/tst_gui_handbook), whose table of keys names Undo's.
    window->findChild<QAction*>(QStringLiteral("actionHelp"))->trigger();
    QVERIFY(m_messages.isEmpty());
    auto* handbook = window->findChild<HandbookWindow*>();
    QVERIFY(handbook && handbook->isVisible());
    QVERIFY(handbook->browser()->toPlainText().contains(
        QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    delete handbook;

    // Preferences ▸ Appearance ▸ Dark: Fusion with a dark palette, kept for the next start.
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    Prompts::setDialogHook([](QDialog& dialog) {
        auto* appearance = dialog.findChild<QComboBox*>(QStringLiteral("appearanceCombo"));
        if (!qobject_cast<PreferencesDialog*>(&dialog) || !appearance)
            return -1;
        appearance->setCurrentIndex(appearance->findText(QStringLiteral("Dark")));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        return dialog.result();
    });
    window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
    QCOMPARE(UserSettings::appearance(), UserSettings::Appearance::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    Appearance::apply(UserSettings::Appearance::System);
    UserSettings::setAppearance(UserSettings::Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);
}

void TestGuiMainWindow::startingRecordBuildsTheFirstScreenThenTheRest() {
    const qint64 recordId = createRecord(QStringLiteral("Lazy page"));
    QVERIFY(recordId);
    UserSettings::setLastRecord(m_store->location(), recordId);
    // The window opens the record it starts with before it is shown: only the
    // sections of a first screen exist until its first paint.
    auto window = std::make_unique<MainWindow>(m_store.get());
    RecordView* view = window->recordView();
    QCOMPARE(view->recordId(), recordId);
    auto sectionBox = [&](const QString& title) {
        return view->findChild<QWidget*>(QStringLiteral("section:%1").arg(title));
    };
    QVERIFY(sectionBox(kPreDeployment));
    QVERIFY2(!sectionBox(QStringLiteral("Sign-off")), "the whole page was built before the first paint");
    window->show();
    QTRY_VERIFY(sectionBox(QStringLiteral("Sign-off")));
    QTRY_VERIFY(sectionBox(QStringLiteral("Sign-off"))->isVisible());
    QCOMPARE(view->grids().size(), 3);

    // Asking for a grid builds what is missing at once, shown or not.
    auto hidden = std::make_unique<MainWindow>(m_store.get());
    QVERIFY(!hidden->recordView()->findChild<QWidget*>(QStringLiteral("section:Sign-off")));
    QVERIFY(hidden->recordView()->gridFor(QStringLiteral("Post-Deployment Verification")));
    QVERIFY(hidden->recordView()->signOffPanel());
    QCOMPARE(hidden->recordView()->grids().size(), 3);
    QVERIFY(m_messages.isEmpty());
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
