#pragma once

#include <QHash>
#include <QRawFont>
#include <QString>

#include <memory>
#include <vector>

struct hb_face_t;
struct hb_font_t;

// One font face as the report uses it: the font at its design size (one pixel
// per font unit, unhinted), so outlines and advances come out in font units,
// exact. Caches what each character maps to, and remembers every glyph that
// was used and the text it stands for: the PDF writer embeds exactly those
// glyphs and maps them back to text for copying and searching. HarfBuzz
// reads the same face (its own tables, as Qt loaded them), so the shaper's
// glyph ids are the painter's and the subset's.
class ReportFont {
public:
    explicit ReportFont(const QRawFont& font);
    ~ReportFont();
    ReportFont(const ReportFont&) = delete;
    ReportFont& operator=(const ReportFont&) = delete;

    const QRawFont& rawFont() const { return m_raw; }
    QString familyName() const { return m_raw.familyName(); }
    QString styleName() const { return m_raw.styleName(); }
    qreal unitsPerEm() const { return m_unitsPerEm; }
    // In thousandths of the em, as PDF measures glyph space.
    float ascent() const { return m_ascent; }
    float descent() const { return m_descent; } // positive
    float capHeight() const { return m_capHeight; }

    struct Glyph {
        quint32 id = 0;    // 0 when the font has no glyph for the character
        float advance = 0; // thousandths of the em, rounded as the PDF /W array states it
    };
    // The glyph of a code point; marks the glyph used for that character.
    Glyph glyph(char32_t ucs);
    // The advance of any glyph (one met in a shaped run), thousandths of the em.
    float advance(quint32 glyphId);
    // Records a glyph met in a shaped run; text may be empty (a ligature or a contextual form).
    void noteUse(quint32 glyphId, const QString& text);

    // A character the font's cmap maps to `glyph` whose compatibility form is
    // `text` (a ligature's presentation form: U+FEFB for the lam-alef drawn
    // for "لا"), or `text` itself when there is none.
    QString compatibleText(quint32 glyphId, const QString& text);

    // Every glyph used, with the text it stands for.
    const QHash<quint32, QString>& usedGlyphs() const { return m_used; }
    // The advance in font units, unrounded, as the font program's hmtx holds it.
    qreal designAdvance(quint32 glyphId) const;

    // May the font be embedded in a document as a subset? Its OS/2 fsType
    // says: not when embedding is restricted, bitmap-only or whole-font only.
    bool embeddable() const { return m_embeddable; }
    static bool permitsSubsetEmbedding(const QByteArray& os2Table);

    // The face as HarfBuzz reads it (a font file rebuilt from the face's own
    // tables: for a .ttc, the face Qt chose) and a font scaled to font units.
    // Made on first use; not thread-safe, like the caches above.
    hb_face_t* hbFace();
    hb_font_t* hbFont();

private:
    Glyph lookUp(char32_t ucs);

    QRawFont m_raw;
    qreal m_unitsPerEm = 1000;
    float m_ascent = 0;
    float m_descent = 0;
    float m_capHeight = 0;
    // Basic Multilingual Plane in 256-character pages, allocated on first use.
    std::vector<std::unique_ptr<Glyph[]>> m_pages;
    QHash<char32_t, Glyph> m_astral;
    QHash<quint32, float> m_advances;
    QHash<quint32, QString> m_used;
    QMultiHash<quint32, char32_t> m_charactersByGlyph; // the cmap reversed, made on first use
    bool m_embeddable = true;
    hb_face_t* m_hbFace = nullptr;
    hb_font_t* m_hbFont = nullptr;
};
