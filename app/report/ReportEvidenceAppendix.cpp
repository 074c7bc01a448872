#include "report/ReportEvidenceAppendix.h"

#include "io/InlineMarkup.h"
#include "report/ReportStyle.h"

#include <QLocale>

#include <algorithm>

using namespace ReportStyle;

namespace {
// A thumbnail's box on paper, points; ReportThumbnail::kBox is twice this.
constexpr float kThumbWidth = 120;
constexpr float kThumbHeight = 90;
constexpr float kThumbGap = 10;
constexpr float kEntryGap = 8;
} // namespace

QString ReportEvidenceAppendix::sizeText(qint64 bytes) {
    const QLocale locale;
    const QString rounded = locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    // Under a kilobyte the rounded size is the exact one.
    return bytes < 1024 ? rounded : tr("%1 (%2 bytes)").arg(rounded, locale.toString(bytes));
}

QString ReportEvidenceAppendix::itemLine(const AttachmentEntry& attachment) {
    const QString size = QLocale().formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat);
    return attachment.isRemoved()
               ? tr("Evidence (removed): %1, %2, SHA-256 %3").arg(attachment.name, size, attachment.sha256)
               : tr("Evidence: %1, %2, SHA-256 %3").arg(attachment.name, size, attachment.sha256);
}

int ReportEvidenceAppendix::unitsFor(const Record& record) {
    int units = 0;
    for (const ChecklistSection& section : record.sections) {
        for (const ChecklistItem& item : section.items)
            units += int(item.attachments.size());
    }
    return units;
}

void ReportEvidenceAppendix::compose() {
    if (unitsFor(m_context.record) == 0)
        return;
    ReportFlow& flow = m_context.flow;
    flow.skip(kTableSpaceAfter);
    // After the audit trail's appendix when the report has one.
    flow.heading(m_context.options.includeAuditTrail ? tr("Appendix B — Evidence")
                                                     : tr("Appendix A — Evidence"),
                 kHeading, 8);
    flow.paragraph({{tr("The files attached to the record's items. A file's SHA-256 identifies its bytes: "
                        "a copy whose hash matches is the file that was attached. A removed file's bytes "
                        "stay in the database."),
                     ReportFontSet::Regular}},
                   kBody, kInk);
    flow.skip(6);
    for (const ChecklistSection& section : m_context.record.sections) {
        for (const ChecklistItem& item : section.items) {
            for (const AttachmentEntry& attachment : item.attachments) {
                composeEntry(item, attachment);
                if (!flow.step())
                    return;
            }
        }
    }
}

void ReportEvidenceAppendix::composeEntry(const ChecklistItem& item, const AttachmentEntry& attachment) {
    ReportFlow& flow = m_context.flow;
    ReportTextLayout& layout = m_context.text();
    const UtcTime::ZoneText& times = m_context.times;
    const QImage picture = m_context.options.thumbnails.value(attachment.id);
    QSizeF thumb;
    if (!picture.isNull())
        thumb = QSizeF(picture.size()).scaled(QSizeF(kThumbWidth, kThumbHeight), Qt::KeepAspectRatio);
    // The text stands right of the thumbnail column whether or not this file has one: the list reads as one.
    const float indent = m_context.options.thumbnails.isEmpty() ? 0 : kThumbWidth + kThumbGap;
    const float width = flow.width() - indent;

    ReportTextBlock text;
    layout.layout(QList<ReportSpan>{{attachment.name, ReportFontSet::Bold}}, kBody, width,
                  attachment.isRemoved() ? kMuted : kInk, text);
    layout.layout(tr("For: %1").arg(InlineMarkup::plainText(item.text)), ReportFontSet::Regular, kMeta, width,
                  kMuted, text);
    layout.layout(tr("%1, %2; attached by %3, %4")
                      .arg(sizeText(attachment.size),
                           attachment.mediaType.isEmpty() ? tr("type unknown") : attachment.mediaType,
                           attachment.addedBy,
                           times.dateTimeWithOffset(attachment.addedAt, UtcTime::Precision::Minutes)),
                  ReportFontSet::Regular, kMeta, width, kInk, text);
    layout.layout(QList<ReportSpan>{{QStringLiteral("SHA-256 "), ReportFontSet::Regular},
                                    {attachment.sha256, ReportFontSet::Mono}},
                  kMeta, width, kInk, text);
    if (attachment.isRemoved()) {
        layout.layout(tr("Removed by %1, %2: %3")
                          .arg(attachment.removedBy,
                               times.dateTimeWithOffset(attachment.removedAt, UtcTime::Precision::Minutes),
                               attachment.removedReason),
                      ReportFontSet::Regular, kMeta, width, kFailed, text);
    }
    const float height = std::max(text.height(), float(thumb.height()));
    flow.ensureSpace(height + kEntryGap);
    const float top = flow.y();
    if (!picture.isNull()) {
        flow.image(QRectF(QPointF(flow.left(), top), thumb), picture);
        // A hairline frame: a white screenshot still shows where it ends.
        const QRectF frame(QPointF(flow.left(), top), thumb);
        flow.stroke(
            {{frame.topLeft(), frame.topRight(), frame.bottomRight(), frame.bottomLeft(), frame.topLeft()},
             0.5f,
             kRule});
    }
    float y = top;
    for (int line = 0; line < text.lineCount(); ++line) {
        const float size = text.lines[size_t(line)].size;
        flow.place(text, line, flow.left() + indent, y + layout.baseline(size));
        y += ReportTextLayout::lineHeight(size);
    }
    flow.setY(top + height + kEntryGap);
}
