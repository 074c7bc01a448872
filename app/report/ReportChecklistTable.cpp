#include "report/ReportChecklistTable.h"

#include "io/InlineMarkup.h"
#include "report/ReportEvidenceAppendix.h"
#include "report/ReportItemStatus.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportChecklistTable::compose(const ChecklistSection& section) {
    ReportFlow& flow = m_context.flow;
    ReportTable& table = m_context.table;
    ReportTextLayout& text = m_context.text();
    const UtcTime::ZoneText& times = m_context.times;
    const float width = flow.width();
    const QList<int> extras = section.extraColumns();
    QList<QDateTime> updated;
    updated.reserve(2 * section.items.size());
    for (const ChecklistItem& item : section.items)
        updated << item.updatedAt << item.notesAt;
    const QString offset = times.sharedOffset(updated, m_context.generatedAt);

    auto header = [&](int column, const QString& fallback) {
        return column >= 0 && column < section.columns.size() &&
                       !section.columns.at(column).trimmed().isEmpty()
                   ? InlineMarkup::plainText(section.columns.at(column))
                   : fallback;
    };
    const float statusWidth = 56;
    const float byWidth = 64;
    const float atWidth = text.width(offset.isEmpty() ? QStringLiteral("0000-00-00 00:00 +00:00")
                                                      : QStringLiteral("0000-00-00 00:00"),
                                     ReportFontSet::Regular, kMeta) +
                          2 * kPadX + 1;
    const float flexible = width - statusWidth - byWidth - atWidth;
    const float weightItem = 3.f;
    const float weightNotes = 2.4f;
    const float weightExtra = 1.4f;
    const float unit = flexible / (weightItem + weightNotes + weightExtra * float(extras.size()));

    QList<ReportTable::Column> columns{{header(0, tr("Item")), unit * weightItem},
                                       {header(section.statusColumn, tr("Status")), statusWidth},
                                       {header(section.notesColumn, tr("Notes")), unit * weightNotes}};
    for (int c : extras)
        columns.append({header(c, QString()), unit * weightExtra});
    columns.append({tr("Checked by"), byWidth});
    columns.append({offset.isEmpty() ? tr("Checked at") : tr("Checked at (UTC%1)").arg(offset), atWidth});
    table.begin(columns);

    QList<float> widths;
    for (int c = 0; c < columns.size(); ++c)
        widths.append(table.textWidth(c));
    const int byColumn = 3 + int(extras.size());

    // A section or group marked not applicable says why once, in its heading;
    // its items' notes that only repeat that reason are left out.
    const auto markText = [&](const NotApplicableMark& mark) {
        const QString at = offset.isEmpty() ? times.dateTimeWithOffset(mark.at, UtcTime::Precision::Minutes)
                                            : times.dateTime(mark.at, UtcTime::Precision::Minutes);
        return tr("Not applicable: %1 (%2, %3)").arg(mark.reason, mark.by, at);
    };
    QString repeatedReason = section.notApplicable.reason;
    for (const ChecklistItem& item : section.items) {
        const bool reasonOnly = !repeatedReason.isEmpty() && item.status == ItemStatus::NotApplicable &&
                                item.notes == repeatedReason;
        if (item.isGroupHeader) {
            repeatedReason =
                item.notApplicable.isSet() ? item.notApplicable.reason : section.notApplicable.reason;
            table.addGroupRow(item.text,
                              item.notApplicable.isSet() ? markText(item.notApplicable) : QString());
        } else {
            ReportTable::Row& cells = table.scratchRow(int(columns.size()));
            text.layout(ReportMarkup::spans(item.text), kTable, widths.at(0), kInk, cells[0].text);
            // What a task list keeps under an item (a sub-list, a code block), its block markers gone.
            for (const QList<ReportSpan>& line : ReportMarkup::detailLines(item.detail))
                text.layout(line, kMeta, widths.at(0), kMuted, cells[0].text);
            // The item's evidence: each file by name, size and hash; a removed one says so.
            for (const AttachmentEntry& attachment : item.attachments)
                text.layout(ReportEvidenceAppendix::itemLine(attachment), ReportFontSet::Regular, kMeta,
                            widths.at(0), attachment.isRemoved() ? kMuted : kInk, cells[0].text);
            cells[1].text.append(m_context.lines.lines(ReportItemStatus::word(item.status),
                                                       ReportFontSet::Regular, kTable, widths.at(1),
                                                       ReportItemStatus::color(item.status)));
            if (!item.notes.isEmpty() && !reasonOnly)
                text.layout(item.notes, ReportFontSet::Regular, kTable, widths.at(2), kInk, cells[2].text);
            // The note's own author and time, in fine print under it: "Checked by/at" are the status's.
            if (!item.notes.isEmpty() && !reasonOnly && !item.notesBy.isEmpty() && item.notesAt.isValid()) {
                const QString at = offset.isEmpty()
                                       ? times.dateTimeWithOffset(item.notesAt, UtcTime::Precision::Minutes)
                                       : times.dateTime(item.notesAt, UtcTime::Precision::Minutes);
                text.layout(tr("Note by %1, %2").arg(item.notesBy, at), ReportFontSet::Regular, kMeta,
                            widths.at(2), kMuted, cells[2].text);
            }
            for (int e = 0; e < extras.size(); ++e) {
                const QString value = e < item.extra.size() ? item.extra.at(e) : QString();
                if (!value.isEmpty())
                    text.layout(ReportMarkup::spans(value), kTable, widths.at(3 + e), kInk,
                                cells[size_t(3 + e)].text);
            }
            if (item.updatedAt.isValid()) {
                cells[size_t(byColumn)].text.append(m_context.lines.lines(
                    item.updatedBy, ReportFontSet::Regular, kMeta, widths.at(byColumn), kInk));
                const QString at = offset.isEmpty()
                                       ? times.dateTimeWithOffset(item.updatedAt, UtcTime::Precision::Minutes)
                                       : times.dateTime(item.updatedAt, UtcTime::Precision::Minutes);
                text.layout(at, ReportFontSet::Regular, kMeta, widths.at(byColumn + 1), kInk,
                            cells[size_t(byColumn + 1)].text);
            }
            table.addRow(cells);
        }
        if (!flow.step())
            return;
    }
    table.end();
}
