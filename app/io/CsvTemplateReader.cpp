#include "io/CsvTemplateReader.h"

#include "io/ColumnRoles.h"
#include "io/CsvReader.h"
#include "io/MarkdownTableRow.h"
#include "io/SheetWords.h"

#include <QHash>

namespace {

using Row = CsvReader::Row;

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

bool isBlank(const QStringList& cells) {
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// A section title is one line: a heading.
QString titleText(const QString& cell) {
    QString flat = cell;
    flat.replace(u'\n', u' ');
    return flat.trimmed();
}

// Where each column of the file goes: the three that place a row, and the
// checklist table's own columns (`data`, the item text first).
struct Layout {
    int section = -1;
    int group = -1;
    int role = -1;
    QList<int> data;
};

bool isOverridden(const QString& header, const CsvTemplateReader::Options& options) {
    for (const MarkdownTemplateReader::ColumnOverride& override : options.columns) {
        if (override.column == MarkdownTableRow::escapeCell(header))
            return true;
    }
    return false;
}

Result<Layout> layoutOf(const Row& header, const CsvTemplateReader::Options& options) {
    Layout layout;
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString& cell = header.cells.at(c);
        int* slot = nullptr;
        if (!isOverridden(cell, options)) {
            if (SheetWords::is(SheetWords::Kind::SectionColumn, cell))
                slot = &layout.section;
            else if (SheetWords::is(SheetWords::Kind::GroupColumn, cell))
                slot = &layout.group;
            else if (SheetWords::is(SheetWords::Kind::RoleColumn, cell))
                slot = &layout.role;
        }
        if (!slot) {
            layout.data.append(c);
            continue;
        }
        if (*slot >= 0) {
            return lineError(header.line, QStringLiteral("two columns, '%1' and '%2', say the same of a row; "
                                                         "keep one")
                                              .arg(header.cells.at(*slot).trimmed(), cell.trimmed()));
        }
        *slot = c;
    }
    if (layout.data.isEmpty())
        return lineError(header.line, QStringLiteral("the header names no column for the items' text"));
    // The item text: the column given that role, else one headed Item, Task, Step…, else the first.
    qsizetype item = -1;
    for (qsizetype i = 0; i < layout.data.size() && item < 0; ++i) {
        const QString cell = MarkdownTableRow::escapeCell(header.cells.at(layout.data.at(i)));
        for (const MarkdownTemplateReader::ColumnOverride& override : options.columns) {
            if (override.column == cell && override.role == ColumnRole::Item)
                item = i;
        }
    }
    for (qsizetype i = 0; i < layout.data.size() && item < 0; ++i) {
        if (SheetWords::is(SheetWords::Kind::ItemColumn, header.cells.at(layout.data.at(i))))
            item = i;
    }
    if (item > 0)
        layout.data.move(item, 0);
    return layout;
}

struct ItemRow {
    int line = 0;
    QString group;
    QStringList cells; // the checklist table's cells, Markdown as written
};

struct PendingSection {
    QString title;
    bool signOff = false;
    QString group; // the group the next row without one continues
    QList<ItemRow> rows;
    QStringList roles;
};

class SheetBuilder {
public:
    SheetBuilder(const Layout& layout, const CsvTemplateReader::Options& options)
        : m_layout(layout)
        , m_options(options) {}

    Status addRow(const Row& row);
    Result<ChecklistTemplate> finish(const Row& header);

private:
    PendingSection& sectionNamed(const QString& title, bool signOff);
    Status addRole(const Row& row, const QString& sectionTitle);
    Result<ColumnRoles::Assignment> assignRoles(const Row& header, QStringList& columns);
    Status fillChecklist(const PendingSection& pending, const ColumnRoles::Assignment& roles,
                         ChecklistSection& section) const;

    const Layout& m_layout;
    const CsvTemplateReader::Options& m_options;
    QList<PendingSection> m_sections;
    QString m_currentSection;
    int m_firstRoleLine = 0;
    bool m_anyChecklistRow = false;
};

PendingSection& SheetBuilder::sectionNamed(const QString& title, bool signOff) {
    for (PendingSection& section : m_sections) {
        if (section.title == title && section.signOff == signOff)
            return section;
        if (signOff && section.signOff)
            return section; // one sign-off section: the roles of all such rows
    }
    m_sections.append({title, signOff, {}, {}, {}});
    return m_sections.last();
}

Status SheetBuilder::addRole(const Row& row, const QString& sectionTitle) {
    const QString roleCell =
        m_layout.role >= 0 ? MarkdownTableRow::escapeCell(row.cells.at(m_layout.role)) : QString();
    const QString itemCell = MarkdownTableRow::escapeCell(row.cells.at(m_layout.data.first()));
    if (!roleCell.isEmpty() && !itemCell.isEmpty() && roleCell != itemCell) {
        return lineError(row.line, QStringLiteral("the row names the role '%1' and the item '%2'; a role "
                                                  "that signs stands on a row of its own")
                                       .arg(roleCell, itemCell));
    }
    for (qsizetype i = 1; i < m_layout.data.size(); ++i) {
        const int c = m_layout.data.at(i);
        if (!row.cells.at(c).trimmed().isEmpty()) {
            return lineError(row.line, QStringLiteral("a sign-off row names only the role that signs; "
                                                      "'%1' has no place in it")
                                           .arg(row.cells.at(c).trimmed()));
        }
    }
    if (m_layout.group >= 0 && !row.cells.at(m_layout.group).trimmed().isEmpty())
        return lineError(row.line, QStringLiteral("a sign-off row has no group"));
    const QString role = roleCell.isEmpty() ? itemCell : roleCell;
    if (role.isEmpty())
        return lineError(row.line, QStringLiteral("the role is empty"));
    const bool titled = SheetWords::is(SheetWords::Kind::SignOffTitle, sectionTitle);
    PendingSection& section = sectionNamed(titled ? sectionTitle : QStringLiteral("Sign-off"), true);
    if (section.roles.contains(role))
        return lineError(row.line, QStringLiteral("the role '%1' is named twice").arg(role));
    section.roles.append(role);
    if (m_firstRoleLine == 0)
        m_firstRoleLine = row.line;
    return {};
}

Status SheetBuilder::addRow(const Row& row) {
    QString title = m_layout.section >= 0 ? titleText(row.cells.at(m_layout.section)) : QString();
    if (title.isEmpty())
        title = m_layout.section >= 0 ? m_currentSection : QStringLiteral("Checklist");
    if (title.isEmpty()) {
        return lineError(row.line, QStringLiteral("the first row names no section: fill its '%1' cell")
                                       .arg(QStringLiteral("Section")));
    }
    m_currentSection = title;
    const bool roleRow = m_layout.role >= 0 && !row.cells.at(m_layout.role).trimmed().isEmpty();
    if (roleRow || SheetWords::is(SheetWords::Kind::SignOffTitle, title))
        return addRole(row, title);

    PendingSection& section = sectionNamed(title, false);
    ItemRow item;
    item.line = row.line;
    const QString group =
        m_layout.group >= 0 ? MarkdownTableRow::escapeCell(row.cells.at(m_layout.group)) : QString();
    if (!group.isEmpty()) {
        if (group.contains(QStringLiteral("**")))
            return lineError(row.line, QStringLiteral("a group's name cannot hold '**'"));
        section.group = group;
    }
    item.group = section.group;
    for (int c : m_layout.data)
        item.cells.append(MarkdownTableRow::escapeCell(row.cells.at(c)));
    if (item.cells.first().isEmpty())
        return lineError(row.line, QStringLiteral("the item text is empty"));
    section.rows.append(item);
    m_anyChecklistRow = true;
    return {};
}

Result<ColumnRoles::Assignment> SheetBuilder::assignRoles(const Row& header, QStringList& columns) {
    for (int c : m_layout.data)
        columns.append(MarkdownTableRow::escapeCell(header.cells.at(c)));
    QHash<int, ColumnRole> given;
    for (const MarkdownTemplateReader::ColumnOverride& override : m_options.columns) {
        const qsizetype first = columns.indexOf(override.column);
        if (first < 0)
            return Error(QStringLiteral("no column is headed '%1'").arg(override.column));
        if (columns.indexOf(override.column, first + 1) >= 0) {
            return lineError(header.line, QStringLiteral("two columns are headed '%1', so the role given "
                                                         "for it cannot tell them apart; give them "
                                                         "different headers")
                                              .arg(override.column));
        }
        given.insert(int(first), override.role);
    }
    QList<QStringList> rows;
    for (const PendingSection& section : std::as_const(m_sections)) {
        for (const ItemRow& row : section.rows)
            rows.append(row.cells);
    }
    Result<ColumnRoles::Assignment> assigned = ColumnRoles::assign(columns, rows, given);
    if (!assigned)
        return lineError(header.line, assigned.error());
    ColumnRoles::Assignment roles = *assigned;
    if (roles.statusColumn < 0) {
        // No status column: every item starts pending, under one added last.
        QString name = QStringLiteral("Status");
        for (int n = 2; columns.contains(name); ++n)
            name = QStringLiteral("Status %1").arg(n);
        columns.append(name);
        roles.statusColumn = int(columns.size()) - 1;
    }
    return roles;
}

Status SheetBuilder::fillChecklist(const PendingSection& pending, const ColumnRoles::Assignment& roles,
                                   ChecklistSection& section) const {
    section.kind = SectionKind::Checklist;
    section.statusColumn = roles.statusColumn;
    section.notesColumn = roles.notesColumn;
    const QList<int> extraColumns = section.extraColumns();
    QString group;
    for (const ItemRow& row : pending.rows) {
        if (row.group != group) {
            ChecklistItem header;
            header.isGroupHeader = true;
            header.text = row.group;
            for (qsizetype i = 0; i < extraColumns.size(); ++i)
                header.extra.append(QString());
            section.items.append(header);
            group = row.group;
        }
        ChecklistItem item;
        item.text = row.cells.first();
        const QString mark = row.cells.value(roles.statusColumn);
        const std::optional<ItemStatus> status = SheetWords::status(mark);
        if (!status) {
            return lineError(row.line, QStringLiteral("'%1' in the column '%2' is not a status: write Done, "
                                                      "Yes, X, ✓, N/A or Failed, or leave it empty for "
                                                      "pending")
                                           .arg(mark, section.columns.at(roles.statusColumn)));
        }
        item.status = *status;
        if (roles.notesColumn >= 0)
            item.notes = row.cells.value(roles.notesColumn);
        for (int c : extraColumns)
            item.extra.append(row.cells.value(c));
        section.items.append(item);
    }
    return {};
}

Result<ChecklistTemplate> SheetBuilder::finish(const Row& header) {
    QStringList roleNames;
    for (const QString& role : m_options.roles)
        roleNames.append(MarkdownTableRow::escapeCell(role));
    if (!roleNames.isEmpty()) {
        if (m_firstRoleLine > 0) {
            return lineError(m_firstRoleLine, QStringLiteral("the file names the roles that sign from here "
                                                             "on; leave out --roles, or these rows"));
        }
        PendingSection& section = sectionNamed(QStringLiteral("Sign-off"), true);
        for (const QString& role : std::as_const(roleNames)) {
            if (role.isEmpty())
                return Error(QStringLiteral("a sign-off role given is empty"));
            if (section.roles.contains(role))
                return Error(QStringLiteral("the sign-off role '%1' is given twice").arg(role));
            section.roles.append(role);
        }
    }
    if (!m_anyChecklistRow && m_firstRoleLine == 0)
        return lineError(header.line, QStringLiteral("the file has a header row but no items under it"));

    ChecklistTemplate tmpl;
    tmpl.title = titleText(m_options.title);
    if (tmpl.title.isEmpty())
        return Error(QStringLiteral("the template has no title"));
    QStringList columns;
    ColumnRoles::Assignment roles;
    if (m_anyChecklistRow) {
        Result<ColumnRoles::Assignment> assigned = assignRoles(header, columns);
        if (!assigned)
            return assigned.failure();
        roles = *assigned;
    }
    for (const PendingSection& pending : std::as_const(m_sections)) {
        ChecklistSection section;
        section.title = pending.title;
        if (pending.signOff) {
            section.kind = SectionKind::SignOff;
            section.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                               QStringLiteral("Date")};
            for (const QString& role : pending.roles) {
                ChecklistItem item;
                item.text = role;
                item.extra = {QString(), QString(), QString()};
                section.items.append(item);
            }
        } else {
            section.columns = columns;
            if (Status filled = fillChecklist(pending, roles, section); !filled)
                return filled.failure();
        }
        tmpl.sections.append(section);
    }
    return tmpl;
}

} // namespace

Result<ChecklistTemplate> CsvTemplateReader::read(const QByteArray& bytes, const Options& options) {
    const Result<CsvReader::Table> table = CsvReader::read(bytes);
    if (!table)
        return table.failure();
    qsizetype index = 0;
    while (index < table->rows.size() && isBlank(table->rows.at(index).cells))
        ++index;
    if (index == table->rows.size())
        return Error(QStringLiteral("the file holds no header row, nor anything else"));
    const Row& header = table->rows.at(index);
    const Result<Layout> layout = layoutOf(header, options);
    if (!layout)
        return layout.failure();
    SheetBuilder builder(*layout, options);
    for (++index; index < table->rows.size(); ++index) {
        const Row& row = table->rows.at(index);
        if (isBlank(row.cells))
            continue;
        if (row.cells.size() != header.cells.size()) {
            return lineError(row.line, QStringLiteral("the row has %1 cells, the header has %2")
                                           .arg(row.cells.size())
                                           .arg(header.cells.size()));
        }
        if (Status added = builder.addRow(row); !added)
            return added.failure();
    }
    return builder.finish(header);
}
