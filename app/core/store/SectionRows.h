#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

class HotStatement;
class StoreConnection;

// The sections and items of a template or of a record: the two table pairs
// (template_sections/template_items, record_sections/record_items) have the
// same shape, since a record is a copy of its template's structure. The
// templates room and the records room each own one pair and name it here.
class SectionRows {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    // Which pair of tables, and the column of the sections that names their owner.
    struct Tables {
        QString sections;
        QString items;
        QString ownerColumn;
        bool checked = false; // a record's items: who checked them, when, and their revision
    };
    static const Tables& ofTemplates();
    static const Tables& ofRecords();

    SectionRows(StoreConnection& connection, const Tables& tables);

    // Stores sections and their items under ownerId.
    Status insert(qint64 ownerId, const QList<ChecklistSection>& sections);
    Result<QList<ChecklistSection>> load(qint64 ownerId) const;
    // The same for many owners in one statement per table (a batch of records): by owner, an owner
    // without sections absent.
    Result<QHash<qint64, QList<ChecklistSection>>> loadMany(const QList<qint64>& ownerIds) const;

    // The columns an item is read from (alias i), in the order itemFromRow()
    // takes them: what every item has (its detail last), then who checked a record's item, when,
    // its revision, and who wrote its note and when.
    static const QString& itemColumns();
    static const QString& checkColumns();
    static constexpr int kItemColumnCount = 6;
    static constexpr int kCheckColumnCount = 5;
    // An item from itemColumns() at `first` onwards, followed by checkColumns()
    // where `checked`. Its id is the caller's.
    static ChecklistItem itemFromRow(const HotStatement& row, int first, bool checked);

private:
    StoreConnection& m_connection;
    const Tables& m_tables;
};
