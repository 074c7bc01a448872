#include "report/PdfFontEmbedder.h"

#include "report/PdfObjects.h"
#include "report/PdfSyntax.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace PdfSyntax;

namespace {

QByteArray postScriptName(const ReportFont& face) {
    QByteArray name;
    for (const QString& part : {face.familyName(), face.styleName()}) {
        QByteArray clean;
        for (const QChar c : part) {
            if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                clean.append(char(c.unicode()));
        }
        if (clean.isEmpty())
            continue;
        if (!name.isEmpty())
            name.append('-');
        name.append(clean);
    }
    return name.isEmpty() ? QByteArray("Font") : name;
}

// A subset's name carries a tag of six capitals, derived from what it holds.
QByteArray subsetName(const ReportFont& face, const FontSubset::Font& program) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(postScriptName(face));
    for (const FontSubset::Font::Kept& kept : program.kept)
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&kept.glyph), sizeof kept.glyph));
    const QByteArray digest = hash.result();
    QByteArray name;
    for (int i = 0; i < 6; ++i)
        name.append(char('A' + quint8(digest.at(i)) % 26));
    return name + '+' + postScriptName(face);
}

} // namespace

PdfFontEmbedder::PdfFontEmbedder(ReportFontSet& fonts)
    : m_fonts(fonts)
    , m_byFace(fonts.faceCount(), nullptr) {}

bool PdfFontEmbedder::add(int face, int firstObject) {
    ReportFont& font = m_fonts.face(face);
    if (!font.embeddable()) {
        // Only when no family of a role may be embedded: ReportFontSet passes such faces over.
        m_error = QCoreApplication::translate(
                      "PdfDocumentWriter", "The font %1 %2 does not permit embedding, and a PDF/A file must "
                                           "embed its fonts. Install DejaVu Sans (fonts-dejavu-core).")
                      .arg(font.familyName(), font.styleName());
        return false;
    }
    auto resource = std::make_unique<PdfFontResource>();
    resource->face = face;
    resource->firstObject = firstObject;
    resource->resourceName = "F" + QByteArray::number(face);
    resource->program = FontSubset::build(font, font.usedGlyphs().keys());
    if (!resource->program.ok) {
        m_error =
            QCoreApplication::translate("PdfDocumentWriter",
                                        "Could not embed the font %1 %2 in the PDF: its tables could not be "
                                        "subset. Remove or reinstall that font.")
                .arg(font.familyName(), font.styleName());
        return false;
    }
    for (const FontSubset::Font::Kept& kept : std::as_const(resource->program.kept))
        font.advance(kept.glyph); // warm the cache: the page threads only read it
    m_byFace[face] = resource.get();
    m_resources.push_back(std::move(resource));
    return true;
}

void PdfFontEmbedder::write(PdfObjects& objects) const {
    for (const auto& resource : m_resources)
        writeFace(objects, *resource);
}

void PdfFontEmbedder::writeFace(PdfObjects& objects, const PdfFontResource& fo) const {
    ReportFont& face = m_fonts.face(fo.face);
    const FontSubset::Font& program = fo.program;
    const bool cff = program.format == FontSubset::Cff;
    const double toGlyphSpace = 1000.0 / face.unitsPerEm();
    const QByteArray name = subsetName(face, program);
    QByteArray& out = objects.out();

    const int type0 = fo.firstObject;
    const int cidFont = type0 + 1;
    const int descriptor = type0 + 2;
    const int fontFile = type0 + 3;
    const int toUnicode = type0 + 4;
    const int cidSet = type0 + 5;

    objects.begin(type0);
    out.append("<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
               " /Encoding /Identity-H /DescendantFonts [");
    appendInt(out, cidFont);
    out.append(" 0 R] /ToUnicode ");
    appendInt(out, toUnicode);
    out.append(" 0 R >>\nendobj\n");

    objects.begin(cidFont);
    out.append(QByteArray("<< /Type /Font /Subtype ") + (cff ? "/CIDFontType0" : "/CIDFontType2") +
               " /BaseFont /" + name +
               " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ");
    appendInt(out, descriptor);
    // TrueType codes are the subset's glyph ids; CFF glyphs are found by CID through the font's charset.
    out.append(cff ? " 0 R /DW 1000 /W [" : " 0 R /CIDToGIDMap /Identity /DW 1000 /W [");
    // The widths the layout used: the font's advances, rounded to thousandths
    // of the em; consecutive codes share one array.
    const QList<FontSubset::Font::Kept>& kept = program.kept;
    for (qsizetype i = 0; i < kept.size();) {
        appendInt(out, kept.at(i).code);
        out.append(" [");
        qsizetype j = i;
        do {
            appendNumber(out, face.advance(kept.at(j).glyph));
            ++j;
        } while (j < kept.size() && kept.at(j).code == kept.at(j - 1).code + 1);
        out.append("] ");
        i = j;
    }
    out.append("] >>\nendobj\n");

    objects.begin(descriptor);
    out.append("<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [");
    appendNumber(out, std::floor(program.bounds.left() * toGlyphSpace));
    appendNumber(out, std::floor(program.bounds.top() * toGlyphSpace));
    appendNumber(out, std::ceil(program.bounds.right() * toGlyphSpace));
    appendNumber(out, std::ceil(program.bounds.bottom() * toGlyphSpace));
    out.append("] /ItalicAngle 0 /Ascent ");
    appendNumber(out, std::round(face.ascent()));
    out.append("/Descent ");
    appendNumber(out, -std::round(face.descent()));
    out.append("/CapHeight ");
    appendNumber(out, std::round(face.capHeight()));
    out.append(cff ? "/StemV 80 /FontFile3 " : "/StemV 80 /FontFile2 ");
    appendInt(out, fontFile);
    out.append(" 0 R /CIDSet ");
    appendInt(out, cidSet);
    out.append(" 0 R >>\nendobj\n");

    objects.begin(fontFile);
    if (cff) {
        objects.stream("/Subtype /CIDFontType0C ", program.data, true);
    } else {
        QByteArray length1("/Length1 ");
        appendInt(length1, program.data.size());
        length1.append(' ');
        objects.stream(length1, program.data, true);
    }

    // ToUnicode: each code back to the characters it was drawn for.
    QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    QList<QPair<quint16, QString>> mappings;
    const QHash<quint32, QString>& used = face.usedGlyphs();
    for (const FontSubset::Font::Kept& k : kept) {
        const QString text = used.value(k.glyph);
        if (!text.isEmpty())
            mappings.append({k.code, text});
    }
    for (qsizetype i = 0; i < mappings.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, mappings.size() - i);
        appendInt(cmap, n);
        cmap.append(" beginbfchar\n");
        for (qsizetype j = i; j < i + n; ++j) {
            cmap.append('<');
            appendHex16(cmap, mappings.at(j).first);
            cmap.append("> <");
            for (const QChar ch : mappings.at(j).second)
                appendHex16(cmap, ch.unicode());
            cmap.append(">\n");
        }
        cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    objects.begin(toUnicode);
    objects.stream(QByteArray(), cmap, true);

    // CIDSet: the CIDs the subset holds.
    const int lastCode = kept.isEmpty() ? 0 : kept.constLast().code;
    QByteArray bits(lastCode / 8 + 1, '\0');
    for (const FontSubset::Font::Kept& k : kept)
        bits[k.code / 8] = char(quint8(bits.at(k.code / 8)) | (0x80 >> (k.code % 8)));
    objects.begin(cidSet);
    objects.stream(QByteArray(), bits, true);
}
