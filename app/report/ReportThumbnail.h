#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QSize>

#include <functional>

class ChecklistStore;

// Small pictures of image attachments for the report. The bytes are read as
// PNG or JPEG only (what the report calls an image), by their content; the
// picture is scaled to fit `box` pixels, never enlarged, and its
// transparency painted onto white, since a PDF/A-1 file may hold no
// transparency.
namespace ReportThumbnail {
// The box a report's thumbnail fits: 2× the points it is drawn at, for print.
inline constexpr QSize kBox{240, 180};

bool isPicture(const QString& mediaType);
// Null when the bytes are not a PNG or JPEG image Qt can read.
QImage fromBytes(const QByteArray& bytes, const QSize& box = kBox);
// The pictures of a record's standing PNG and JPEG attachments by id, their
// bytes read through `read` (the store's). One that cannot be read or is no
// picture is left out: the report still lists it with its hash.
QHash<qint64, QImage> forRecord(const Record& record, const std::function<Result<QByteArray>(qint64)>& read);
// The same, the bytes extracted from the store (ChecklistStore::extractAttachment).
QHash<qint64, QImage> forRecord(const Record& record, const ChecklistStore& store);
} // namespace ReportThumbnail
