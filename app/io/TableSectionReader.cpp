#include "io/TableSectionReader.h"

#include "io/MarkdownSource.h"
#include "io/MarkdownTableRow.h"

#include <optional>

namespace {

using Block = MarkdownBlockScanner::Block;

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

bool isOneOf(const QString& header, std::initializer_list<const char16_t*> names) {
    for (const char16_t* name : names) {
        if (header.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "**Preparation**" -> "Preparation"; nullopt when the cell is not entirely bold.
std::optional<QString> boldText(const QString& cell) {
    for (const QStringView marker : {QStringView(u"**"), QStringView(u"__")}) {
        if (cell.size() <= 2 * marker.size() || !cell.startsWith(marker) || !cell.endsWith(marker))
            continue;
        const QString inner = cell.mid(marker.size(), cell.size() - 2 * marker.size());
        if (inner.contains(marker) || inner.front().isSpace() || inner.back().isSpace())
            continue;
        return inner;
    }
    return std::nullopt;
}

struct TableRow {
    int line = 0;
    QStringList cells;
};

struct Table {
    int headerLine = 0;
    QStringList header;
    QList<TableRow> rows;
};

Result<Table> readTable(const MarkdownSource& source, const Block& block) {
    Table table;
    table.headerLine = block.firstLine;
    table.header = MarkdownTableRow::split(source.line(table.headerLine));
    const int separatorCells = int(MarkdownTableRow::split(source.line(table.headerLine + 1)).size());
    if (separatorCells != table.header.size()) {
        return lineError(table.headerLine + 1,
                         QStringLiteral("the header row has %1 cells, the separator row has %2")
                             .arg(table.header.size())
                             .arg(separatorCells));
    }
    for (int r = 0; r < block.tableBodyRows; ++r) {
        const int n = table.headerLine + 2 + r;
        const QString line = source.line(n);
        if (!MarkdownTableRow::hasUnescapedPipe(line)) {
            return lineError(n, QStringLiteral("the table row has no '|' between cells; leave a blank line "
                                               "after a table"));
        }
        QStringList cells = MarkdownTableRow::split(line);
        if (cells.size() != table.header.size()) {
            return lineError(n, QStringLiteral("the row has %1 cells, the header has %2")
                                    .arg(cells.size())
                                    .arg(table.header.size()));
        }
        table.rows.append({n, cells});
    }
    return table;
}

Status readSignOffTable(const Table& table, ChecklistSection& section) {
    section.kind = SectionKind::SignOff;
    for (const TableRow& row : table.rows) {
        ChecklistItem item;
        item.text = row.cells.at(0);
        if (item.text.isEmpty())
            return lineError(row.line, QStringLiteral("the role is empty"));
        item.extra = row.cells.mid(1);
        section.items.append(item);
    }
    return {};
}

bool isGroupHeaderRow(const QStringList& cells) {
    for (qsizetype c = 1; c < cells.size(); ++c) {
        if (!cells.at(c).isEmpty())
            return false;
    }
    return boldText(cells.at(0)).has_value();
}

// The roles given for this table's columns, by index; a header given a role
// that names two of its columns is an error.
Result<QHash<int, ColumnRole>> givenRoles(const Table& table, const QHash<QString, ColumnRole>& given,
                                          QSet<QString>& used) {
    QHash<int, ColumnRole> roles;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const qsizetype first = table.header.indexOf(it.key());
        if (first < 0)
            continue;
        if (table.header.indexOf(it.key(), first + 1) >= 0) {
            return lineError(
                table.headerLine,
                QStringLiteral("two columns are headed '%1', so the role given for it cannot tell "
                               "them apart; give them different headers")
                    .arg(it.key()));
        }
        roles.insert(int(first), it.value());
        used.insert(it.key());
    }
    return roles;
}

Status readChecklistTable(const Table& table, const QHash<QString, ColumnRole>& given, QSet<QString>& used,
                          ChecklistSection& section) {
    section.kind = SectionKind::Checklist;
    QList<QStringList> bodyRows;
    for (const TableRow& row : table.rows) {
        if (!isGroupHeaderRow(row.cells))
            bodyRows.append(row.cells);
    }
    const Result<QHash<int, ColumnRole>> roles = givenRoles(table, given, used);
    if (!roles)
        return roles.failure();
    const Result<ColumnRoles::Assignment> assigned = ColumnRoles::assign(table.header, bodyRows, *roles);
    if (!assigned)
        return lineError(table.headerLine, assigned.error());
    section.statusColumn = assigned->statusColumn;
    section.notesColumn = assigned->notesColumn;
    if (section.statusColumn < 0) {
        return lineError(table.headerLine,
                         QStringLiteral("the checklist table has no status column: head one 'Status' (or "
                                        "'Completed', 'Done', 'Checked'), or fill a column with status marks "
                                        "such as ☐, ☑, ☒ or N/A"));
    }

    const QList<int> extraColumns = section.extraColumns();
    for (const TableRow& row : table.rows) {
        ChecklistItem item;
        if (isGroupHeaderRow(row.cells)) {
            item.isGroupHeader = true;
            item.text = *boldText(row.cells.at(0));
            for (qsizetype i = 0; i < extraColumns.size(); ++i)
                item.extra.append(QString());
            section.items.append(item);
            continue;
        }
        item.text = row.cells.at(0);
        if (item.text.isEmpty())
            return lineError(row.line, QStringLiteral("the item text is empty"));
        const QString mark = row.cells.at(section.statusColumn);
        const std::optional<ItemStatus> status = ItemStatusText::fromMark(mark);
        if (!status) {
            return lineError(row.line,
                             QStringLiteral("'%1' is not a status mark; use ☐, ☑, ☒ or N/A").arg(mark));
        }
        item.status = *status;
        if (section.notesColumn >= 0)
            item.notes = row.cells.at(section.notesColumn);
        for (int c : extraColumns)
            item.extra.append(row.cells.at(c));
        section.items.append(item);
    }
    return {};
}

} // namespace

Status TableSectionReader::read(const MarkdownSource& source, const Block& block,
                                const QHash<QString, ColumnRole>& given, QSet<QString>& used,
                                ChecklistSection& section) {
    Result<Table> table = readTable(source, block);
    if (!table)
        return Error(table.error());
    section.columns = table->header;
    int roleColumn = -1;
    bool hasSignature = false;
    for (int c = table->header.size() - 1; c >= 0; --c) {
        if (isOneOf(table->header.at(c), {u"Role"}))
            roleColumn = c;
        hasSignature = hasSignature || isOneOf(table->header.at(c), {u"Signature"});
    }
    if (roleColumn >= 0 && hasSignature) {
        if (roleColumn != 0)
            return lineError(table->headerLine,
                             QStringLiteral("the Role column must come first in a sign-off table"));
        return readSignOffTable(*table, section);
    }
    return readChecklistTable(*table, given, used, section);
}
