#include "io/MarkdownTemplateReader.h"

#include "io/MarkdownBlockScanner.h"
#include "io/MarkdownSource.h"
#include "io/MarkdownTableRow.h"

#include <algorithm>
#include <optional>

namespace {

using Block = MarkdownBlockScanner::Block;
using BlockType = MarkdownBlockScanner::BlockType;

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

// An ATX heading line ("## Title ##") without its markers; nullopt for other lines.
std::optional<QString> atxHeadingText(const QString& line) {
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    const qsizetype hashes = i;
    while (i < line.size() && line.at(i) == u'#')
        ++i;
    if (i == hashes || i - hashes > 6 || (i < line.size() && line.at(i) != u' ' && line.at(i) != u'\t'))
        return std::nullopt;
    QString text = line.mid(i).trimmed();
    // An optional closing sequence of '#' preceded by a space (or making up the whole text).
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#')
        --end;
    if (end < text.size() && (end == 0 || text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        text = text.left(end).trimmed();
    return text;
}

QString headingText(const MarkdownSource& source, const Block& block) {
    if (std::optional<QString> atx = atxHeadingText(source.line(block.firstLine)))
        return *atx;
    // A setext heading: its text lines, the underline not included.
    QStringList lines;
    for (int n = block.firstLine; n <= block.lastLine; ++n)
        lines.append(source.line(n).trimmed());
    return lines.join(u' ').trimmed();
}

// md4c reads a "table" that follows a paragraph line, or whose separator has
// fewer than three dashes a cell, as plain text: say so instead of keeping it.
std::optional<Error> checkNoHiddenTable(const MarkdownSource& source, int firstLine, int lastLine) {
    for (int n = firstLine; n <= lastLine; ++n) {
        if (MarkdownTableRow::looksLikeSeparator(source.line(n))) {
            return lineError(n, QStringLiteral("this looks like a table separator row, but no table was "
                                               "recognised: leave a blank line before the table and use at "
                                               "least three dashes per cell (|---|---|)"));
        }
    }
    return std::nullopt;
}

// "1. Stop the deployment" -> "Stop the deployment"; other lines come back trimmed.
QString withoutListMarker(const QString& line) {
    const QString text = line.trimmed();
    qsizetype i = 0;
    while (i < text.size() && i < 9 && text.at(i).isDigit())
        ++i;
    if (i == 0 || i >= text.size() || (text.at(i) != u'.' && text.at(i) != u')'))
        return text;
    if (i + 1 < text.size() && !text.at(i + 1).isSpace())
        return text;
    return text.mid(i + 1).trimmed();
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

// The first column whose body cells are all status marks, not all of them empty.
int statusColumnByMarks(const Table& table, int notesColumn) {
    for (int c = 1; c < table.header.size(); ++c) {
        if (c == notesColumn)
            continue;
        bool allMarks = true;
        bool anyMark = false;
        for (const TableRow& row : table.rows) {
            if (isGroupHeaderRow(row.cells))
                continue;
            allMarks = allMarks && ItemStatusText::fromMark(row.cells.at(c)).has_value();
            anyMark = anyMark || !row.cells.at(c).isEmpty();
        }
        if (allMarks && anyMark)
            return c;
    }
    return -1;
}

Status readChecklistTable(const Table& table, ChecklistSection& section) {
    section.kind = SectionKind::Checklist;
    for (int c = 1; c < table.header.size() && section.statusColumn < 0; ++c) {
        if (isOneOf(table.header.at(c), {u"Status", u"Completed", u"Done", u"Checked"}))
            section.statusColumn = c;
    }
    for (int c = 1; c < table.header.size() && section.notesColumn < 0; ++c) {
        if (c != section.statusColumn &&
            isOneOf(table.header.at(c), {u"Notes", u"Note", u"Comments", u"Comment"}))
            section.notesColumn = c;
    }
    if (section.statusColumn < 0)
        section.statusColumn = statusColumnByMarks(table, section.notesColumn);
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

Status readTableSection(const MarkdownSource& source, const Block& block, ChecklistSection& section) {
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
    return readChecklistTable(*table, section);
}

Status readProcedure(const MarkdownSource& source, const Block& block, ChecklistSection& section) {
    if (block.hasNestedBlock) {
        return lineError(block.nestedBlockLine,
                         QStringLiteral("a numbered step may hold only text; nested lists, "
                                        "tables and code blocks are not supported"));
    }
    section.kind = SectionKind::Procedure;
    for (const MarkdownBlockScanner::ListItem& listItem : block.listItems) {
        if (std::optional<Error> error = checkNoHiddenTable(source, listItem.firstLine, listItem.lastLine))
            return *error;
        QStringList lines;
        for (int n = listItem.firstLine; n <= listItem.lastLine; ++n) {
            const QString line =
                n == listItem.firstLine ? withoutListMarker(source.line(n)) : source.line(n).trimmed();
            if (!line.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
                lines.append(line);
        }
        ChecklistItem item;
        item.text = lines.join(u'\n').trimmed();
        if (item.text.isEmpty())
            return lineError(listItem.firstLine, QStringLiteral("the step is empty"));
        section.items.append(item);
    }
    return {};
}

QString paragraphText(const MarkdownSource& source, const Block& block) {
    QStringList lines;
    for (int n = block.firstLine; n <= block.lastLine; ++n)
        lines.append(source.line(n).trimmed());
    return lines.join(u'\n');
}

Error unsupportedBlock(const Block& block) {
    switch (block.type) {
    case BlockType::BulletList:
        return lineError(block.firstLine,
                         QStringLiteral("bullet lists are not supported: use a table for "
                                        "checklist items or a numbered list (1. 2. 3.) for steps"));
    case BlockType::Code:
        return lineError(block.firstLine, QStringLiteral("code blocks are not supported in a template"));
    case BlockType::Quote:
        return lineError(block.firstLine, QStringLiteral("block quotes are not supported in a template"));
    default:
        return lineError(block.firstLine, QStringLiteral("this block is not supported in a template"));
    }
}

struct SectionInProgress {
    ChecklistSection section;
    QStringList paragraphs;
    int bodyLine = 0; // the line of its table or list; 0 when none yet
    BlockType bodyType = BlockType::Paragraph;
};

void finishSection(std::optional<SectionInProgress>& current, ChecklistTemplate& tmpl) {
    if (!current)
        return;
    current->section.description = current->paragraphs.join(QStringLiteral("\n\n"));
    tmpl.sections.append(current->section);
    current.reset();
}

} // namespace

Result<ChecklistTemplate> MarkdownTemplateReader::read(const QByteArray& utf8Markdown) {
    Result<MarkdownSource> source = MarkdownSource::fromUtf8(utf8Markdown);
    if (!source)
        return Error(source.error());
    Result<QList<Block>> scanned = MarkdownBlockScanner::scan(*source);
    if (!scanned)
        return Error(scanned.error());
    const QList<Block>& blocks = *scanned;

    const auto isTitle = [](const Block& b) {
        return b.type == BlockType::Heading && b.headingLevel == 1;
    };
    if (std::none_of(blocks.cbegin(), blocks.cend(), isTitle))
        return lineError(1, QStringLiteral("the document has no '# Title' heading"));
    qsizetype index = 0;
    while (index < blocks.size() && blocks.at(index).type == BlockType::Rule)
        ++index;
    if (!isTitle(blocks.at(index))) {
        return lineError(blocks.at(index).firstLine,
                         QStringLiteral("the document must start with its '# Title' heading"));
    }

    ChecklistTemplate tmpl;
    tmpl.title = headingText(*source, blocks.at(index));
    if (tmpl.title.isEmpty())
        return lineError(blocks.at(index).firstLine, QStringLiteral("the '# Title' heading is empty"));

    QStringList templateParagraphs;
    std::optional<SectionInProgress> current;
    for (++index; index < blocks.size(); ++index) {
        const Block& block = blocks.at(index);
        switch (block.type) {
        case BlockType::Heading: {
            if (block.headingLevel == 1) {
                return lineError(block.firstLine, QStringLiteral("a second '# Title' heading; start sections "
                                                                 "with '## '"));
            }
            if (block.headingLevel > 2) {
                return lineError(block.firstLine,
                                 QStringLiteral("'%1' headings are not supported; start sections with '## '")
                                     .arg(QString(block.headingLevel, u'#')));
            }
            finishSection(current, tmpl);
            current.emplace();
            current->section.title = headingText(*source, block);
            if (current->section.title.isEmpty())
                return lineError(block.firstLine, QStringLiteral("the section heading is empty"));
            break;
        }
        case BlockType::Paragraph:
        case BlockType::Html: {
            if (std::optional<Error> error = checkNoHiddenTable(*source, block.firstLine, block.lastLine))
                return *error;
            (current ? current->paragraphs : templateParagraphs).append(paragraphText(*source, block));
            break;
        }
        case BlockType::Table:
        case BlockType::OrderedList: {
            const bool isTable = block.type == BlockType::Table;
            if (!current) {
                return lineError(block.firstLine,
                                 isTable ? QStringLiteral("a table before the first '## Section' "
                                                          "heading")
                                         : QStringLiteral("a numbered list before the first "
                                                          "'## Section' heading"));
            }
            if (current->bodyLine != 0) {
                const QString title = current->section.title;
                if (current->bodyType != block.type) {
                    return lineError(block.firstLine,
                                     QStringLiteral("the section '%1' already has a table or a "
                                                    "numbered list (line %2); start a new '## ' "
                                                    "section for this one")
                                         .arg(title)
                                         .arg(current->bodyLine));
                }
                return lineError(
                    block.firstLine,
                    isTable ? QStringLiteral("a second table in the section '%1' (the first is at line "
                                             "%2); start a new '## ' section for it")
                                  .arg(title)
                                  .arg(current->bodyLine)
                            : QStringLiteral("a second numbered list in the section '%1' (the first is "
                                             "at line %2); keep one list per section, numbered with "
                                             "the same marker ('1.' or '1)') throughout")
                                  .arg(title)
                                  .arg(current->bodyLine));
            }
            current->bodyLine = block.firstLine;
            current->bodyType = block.type;
            const Status status = isTable ? readTableSection(*source, block, current->section)
                                          : readProcedure(*source, block, current->section);
            if (!status)
                return Error(status.error());
            break;
        }
        case BlockType::Rule:
            break; // a thematic break carries nothing to keep
        case BlockType::BulletList:
        case BlockType::Code:
        case BlockType::Quote:
            return unsupportedBlock(block);
        }
    }
    finishSection(current, tmpl);
    tmpl.description = templateParagraphs.join(QStringLiteral("\n\n"));
    return tmpl;
}
