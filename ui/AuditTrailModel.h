#pragma once

#include "Checklist.h"

#include <QAbstractTableModel>

class ChecklistStore;

// The audit trail of one record, oldest first: when (local time), who, what,
// which item, and old → new. New rows arrive as the record changes.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, ItemText, Change, ColumnCount };

    explicit AuditTrailModel(ChecklistStore* store, QObject* parent = nullptr);

    void setRecord(qint64 recordId);
    qint64 recordId() const { return m_recordId; }
    // Reads the trail again; rows written since the last read are inserted.
    void refresh();
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString actionText(const AuditEntry& entry) const;
    QString changeText(const AuditEntry& entry) const;

    ChecklistStore* m_store;
    qint64 m_recordId = 0;
    QList<AuditEntry> m_entries;
};
