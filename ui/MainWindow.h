#pragma once

#include <QMainWindow>
#include <QStatusBar>

class AuditDock;
class ChecklistStore;
class DatabaseActions;
class FileActions;
class LiveRefresh;
class PlainTextIndicator;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;
class RecordListPanel;
class RecordView;
class RegistryActions;
class ServerLink;
class WitnessGuard;

// The window composes the parts and wires them: the record list (left dock),
// the open record (centre), the audit trail (bottom dock), menus, the undo
// stack of the open record and the status bar. Every edit is in the database
// the moment it is made, so there is nothing to save.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ChecklistStore* store, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openRecord(qint64 recordId);
    void newRecord();
    void showPreferences();

    RecordView* recordView() const { return m_recordView; }
    RecordListPanel* recordList() const { return m_recordList; }
    AuditDock* auditDock() const { return m_auditDock; }
    QUndoStack* undoStack() const { return m_undoStack; }
    DatabaseActions* databaseActions() const { return m_databaseActions; }
    LiveRefresh* liveRefresh() const { return m_liveRefresh; }
    WitnessGuard* witnessGuard() const { return m_witnessGuard; }
    ServerLink* serverLink() const { return m_serverLink; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreSession();
    void updateRecordActions();
    void updateActorLabel();
    void showEditFailure(const QString& message);
    // A message of one of the window's parts, shown for a while in the status bar.
    void showStatus(const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); }
    static constexpr int kStatusMessageMs = 6000;
    void reloadRecord();
    void about();
    void onDatabaseChanged();
    void updateDatabaseActions();
    void fillRecentMenu();

    ChecklistStore* m_store;
    QUndoStack* m_undoStack;
    RecordView* m_recordView;
    RecordListPanel* m_recordList;
    QDockWidget* m_recordDock = nullptr;
    AuditDock* m_auditDock = nullptr;
    FileActions* m_fileActions;
    DatabaseActions* m_databaseActions;
    LiveRefresh* m_liveRefresh = nullptr;
    WitnessGuard* m_witnessGuard = nullptr;
    ServerLink* m_serverLink = nullptr;
    RegistryActions* m_registryActions = nullptr;
    QLabel* m_actorLabel;
    QLabel* m_databaseLabel;
    PlainTextIndicator* m_plainTextIndicator = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newRecordAction = nullptr;
    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_importTemplateAction = nullptr;
    QAction* m_exportMarkdownAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_exportTemplateAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_helpAction = nullptr;
};
