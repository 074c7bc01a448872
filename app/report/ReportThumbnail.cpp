#include "report/ReportThumbnail.h"

#include "core/ChecklistStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace ReportThumbnail {

bool isPicture(const QString& mediaType) {
    return mediaType == QLatin1String("image/png") || mediaType == QLatin1String("image/jpeg");
}

QImage fromBytes(const QByteArray& bytes, const QSize& box) {
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    // By its content, not a name: a renamed file is still read for what it is.
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return {};
    // A huge screenshot is decoded at the size needed when the format allows it (JPEG does).
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    QImage picture = reader.read();
    if (picture.isNull())
        return {};
    if (picture.width() > box.width() || picture.height() > box.height())
        picture = picture.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage opaque(picture.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, picture);
    painter.end();
    return opaque.convertToFormat(QImage::Format_RGB888);
}

QHash<qint64, QImage> forRecord(const Record& record, const std::function<Result<QByteArray>(qint64)>& read) {
    QHash<qint64, QImage> pictures;
    for (const ChecklistSection& section : record.sections) {
        for (const ChecklistItem& item : section.items) {
            for (const AttachmentEntry& attachment : item.attachments) {
                if (attachment.isRemoved() || !isPicture(attachment.mediaType))
                    continue;
                const Result<QByteArray> bytes = read(attachment.id);
                if (!bytes)
                    continue;
                const QImage picture = fromBytes(bytes.value());
                if (!picture.isNull())
                    pictures.insert(attachment.id, picture);
            }
        }
    }
    return pictures;
}

QHash<qint64, QImage> forRecord(const Record& record, const ChecklistStore& store) {
    return forRecord(record, [&store](qint64 attachmentId) -> Result<QByteArray> {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status extracted = store.extractAttachment(attachmentId, buffer); !extracted)
            return extracted.failure();
        return buffer.data();
    });
}

} // namespace ReportThumbnail
