#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// One GFM table row as source text. Splitting follows GFM: every unescaped '|'
// separates cells, even inside a code span, and a leading or trailing '|' is
// optional. Cells keep their inline Markdown (code spans, bold, "\|") as written.
class MarkdownTableRow {
public:
    static QStringList split(QStringView line);
    // A row written the house way: "| a | b | |" (an empty cell is "| ").
    static QString join(const QStringList& cells);
    // "|---|---|---|": md4c needs at least three dashes per cell.
    static QString separator(int cellCount);
    // Text made safe for one cell: line breaks become <br>, bare '|' become "\|".
    // Text read from a cell comes back unchanged.
    static QString escapeCell(const QString& text);
    // Whether a line is made only of '|', '-', ':' and spaces, as a separator row is.
    static bool looksLikeSeparator(QStringView line);
    static bool hasUnescapedPipe(QStringView line);
};
