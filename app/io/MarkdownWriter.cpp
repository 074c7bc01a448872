#include "io/MarkdownWriter.h"

#include "core/UtcTime.h"
#include "io/MarkdownTableRow.h"

namespace {

// Headings and the record line are one line each.
QString oneLine(const QString& text) {
    QString flat = text;
    flat.replace(u'\r', u' ');
    flat.replace(u'\n', u' ');
    return flat.trimmed();
}

// Paragraphs as lines, trimmed, with at most one blank line between them.
QString paragraphs(const QString& text) {
    QStringList lines;
    const QStringList source =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (const QString& line : source) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
            lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QStringList defaultColumns(SectionKind kind) {
    if (kind == SectionKind::SignOff)
        return {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                QStringLiteral("Date")};
    return {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
}

QString table(const ChecklistSection& source) {
    ChecklistSection section = source;
    if (section.columns.isEmpty()) {
        // A section built in code rather than read: give it the seed's layout.
        section.columns = defaultColumns(section.kind);
        if (section.kind == SectionKind::Checklist) {
            section.statusColumn = 1;
            section.notesColumn = 2;
        }
    }
    const QList<int> extraColumns = section.extraColumns();
    QStringList header;
    for (const QString& column : std::as_const(section.columns))
        header.append(MarkdownTableRow::escapeCell(column));
    QStringList rows{MarkdownTableRow::join(header), MarkdownTableRow::separator(int(header.size()))};

    for (const ChecklistItem& item : std::as_const(section.items)) {
        QStringList cells(section.columns.size());
        if (item.isGroupHeader) {
            cells[0] = u"**" + MarkdownTableRow::escapeCell(item.text) + u"**";
            rows.append(MarkdownTableRow::join(cells));
            continue;
        }
        cells[0] = MarkdownTableRow::escapeCell(item.text);
        if (section.statusColumn > 0 && section.statusColumn < cells.size())
            cells[section.statusColumn] = ItemStatusText::mark(item.status);
        if (section.notesColumn > 0 && section.notesColumn < cells.size())
            cells[section.notesColumn] = MarkdownTableRow::escapeCell(item.notes);
        for (qsizetype i = 0; i < extraColumns.size() && i < item.extra.size(); ++i)
            cells[extraColumns.at(i)] = MarkdownTableRow::escapeCell(item.extra.at(i));
        rows.append(MarkdownTableRow::join(cells));
    }
    return rows.join(u'\n');
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

// Fills a sign-off row's empty Name and Date cells from the role's standing signature.
void fillSignatures(const Record& record, ChecklistSection& section) {
    const QList<int> extraColumns = section.extraColumns();
    for (ChecklistItem& item : section.items) {
        const SignatureEntry* signature = record.activeSignature(item.text);
        if (!signature)
            continue;
        while (item.extra.size() < extraColumns.size())
            item.extra.append(QString());
        for (qsizetype i = 0; i < extraColumns.size(); ++i) {
            const QString& header = section.columns.at(extraColumns.at(i));
            QString& cell = item.extra[i];
            if (!cell.trimmed().isEmpty())
                continue;
            if (header.compare(u"Name", Qt::CaseInsensitive) == 0)
                cell = signature->printedName;
            else if (header.compare(u"Date", Qt::CaseInsensitive) == 0)
                cell =
                    UtcTime::utc(signature->signedAt, UtcTime::Precision::Minutes) + QStringLiteral(" UTC");
        }
    }
}

void appendIfAny(QStringList& blocks, const QString& block) {
    if (!block.isEmpty())
        blocks.append(block);
}

} // namespace

QString MarkdownWriter::writeTemplate(const ChecklistTemplate& tmpl) {
    QStringList blocks{u"# " + oneLine(tmpl.title)};
    appendIfAny(blocks, paragraphs(tmpl.description));
    for (const ChecklistSection& section : tmpl.sections) {
        blocks.append(u"## " + oneLine(section.title));
        appendIfAny(blocks, paragraphs(section.description));
        switch (section.kind) {
        case SectionKind::Checklist:
        case SectionKind::SignOff:
            blocks.append(table(section));
            break;
        case SectionKind::Procedure:
            appendIfAny(blocks, procedure(section));
            break;
        case SectionKind::Text:
            break;
        }
    }
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
    for (ChecklistSection& section : shape.sections) {
        if (section.kind == SectionKind::SignOff)
            fillSignatures(record, section);
    }
    return writeTemplate(shape);
}
