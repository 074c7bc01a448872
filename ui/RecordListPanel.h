#pragma once

#include <QWidget>

class ChecklistStore;
class QLabel;
class QLineEdit;
class QTreeView;
class RecordListModel;
class RecordListProxy;

// The list of records beside the open one; choosing a row opens that record
// (the focus stays in the list while browsing), Enter goes into it. A filter
// box above it (Ctrl+F) narrows it as the user types, and a click on a
// column's header sorts by that column.
class RecordListPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecordListPanel(ChecklistStore* store, QWidget* parent = nullptr);

    RecordListModel* model() const { return m_model; }
    // What the view shows: the model filtered and sorted.
    RecordListProxy* shown() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
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
    bool eventFilter(QObject* watched, QEvent* event) override;
    void applyFilter(const QString& text);
    void updateNoMatch();
    qint64 recordIdAt(const QModelIndex& shownIndex) const;

    RecordListModel* m_model;
    RecordListProxy* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_noMatch;
    QTreeView* m_view;
    bool m_selecting = false;
};
