#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

class AuditLog;
class RecordTable;
class StoreConnection;

// A record's items as the user checks them: their status, notes and revision,
// with the record's progress counters moved in the same transaction. The
// hottest write path of the store (a tick), so its statements stay prepared.
class ItemTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    ItemTable(StoreConnection& connection, RecordTable& records, AuditLog& audit);

    Result<ChecklistItem> load(qint64 itemId) const;
    // 0 when the item does not exist or cannot be read.
    qint64 recordOf(qint64 itemId) const;

    // The item after an update, its record, and whether anything changed.
    struct Change {
        qint64 recordId = 0;
        ChecklistItem item;
        bool changed = false;
        bool hasAttachments = false; // whether the item has evidence to load for a view
    };
    // editId marks the change's audit rows; an edit whose id is already in the
    // audit trail was applied before, and returns the item as it is, unchanged.
    Result<Change> update(qint64 itemId, const ChecklistStore::ItemEdit& edit, const QString& actor,
                          std::optional<int> expectedRevision, ItemChangeAction::Kind kind,
                          const std::optional<ChecklistStore::ItemStamps>& restore, const QString& editId);

private:
    StoreConnection& m_connection;
    RecordTable& m_records;
    AuditLog& m_audit;
};
