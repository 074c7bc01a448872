#pragma once

#include <QDockWidget>

class AuditTrailModel;
class ChecklistStore;
class QTreeView;

// The open record's audit trail in a dock (View ▸ Audit Trail).
class AuditDock : public QDockWidget {
    Q_OBJECT
public:
    explicit AuditDock(ChecklistStore* store, QWidget* parent = nullptr);

    void setRecord(qint64 recordId);
    AuditTrailModel* model() const { return m_model; }

private:
    AuditTrailModel* m_model;
    QTreeView* m_view;
    bool m_following = true;
};
