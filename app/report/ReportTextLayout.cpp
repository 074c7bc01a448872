#include "report/ReportTextLayout.h"

namespace {

enum Kind : quint8 {
    Normal,
    Space,     // a break may follow
    Newline,   // a forced break
    BreakAfter // a hyphen, a slash: a break may follow
};

bool isIdeographic(char32_t c) {
    return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3ffff);
}

bool isHexDigit(char32_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isWordCharacter(char32_t c) {
    return c < 0x10000 ? QChar(char16_t(c)).isLetterOrNumber() : QChar::isLetterOrNumber(c);
}

} // namespace

void ReportTextBlock::clear() {
    glyphs.clear();
    lines.clear();
    runs.clear();
    pool.glyphs.clear();
    pool.x.clear();
    pool.yOffsets.clear();
    pool.text.clear();
}

float ReportTextBlock::maxWidth() const {
    float w = 0;
    for (const Line& l : lines)
        w = qMax(w, l.width);
    return w;
}

float ReportTextBlock::height() const {
    float h = 0;
    for (const Line& l : lines)
        h += ReportTextLayout::lineHeight(l.size);
    return h;
}

void ReportTextBlock::append(const ReportTextBlock& other) {
    const int glyphBase = int(glyphs.size());
    const int runBase = int(runs.size());
    const int poolBase = int(pool.glyphs.size());
    const int offsetBase = int(pool.yOffsets.size());
    const int textBase = int(pool.text.size());
    pool.text += other.pool.text;
    glyphs.insert(glyphs.end(), other.glyphs.begin(), other.glyphs.end());
    pool.glyphs.insert(pool.glyphs.end(), other.pool.glyphs.begin(), other.pool.glyphs.end());
    pool.x.insert(pool.x.end(), other.pool.x.begin(), other.pool.x.end());
    pool.yOffsets.insert(pool.yOffsets.end(), other.pool.yOffsets.begin(), other.pool.yOffsets.end());
    for (ReportGlyphRun run : other.runs) {
        run.first += poolBase;
        if (run.firstOffset >= 0)
            run.firstOffset += offsetBase;
        if (run.actualText >= 0)
            run.actualText += textBase;
        runs.push_back(run);
    }
    for (Line line : other.lines) {
        line.first += glyphBase;
        if (line.firstRun >= 0)
            line.firstRun += runBase;
        lines.push_back(line);
    }
}

void ReportTextBlock::place(int index, ReportLayer& page, QPointF at) const {
    const Line& line = lines[size_t(index)];
    ReportGlyphPool& target = page.pool;
    if (line.firstRun >= 0) {
        const int first = int(target.glyphs.size());
        const int firstOffset = int(target.yOffsets.size());
        for (int r = line.firstRun; r < line.firstRun + line.runCount; ++r) {
            ReportGlyphRun run = runs[size_t(r)];
            const int from = run.first;
            run.first = first + int(target.glyphs.size()) - first;
            target.glyphs.insert(target.glyphs.end(), pool.glyphs.begin() + from,
                                 pool.glyphs.begin() + from + run.count);
            target.x.insert(target.x.end(), pool.x.begin() + from, pool.x.begin() + from + run.count);
            if (run.firstOffset >= 0) {
                const int offsetFrom = run.firstOffset;
                run.firstOffset = firstOffset + int(target.yOffsets.size()) - firstOffset;
                target.yOffsets.insert(target.yOffsets.end(), pool.yOffsets.begin() + offsetFrom,
                                       pool.yOffsets.begin() + offsetFrom + run.count);
            }
            if (run.actualText >= 0) {
                const size_t textFrom = size_t(run.actualText);
                run.actualText = int(target.text.size());
                target.text.append(pool.text, textFrom, size_t(run.actualLength));
            }
            run.origin += at;
            page.runs.append(run);
        }
        return;
    }
    const Glyph* g = glyphs.data() + line.first;
    const Glyph* end = g + line.count;
    while (g < end) {
        ReportGlyphRun run;
        run.face = g->face;
        run.size = line.size;
        run.color = line.color;
        run.origin = QPointF(at.x() + g->x, at.y());
        run.first = int(target.glyphs.size());
        const float x0 = g->x;
        const Glyph* runEnd = g;
        while (runEnd < end && runEnd->face == run.face)
            ++runEnd;
        run.count = int(runEnd - g);
        for (; g < runEnd; ++g) {
            target.glyphs.push_back(g->id);
            target.x.push_back(g->x - x0);
        }
        page.runs.append(run);
    }
}

ReportTextLayout::ReportTextLayout(ReportFontSet& fonts)
    : m_fonts(fonts)
    , m_shaper(fonts) {}

float ReportTextLayout::baseline(float size) const {
    const ReportFont& f = m_fonts.face(m_fonts.primaryFace(ReportFontSet::Regular));
    const float ascent = f.ascent() / 1000.f * size;
    const float descent = f.descent() / 1000.f * size;
    return (lineHeight(size) - ascent - descent) / 2 + ascent;
}

void ReportTextLayout::appendClusters(const ReportSpan& span, float size) {
    const QString& text = span.text;
    const qsizetype n = text.size();
    const float scale = size / 1000.f;
    const QChar* chars = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = chars[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && chars[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), chars[i + 1].unicode());
            ++i;
        }
        Cluster cl;
        if (c == u'\n' || c == 0x2028 || c == 0x2029) {
            cl.kind = Newline;
            m_clusters.push_back(cl);
            continue;
        }
        if (c == u'\t' || c == u'\r' || (c >= 0x2000 && c <= 0x200a) || c == 0x3000)
            c = u' ';
        if (c < 0x20 || c == 0x7f || c == 0xad || c == 0xfeff)
            continue; // control characters and soft hyphens draw nothing
        cl.ucs = c;
        const ReportFont::Glyph g = m_fonts.resolve(c, span.role, &cl.face);
        cl.glyph = g.id;
        cl.advance = g.advance * scale;
        if (c == u' ')
            cl.kind = Space;
        else if (c == u'-' || c == u'/' || c == 0x2013 || c == 0x2014 || isIdeographic(c))
            cl.kind = BreakAfter;
        else
            cl.kind = Normal;
        m_clusters.push_back(cl);
    }
}

void ReportTextLayout::markDigestBreaks() {
    const size_t n = m_clusters.size();
    size_t i = 0;
    while (i < n) {
        if (!isHexDigit(m_clusters[i].ucs)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < n && isHexDigit(m_clusters[end].ucs))
            ++end;
        const bool word = (i > 0 && isWordCharacter(m_clusters[i - 1].ucs)) ||
                          (end < n && isWordCharacter(m_clusters[end].ucs));
        if (!word && end - i >= kDigestMinLength) {
            for (size_t at = i + kDigestGroup - 1; at + 1 < end; at += kDigestGroup)
                m_clusters[at].kind = BreakAfter;
        }
        i = end;
    }
}

void ReportTextLayout::emitLine(size_t from, size_t to, float size, QRgb color, ReportTextBlock& out) const {
    while (to > from && m_clusters[to - 1].kind == Space)
        --to;
    ReportTextBlock::Line line;
    line.first = int(out.glyphs.size());
    line.size = size;
    line.color = color;
    float x = 0;
    for (size_t i = from; i < to; ++i) {
        const Cluster& cl = m_clusters[i];
        if (cl.kind == Newline)
            continue;
        out.glyphs.push_back({cl.glyph, cl.face, x});
        x += cl.advance;
    }
    line.count = int(out.glyphs.size()) - line.first;
    line.width = x;
    out.lines.push_back(line);
}

void ReportTextLayout::breakLines(float size, float maxWidth, QRgb color, ReportTextBlock& out) const {
    const size_t n = m_clusters.size();
    size_t start = 0;
    size_t i = 0;
    float width = 0;
    size_t lastBreak = 0; // where the next line may start; 0: nowhere yet
    bool emitted = false;
    while (i < n) {
        const Cluster& cl = m_clusters[i];
        if (cl.kind == Newline) {
            emitLine(start, i, size, color, out);
            emitted = true;
            start = i + 1;
            i = start;
            width = 0;
            lastBreak = 0;
            continue;
        }
        if (cl.kind == Space) {
            width += cl.advance;
            lastBreak = i + 1;
            ++i;
            continue;
        }
        if (i > start && isIdeographic(cl.ucs))
            lastBreak = qMax(lastBreak, i);
        if (width + cl.advance > maxWidth && i > start) {
            const size_t breakAt = lastBreak > start ? lastBreak : i;
            emitLine(start, breakAt, size, color, out);
            emitted = true;
            start = breakAt;
            while (start < n && m_clusters[start].kind == Space)
                ++start;
            i = start;
            width = 0;
            lastBreak = 0;
            continue;
        }
        width += cl.advance;
        if (cl.kind == BreakAfter)
            lastBreak = i + 1;
        ++i;
    }
    if (start < n || !emitted || m_clusters.back().kind == Newline)
        emitLine(start, n, size, color, out);
}

void ReportTextLayout::layout(const QList<ReportSpan>& spans, float size, float maxWidth, QRgb color,
                              ReportTextBlock& out) {
    if (!ReportShaper::drawsUnshaped(spans)) {
        m_shaper.layout(spans, size, maxWidth, color, out);
        return;
    }
    m_clusters.clear();
    for (const ReportSpan& span : spans)
        appendClusters(span, size);
    markDigestBreaks();
    if (m_clusters.empty()) {
        ReportTextBlock::Line line;
        line.first = int(out.glyphs.size());
        line.size = size;
        line.color = color;
        out.lines.push_back(line);
        return;
    }
    breakLines(size, maxWidth, color, out);
}

void ReportTextLayout::layout(const QString& text, ReportFontSet::Role role, float size, float maxWidth,
                              QRgb color, ReportTextBlock& out) {
    layout(QList<ReportSpan>{{text, role}}, size, maxWidth, color, out);
}

ReportTextBlock ReportTextLayout::lines(const QList<ReportSpan>& spans, float size, float maxWidth,
                                        QRgb color) {
    ReportTextBlock block;
    layout(spans, size, maxWidth, color, block);
    return block;
}

ReportTextBlock ReportTextLayout::lines(const QString& text, ReportFontSet::Role role, float size,
                                        float maxWidth, QRgb color) {
    ReportTextBlock block;
    layout(text, role, size, maxWidth, color, block);
    return block;
}

float ReportTextLayout::width(const QString& text, ReportFontSet::Role role, float size) {
    return lines(text, role, size, 1e9f, 0xff000000).maxWidth();
}
