#pragma once

#include "core/Checklist.h"
#include "ui/SummaryRows.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QThread>

class ChecklistStore;

// Every record in the database, one row each: title, release version,
// environment, progress ("21/32") and state. Follows the store: a new record
// is a new row, a changed item updates its record's row.
//
// A database may hold thousands of records and a view shows a few dozen, so
// the model knows every record's id (one cheap query: the row count and the
// row of any record come from it) and reads the summaries themselves in pages
// of kPageSize, when a view first asks for a row of that page.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Version, Environment, ProgressColumn, State, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = SummaryRows::kPageSize;

    explicit RecordListModel(ChecklistStore* store, QObject* parent = nullptr);

    // Rereads the ids. When they cannot be read the rows stay as they were
    // (none when the store opened another database since) and readFailed says
    // why: an empty list would claim there are no records.
    void refresh();
    qint64 recordIdAt(int row) const;
    int rowOfRecord(qint64 recordId) const;
    // The summary shown in a row, reading its page from the store the first
    // time; nothing when it cannot be read (the log says why).
    const RecordSummary* summaryAt(int row) const;
    // Filtering and sorting look at every row: from now on the model reads
    // every summary in one query (now and at each refresh) instead of page by
    // page. Stays on until another database is opened.
    void setReadEverything(bool everything);
    // Reads every summary on a connection of a worker thread of its own, for
    // this database and each one opened after it, so that the first filter or
    // sort finds them read (20,000 records take 50 ms to read, half a sort's
    // budget). The window starts it once its first frame is out. A record
    // created or changed while the worker reads makes its result stale: it
    // is dropped, and the first filter or sort reads on the window's
    // connection as before.
    void readEverythingInBackground();
    // Whether every summary is read, in the background or not.
    bool readsEverything() const { return m_readEverything; }
    ~RecordListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);
    // The background read is in (or was dropped as stale); for tests.
    void backgroundReadDone();

private:
    void onRecordCreated(qint64 recordId);
    void updateRecord(qint64 recordId);
    // Every summary into `rows`, by the row of its id in `ids`.
    void readEverySummary(const QList<qint64>& ids, SummaryRows& rows) const;
    void placeEverySummary(const QList<RecordSummary>& all, const QList<qint64>& ids,
                           SummaryRows& rows) const;
    void startBackgroundRead();

    ChecklistStore* m_store;
    QList<qint64> m_ids;   // ascending: the store lists records by id
    QString m_idsLocation; // the database m_ids were read from
    // The summaries read so far, by row (as m_ids); a refresh forgets them.
    mutable SummaryRows m_rows;
    bool m_readEverything = false;
    bool m_readInBackground = false; // readEverythingInBackground() was asked for
    // Counts what makes a background read stale: changes, refreshes.
    quint64 m_changes = 0;
    QPointer<QThread> m_worker;
};
