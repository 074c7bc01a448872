#pragma once

#include "core/ItemStatus.h"

#include <QColor>
#include <QString>

// How a status looks on screen: one mark and one colour per status, shared by
// the grid's model (tooltips, accessibility) and StatusDelegate (painting).
namespace StatusAppearance {
QString glyph(ItemStatus status); // ☐ ☑ ✗, empty for N/A
QString text(ItemStatus status);  // "☑ Done"
QColor foreground(ItemStatus status);
QColor background(ItemStatus status); // the pill behind the text; invalid for none
} // namespace StatusAppearance
