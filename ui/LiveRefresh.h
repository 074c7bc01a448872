#pragma once

#include "core/Checklist.h"

#include <QObject>

class AuditDock;
class ChecklistStore;
class QTimer;
class RecordListPanel;
class RecordView;

// Shows what other processes (the CLI, a colleague's window, a pipeline)
// change in the database, when the store reports changedElsewhere(): the
// record list and the open record follow without losing the reader's place.
// Changed items update in place, so the selection, the current cell, the
// scroll position and an editor being typed in all stay as they are. A change
// of the record itself (signed, reopened) rebuilds the page; that waits while
// an editor or a dialog is open, and the place is restored afterwards.
class LiveRefresh : public QObject {
    Q_OBJECT
public:
    LiveRefresh(ChecklistStore* store, RecordView* view, RecordListPanel* list, AuditDock* audit,
                QObject* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    bool isBusyEditing() const;
    void refreshRecord();
    void rebuildKeepingPlace();
    static bool sameShape(const Record& shown, const Record& stored);

    ChecklistStore* m_store;
    RecordView* m_view;
    RecordListPanel* m_list;
    AuditDock* m_audit;
    QTimer* m_retry;
};
