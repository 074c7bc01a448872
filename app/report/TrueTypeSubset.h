#pragma once

#include "report/ReportFont.h"

#include <QByteArray>
#include <QList>
#include <QRectF>

// Builds the TrueType font program embedded in the PDF: only the glyphs the
// report draws, renumbered in the order given (the first must be glyph 0,
// .notdef). Outlines come from the face at its design size, so glyphs of a
// TrueType face are copied exactly (quadratic curves), and the cubic curves
// of a CFF face (Noto Sans CJK) become quadratic ones within a font unit.
// Hinting is left out, as Qt's own PDF engine does.
class TrueTypeSubset {
public:
    struct Font {
        QByteArray data;
        QRectF bounds;           // font units, y up
        QList<quint16> advances; // font units, one per glyph
    };
    static Font build(const ReportFont& face, const QList<quint32>& glyphs);
};
