#pragma once

#include "Checklist.h"

#include <QAbstractTableModel>

class ChecklistStore;

// Every record in the database, one row each: title, release version,
// environment, progress ("21/32") and state. Follows the store: a new record
// is a new row, a changed item updates its record's row.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Version, Environment, ProgressColumn, State, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1 };

    explicit RecordListModel(ChecklistStore* store, QObject* parent = nullptr);

    void refresh();
    qint64 recordIdAt(int row) const;
    int rowOfRecord(qint64 recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRecordCreated(qint64 recordId);
    void updateRecord(qint64 recordId);

    ChecklistStore* m_store;
    QList<RecordSummary> m_records;
};
