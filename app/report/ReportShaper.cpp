#include "report/ReportShaper.h"

#include "report/ReportTextLayout.h"

#include <hb.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

namespace {

bool isMark(char32_t c) {
    const int8_t type = u_charType(UChar32(c));
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool isSpace(char16_t c) {
    return c == u' ' || u_charType(c) == U_SPACE_SEPARATOR;
}

UScriptCode scriptOf(char32_t c) {
    UErrorCode error = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &error);
    return U_SUCCESS(error) ? script : USCRIPT_COMMON;
}

// Scripts whose characters are drawn one glyph each, left to right, with no
// joining or reordering: the fast path's cmap lookup draws them right.
// Anything else, including scripts added to Unicode later, goes to the shaper.
bool drawsOneToOne(char32_t c) {
    if (c < 0x0300) // Basic Latin to spacing modifiers: Latin and Common, no marks
        return true;
    switch (u_charDirection(UChar32(c))) {
    case U_LEFT_TO_RIGHT:
    case U_EUROPEAN_NUMBER:
    case U_EUROPEAN_NUMBER_SEPARATOR:
    case U_EUROPEAN_NUMBER_TERMINATOR:
    case U_COMMON_NUMBER_SEPARATOR:
    case U_WHITE_SPACE_NEUTRAL:
    case U_OTHER_NEUTRAL:
    case U_BLOCK_SEPARATOR:
    case U_SEGMENT_SEPARATOR:
        break;
    default: // right-to-left, Arabic numbers, marks, joiners, embeddings and isolates
        return false;
    }
    const int8_t type = u_charType(UChar32(c));
    if (isMark(c) || type == U_FORMAT_CHAR)
        return false;
    switch (scriptOf(c)) {
    case USCRIPT_COMMON:
    case USCRIPT_LATIN:
    case USCRIPT_GREEK:
    case USCRIPT_CYRILLIC:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_BOPOMOFO:
        return true;
    case USCRIPT_HANGUL: { // precomposed syllables, not conjoining jamo
        const int type = u_getIntPropertyValue(UChar32(c), UCHAR_HANGUL_SYLLABLE_TYPE);
        return type == U_HST_NOT_APPLICABLE || type == U_HST_LV_SYLLABLE || type == U_HST_LVT_SYLLABLE;
    }
    default:
        return false;
    }
}

hb_script_t hbScript(UScriptCode script) {
    return hb_script_from_string(uscript_getShortName(script), -1);
}

bool isParagraphEnd(char16_t c) {
    return c == u'\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

} // namespace

ReportShaper::ReportShaper(ReportFontSet& fonts)
    : m_fonts(fonts) {}

ReportShaper::~ReportShaper() {
    hb_buffer_destroy(m_buffer);
    if (m_line)
        ubidi_close(m_line);
    if (m_bidi)
        ubidi_close(m_bidi);
    if (m_breaks)
        ubrk_close(m_breaks);
}

bool ReportShaper::drawsUnshaped(const QList<ReportSpan>& spans) {
    for (const ReportSpan& span : spans) {
        const QChar* chars = span.text.constData();
        const qsizetype n = span.text.size();
        for (qsizetype i = 0; i < n; ++i) {
            char32_t c = chars[i].unicode();
            if (c < 0x0300)
                continue;
            if (QChar::isHighSurrogate(c) && i + 1 < n && chars[i + 1].isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), chars[++i].unicode());
            if (!drawsOneToOne(c))
                return false;
        }
    }
    return true;
}

void ReportShaper::layout(const QList<ReportSpan>& spans, float size, float maxWidth, QRgb color,
                          ReportTextBlock& out) {
    if (!m_buffer) {
        m_buffer = hb_buffer_create();
        m_bidi = ubidi_open();
        m_line = ubidi_open();
    }
    // The whole text, one role per code unit; tabs become spaces, other controls draw nothing.
    std::u16string text;
    std::vector<quint8> roles;
    for (const ReportSpan& span : spans) {
        for (const QChar ch : span.text) {
            char16_t c = ch.unicode();
            if (c == u'\t' || c == u'\r')
                c = u' ';
            else if ((c < 0x20 && c != u'\n') || c == 0x7f)
                continue;
            text += c;
            roles.push_back(quint8(span.role));
        }
    }
    const size_t linesBefore = out.lines.size();
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isParagraphEnd(text[i]))
            continue;
        m_text.assign(text, start, i - start);
        m_roles.assign(roles.begin() + qsizetype(start), roles.begin() + qsizetype(i));
        paragraph(0, int(m_text.size()), size, maxWidth, color, out);
        start = i + 1;
    }
    if (out.lines.size() == linesBefore)
        emitLine(0, 0, size, color, out);
}

void ReportShaper::paragraph(int from, int to, float size, float maxWidth, QRgb color, ReportTextBlock& out) {
    if (from == to) {
        emitLine(from, to, size, color, out);
        return;
    }
    UErrorCode error = U_ZERO_ERROR;
    ubidi_setPara(m_bidi, m_text.data(), int32_t(m_text.size()), UBIDI_DEFAULT_LTR, nullptr, &error);
    if (!m_breaks)
        m_breaks = ubrk_open(UBRK_LINE, "", m_text.data(), int32_t(m_text.size()), &error);
    else
        ubrk_setText(m_breaks, m_text.data(), int32_t(m_text.size()), &error);
    if (U_FAILURE(error)) {
        // ICU without its data: left to right, broken anywhere.
        qWarning("ICU could not lay out a paragraph: %s", u_errorName(error));
    }
    resolveFacesAndScripts(from, to);
    findWords(from, to);
    measure(from, to, size);
    int start = from;
    while (start < to) {
        const int end = lineEnd(start, to, maxWidth);
        emitLine(start, trimmed(start, end), size, color, out);
        start = end;
        while (start < to && isSpace(m_text[size_t(start)]))
            ++start;
    }
}

int ReportShaper::trimmed(int from, int to) const {
    while (to > from && isSpace(m_text[size_t(to - 1)]))
        --to;
    return to;
}

void ReportShaper::resolveFacesAndScripts(int from, int to) {
    const size_t n = m_text.size();
    m_faces.assign(n, 0);
    m_scripts.assign(n, HB_SCRIPT_COMMON);
    int face = -1;
    int role = -1;
    hb_script_t script = HB_SCRIPT_INVALID;
    int firstUnresolved = from; // leading Common characters take the first real script
    for (int i = from; i < to;) {
        char32_t c = m_text[size_t(i)];
        int units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < to && QChar::isLowSurrogate(m_text[size_t(i + 1)])) {
            c = QChar::surrogateToUcs4(char16_t(c), m_text[size_t(i + 1)]);
            units = 2;
        }
        const UScriptCode own = scriptOf(c);
        const bool inherits = own == USCRIPT_COMMON || own == USCRIPT_INHERITED;
        if (!inherits) {
            script = hbScript(own);
            for (int u = firstUnresolved; u < i; ++u)
                m_scripts[size_t(u)] = script;
            firstUnresolved = to;
        }
        // Marks and joiners stay with their base's face; so do spaces and
        // punctuation the current face has. Anything else takes the face of its role.
        const bool attached = isMark(c) || u_charType(UChar32(c)) == U_FORMAT_CHAR;
        const bool keep = face >= 0 && m_roles[size_t(i)] == role &&
                          (attached || (inherits && m_fonts.face(face).glyph(c).id != 0));
        if (!keep) {
            role = m_roles[size_t(i)];
            face = m_fonts.faceFor(c, ReportFontSet::Role(role));
        }
        for (int u = i; u < i + units; ++u) {
            m_faces[size_t(u)] = face;
            m_scripts[size_t(u)] = script;
        }
        i += units;
    }
}

void ReportShaper::findWords(int from, int to) {
    m_words.assign(m_text.size(), -1);
    m_wordSpans.clear();
    for (int i = from; i < to; ++i) {
        if (isSpace(m_text[size_t(i)]))
            continue;
        if (i == from || m_words[size_t(i - 1)] < 0)
            m_wordSpans.emplace_back(i, i);
        m_words[size_t(i)] = int(m_wordSpans.size()) - 1;
        m_wordSpans.back().second = i + 1;
    }
}

ReportFont& ReportShaper::shape(int from, int to, bool rtl) {
    ReportFont& font = m_fonts.face(m_faces[size_t(from)]);
    hb_buffer_clear_contents(m_buffer);
    hb_buffer_add_utf16(m_buffer, reinterpret_cast<const uint16_t*>(m_text.data()), int(m_text.size()),
                        unsigned(from), to - from);
    hb_buffer_set_direction(m_buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(m_buffer, hb_script_t(m_scripts[size_t(from)]));
    hb_buffer_guess_segment_properties(m_buffer);
    hb_shape(font.hbFont(), m_buffer, nullptr, 0);
    return font;
}

void ReportShaper::measure(int from, int to, float size) {
    m_prefix.assign(m_text.size() + 1, 0.f);
    m_clusterStart.assign(m_text.size() + 1, false);
    std::vector<float> advances(m_text.size(), 0.f);
    const UBiDiLevel* levels = nullptr;
    UErrorCode error = U_ZERO_ERROR;
    levels = ubidi_getLevels(m_bidi, &error);
    for (int start = from; start < to;) {
        int end = start + 1;
        const bool rtl = U_SUCCESS(error) && levels && (levels[start] & 1);
        while (end < to && m_faces[size_t(end)] == m_faces[size_t(start)] &&
               m_scripts[size_t(end)] == m_scripts[size_t(start)] &&
               (!U_SUCCESS(error) || !levels || levels[end] == levels[start]))
            ++end;
        ReportFont& font = shape(start, end, rtl);
        unsigned count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(m_buffer, &count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(m_buffer, nullptr);
        const float scale = size / float(font.unitsPerEm());
        for (unsigned g = 0; g < count; ++g) {
            advances[infos[g].cluster] += float(positions[g].x_advance) * scale;
            m_clusterStart[infos[g].cluster] = true;
        }
        start = end;
    }
    m_clusterStart[size_t(to)] = true;
    for (size_t i = 0; i < advances.size(); ++i)
        m_prefix[i + 1] = m_prefix[i] + advances[i];
}

int ReportShaper::lineEnd(int from, int to, float maxWidth) {
    // The last break opportunity whose line fits, trailing spaces not counted.
    int fits = -1;
    for (int b = m_breaks ? ubrk_following(m_breaks, from) : UBRK_DONE; b != UBRK_DONE && b <= to;
         b = ubrk_next(m_breaks)) {
        if (widthOf(from, trimmed(from, b)) > maxWidth)
            break;
        fits = b;
        if (b == to)
            break;
    }
    if (fits > from)
        return fits;
    // A word longer than the line: break it between clusters, at least one on the line.
    int end = from + 1;
    while (end < to && !m_clusterStart[size_t(end)])
        ++end;
    for (int next = end; next < to;) {
        ++next;
        while (next < to && !m_clusterStart[size_t(next)])
            ++next;
        if (widthOf(from, next) > maxWidth)
            break;
        end = next;
    }
    return end;
}

void ReportShaper::emitLine(int from, int to, float size, QRgb color, ReportTextBlock& out) {
    ReportTextBlock::Line line;
    line.first = int(out.glyphs.size());
    line.size = size;
    line.color = color;
    line.firstRun = int(out.runs.size());
    m_lineRuns.clear();
    float x = 0;
    UErrorCode error = U_ZERO_ERROR;
    if (to > from)
        ubidi_setLine(m_bidi, from, to, m_line, &error);
    const int visualRuns = to > from && U_SUCCESS(error) ? ubidi_countRuns(m_line, &error) : 0;
    for (int r = 0; r < visualRuns; ++r) {
        int32_t start = 0;
        int32_t length = 0;
        const bool rtl = ubidi_getVisualRun(m_line, r, &start, &length) == UBIDI_RTL;
        start += from;
        // Pieces of one face and script, in logical order; drawn right to left in an RTL run.
        std::vector<std::pair<int, int>> pieces;
        for (int p = start; p < start + length;) {
            int end = p + 1;
            while (end < start + length && m_faces[size_t(end)] == m_faces[size_t(p)] &&
                   m_scripts[size_t(end)] == m_scripts[size_t(p)])
                ++end;
            pieces.emplace_back(p, end);
            p = end;
        }
        if (rtl)
            std::reverse(pieces.begin(), pieces.end());
        for (const auto& [p, end] : pieces)
            x = shapePiece(p, end, rtl, x, size, color, out);
    }
    if (visualRuns == 0 && to > from) // ICU failed: one left-to-right piece
        x = shapePiece(from, to, false, x, size, color, out);
    orderAndLabelRuns(line.firstRun, out);
    line.runCount = int(out.runs.size()) - line.firstRun;
    line.width = x;
    out.lines.push_back(line);
}

void ReportShaper::orderAndLabelRuns(int firstRun, ReportTextBlock& out) {
    // Reading order; a word's runs (one per face, script or direction it spans) stay together.
    std::stable_sort(m_lineRuns.begin(), m_lineRuns.end(),
                     [](const PlacedRun& a, const PlacedRun& b) { return a.logicalStart < b.logicalStart; });
    out.runs.resize(size_t(firstRun));
    for (size_t i = 0; i < m_lineRuns.size(); ++i) {
        ReportGlyphRun run = m_lineRuns[i].run;
        const int word = m_lineRuns[i].word;
        if (i == 0 || m_lineRuns[i - 1].word != word) {
            size_t runs = 1;
            bool rtl = m_lineRuns[i].rtl;
            // (The count is its own statement: inside "rtl && …" it would stop
            // counting at the first left-to-right run, and never end.)
            while (i + runs < m_lineRuns.size() && m_lineRuns[i + runs].word == word) {
                rtl = rtl && m_lineRuns[i + runs].rtl;
                ++runs;
            }
            if (rtl) {
                out.runs.push_back(run);
                continue;
            }
            const auto [start, end] = m_wordSpans[size_t(word)];
            run.actualText = int(out.pool.text.size());
            run.actualLength = end - start;
            run.actualRuns = int(runs);
            out.pool.text.append(m_text, size_t(start), size_t(end - start));
        }
        out.runs.push_back(run);
    }
}

float ReportShaper::shapePiece(int from, int to, bool rtl, float x, float size, QRgb color,
                               ReportTextBlock& out) {
    const int faceIndex = m_faces[size_t(from)];
    ReportFont& font = shape(from, to, rtl);
    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(m_buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(m_buffer, nullptr);
    const float scale = size / float(font.unitsPerEm());

    // ToUnicode from the shaper's clusters: a cluster drawn with one glyph maps
    // to its characters; the glyphs of a cluster drawn with several are only
    // recorded (their word's ActualText gives their text back).
    std::vector<quint32> starts;
    for (unsigned g = 0; g < count; ++g)
        starts.push_back(infos[g].cluster);
    std::sort(starts.begin(), starts.end());
    for (unsigned g = 0; g < count; ++g) {
        const quint32 cluster = infos[g].cluster;
        const bool alone = (g == 0 || infos[g - 1].cluster != cluster) &&
                           (g + 1 == count || infos[g + 1].cluster != cluster);
        QString text;
        if (alone) {
            const auto next = std::upper_bound(starts.begin(), starts.end(), cluster);
            const quint32 end = next == starts.end() ? quint32(to) : *next;
            text = QString::fromUtf16(m_text.data() + cluster, qsizetype(end - cluster));
            // A ligature: readers put a glyph's characters in drawing order,
            // backwards in right-to-left text; its one presentation-form
            // character stands for them in either direction.
            if (text.size() > 1 && !(text.size() == 2 && text.at(0).isHighSurrogate()))
                text = font.compatibleText(infos[g].codepoint, text);
        }
        font.noteUse(infos[g].codepoint, text);
    }

    // One run per word (glyphs of spaces are not drawn), in display order here.
    float pen = 0;
    for (unsigned g = 0; g < count;) {
        const int word = m_words[infos[g].cluster];
        unsigned end = g;
        float wordPen = pen;
        while (end < count && m_words[infos[end].cluster] == word)
            wordPen += float(positions[end++].x_advance) * scale;
        if (word >= 0) {
            ReportGlyphRun run;
            run.face = faceIndex;
            run.size = size;
            run.origin = QPointF(x + pen, 0);
            run.color = color;
            run.shaped = true;
            run.first = int(out.pool.glyphs.size());
            run.count = int(end - g);
            int logicalStart = int(infos[g].cluster);
            bool offsets = false;
            float glyphPen = 0;
            for (unsigned k = g; k < end; ++k) {
                out.pool.glyphs.push_back(infos[k].codepoint);
                out.pool.x.push_back(glyphPen + float(positions[k].x_offset) * scale);
                offsets = offsets || positions[k].y_offset != 0;
                glyphPen += float(positions[k].x_advance) * scale;
                logicalStart = std::min(logicalStart, int(infos[k].cluster));
            }
            if (offsets) {
                run.firstOffset = int(out.pool.yOffsets.size());
                for (unsigned k = g; k < end; ++k) // HarfBuzz's y grows up, the page's down
                    out.pool.yOffsets.push_back(-float(positions[k].y_offset) * scale);
            }
            m_lineRuns.push_back({logicalStart, word, rtl, run});
        }
        pen = wordPen;
        g = end;
    }
    return x + pen;
}
