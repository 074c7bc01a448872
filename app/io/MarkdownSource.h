#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A Markdown document as the template reader sees it: valid UTF-8 with the BOM
// dropped and every line end (CRLF, CR) turned into LF, so line numbers are the
// ones an editor shows. Maps a pointer into bytes() back to its source line,
// which is how md4c's text callbacks are tied to lines.
class MarkdownSource {
public:
    // Fails, naming the line, when the bytes are not valid UTF-8 or hold a
    // control character other than a tab and the line ends.
    static Result<MarkdownSource> fromUtf8(const QByteArray& bytes);

    // The same text with lines 1..last made empty, their numbers kept: the
    // front matter, which md4c is not to read.
    MarkdownSource withFirstLinesBlank(int last) const;

    // The normalised text handed to md4c; pointers into it map to lines.
    const QByteArray& bytes() const { return m_bytes; }
    int lineCount() const { return int(m_lines.size()); }
    // The 1-based line holding the byte at p; 0 when p is not inside bytes().
    int lineAt(const char* p) const;
    // Line n (1-based) without its line end; empty when out of range.
    QString line(int n) const;
    bool isBlank(int n) const;
    // The first non-blank line after line `after`; 0 when there is none.
    int nextNonBlankLine(int after) const;

private:
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts;
    QStringList m_lines;
};
