#include "ui/MainWindow.h"

#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "ui/Appearance.h"
#include "ui/AuditDock.h"
#include "ui/AuditTrailModel.h"
#include "ui/DatabaseActions.h"
#include "ui/DockLayout.h"
#include "ui/EvidenceActions.h"
#include "ui/FileActions.h"
#include "ui/HandbookWindow.h"
#include "ui/LiveRefresh.h"
#include "ui/NewRecordDialog.h"
#include "ui/PlainTextIndicator.h"
#include "ui/PreferencesDialog.h"
#include "ui/RecordHeader.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordView.h"
#include "ui/RegistryActions.h"
#include "ui/ReportActions.h"
#include "ui/SealingPage.h"
#include "ui/ServerLink.h"
#include "ui/UserSettings.h"
#include "ui/WitnessGuard.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"
#include "ui/signing/RegistryNotice.h"
#include "ui/signing/SigningActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

MainWindow::MainWindow(ChecklistStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_recordView(new RecordView({store, m_undoStack, &UserSettings::actorName}, this))
    , m_recordList(new RecordListPanel(store, this))
    , m_fileActions(new FileActions(store, this))
    , m_databaseActions(new DatabaseActions(store, this))
    , m_actorLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The record, under the bar that invites a database without a signer registry to set one up.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_registryActions = new RegistryActions(store, this, this);
    connect(m_registryActions, &RegistryActions::statusMessage, this, &MainWindow::showStatus);
    centralLayout->addWidget(m_registryActions->notice());
    centralLayout->addWidget(m_recordView, 1);
    setCentralWidget(central);
    createActions();
    createMenus();
    createDocks();

    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_actorLabel->setToolTip(tr("The name recorded with every change; set it in Edit ▸ Preferences"));
    statusBar()->addPermanentWidget(m_actorLabel);
    updateActorLabel();
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Open database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(divider);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_plainTextIndicator = new PlainTextIndicator(store, this);
    statusBar()->addPermanentWidget(m_plainTextIndicator);
    statusBar()->setAccessibleName(tr("Status bar"));
    // The bar paints its messages itself; as its description (a change a screen
    // reader is told of) a refused edit or a saved file is heard, not only seen.
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), &QWidget::setAccessibleDescription);
    m_liveRefresh = new LiveRefresh(store, m_recordView, m_recordList, m_auditDock, this);

    connect(m_recordList, &RecordListPanel::recordChosen, this, &MainWindow::openRecord);
    connect(m_recordList, &RecordListPanel::recordEntered, this, [this](qint64 recordId) {
        if (openRecord(recordId))
            m_recordView->focusFirstGrid();
    });
    connect(m_recordView, &RecordView::editFailed, this, &MainWindow::showEditFailure);
    // A list that cannot be read keeps its rows; the status bar says why it is not current.
    const auto showReadFailure = [this](const QString& message) {
        statusBar()->showMessage(Prompts::asSentence(message), kStatusMessageMs);
    };
    connect(m_recordList->model(), &RecordListModel::readFailed, this, showReadFailure);
    connect(m_auditDock->model(), &AuditTrailModel::readFailed, this, showReadFailure);
    // Another program deleted the database's log under this window: say so
    // at once, not only when the next change is refused.
    connect(m_store, &ChecklistStore::logReplaced, this, [this](const QString& message) {
        const QString text = Prompts::asSentence(message);
        statusBar()->showMessage(text);
        Prompts::critical(this, tr("Reopen the Database"), text);
    });
    connect(m_fileActions, &FileActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_databaseActions, &DatabaseActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_databaseActions, &DatabaseActions::databaseChanged, this, &MainWindow::onDatabaseChanged);
    // Is the database the one this machine saw? Asked once the window is up, and for each database opened.
    m_witnessGuard = new WitnessGuard(store, m_recordView->header()->integrityBadge(), this);
    connect(m_witnessGuard, &WitnessGuard::statusMessage, this, &MainWindow::showStatus);
    connect(m_witnessGuard, &WitnessGuard::closeRequested, this, [this] {
        const QString trusted = m_witnessGuard->lastTrustedLocation();
        if (!trusted.isEmpty() && trusted != m_store->location())
            m_databaseActions->switchTo(trusted);
        else
            close();
    });
    QTimer::singleShot(0, m_witnessGuard, &WitnessGuard::check);
    // A team's server that restarts or drops away: reconnect, then reload (LiveRefresh).
    m_serverLink = new ServerLink(store, this);
    connect(m_serverLink, &ServerLink::statusMessage, this,
            [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });

    // A comfortable first size, never larger than the screen (200 % scale on a small display).
    QSize size(1280, 860);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    updateDatabaseActions();
    restoreSession();
    updateRecordActions();
}

MainWindow::~MainWindow() {
    // Destroying the widgets closes an open note editor, which commits it; a
    // refusal must not reach this half-destroyed window. The edit itself still
    // goes through the store (or is refused there) as usual.
    disconnect(m_recordView, nullptr, this, nullptr);
}

void MainWindow::createActions() {
    m_newRecordAction = new QAction(tr("&New Record…"), this);
    m_newRecordAction->setObjectName(QStringLiteral("actionNewRecord"));
    m_newRecordAction->setShortcut(QKeySequence::New);
    m_newRecordAction->setStatusTip(tr("Start a record from a checklist template"));
    connect(m_newRecordAction, &QAction::triggered, this, &MainWindow::newRecord);

    // A note being typed belongs to the database it was typed in: write it before switching.
    auto databaseAction = [this](const QString& text, const QString& name, const QString& tip,
                                 const std::function<void(DatabaseActions&)>& run) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, run] {
            m_recordView->commitPendingEdits();
            run(*m_databaseActions);
        });
        return action;
    };
    m_newDatabaseAction = databaseAction(tr("New &Database…"), QStringLiteral("actionNewDatabase"),
                                         tr("Create an empty database file and open it"),
                                         [](DatabaseActions& actions) { actions.newDatabase(); });
    m_openDatabaseAction = databaseAction(tr("&Open Database…"), QStringLiteral("actionOpenDatabase"),
                                          tr("Open another Countersign database file"),
                                          [](DatabaseActions& actions) { actions.openDatabase(); });
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_connectAction = databaseAction(tr("&Connect to Server…"), QStringLiteral("actionConnectToServer"),
                                     tr("Open the team's database on a PostgreSQL server"),
                                     [](DatabaseActions& actions) { actions.connectToServer(); });
    m_backUpAction = databaseAction(tr("&Back Up Database…"), QStringLiteral("actionBackUpDatabase"),
                                    tr("Write a complete copy of the open database to a new file"),
                                    [](DatabaseActions& actions) { actions.backUpDatabase(); });
    // No key: Save As (Ctrl+Shift+S on most desktops) is Record ▸ Sign's, and a backup is rare.

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
    m_undoAction->setStatusTip(tr("Take back the last change; the undo is recorded in the audit trail too"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z
    m_redoAction->setStatusTip(tr("Make the change taken back by Undo again"));

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    // Many Linux desktops define no Preferences key: Ctrl+, is the common choice then.
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Set the name recorded with your changes, and the appearance"));
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
    m_aboutAction->setStatusTip(tr("Version and licence of Countersign"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_helpAction = new QAction(tr("&Handbook"), this);
    m_helpAction->setObjectName(QStringLiteral("actionHelp"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpAction->setStatusTip(
        tr("The manual: how to work through, sign and verify a record, with every key"));
    connect(m_helpAction, &QAction::triggered, this, [this] { HandbookWindow::showFor(this); });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    // A disabled entry says why in its tooltip.
    file->setToolTipsVisible(true);
    file->addAction(m_newRecordAction);
    file->addAction(m_importTemplateAction);
    file->addSeparator();
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(m_connectAction);
    file->addAction(m_backUpAction);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(m_exportMarkdownAction);
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonAction);
    m_fileActions->addTemplateActionsTo(file, m_exportTemplateAction);
    // The record's report as PDF, on paper and in a preview (ui/ReportActions).
    auto* report = new ReportActions(m_store, m_recordView, &UserSettings::actorName, this);
    connect(report, &ReportActions::statusMessage, this, &MainWindow::showStatus);
    file->addSeparator();
    file->addAction(report->exportPdfAction());
    file->addAction(report->openWhenDoneAction());
    file->addAction(report->printPreviewAction());
    file->addAction(report->printAction());
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

    // Sign-off of the open record (ui/signing/SigningActions).
    SigningActions* signing = m_recordView->signingActions();
    connect(signing, &SigningActions::statusMessage, this, &MainWindow::showStatus);
    QMenu* recordMenu = menuBar()->addMenu(tr("&Record"));
    recordMenu->setObjectName(QStringLiteral("menuRecord"));
    recordMenu->addActions(m_recordView->notApplicableMenuActions());
    recordMenu->addAction(signing->signAction());
    recordMenu->addAction(signing->reopenAction());
    recordMenu->addSeparator();
    recordMenu->addAction(signing->verifyAction());

    // The four things done most, one click away. Icons come from the desktop's
    // theme (KDE's Breeze names); without one the text alone shows.
    auto* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    // The button's words without the menu's ellipsis and mnemonic.
    const auto themed = [](QAction* action, const char* iconName, const QString& iconText) {
        if (action->icon().isNull())
            action->setIcon(QIcon::fromTheme(QLatin1String(iconName)));
        action->setIconText(iconText);
        return action;
    };
    toolBar->addAction(themed(m_newRecordAction, "document-new", tr("New Record")));
    toolBar->addAction(themed(signing->signAction(), "document-sign", tr("Sign")));
    toolBar->addAction(themed(report->exportPdfAction(), "application-pdf", tr("Export PDF")));
    toolBar->addAction(themed(signing->verifyAction(), "security-high", tr("Verify")));
    QAction* showToolBar = toolBar->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    view->addAction(showToolBar);

    // Item ▸ Attach Evidence… and Evidence… on the current item (ui/EvidenceActions).
    auto* evidence = new EvidenceActions(m_store, m_recordView, &UserSettings::actorName, this);
    connect(evidence, &EvidenceActions::statusMessage, this, &MainWindow::showStatus);
    menuBar()->addMenu(evidence->menu());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_registryActions->signersAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Version and licence of the Qt toolkit"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    new DockLayout(this, m_recordDock, m_auditDock);

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
    // Remembered a moment later: a settings file write is not worth a slower
    // switch between records. Closing the window writes it at once.
    QTimer::singleShot(500, this, [location = m_store->location(), recordId] {
        UserSettings::setLastRecord(location, recordId);
    });
    setWindowTitle(m_recordView->record().info.title);
    updateRecordActions();
    return true;
}

void MainWindow::newRecord() {
    const Result<QList<TemplateSummary>> read = m_store->templates();
    if (!read) {
        Prompts::critical(this, tr("New Record"), Prompts::asSentence(read.error()));
        return;
    }
    const QList<TemplateSummary>& templates = read.value();
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
    dialog.setAppearance(UserSettings::appearance());
    dialog.sealingPage()->setNssDirectory(UserSettings::sealNssDirectory());
    dialog.sealingPage()->setCertificate(UserSettings::sealCertificate());
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    UserSettings::setActorName(dialog.name());
    UserSettings::setSealNssDirectory(dialog.sealingPage()->nssDirectory());
    UserSettings::setSealCertificate(dialog.sealingPage()->certificate());
    updateActorLabel();
    if (dialog.appearance() != UserSettings::appearance()) {
        UserSettings::setAppearance(dialog.appearance());
        Appearance::apply(dialog.appearance());
    }
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
    QString text = Prompts::asSentence(message);
    // Refused because the server's connection dropped: say that the window is on
    // it. The reload waits for the connection (ServerLink, then LiveRefresh).
    const bool reconnecting = m_serverLink->checkNow();
    if (reconnecting)
        text +=
            QLatin1Char(' ') + tr("Countersign is reconnecting to the server and reloads the record once "
                                  "it answers: make the change again then if the record does not show it.");
    statusBar()->showMessage(text, kStatusMessageMs);
    Prompts::warning(this, tr("Change Not Made"), text);
    // A change refused because the item changed elsewhere: show what is stored now.
    if (!reconnecting)
        m_liveRefresh->refresh();
}

void MainWindow::about() {
    Prompts::about(
        this, tr("About Countersign"),
        tr("Countersign %1\n\nRelease sign-off checklists: tick the items, sign off by role, "
           "export a signed record. Every change is stored when it is made and kept in an "
           "append-only audit trail.\n\nLicence: GPL-3.0-or-later. Countersign is free software: you "
           "can redistribute it and/or modify it under the terms of the GNU General Public License, "
           "version 3 or (at your option) any later version. It comes with no warranty.")
            .arg(AppIdentity::version()),
        QIcon(QStringLiteral(":/countersign/icons/countersign.svg")));
}

void MainWindow::onDatabaseChanged() {
    // Another database: nothing shown or undoable belongs to it.
    m_undoStack->clear();
    m_recordView->closeRecord();
    m_auditDock->setRecord(0);
    m_recordList->refresh();
    updateDatabaseActions();
    updateRecordActions();
    const qint64 last = UserSettings::lastRecordId(m_store->location());
    if (last != 0 && m_store->recordSummary(last))
        openRecord(last);
    else
        m_recordList->selectRecord(0);
    QTimer::singleShot(0, m_witnessGuard, &WitnessGuard::check);
    m_registryActions->refresh();
}

void MainWindow::updateDatabaseActions() {
    const QString location = m_store->location();
    const bool server = ChecklistStore::isServerLocation(location);
    DatabaseActions::showLocation(*m_databaseLabel, location);
    m_plainTextIndicator->refresh();
    m_backUpAction->setEnabled(m_store->isOpen() && !server);
    m_backUpAction->setToolTip(server ? tr("A server database is backed up on the server, with its own "
                                           "tools (pg_dump)")
                                      : tr("Write a complete copy of the open database to a new file"));
    if (m_store->isOpen())
        UserSettings::addRecentDatabase(location);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QString current = UserSettings::storableLocation(m_store->location());
    int shown = 0;
    for (const QString& location : UserSettings::recentDatabases()) {
        const bool server = ChecklistStore::isServerLocation(location);
        // A file that was moved or deleted since leaves the list.
        if (!server && !QFileInfo::exists(location)) {
            UserSettings::removeRecentDatabase(location);
            continue;
        }
        if (location == current)
            continue;
        ++shown;
        const QString label = DatabaseActions::displayLocation(location);
        QAction* action =
            m_recentMenu->addAction(shown < 10 ? QStringLiteral("&%1 %2").arg(shown).arg(label) : label);
        action->setToolTip(label);
        action->setData(location);
        connect(action, &QAction::triggered, this, [this, location] {
            m_recordView->commitPendingEdits();
            m_databaseActions->switchTo(location);
        });
    }
    if (shown == 0) {
        QAction* none = m_recentMenu->addAction(tr("No other database opened recently"));
        none->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    connect(clear, &QAction::triggered, this, [] { UserSettings::clearRecentDatabases(); });
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
