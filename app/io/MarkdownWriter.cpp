#include "io/MarkdownWriter.h"

#include "core/UtcTime.h"
#include "io/ColumnRoles.h"
#include "io/FrontMatter.h"
#include "io/MarkdownTableRow.h"
#include "io/TaskListReader.h"

namespace {

// Headings and the record line are one line each.
QString oneLine(const QString& text) {
    QString flat = text;
    flat.replace(u'\r', u' ');
    flat.replace(u'\n', u' ');
    return flat.trimmed();
}

// "## Title"; a title ending in '#' gets a closing " #", which the reader
// drops, or its own '#'s would be read as the closing sequence.
QString heading(int level, const QString& text) {
    const QString title = oneLine(text);
    return QString(level, u'#') + u' ' + title + (title.endsWith(u'#') ? QStringLiteral(" #") : QString());
}

bool interruptsText(const QString& line);

// A line inside a paragraph that, written trimmed, would start a block of its
// own or underline the line above as a heading ("--", "==", "***", "- item",
// "# x", "<div>"). Indented by four spaces it stays the paragraph's (indented
// code cannot interrupt a paragraph), and the reader trims it back.
bool endsParagraph(const QString& trimmed) {
    if (trimmed.isEmpty())
        return false;
    const QChar first = trimmed.front();
    if ((first == u'-' || first == u'=') && trimmed.count(first) == trimmed.size())
        return true; // a setext heading's underline
    if (first == u'*' || first == u'-' || first == u'_') {
        qsizetype marks = 0;
        bool onlyMarks = true;
        for (const QChar c : trimmed) {
            marks += c == first ? 1 : 0;
            onlyMarks = onlyMarks && (c == first || c == u' ' || c == u'\t');
        }
        if (onlyMarks && marks >= 3)
            return true; // a thematic break
    }
    return first == u'<' || interruptsText(trimmed);
}

QString keptInParagraph(const QString& trimmed) {
    return endsParagraph(trimmed) ? QStringLiteral("    ") + trimmed : trimmed;
}

// Paragraphs as lines, trimmed, with at most one blank line between them.
QString paragraphs(const QString& text) {
    QStringList lines;
    const QStringList source =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (const QString& line : source) {
        const QString trimmed = line.trimmed();
        const bool continues = !lines.isEmpty() && !lines.constLast().isEmpty();
        if (!trimmed.isEmpty() || continues)
            lines.append(continues ? keptInParagraph(trimmed) : trimmed);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

void appendIfAny(QStringList& blocks, const QString& block) {
    if (!block.isEmpty())
        blocks.append(block);
}

bool startsWithBullet(QStringView line) {
    return line.size() >= 1 && (line.at(0) == u'-' || line.at(0) == u'*' || line.at(0) == u'+') &&
           (line.size() == 1 || line.at(1) == u' ' || line.at(1) == u'\t');
}

// A description: paragraphs as paragraphs() writes them, except that a
// bullet list kept in it (TaskListReader's plain lists) keeps the indentation
// of its nested lines.
QString description(const QString& text) {
    QStringList lines;
    bool inList = false;
    bool afterBlank = false;
    const QStringList source =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (const QString& line : source) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!lines.isEmpty() && !lines.constLast().isEmpty())
                lines.append(QString());
            afterBlank = true;
            continue;
        }
        // A list runs from its first bullet to a blank line followed by text
        // that is neither indented nor another item: its lines stay as written.
        // Only at a paragraph's start: inside one, a bullet is text (read from an indented line).
        const bool continues = !lines.isEmpty() && !lines.constLast().isEmpty();
        if (startsWithBullet(line) && (!continues || inList))
            inList = true;
        else if (afterBlank && !line.front().isSpace())
            inList = false;
        afterBlank = false;
        QString kept = inList ? line : (continues ? keptInParagraph(trimmed) : trimmed);
        while (kept.back().isSpace())
            kept.chop(1);
        lines.append(kept);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

// Two bullet lists one after the other are one list to Markdown unless their
// bullets differ: a task list after text ending in a "-" list takes "*".
QChar taskBullet(const QString& textBefore) {
    const QStringList lines = textBefore.split(u'\n');
    // The last block the text holds starts on an unindented line after a blank
    // one (a lazy continuation line, "| a |" under "- b", starts none).
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString& line = lines.at(i);
        if (line.isEmpty() || line.front().isSpace() || (i > 0 && !lines.at(i - 1).isEmpty()))
            continue;
        return line.startsWith(u'-') && startsWithBullet(line) ? u'*' : u'-';
    }
    return u'-';
}

// Whether a detail's first line starts a block that ends the task's text by
// itself (a list item, a fence, a heading, a quote); any other needs a blank
// line before it, or it would read as more of the text.
bool interruptsText(const QString& line) {
    const QString text = line.trimmed();
    qsizetype spaces = 0;
    while (spaces < line.size() && line.at(spaces) == u' ')
        ++spaces;
    if (spaces > 3 || line.startsWith(u'\t'))
        return false; // an indented code block, which never ends a paragraph
    if (startsWithBullet(text))
        return text.size() > 2;
    if ((text.startsWith(QStringLiteral("1. ")) || text.startsWith(QStringLiteral("1) "))) && text.size() > 3)
        return true;
    if (text.startsWith(QStringLiteral("```")) || text.startsWith(QStringLiteral("~~~")) ||
        text.startsWith(u'>'))
        return true;
    return text.startsWith(u'#') &&
           (text.size() == 1 || text.at(1) == u' ' || text.at(1) == u'\t' || text.at(1) == u'#');
}

QString indented(const QString& text, int spaces) {
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (!line.isEmpty())
            line.prepend(QString(spaces, u' '));
    }
    return lines.join(u'\n');
}

// "- [x] Update CHANGELOG.md", its text's other lines and its detail indented
// under it. A record's notes come first in the detail: a task list has no
// place of its own for them.
QString task(const ChecklistItem& item, QChar bullet) {
    const QStringList textLines = paragraphs(item.text).split(u'\n');
    QStringList lines{QString(bullet) + u' ' + TaskListReader::mark(item.status) + u' ' + textLines.first()};
    for (qsizetype i = 1; i < textLines.size(); ++i) {
        if (!textLines.at(i).isEmpty())
            lines.append(QStringLiteral("  ") + textLines.at(i));
    }
    QString detail = item.detail;
    while (!detail.isEmpty() && detail.back().isSpace())
        detail.chop(1);
    if (!oneLine(item.notes).isEmpty())
        detail = u"Notes: " + paragraphs(item.notes) + (detail.isEmpty() ? QString() : u"\n\n" + detail);
    if (!detail.trimmed().isEmpty()) {
        QStringList detailLines = detail.split(u'\n');
        while (detailLines.first().trimmed().isEmpty())
            detailLines.removeFirst();
        if (!interruptsText(detailLines.first()))
            lines.append(QString());
        lines.append(indented(detailLines.join(u'\n'), 2));
    }
    return lines.join(u'\n');
}

// The section's description, then its tasks: one list per run of tasks, a
// "### " heading and its paragraphs for each group.
void taskList(const ChecklistSection& section, QStringList& blocks) {
    QString before = description(section.description);
    appendIfAny(blocks, before);
    QStringList list;
    auto flush = [&]() {
        if (!list.isEmpty())
            blocks.append(list.join(u'\n'));
        list.clear();
    };
    for (const ChecklistItem& item : section.items) {
        if (item.isGroupHeader) {
            flush();
            blocks.append(heading(3, item.text));
            before = description(item.detail);
            appendIfAny(blocks, before);
            continue;
        }
        list.append(task(item, taskBullet(before)));
    }
    flush();
}

QStringList defaultColumns(SectionKind kind) {
    if (kind == SectionKind::SignOff)
        return {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                QStringLiteral("Date")};
    return {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
}

// A table section's cells as they are written, the header first.
struct TableCells {
    ChecklistSection section; // with the seed's layout when built in code without columns
    QStringList header;
    QList<QStringList> rows;
    QList<QStringList> itemRows; // the rows that are not group headers
};

TableCells tableCells(const ChecklistSection& source) {
    TableCells cells{source, {}, {}, {}};
    ChecklistSection& section = cells.section;
    if (section.columns.isEmpty()) {
        // A section built in code rather than read: give it the seed's layout.
        section.columns = defaultColumns(section.kind);
        if (section.kind == SectionKind::Checklist) {
            section.statusColumn = 1;
            section.notesColumn = 2;
        }
    }
    const QList<int> extraColumns = section.extraColumns();
    for (const QString& column : std::as_const(section.columns))
        cells.header.append(MarkdownTableRow::escapeCell(column));
    for (const ChecklistItem& item : std::as_const(section.items)) {
        QStringList row(section.columns.size());
        if (item.isGroupHeader) {
            row[0] = u"**" + MarkdownTableRow::escapeCell(item.text) + u"**";
            cells.rows.append(row);
            continue;
        }
        row[0] = MarkdownTableRow::escapeCell(item.text);
        if (section.statusColumn > 0 && section.statusColumn < row.size())
            row[section.statusColumn] = ItemStatusText::mark(item.status);
        if (section.notesColumn > 0 && section.notesColumn < row.size())
            row[section.notesColumn] = MarkdownTableRow::escapeCell(item.notes);
        for (qsizetype i = 0; i < extraColumns.size() && i < item.extra.size(); ++i)
            row[extraColumns.at(i)] = MarkdownTableRow::escapeCell(item.extra.at(i));
        cells.rows.append(row);
        cells.itemRows.append(row);
    }
    return cells;
}

QString table(const TableCells& cells) {
    QStringList rows{MarkdownTableRow::join(cells.header),
                     MarkdownTableRow::separator(int(cells.header.size()))};
    for (const QStringList& row : cells.rows)
        rows.append(MarkdownTableRow::join(row));
    return rows.join(u'\n');
}

// The roles the reader would not find by itself in a checklist table, for the front matter.
QList<FrontMatter::ColumnRoleEntry> rolesToGive(const QString& title, const TableCells& cells) {
    if (cells.section.kind != SectionKind::Checklist)
        return {};
    const ColumnRoles::Assignment wanted{cells.section.statusColumn, cells.section.notesColumn};
    const QHash<int, ColumnRole> needed = ColumnRoles::needed(cells.header, cells.itemRows, wanted);
    QList<FrontMatter::ColumnRoleEntry> entries;
    for (int c = 0; c < cells.header.size(); ++c) {
        if (needed.contains(c))
            entries.append({oneLine(title), cells.header.at(c), needed.value(c), 0});
    }
    return entries;
}

// The sign-off policies that differ from the default, in the sign-off table's order.
QList<FrontMatter::PolicyEntry> policiesToGive(const ChecklistTemplate& tmpl,
                                               const ChecklistSection& signOff) {
    QList<FrontMatter::PolicyEntry> entries;
    for (const ChecklistItem& row : signOff.items) {
        const RolePolicy policy = tmpl.rolePolicies.value(row.text);
        if (!row.isGroupHeader && policy != RolePolicy())
            entries.append({row.text, policy, 0});
    }
    return entries;
}

QString procedure(const ChecklistSection& section) {
    QStringList lines;
    int number = 0;
    for (const ChecklistItem& item : section.items) {
        const QString marker = QString::number(++number) + u". ";
        const QStringList stepLines = paragraphs(item.text).split(u'\n');
        for (qsizetype i = 0; i < stepLines.size(); ++i) {
            if (i == 0)
                lines.append(marker + stepLines.at(i));
            else if (stepLines.at(i).isEmpty())
                lines.append(QString());
            else
                lines.append(QString(marker.size(), u' ') + stepLines.at(i));
        }
    }
    return lines.join(u'\n');
}

// Fills a sign-off row's empty Name and Date cells from the role's standing signatures.
void fillSignatures(const Record& record, ChecklistSection& section) {
    const QList<int> extraColumns = section.extraColumns();
    for (ChecklistItem& item : section.items) {
        // A role that several signed (its policy) shows them all, in the order they signed.
        const QList<const SignatureEntry*> standing = record.activeSignatures(item.text);
        if (standing.isEmpty())
            continue;
        QStringList names;
        QStringList times;
        for (const SignatureEntry* s : standing) {
            names << s->printedName;
            times << UtcTime::utc(s->signedAt, UtcTime::Precision::Minutes) + QStringLiteral(" UTC");
        }
        while (item.extra.size() < extraColumns.size())
            item.extra.append(QString());
        for (qsizetype i = 0; i < extraColumns.size(); ++i) {
            const QString& header = section.columns.at(extraColumns.at(i));
            QString& cell = item.extra[i];
            if (!cell.trimmed().isEmpty())
                continue;
            if (header.compare(u"Name", Qt::CaseInsensitive) == 0)
                cell = names.join(QStringLiteral("; "));
            else if (header.compare(u"Date", Qt::CaseInsensitive) == 0)
                cell = times.join(QStringLiteral("; "));
        }
    }
}

} // namespace

QString MarkdownWriter::writeTemplate(const ChecklistTemplate& tmpl) {
    QStringList blocks{heading(1, tmpl.title)};
    QList<FrontMatter::ColumnRoleEntry> roles;
    QList<FrontMatter::PolicyEntry> policies;
    appendIfAny(blocks, description(tmpl.description));
    for (const ChecklistSection& section : tmpl.sections) {
        blocks.append(heading(2, section.title));
        if (section.kind == SectionKind::Checklist && section.taskList) {
            taskList(section, blocks);
            continue;
        }
        appendIfAny(blocks, description(section.description));
        switch (section.kind) {
        case SectionKind::Checklist:
        case SectionKind::SignOff: {
            if (section.kind == SectionKind::SignOff)
                policies += policiesToGive(tmpl, section);
            const TableCells cells = tableCells(section);
            roles += rolesToGive(section.title, cells);
            blocks.append(table(cells));
            break;
        }
        case SectionKind::Procedure:
            appendIfAny(blocks, procedure(section));
            break;
        case SectionKind::Text:
            break;
        }
    }
    if (const QString frontMatter = FrontMatter::write(roles, policies); !frontMatter.isEmpty())
        blocks.prepend(frontMatter);
    return blocks.join(QStringLiteral("\n\n")) + u'\n';
}

QString MarkdownWriter::writeRecord(const Record& record) {
    QStringList facts{u"Record: " + oneLine(record.info.title)};
    if (!oneLine(record.info.releaseVersion).isEmpty())
        facts.append(u"Release version: " + oneLine(record.info.releaseVersion));
    if (!oneLine(record.info.environment).isEmpty())
        facts.append(u"Environment: " + oneLine(record.info.environment));

    ChecklistTemplate shape;
    shape.title = record.templateTitle;
    shape.description = facts.join(QStringLiteral(" · "));
    if (!paragraphs(record.description).isEmpty())
        shape.description += u"\n\n" + record.description;
    shape.sections = record.sections;
    shape.rolePolicies = record.rolePolicies;
    for (ChecklistSection& section : shape.sections) {
        if (section.kind == SectionKind::SignOff)
            fillSignatures(record, section);
    }
    return writeTemplate(shape);
}
