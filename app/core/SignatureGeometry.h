#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>

// The signature pad's coordinate space, in which a drawn signature's strokes
// are drawn, stored, signed, exported and printed: 0..kPadWidth across,
// 0..kPadHeight down, whatever the size of the widget or the paper. The pad
// (ui/signing), the stroke JSON (core), the command line's --strokes and the
// report's signature marks all read these, so they cannot disagree.
namespace SignatureGeometry {

inline constexpr double kPadWidth = 1000.0;
inline constexpr double kPadHeight = 300.0;
// Where the baseline sits on the pad, and where a typed name stands.
inline constexpr double kBaselineY = 225.0;
// The pen's width in pad units (about 2.5 px on a 560 px wide pad).
inline constexpr double kPenWidth = 4.5;

// Points are kept to a tenth of a pad unit: what the pad holds is what is
// stored and signed, and the JSON of a signature stays short.
inline double snapped(double coordinate) {
    return std::round(coordinate * 10.0) / 10.0;
}
inline QPointF snapped(const QPointF& point) {
    return {snapped(point.x()), snapped(point.y())};
}

inline bool contains(double x, double y) {
    return x >= 0 && x <= kPadWidth && y >= 0 && y <= kPadHeight;
}
inline QPointF clamped(const QPointF& point) {
    return {std::clamp(point.x(), 0.0, kPadWidth), std::clamp(point.y(), 0.0, kPadHeight)};
}

} // namespace SignatureGeometry
