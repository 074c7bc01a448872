#pragma once

#include "core/Checklist.h"

#include <QRgb>
#include <QString>

// An item's status as the report prints it: a mark and the word, in its colour.
namespace ReportItemStatus {
QString word(ItemStatus status);
QRgb color(ItemStatus status);
} // namespace ReportItemStatus
