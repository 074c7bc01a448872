#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

// A padlock drawn in code: no emoji font is needed (many Linux desktops have
// none), and it takes the colour of the banner it sits in.
namespace LockIcon {
// A closed padlock, size × size logical pixels, crisp on high-DPI screens.
QPixmap pixmap(int size, const QColor& colour, qreal devicePixelRatio = 1.0);
QIcon icon(const QColor& colour);
} // namespace LockIcon
