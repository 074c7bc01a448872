#pragma once

#include <QTimer>
#include <QWidget>

class ChecklistStore;
class QTreeView;
class RecordListModel;

// The list of records beside the open one; choosing a row opens that record.
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Sizes the columns other than the title to the rows on screen: exactly,
    // or only wider, so that scrolling and edits do not make the columns jump.
    enum class Fit { Exactly, GrowOnly };
    void fitColumns(Fit fit);
    void fitSoon(Fit fit);

    RecordListModel* m_model;
    QTreeView* m_view;
    // Coalesces the fitting asked for by a burst of changes into one pass.
    QTimer m_fitLater;
    Fit m_pendingFit = Fit::GrowOnly;
    bool m_selecting = false;
};
