#include "MainWindow.h"

#include "KnownRoles.h"
#include "SignOffService.h"
#include "SignersDialog.h"

#include "AppIdentity.h"
#include "AuditDock.h"
#include "ChecklistStore.h"
#include "FileActions.h"
#include "NewRecordDialog.h"
#include "PreferencesDialog.h"
#include "Prompts.h"
#include "RecordListPanel.h"
#include "RecordView.h"
#include "UiLogging.h"
#include "UserSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace {
constexpr int kStatusMessageMs = 6000;
}

MainWindow::MainWindow(ChecklistStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_recordView(new RecordView({store, m_undoStack, &UserSettings::actorName}, this))
    , m_recordList(new RecordListPanel(store, this))
    , m_fileActions(new FileActions(store, this))
    , m_actorLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_recordView);
    createActions();
    createMenus();
    createDocks();

    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_actorLabel->setToolTip(tr("The name recorded with every change; set it in Edit ▸ Preferences"));
    statusBar()->addPermanentWidget(m_actorLabel);
    updateActorLabel();

    connect(m_recordList, &RecordListPanel::recordChosen, this, &MainWindow::openRecord);
    connect(m_recordView, &RecordView::editFailed, this, &MainWindow::showEditFailure);
    connect(m_fileActions, &FileActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });

    resize(1280, 860);
    restoreSession();
    updateRecordActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_newRecordAction = new QAction(tr("&New Record…"), this);
    m_newRecordAction->setObjectName(QStringLiteral("actionNewRecord"));
    m_newRecordAction->setShortcut(QKeySequence::New);
    m_newRecordAction->setStatusTip(tr("Start a record from a checklist template"));
    connect(m_newRecordAction, &QAction::triggered, this, &MainWindow::newRecord);

    m_importTemplateAction = new QAction(tr("&Import Template…"), this);
    m_importTemplateAction->setObjectName(QStringLiteral("actionImportTemplate"));
    m_importTemplateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importTemplateAction->setStatusTip(tr("Add a checklist template from a Markdown file"));
    connect(m_importTemplateAction, &QAction::triggered, m_fileActions, &FileActions::importTemplate);

    auto exportAction = [this](const QString& text, const QString& name, FileActions::RecordFormat format) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tr("Write the open record to a file"));
        connect(action, &QAction::triggered, this,
                [this, format] { m_fileActions->exportRecord(m_recordView->recordId(), format); });
        return action;
    };
    m_exportMarkdownAction = exportAction(tr("&Markdown…"), QStringLiteral("actionExportMarkdown"),
                                          FileActions::RecordFormat::Markdown);
    m_exportCsvAction =
        exportAction(tr("&CSV…"), QStringLiteral("actionExportCsv"), FileActions::RecordFormat::Csv);
    m_exportJsonAction =
        exportAction(tr("&JSON…"), QStringLiteral("actionExportJson"), FileActions::RecordFormat::Json);

    m_exportTemplateAction = new QAction(tr("Export &Template as Markdown…"), this);
    m_exportTemplateAction->setObjectName(QStringLiteral("actionExportTemplate"));
    m_exportTemplateAction->setStatusTip(tr("Write a checklist template to a Markdown file"));
    connect(m_exportTemplateAction, &QAction::triggered, m_fileActions, &FileActions::exportTemplate);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Countersign; every change is already stored"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Set the name recorded with your changes"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_reloadAction = new QAction(tr("&Reload Record"), this);
    m_reloadAction->setObjectName(QStringLiteral("actionReload"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(
        tr("Read the open record again, with changes made elsewhere (the CLI, say)"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadRecord);

    m_aboutAction = new QAction(tr("&About Countersign"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newRecordAction);
    file->addAction(m_importTemplateAction);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(m_exportMarkdownAction);
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonAction);
    file->addAction(m_exportTemplateAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_reloadAction);
    view->addSeparator();

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* signersAction = tools->addAction(tr("&Signers…"));
    signersAction->setObjectName(QStringLiteral("actionSigners"));
    signersAction->setStatusTip(tr("Add signers, set their roles, deactivate them"));
    connect(signersAction, &QAction::triggered, this, [this] {
        SignOffService service(*m_store);
        SignersDialog dialog(*m_store, service, KnownRoles::of(*m_store), UserSettings::actorName(), this);
        dialog.exec();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createDocks() {
    m_recordDock = new QDockWidget(tr("Records"), this);
    m_recordDock->setObjectName(QStringLiteral("recordDock"));
    m_recordDock->setWidget(m_recordList);
    m_recordDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_recordDock);

    m_auditDock = new AuditDock(m_store, this);
    m_auditDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    resizeDocks({m_recordDock}, {400}, Qt::Horizontal);
    resizeDocks({m_auditDock}, {170}, Qt::Vertical);

    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("menuView"));
    QAction* showRecords = m_recordDock->toggleViewAction();
    showRecords->setText(tr("&Records"));
    showRecords->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* showAudit = m_auditDock->toggleViewAction();
    showAudit->setText(tr("&Audit Trail"));
    showAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(showRecords);
    view->addAction(showAudit);
}

bool MainWindow::openRecord(qint64 recordId) {
    if (recordId == 0)
        return false;
    if (m_recordView->hasRecord() && m_recordView->recordId() == recordId) {
        m_recordList->selectRecord(recordId);
        return true;
    }
    // A note being typed belongs to the record it was typed in: write it before leaving.
    m_recordView->commitPendingEdits();
    if (Status opened = m_recordView->openRecord(recordId); !opened) {
        Prompts::critical(
            this, tr("Open Record"),
            tr("The record could not be opened.\n\n%1").arg(Prompts::asSentence(opened.error())));
        m_recordList->selectRecord(m_recordView->recordId());
        return false;
    }
    // Undo steps name items of the record they were made in: they do not carry over.
    m_undoStack->clear();
    m_recordList->selectRecord(recordId);
    m_auditDock->setRecord(recordId);
    UserSettings::setLastRecord(m_store->location(), recordId);
    setWindowTitle(m_recordView->record().info.title);
    updateRecordActions();
    return true;
}

void MainWindow::newRecord() {
    const QList<TemplateSummary> templates = m_store->templates();
    if (templates.isEmpty()) {
        Prompts::information(
            this, tr("New Record"),
            tr("There is no checklist template yet. Import one with File ▸ Import Template…"));
        return;
    }
    NewRecordDialog dialog(templates, this);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    const Result<qint64> created =
        m_store->createRecord(dialog.templateId(), dialog.info(), UserSettings::actorName());
    if (!created) {
        Prompts::critical(this, tr("New Record"),
                          tr("The record was not created.\n\n%1").arg(Prompts::asSentence(created.error())));
        return;
    }
    qCInfo(lcUi) << "created record" << created.value();
    openRecord(created.value());
    statusBar()->showMessage(tr("Created “%1”").arg(dialog.info().title), kStatusMessageMs);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.setName(UserSettings::storedActorName());
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    UserSettings::setActorName(dialog.name());
    updateActorLabel();
}

void MainWindow::reloadRecord() {
    if (!m_recordView->hasRecord())
        return;
    m_recordView->commitPendingEdits();
    if (Status reloaded = m_recordView->reload(); !reloaded) {
        showEditFailure(reloaded.error());
        return;
    }
    m_auditDock->setRecord(m_recordView->recordId());
    statusBar()->showMessage(tr("Reloaded “%1”").arg(m_recordView->record().info.title), kStatusMessageMs);
}

void MainWindow::updateRecordActions() {
    const bool hasRecord = m_recordView->hasRecord();
    for (QAction* action : {m_exportMarkdownAction, m_exportCsvAction, m_exportJsonAction, m_reloadAction})
        action->setEnabled(hasRecord);
    if (QMenu* exportMenu = menuBar()->findChild<QMenu*>(QStringLiteral("menuExport")))
        exportMenu->setEnabled(hasRecord);
    if (!hasRecord)
        setWindowTitle(QString());
}

void MainWindow::updateActorLabel() {
    m_actorLabel->setText(tr("Changes recorded as %1").arg(UserSettings::actorName()));
}

void MainWindow::showEditFailure(const QString& message) {
    const QString text = Prompts::asSentence(message);
    statusBar()->showMessage(text, kStatusMessageMs);
    Prompts::warning(this, tr("Change Not Made"), text);
}

void MainWindow::about() {
    Prompts::information(
        this, tr("About Countersign"),
        tr("Countersign %1\n\nRelease sign-off checklists: tick the items, sign off by role, "
           "export a signed record. Every change is stored when it is made and kept in an "
           "append-only audit trail.")
            .arg(AppIdentity::version()));
}

void MainWindow::restoreSession() {
    const QByteArray geometry = UserSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = UserSettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    const qint64 last = UserSettings::lastRecordId(m_store->location());
    if (last != 0 && m_store->recordSummary(last))
        openRecord(last);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Nothing to save: only a note still being typed is not in the database yet.
    m_recordView->commitPendingEdits();
    UserSettings::setWindow(saveGeometry(), saveState());
    if (m_recordView->hasRecord())
        UserSettings::setLastRecord(m_store->location(), m_recordView->recordId());
    QMainWindow::closeEvent(event);
}
