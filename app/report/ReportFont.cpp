#include "report/ReportFont.h"

#include <QtEndian>

#include <cmath>

namespace {

constexpr quint32 kUnknown = 0xffffffffu;

float toThousandths(qreal fontUnits, qreal unitsPerEm) {
    return float(std::round(fontUnits * 1000.0 / unitsPerEm));
}

} // namespace

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

void ReportFont::noteUse(quint32 glyphId, const QString& text) {
    auto it = m_used.find(glyphId);
    if (it == m_used.end())
        m_used.insert(glyphId, text);
    else if (it->isEmpty() && !text.isEmpty())
        *it = text;
}
