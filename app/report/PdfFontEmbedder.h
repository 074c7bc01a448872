#pragma once

#include "report/FontSubset.h"
#include "report/ReportFontSet.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class PdfObjects;

// One face as a PDF font resource: its name on the pages, its objects, and
// the subset font program whose codes the page content writes.
struct PdfFontResource {
    int face = 0;
    int firstObject = 0;     // Type0; then CIDFont, descriptor, font file, ToUnicode, CIDSet
    QByteArray resourceName; // "F3"
    FontSubset::Font program;

    quint16 code(quint32 glyph) const { return glyph < program.codes.size() ? program.codes[glyph] : 0; }
};

// Embeds the report's faces: each one a Type0 font over a CIDFont (CID
// TrueType, or CID Type 0C for CFF) with Identity-H, the subset program, the
// widths the layout used, a ToUnicode map from the shaper's clusters and the
// CIDSet PDF/A-1 asks for.
class PdfFontEmbedder {
public:
    static constexpr int kObjectsPerFace = 6;

    explicit PdfFontEmbedder(ReportFontSet& fonts);

    // Subsets face `face` for the glyphs the layout used; its objects start at
    // firstObject. False, with error(), when its licence forbids embedding
    // or its program cannot be built.
    bool add(int face, int firstObject);
    // By face index; null for a face not added.
    const QList<const PdfFontResource*>& byFace() const { return m_byFace; }
    // Every added face's objects.
    void write(PdfObjects& objects) const;
    QString error() const { return m_error; }

private:
    void writeFace(PdfObjects& objects, const PdfFontResource& font) const;

    ReportFontSet& m_fonts;
    std::vector<std::unique_ptr<PdfFontResource>> m_resources;
    QList<const PdfFontResource*> m_byFace;
    QString m_error;
};
