#include "core/store/SectionRows.h"

#include "core/HotStatement.h"
#include "core/UtcTime.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"

#include <QHash>
#include <QSqlQuery>

#include <array>

using namespace StoreValues;

namespace {
// An item status as the store writes it (ItemStatusText::key), compared as
// is: fromKey() trims and lower-cases a copy of every row's text first.
ItemStatus storedStatus(QStringView text) {
    static const std::array<std::pair<QString, ItemStatus>, 4> kKeys{{
        {ItemStatusText::key(ItemStatus::Pending), ItemStatus::Pending},
        {ItemStatusText::key(ItemStatus::Done), ItemStatus::Done},
        {ItemStatusText::key(ItemStatus::NotApplicable), ItemStatus::NotApplicable},
        {ItemStatusText::key(ItemStatus::Failed), ItemStatus::Failed},
    }};
    for (const auto& [key, status] : kKeys) {
        if (text == key)
            return status;
    }
    return ItemStatusText::fromKey(text.toString()).value_or(ItemStatus::Pending);
}
} // namespace

// Table and column names come from these two fixed pairs, never from input.
const SectionRows::Tables& SectionRows::ofTemplates() {
    static const Tables kTables{QStringLiteral("template_sections"), QStringLiteral("template_items"),
                                QStringLiteral("template_id"), false};
    return kTables;
}

const SectionRows::Tables& SectionRows::ofRecords() {
    static const Tables kTables{QStringLiteral("record_sections"), QStringLiteral("record_items"),
                                QStringLiteral("record_id"), true};
    return kTables;
}

SectionRows::SectionRows(StoreConnection& connection, const Tables& tables)
    : m_connection(connection)
    , m_tables(tables) {}

// NULLIF hands most items' extra cells over as NULL, not a "[]" to copy and parse.
const QString& SectionRows::itemColumns() {
    static const QString kColumns =
        QStringLiteral("i.is_group, i.text, i.status, i.notes, NULLIF(i.extra, '[]'), i.detail");
    return kColumns;
}

const QString& SectionRows::checkColumns() {
    static const QString kColumns =
        QStringLiteral("i.updated_by, i.updated_at, i.revision, i.notes_by, i.notes_at");
    return kColumns;
}

ChecklistItem SectionRows::itemFromRow(const HotStatement& row, int first, bool checked) {
    ChecklistItem it;
    it.isGroupHeader = row.integer(first) != 0;
    it.text = row.text(first + 1);
    it.status = storedStatus(row.text(first + 2));
    it.notes = row.text(first + 3);
    if (!row.isNull(first + 4))
        it.extra = fromJsonList(row.text(first + 4));
    it.detail = row.text(first + 5);
    if (checked) {
        it.updatedBy = row.text(first + 6);
        if (!row.isNull(first + 7))
            it.updatedAt = UtcTime::parse(row.text(first + 7));
        it.revision = int(row.integer(first + 8));
        it.notesBy = row.text(first + 9);
        it.notesAt = UtcTime::parse(row.text(first + 10)); // '' (unknown) reads as invalid
    }
    return it;
}

Status SectionRows::insert(qint64 ownerId, const QList<ChecklistSection>& sections) {
    const QSqlDatabase& db = m_connection.db();
    QSqlQuery section(db);
    section.prepare(
        QStringLiteral("INSERT INTO %1 (%2, position, title, kind, description, columns, status_column, "
                       "notes_column, task_list) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(m_tables.sections, m_tables.ownerColumn));
    QSqlQuery item(db);
    item.prepare(QStringLiteral("INSERT INTO %1 (section_id, position, is_group, text, status, notes, "
                                "extra, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(m_tables.items));
    // Most items are plain (not a heading, pending, no notes, extra cells or detail):
    // for those the columns' defaults say the rest, and each bound value costs
    // Qt a hash lookup (a 10,000-item template binds 70,000 values otherwise).
    QSqlQuery plainItem(db);
    plainItem.prepare(
        QStringLiteral("INSERT INTO %1 (section_id, position, text) VALUES (?, ?, ?)").arg(m_tables.items));
    for (int s = 0; s < sections.size(); ++s) {
        const ChecklistSection& sec = sections.at(s);
        section.bindValue(0, bindable(ownerId));
        section.bindValue(1, bindable(s));
        section.bindValue(2, bindable(sec.title));
        section.bindValue(3, bindable(SectionKindText::key(sec.kind)));
        section.bindValue(4, bindable(sec.description));
        section.bindValue(5, bindable(toJsonList(sec.columns)));
        section.bindValue(6, bindable(sec.statusColumn));
        section.bindValue(7, bindable(sec.notesColumn));
        section.bindValue(8, bindable(sec.taskList ? 1 : 0));
        if (!section.exec() || !section.next())
            return Error(tr("cannot store the section \"%1\": %2")
                             .arg(sec.title, m_connection.explain(section.lastError())));
        const qint64 sectionId = section.value(0).toLongLong();
        section.finish();
        for (int i = 0; i < sec.items.size(); ++i) {
            const ChecklistItem& it = sec.items.at(i);
            if (!it.isGroupHeader && it.status == ItemStatus::Pending && it.notes.isEmpty() &&
                it.extra.isEmpty() && it.detail.isEmpty()) {
                plainItem.bindValue(0, bindable(sectionId));
                plainItem.bindValue(1, bindable(i));
                plainItem.bindValue(2, bindable(it.text));
                if (!plainItem.exec())
                    return Error(tr("cannot store the item \"%1\": %2")
                                     .arg(it.text, m_connection.explain(plainItem.lastError())));
                continue;
            }
            item.bindValue(0, bindable(sectionId));
            item.bindValue(1, bindable(i));
            item.bindValue(2, bindable(it.isGroupHeader ? 1 : 0));
            item.bindValue(3, bindable(it.text));
            item.bindValue(4, bindable(ItemStatusText::key(it.status)));
            item.bindValue(5, bindable(it.notes));
            item.bindValue(6, bindable(toJsonList(it.extra)));
            item.bindValue(7, bindable(it.detail));
            if (!item.exec())
                return Error(tr("cannot store the item \"%1\": %2")
                                 .arg(it.text, m_connection.explain(item.lastError())));
        }
    }
    return {};
}

Result<QList<ChecklistSection>> SectionRows::load(qint64 ownerId) const {
    Result<QHash<qint64, QList<ChecklistSection>>> loaded = loadMany({ownerId});
    if (!loaded)
        return loaded.failure();
    return loaded->value(ownerId);
}

Result<QHash<qint64, QList<ChecklistSection>>> SectionRows::loadMany(const QList<qint64>& ownerIds) const {
    const QSqlDatabase& db = m_connection.db();
    const QString inList = placeholders(ownerIds.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // With each section's item count (from the index alone), so that a list of
    // thousands of items is allocated once rather than grown and moved.
    q.prepare(QStringLiteral("SELECT s.id, s.title, s.kind, s.description, s.columns, s.status_column, "
                             "s.notes_column, (SELECT COUNT(*) FROM %3 i WHERE i.section_id = s.id), "
                             "s.task_list, s.%2 "
                             "FROM %1 s WHERE s.%2 IN (%4) ORDER BY s.%2, s.position")
                  .arg(m_tables.sections, m_tables.ownerColumn, m_tables.items, inList));
    for (qint64 id : ownerIds)
        q.addBindValue(bindable(id));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read sections"), q.lastError());
    QHash<qint64, QList<ChecklistSection>> sections;
    // Each section's owner and place among the owner's sections, for its items.
    QHash<qint64, std::pair<qint64, int>> placeOfSection;
    while (q.next()) {
        ChecklistSection s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.kind = SectionKindText::fromKey(q.value(2).toString()).value_or(SectionKind::Text);
        s.description = q.value(3).toString();
        s.columns = fromJsonList(q.value(4).toString());
        s.statusColumn = q.value(5).toInt();
        s.notesColumn = q.value(6).toInt();
        s.items.reserve(q.value(7).toLongLong());
        s.taskList = q.value(8).toInt() != 0;
        QList<ChecklistSection>& owned = sections[q.value(9).toLongLong()];
        placeOfSection.insert(s.id, {q.value(9).toLongLong(), int(owned.size())});
        owned.append(std::move(s));
    }
    q.finish();

    const QString columns =
        m_tables.checked ? itemColumns() + QStringLiteral(", ") + checkColumns() : itemColumns();
    // Ordered by the two indexes as they are walked (an owner's sections by
    // position, then by id, which makes each section's items one run in
    // position order), so there is no sort. 10,000 rows per large record: a
    // HotStatement, not a QVariant per column.
    HotStatement items(db,
                       QStringLiteral("SELECT i.section_id, i.id, %1 "
                                      "FROM %2 i JOIN %3 s ON s.id = i.section_id WHERE s.%4 IN (%5) "
                                      "ORDER BY s.%4, s.position, s.id, i.position")
                           .arg(columns, m_tables.items, m_tables.sections, m_tables.ownerColumn, inList));
    for (int i = 0; i < ownerIds.size(); ++i)
        items.bind(i, ownerIds.at(i));
    if (!items.exec())
        return Error(tr("cannot read items: %1").arg(m_connection.explain(items.lastError())));
    qint64 sectionId = -1;
    QList<ChecklistItem>* sectionItems = nullptr;
    while (items.next()) {
        if (const qint64 id = items.integer(0); id != sectionId || !sectionItems) {
            sectionId = id;
            const std::pair<qint64, int> place = placeOfSection.value(id);
            sectionItems = &sections[place.first][place.second].items;
        }
        ChecklistItem it = itemFromRow(items, 2, m_tables.checked);
        it.id = items.integer(1);
        sectionItems->append(std::move(it));
    }
    if (items.lastError().isValid())
        return Error(tr("cannot read items: %1").arg(m_connection.explain(items.lastError())));
    return sections;
}
