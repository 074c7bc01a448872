#pragma once

#include "core/Checklist.h"

#include <QAbstractTableModel>

class ChecklistStore;

// The audit trail of one record, newest first: when (local time), who (the
// name recorded and the computer account that acted), what, which item, and
// old → new. New rows arrive at the top as the record changes.
// A long trail is read a page at a time as the view scrolls down to older
// rows (canFetchMore/fetchMore), so opening a record costs one page.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, ItemText, Change, ColumnCount };

    explicit AuditTrailModel(ChecklistStore* store, QObject* parent = nullptr);

    // Shows recordId's trail. A read that fails is reported through readFailed:
    // the rows shown stay (none for another record: its trail is not the old one's).
    void setRecord(qint64 recordId);
    qint64 recordId() const { return m_recordId; }
    // Reads the rows written since the newest one shown and inserts them at the top.
    void refresh();
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPageSize = 200;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    void reportReadFailure(const QString& message);
    QString actionText(const AuditEntry& entry) const;
    // "Done → Pending", marked "Undo: …" for an undo.
    QString changeText(const AuditEntry& entry) const;
    QString valueChangeText(const AuditEntry& entry) const;

    ChecklistStore* m_store;
    qint64 m_recordId = 0;
    QList<AuditEntry> m_entries; // newest first
    bool m_olderRowsRemain = false;
};
