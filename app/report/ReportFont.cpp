#include "report/ReportFont.h"

#include <QtEndian>

#include <hb.h>

#include <cmath>

namespace {

constexpr quint32 kUnknown = 0xffffffffu;

float toThousandths(qreal fontUnits, qreal unitsPerEm) {
    return float(std::round(fontUnits * 1000.0 / unitsPerEm));
}

// Every table a PDF viewer, the subsetter or the shaper may read. Qt gives a
// face's tables one by one (FreeType's view of the file, for a .ttc the face
// Qt chose), not the file: the font is rebuilt from them.
constexpr const char* kTables[] = {"head", "hhea", "hmtx", "maxp", "cmap", "name", "OS/2", "post", "cvt ",
                                   "fpgm", "prep", "glyf", "loca", "gasp", "hdmx", "LTSH", "VDMX", "CFF ",
                                   "CFF2", "VORG", "vhea", "vmtx", "GDEF", "GSUB", "GPOS", "BASE", "JSTF",
                                   "MATH", "kern", "fvar", "avar", "gvar", "cvar", "HVAR", "VVAR", "MVAR",
                                   "STAT", "COLR", "CPAL", "CBDT", "CBLC", "sbix", "SVG ", "EBDT", "EBLC"};

hb_blob_t* blobOf(QByteArray bytes) {
    auto* owned = new QByteArray(std::move(bytes));
    return hb_blob_create(owned->constData(), unsigned(owned->size()), HB_MEMORY_MODE_READONLY, owned,
                          [](void* data) { delete static_cast<QByteArray*>(data); });
}

} // namespace

ReportFont::~ReportFont() {
    hb_font_destroy(m_hbFont);
    hb_face_destroy(m_hbFace);
}

bool ReportFont::permitsSubsetEmbedding(const QByteArray& os2) {
    if (os2.size() < 10)
        return true; // no OS/2 table: no restriction stated
    const quint16 fsType = qFromBigEndian<quint16>(os2.constData() + 8);
    constexpr quint16 kRestricted = 0x0002, kNoSubsetting = 0x0100, kBitmapOnly = 0x0200;
    // Bit 1 alone is "restricted licence"; with bit 2 or 3 the looser one wins.
    const bool restricted = (fsType & 0x000f) == kRestricted;
    return !restricted && !(fsType & kNoSubsetting) && !(fsType & kBitmapOnly);
}

hb_face_t* ReportFont::hbFace() {
    if (m_hbFace)
        return m_hbFace;
    hb_face_t* builder = hb_face_builder_create();
    for (const char* tag : kTables) {
        QByteArray table = m_raw.fontTable(tag);
        if (table.isEmpty())
            continue;
        hb_blob_t* blob = blobOf(std::move(table));
        hb_face_builder_add_table(builder, hb_tag_from_string(tag, 4), blob);
        hb_blob_destroy(blob);
    }
    hb_blob_t* file = hb_face_reference_blob(builder);
    hb_face_destroy(builder);
    m_hbFace = hb_face_create(file, 0);
    hb_blob_destroy(file);
    return m_hbFace;
}

hb_font_t* ReportFont::hbFont() {
    if (!m_hbFont) {
        m_hbFont = hb_font_create(hbFace());
        const int upem = int(hb_face_get_upem(m_hbFace));
        hb_font_set_scale(m_hbFont, upem, upem); // positions in font units
    }
    return m_hbFont;
}

ReportFont::ReportFont(const QRawFont& font)
    : m_raw(font) {
    m_unitsPerEm = m_raw.unitsPerEm() > 0 ? m_raw.unitsPerEm() : 1000;
    // One pixel per font unit: outlines and advances come out in font units.
    m_raw.setPixelSize(m_unitsPerEm);
    m_ascent = toThousandths(m_raw.ascent(), m_unitsPerEm);
    m_descent = toThousandths(m_raw.descent(), m_unitsPerEm);
    m_capHeight = toThousandths(m_raw.capHeight(), m_unitsPerEm);
    if (m_capHeight <= 0)
        m_capHeight = m_ascent;
    m_embeddable = permitsSubsetEmbedding(m_raw.fontTable("OS/2"));
    m_pages.resize(256);
    // .notdef is always embedded: a font program needs glyph 0.
    m_used.insert(0, QString());
}

ReportFont::Glyph ReportFont::lookUp(char32_t ucs) {
    Glyph g;
    QString text;
    if (ucs > 0xffff) {
        const char16_t pair[2] = {QChar::highSurrogate(ucs), QChar::lowSurrogate(ucs)};
        text = QString(reinterpret_cast<const QChar*>(pair), 2);
    } else {
        text = QString(QChar(char16_t(ucs)));
    }
    quint32 id = 0;
    int count = 1;
    if (m_raw.glyphIndexesForChars(text.constData(), text.size(), &id, &count) && count >= 1)
        g.id = id;
    if (g.id != 0) {
        g.advance = advance(g.id);
        m_used.insert(g.id, text); // the first character met names the glyph
    }
    return g;
}

ReportFont::Glyph ReportFont::glyph(char32_t ucs) {
    if (ucs > 0xffff) {
        auto it = m_astral.constFind(ucs);
        if (it != m_astral.constEnd())
            return *it;
        const Glyph g = lookUp(ucs);
        m_astral.insert(ucs, g);
        return g;
    }
    std::unique_ptr<Glyph[]>& page = m_pages[ucs >> 8];
    if (!page) {
        page.reset(new Glyph[256]);
        for (int i = 0; i < 256; ++i)
            page[i].id = kUnknown;
    }
    Glyph& slot = page[ucs & 0xff];
    if (slot.id == kUnknown)
        slot = lookUp(ucs);
    return slot;
}

float ReportFont::advance(quint32 glyphId) {
    auto it = m_advances.constFind(glyphId);
    if (it != m_advances.constEnd())
        return *it;
    const float a = toThousandths(designAdvance(glyphId), m_unitsPerEm);
    m_advances.insert(glyphId, a);
    return a;
}

qreal ReportFont::designAdvance(quint32 glyphId) const {
    const QList<QPointF> advances =
        m_raw.advancesForGlyphIndexes(QList<quint32>{glyphId}, QRawFont::UseDesignMetrics);
    return advances.isEmpty() ? 0 : advances.first().x();
}

QString ReportFont::compatibleText(quint32 glyphId, const QString& text) {
    if (m_charactersByGlyph.isEmpty()) {
        hb_set_t* characters = hb_set_create();
        hb_face_collect_unicodes(hbFace(), characters);
        hb_codepoint_t c = HB_SET_VALUE_INVALID;
        while (hb_set_next(characters, &c)) {
            hb_codepoint_t glyph = 0;
            if (hb_font_get_nominal_glyph(hbFont(), c, &glyph))
                m_charactersByGlyph.insert(quint32(glyph), char32_t(c));
        }
        hb_set_destroy(characters);
    }
    const QString wanted = text.normalized(QString::NormalizationForm_KC);
    for (auto it = m_charactersByGlyph.constFind(glyphId);
         it != m_charactersByGlyph.constEnd() && it.key() == glyphId; ++it) {
        const char32_t c = it.value();
        const QString candidate = QString::fromUcs4(&c, 1);
        if (candidate != text && candidate.normalized(QString::NormalizationForm_KC) == wanted)
            return candidate;
    }
    return text;
}

void ReportFont::noteUse(quint32 glyphId, const QString& text) {
    auto it = m_used.find(glyphId);
    if (it == m_used.end())
        m_used.insert(glyphId, text);
    else if (it->isEmpty() && !text.isEmpty())
        *it = text;
}
