#pragma once

#include "core/SignatureGeometry.h"

#include <QRect>
#include <QRectF>
#include <QSize>

// The size of the widgets that show the pad's sheet, the signature pad and
// the typed signature's preview, so the two look alike when the signing
// dialog switches between them: the sheet keeps the pad's aspect inside a
// thin margin.
namespace PadSize {

inline constexpr int kMargin = 2;
inline constexpr int kPreferredWidth = 560;
inline constexpr int kMinimumWidth = 300;

inline int heightForWidth(int width) {
    return qRound((width - 2 * kMargin) * SignatureGeometry::kPadHeight / SignatureGeometry::kPadWidth) +
           2 * kMargin;
}
inline QSize preferred() {
    return {kPreferredWidth, heightForWidth(kPreferredWidth)};
}
inline QSize minimum() {
    return {kMinimumWidth, heightForWidth(kMinimumWidth)};
}
// Where the sheet may go in a widget's rectangle.
inline QRectF sheetBounds(const QRect& widget) {
    return QRectF(widget).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

} // namespace PadSize
