#pragma once

#include "core/Result.h"
#include "io/MarkdownSource.h"

#include <QList>

// Runs md4c (GFM tables) over a MarkdownSource and returns the top-level block
// structure with source line numbers. md4c reports no positions, so lines come
// from its text callbacks (whose pointers point into the source) and, for
// blocks without any text, from the first non-blank line after the previous
// block. Table rows are given as a count: the rows are the lines that follow
// the header and the separator, which the reader splits into cells itself.
class MarkdownBlockScanner {
public:
    enum class BlockType { Heading, Paragraph, Table, OrderedList, BulletList, Code, Html, Quote, Rule };

    struct ListItem {
        int firstLine = 0;
        int lastLine = 0; // a fenced code block's closing fence included
        // The item's own text: its first paragraph (lines firstLine..textLastLine).
        int textLastLine = 0;
        // Whether blocks follow that text inside the item (a sub-list, a second
        // paragraph, a code block): they run from after textLastLine to lastLine.
        bool hasDetail = false;
    };

    struct Block {
        BlockType type = BlockType::Paragraph;
        int headingLevel = 0;
        int firstLine = 0; // for a table: the header row; the separator row follows it
        int lastLine = 0;
        int tableBodyRows = 0;
        QList<ListItem> listItems;
        // A block nested in a list item (a table, code, another list) and its line.
        bool hasNestedBlock = false;
        int nestedBlockLine = 0;
    };

    static Result<QList<Block>> scan(const MarkdownSource& source);
};
