#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class ChecklistStore;
class EvidenceFiles;
class QAction;
class QMenu;
class QWidget;
class RecordView;

// The Item menu: Item ▸ Attach Evidence… (Ctrl+Shift+A) and Item ▸
// Evidence… (Ctrl+Shift+E, the list of the item's files) for the current
// item of the record page (RecordView::currentItem), also in every grid's
// context menu; files dropped on an item's row are attached too. On a
// signed record, or without a current item, the actions are disabled and
// their tooltips say why.
//
//   auto* evidence = new EvidenceActions(store, recordView, &UserSettings::actorName, window);
//   menuBar()->addMenu(evidence->menu());
class EvidenceActions : public QObject {
    Q_OBJECT
public:
    EvidenceActions(ChecklistStore* store, RecordView* recordView, std::function<QString()> actor,
                    QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* attachAction() const { return m_attachAction; }
    QAction* showAction() const { return m_showAction; }
    EvidenceFiles* files() const { return m_files; }

    // Item ▸ Attach Evidence…: a file dialog, then the file is attached to the current item.
    void attachToCurrent();
    // Item ▸ Evidence…: the current item's files, in a dialog.
    void showCurrent();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void attachDropped(qint64 itemId, const QStringList& paths);
    void updateActions();

    ChecklistStore* m_store;
    RecordView* m_recordView;
    QWidget* m_window;
    EvidenceFiles* m_files;
    QMenu* m_menu;
    QAction* m_attachAction;
    QAction* m_showAction;
};
