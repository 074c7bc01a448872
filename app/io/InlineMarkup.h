#pragma once

#include <QList>
#include <QString>

// A stretch of text in one style, as inline Markdown marks it.
struct InlineRun {
    QString text;
    bool strong = false;        // **b** or __b__
    bool emphasis = false;      // *i* or _i_
    bool code = false;          // `code`: the text as written, markers inside and all
    bool strikethrough = false; // ~~s~~
    QString link;               // [words](link): the words are the text, this the target (shown after them)

    bool sameStyle(const InlineRun& other) const {
        return strong == other.strong && emphasis == other.emphasis && code == other.code &&
               strikethrough == other.strikethrough && link == other.link;
    }
};

// Item texts, headings and cells keep their inline Markdown as written
// ("**b**", "`code`", "\|"); the grid and the report show the words without
// the markers. This is the one reader of that Markdown, on md4c: the text is
// read as one paragraph (a leading "# ", "> ", "- " or "1. " is kept as
// written, not made a heading, quote or list), raw HTML is text, and "<br>"
// is a line break (Markdown table cells spell their line breaks so).
// Two departures from CommonMark keep what people type: a single '*' between
// letters or digits ("2*3*4") is literal, not emphasis, and an entity
// ("&amp;") is shown as written.
// What is signed is the text as written, so nothing of it is hidden: a link
// or an image shows its target and title after its words, in a plain run of
// their own ("words (target "title")", "(target)" for a link without words),
// a link reference definition stays text, and a text whose reading would
// lose any letter or digit is shown as written.
class InlineMarkup {
public:
    // The runs of the text, trimmed; none for text that is empty or blank.
    static QList<InlineRun> runs(const QString& markdown);
    // The words alone, as the grid shows them: the runs' texts joined.
    static QString plainText(const QString& markdown);
};
