#pragma once

#include "core/Checklist.h"
#include "report/ReportFlow.h"

#include <QRectF>

// A signature as it stands in its table cell: the drawn strokes scaled into
// the box, or the typed name in the script face, above the line it is
// signed on. With no signature, the line alone.
namespace ReportSignatureMark {
void draw(ReportFlow& flow, const SignatureEntry* signature, const QRectF& cell);
} // namespace ReportSignatureMark
