#pragma once

#include <QString>

// Inline Markdown as the rich text a QLabel shows, read by InlineMarkup as the
// grid and the report read it: each run escaped and styled, a link's words a
// link, its target plain text after them. Never Qt's own Markdown
// (Qt::MarkdownText), which renders raw HTML, hides comments and shows a
// link's words alone: a description is signed, and what is signed is shown.
class InlineMarkupHtml {
public:
    // Paragraphs split at blank lines, each one's line breaks joined, as the
    // report sets a description.
    static QString paragraphs(const QString& markdown);
};
