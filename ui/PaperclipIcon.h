#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

// A paperclip drawn in code, the mark of an item's evidence (attached
// files): no emoji font or icon theme is needed, and it takes the colour of
// the text it stands beside.
namespace PaperclipIcon {
QPixmap pixmap(int size, const QColor& colour, qreal devicePixelRatio = 1.0);
QIcon icon(const QColor& colour);
} // namespace PaperclipIcon
