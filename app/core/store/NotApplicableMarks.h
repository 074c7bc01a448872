#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

class AuditLog;
class RecordTable;
class StoreConnection;

// A record's sections and groups marked not applicable as a whole: the mark
// (na_by, na_at, na_reason on record_sections or on a group header's
// record_items row, schema 12) and, in the same transaction, every countable
// item under it set to N/A, the record's progress counters and the audit
// trail with them. Its undo and redo put back exactly what the change lists.
class NotApplicableMarks {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    using Change = ChecklistStore::NotApplicableChange;

    NotApplicableMarks(StoreConnection& connection, RecordTable& records, AuditLog& audit);

    Result<Change> mark(qint64 sectionId, qint64 groupId, const QString& reason, const QString& actor,
                        const QString& editId);
    Result<Change> undo(const Change& change, const QString& actor, const QString& editId);
    Result<Change> redo(const Change& change, const QString& actor, const QString& editId);

    // The stored marks of each record (one without marks absent), in one statement.
    struct RecordMarks {
        QHash<qint64, NotApplicableMark> ofSections; // by section id
        QHash<qint64, NotApplicableMark> ofGroups;   // by group header's item id
    };
    static Result<QHash<qint64, RecordMarks>> ofRecords(const StoreConnection& connection,
                                                        const QList<qint64>& recordIds);
    // Sets each section's and group header's notApplicable from a record's marks.
    static void putOn(const RecordMarks& marks, QList<ChecklistSection>& sections);

    // The audit actions of the mark itself: "na_marked", and its undo and redo.
    static QString markedAction(ItemChangeAction::Kind kind);

private:
    // The section or group as stored now, read inside the write transaction.
    struct Target {
        qint64 recordId = 0;
        RecordState state = RecordState::InProgress;
        QString title;
        NotApplicableMark mark;
        QList<ChecklistItem> items; // the countable items under it, in order
    };
    Result<Target> readTarget(qint64 sectionId, qint64 groupId) const;
    // Writes change forwards (the mark and each item's after) or backwards
    // (each item's before, the mark removed), inside the caller's transaction.
    Status write(const Change& change, bool forwards, const QString& actor, ItemChangeAction::Kind kind,
                 const QString& editId);
    Result<Change> replay(const Change& change, bool forwards, const QString& actor,
                          ItemChangeAction::Kind kind, const QString& editId);
    Status refuseSigned(const Target& target) const;
    Result<bool> applied(const QString& editId) const;

    StoreConnection& m_connection;
    RecordTable& m_records;
    AuditLog& m_audit;
};
