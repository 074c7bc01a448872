#pragma once

#include "core/Checklist.h"

#include <QAbstractTableModel>
#include <QHash>

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
    static constexpr int kPageSize = 50;

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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    void onRecordCreated(qint64 recordId);
    void updateRecord(qint64 recordId);
    void readEverySummary() const;

    ChecklistStore* m_store;
    QList<qint64> m_ids;   // ascending: the store lists records by id
    QString m_idsLocation; // the database m_ids were read from
    // The summaries read so far, by record id; a refresh forgets them.
    mutable QHash<qint64, RecordSummary> m_summaries;
    bool m_readEverything = false;
};
