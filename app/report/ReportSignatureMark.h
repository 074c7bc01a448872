#pragma once

#include "core/Checklist.h"
#include "report/ReportFlow.h"

#include <QRectF>

// A signature as it stands in its table cell: the drawn strokes scaled into
// the box, or the typed name in the script face, above the line it is
// signed on. With no signature, the line alone.
namespace ReportSignatureMark {
// The height the signature needs in a cell this wide: the box, or more for a
// typed name too long for one line at a legible size.
float height(ReportFlow& flow, const SignatureEntry* signature, float width);
void draw(ReportFlow& flow, const SignatureEntry* signature, const QRectF& cell);
} // namespace ReportSignatureMark
