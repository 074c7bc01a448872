#pragma once

#include <QWidget>

class ChecklistStore;
class QTreeView;
class RecordListModel;

// The list of records beside the open one; choosing a row opens that record
// (the focus stays in the list while browsing), Enter goes into it.
class RecordListPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecordListPanel(ChecklistStore* store, QWidget* parent = nullptr);

    RecordListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Shows which record is open, without asking to open it again.
    void selectRecord(qint64 recordId);
    // Reads the list again (a new database, changes made elsewhere), keeping
    // the selected record and the scroll position.
    void refresh();

Q_SIGNALS:
    void recordChosen(qint64 recordId);
    // Enter (or the platform's activation) on a record: open it and go into it.
    void recordEntered(qint64 recordId);

private:
    RecordListModel* m_model;
    QTreeView* m_view;
    bool m_selecting = false;
};
