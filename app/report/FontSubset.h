#pragma once

#include "report/ReportFont.h"

#include <QByteArray>
#include <QList>
#include <QRectF>

#include <vector>

// The font program a PDF embeds for one face: HarfBuzz's subsetter
// (hb-subset) over the face's own tables, keeping only the glyphs the report
// draws. Outlines, hints, cmap, OS/2 and name stay as the font has them; a
// CFF face (Noto Sans CJK) stays CFF and is embedded as bare CFF, as PDF/A-1
// wants (FontFile3, CIDFontType0C), a TrueType face as TrueType (FontFile2).
// Glyphs are renumbered densely: a CJK face keeps a few hundred of its 65,000
// glyphs, not empty slots for the rest. Layout-only tables (GSUB, GPOS...)
// are left out: a PDF draws glyphs already shaped.
class FontSubset {
public:
    enum Format { TrueType, Cff };
    struct Font {
        bool ok = false;
        Format format = TrueType;
        QByteArray data;
        QRectF bounds; // font units, y up (head's xMin, yMin, xMax, yMax)
        // The code that draws a glyph of the face in the content stream, by the
        // face's glyph id: the new glyph id (TrueType, CIDToGIDMap /Identity),
        // or the CID the subset's charset gives it (CID-keyed CFF).
        std::vector<quint16> codes;
        struct Kept {
            quint32 glyph; // the face's glyph id
            quint16 code;
        };
        QList<Kept> kept; // every glyph of the subset, by ascending code
    };
    // glyphs: the face's glyph ids to keep; glyph 0 (.notdef) is always kept.
    static Font build(ReportFont& face, const QList<quint32>& glyphs);
};
