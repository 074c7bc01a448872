#pragma once

#include "report/ReportFontSet.h"
#include "report/ReportMarkup.h"
#include "report/ReportPage.h"

#include <QList>
#include <QRgb>

#include <string>
#include <vector>

struct ReportTextBlock;
struct hb_buffer_t;
struct UBiDi;
struct UBreakIterator;

// Lays out text the fast path cannot draw from the fonts' cmaps alone:
// joining and reordering scripts (Arabic, Devanagari...), combining marks,
// right-to-left and mixed-direction text. ICU splits each paragraph into
// runs of one bidi level and one script (UBA levels, script property) and
// finds the line-break opportunities (UAX #14); each run takes a face of the
// font set and HarfBuzz shapes it. Lines are broken on the paragraph's
// measured clusters, then every line is reordered for display and shaped
// again, so glyphs that join across a break take their final forms.
//
// A shaped line's glyphs alone say neither the order nor the characters (a
// vowel sign drawn before its consonant, a ligature, Arabic's contextual
// forms): each word becomes runs of its own, and its first run carries the
// word's text, which the PDF writer gives it as ActualText. A line's runs are
// kept in reading order (each is placed where the display order puts it), so
// text extraction that follows the content stream reads words in order.
// Right-to-left words go without: readers (poppler, Acrobat) take their
// glyphs, drawn right to left, through ToUnicode and reorder them themselves,
// and poppler would reverse a right-to-left ActualText once more.
class ReportShaper {
public:
    explicit ReportShaper(ReportFontSet& fonts);
    ~ReportShaper();
    ReportShaper(const ReportShaper&) = delete;
    ReportShaper& operator=(const ReportShaper&) = delete;

    // True when every character draws as its cmap glyph at its advance, left
    // to right: characters of scripts that neither join nor reorder (Latin,
    // Greek, Cyrillic, CJK, symbols), no marks, nothing right-to-left.
    static bool drawsUnshaped(const QList<ReportSpan>& spans);

    // Appends the lines of the text to `out`, broken to fit maxWidth (points).
    void layout(const QList<ReportSpan>& spans, float size, float maxWidth, QRgb color, ReportTextBlock& out);

private:
    void paragraph(int from, int to, float size, float maxWidth, QRgb color, ReportTextBlock& out);
    void resolveFacesAndScripts(int from, int to);
    void findWords(int from, int to);
    void measure(int from, int to, float size);
    int lineEnd(int from, int to, float maxWidth);
    void emitLine(int from, int to, float size, QRgb color, ReportTextBlock& out);
    // Shapes m_text[from, to) (one face, one script, one direction) into
    // m_buffer; returns the face it was shaped with.
    ReportFont& shape(int from, int to, bool rtl);
    float shapePiece(int from, int to, bool rtl, float x, float size, QRgb color, ReportTextBlock& out);
    void orderAndLabelRuns(int firstRun, ReportTextBlock& out);
    float widthOf(int from, int to) const { return m_prefix[size_t(to)] - m_prefix[size_t(from)]; }
    int trimmed(int from, int to) const;

    ReportFontSet& m_fonts;
    hb_buffer_t* m_buffer = nullptr;
    UBiDi* m_bidi = nullptr;
    UBiDi* m_line = nullptr;
    UBreakIterator* m_breaks = nullptr;

    // The paragraph being laid out, one entry per UTF-16 code unit.
    std::u16string m_text;
    std::vector<quint8> m_roles;
    std::vector<int> m_faces;
    std::vector<quint32> m_scripts; // hb_script_t
    std::vector<bool> m_clusterStart;
    std::vector<int> m_words;                     // the word a code unit belongs to, -1 for spaces
    std::vector<std::pair<int, int>> m_wordSpans; // by word: [start, end) in the text
    struct PlacedRun {
        int logicalStart;
        int word;
        bool rtl;
        ReportGlyphRun run;
    };
    std::vector<PlacedRun> m_lineRuns; // the line being emitted, in display order
    std::vector<float> m_prefix;       // advances added up, points; one longer than the text
};
