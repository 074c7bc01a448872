#pragma once

#include "report/ReportFontSet.h"
#include "report/ReportMarkup.h"
#include "report/ReportPage.h"
#include "report/ReportShaper.h"

#include <QList>
#include <QString>

#include <vector>

// Laid-out lines of text, each at its own size and colour, sharing one glyph
// array: what a table cell or a paragraph holds between measuring and
// placing. Cleared and refilled row after row, it keeps its memory.
struct ReportTextBlock {
    struct Glyph {
        quint32 id = 0;
        int face = 0;
        float x = 0; // from the line's start, points
    };
    struct Line {
        int first = 0; // into glyphs
        int count = 0;
        float width = 0; // points, trailing spaces excluded
        float size = 0;
        QRgb color = 0;
        int firstRun = -1; // shaped lines: into runs (origins relative to the line), else -1
        int runCount = 0;
    };
    std::vector<Glyph> glyphs;
    std::vector<Line> lines;
    std::vector<ReportGlyphRun> runs; // shaped lines only
    ReportGlyphPool pool;             // shaped lines only

    void clear();
    int lineCount() const { return int(lines.size()); }
    float width(int line) const { return lines[size_t(line)].width; }
    float maxWidth() const;
    float height() const; // the lines' pitches added up
    void append(const ReportTextBlock& other);
    // Adds line `line` to a page's layer with its start at `at` (the baseline).
    void place(int line, ReportLayer& layer, QPointF at) const;
};

// Breaks text into lines that fit a width, fast: characters map to glyphs
// and advances through the fonts' caches, with no shaping, for the scripts
// that need none (Latin, Greek, Cyrillic, CJK...). Any other text (Hebrew,
// Arabic, Devanagari, combining marks, right-to-left) goes through
// ReportShaper: ICU's bidi and scripts, HarfBuzz's shaping. Text is never
// elided: a word longer than the line breaks inside; every character reaches
// the page. A digest (a run of hex digits, 32 or more, standing alone) breaks
// only between its groups of eight, where a reader comparing it looks.
class ReportTextLayout {
public:
    explicit ReportTextLayout(ReportFontSet& fonts);

    // Appends the lines of the text to `out`.
    void layout(const QList<ReportSpan>& spans, float size, float maxWidth, QRgb color, ReportTextBlock& out);
    void layout(const QString& text, ReportFontSet::Role role, float size, float maxWidth, QRgb color,
                ReportTextBlock& out);
    // The same, in a new block.
    ReportTextBlock lines(const QList<ReportSpan>& spans, float size, float maxWidth, QRgb color);
    ReportTextBlock lines(const QString& text, ReportFontSet::Role role, float size, float maxWidth,
                          QRgb color);
    // The width of text set on one line, in points.
    float width(const QString& text, ReportFontSet::Role role, float size);

    // Line pitch and the baseline's depth below a line's top, in points.
    static float lineHeight(float size) { return size * 1.24f; }
    float baseline(float size) const;

private:
    struct Cluster {
        char32_t ucs = 0;
        int face = 0;
        quint32 glyph = 0;
        float advance = 0; // points
        quint8 kind = 0;
    };
    static constexpr size_t kDigestMinLength = 32;
    static constexpr size_t kDigestGroup = 8;

    void appendClusters(const ReportSpan& span, float size);
    // A break may follow each group of a digest's characters.
    void markDigestBreaks();
    void breakLines(float size, float maxWidth, QRgb color, ReportTextBlock& out) const;
    void emitLine(size_t from, size_t to, float size, QRgb color, ReportTextBlock& out) const;

    ReportFontSet& m_fonts;
    ReportShaper m_shaper;
    std::vector<Cluster> m_clusters;
};
