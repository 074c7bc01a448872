#include "io/MarkdownBlockScanner.h"

#include <md4c.h>

#include <algorithm>
#include <utility>

namespace {

using Block = MarkdownBlockScanner::Block;
using BlockType = MarkdownBlockScanner::BlockType;

struct ScanState {
    const MarkdownSource* source = nullptr;
    QList<Block> blocks;
    int depth = 0; // 1 inside the document, 2 inside a top-level block, ...
    int tableHeaderLine = 0;
    bool inTableHead = false;
    bool inTableBody = false;
    bool awaitingNestedLine = false;
    int lastTextLine = 0; // the last source line any text was seen on
    // The fenced code block being read: its fence, and its last line so far.
    char fenceChar = 0;
    int fenceLength = 0;
    int codeLastLine = 0;
};

bool isFenceCloser(const QString& line, char fenceChar, int fenceLength) {
    const QString text = line.trimmed();
    if (text.size() < fenceLength)
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char(fenceChar))
            return false;
    }
    return true;
}

// A fenced code block's opening fence: the first non-blank line after the last
// text; its closing one: the first non-blank line after its content, when it
// is a fence of the same character at least as long. Neither carries text.
void enterFence(ScanState* state, const MD_BLOCK_CODE_DETAIL* detail) {
    state->fenceChar = detail->fence_char;
    state->fenceLength = 0;
    state->codeLastLine = state->source->nextNonBlankLine(state->lastTextLine);
    const QString opening = state->source->line(state->codeLastLine).trimmed();
    while (state->fenceLength < opening.size() &&
           opening.at(state->fenceLength) == QLatin1Char(detail->fence_char))
        ++state->fenceLength;
}

void leaveFence(ScanState* state) {
    const int closing = state->source->nextNonBlankLine(state->codeLastLine);
    const char fenceChar = std::exchange(state->fenceChar, char(0));
    if (closing == 0 || !isFenceCloser(state->source->line(closing), fenceChar, state->fenceLength))
        return;
    state->lastTextLine = closing;
    if (state->blocks.isEmpty())
        return;
    Block& block = state->blocks.last();
    block.lastLine = std::max(block.lastLine, closing);
    if (!block.listItems.isEmpty())
        block.listItems.last().lastLine = std::max(block.listItems.last().lastLine, closing);
}

BlockType topLevelType(MD_BLOCKTYPE type) {
    switch (type) {
    case MD_BLOCK_H:
        return BlockType::Heading;
    case MD_BLOCK_TABLE:
        return BlockType::Table;
    case MD_BLOCK_OL:
        return BlockType::OrderedList;
    case MD_BLOCK_UL:
        return BlockType::BulletList;
    case MD_BLOCK_CODE:
        return BlockType::Code;
    case MD_BLOCK_HTML:
        return BlockType::Html;
    case MD_BLOCK_QUOTE:
        return BlockType::Quote;
    case MD_BLOCK_HR:
        return BlockType::Rule;
    default:
        return BlockType::Paragraph;
    }
}

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto* state = static_cast<ScanState*>(userdata);
    const int depth = state->depth++;
    if (type == MD_BLOCK_DOC)
        return 0;
    if (type == MD_BLOCK_CODE && static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->fence_char != 0)
        enterFence(state, static_cast<MD_BLOCK_CODE_DETAIL*>(detail));
    if (depth == 1) {
        Block block;
        block.type = topLevelType(type);
        if (type == MD_BLOCK_H)
            block.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        state->blocks.append(block);
        state->tableHeaderLine = 0;
        state->awaitingNestedLine = false;
        return 0;
    }
    if (state->blocks.isEmpty())
        return 0;
    Block& block = state->blocks.last();
    switch (block.type) {
    case BlockType::Table:
        if (type == MD_BLOCK_THEAD)
            state->inTableHead = true;
        else if (type == MD_BLOCK_TBODY)
            state->inTableBody = true;
        else if (type == MD_BLOCK_TR && state->inTableBody)
            ++block.tableBodyRows;
        break;
    case BlockType::OrderedList:
    case BlockType::BulletList:
        if (depth == 2 && type == MD_BLOCK_LI) {
            block.listItems.append(MarkdownBlockScanner::ListItem());
            break;
        }
        if (!block.listItems.isEmpty()) {
            // The item's first paragraph is its text; any other block inside it is its detail.
            MarkdownBlockScanner::ListItem& item = block.listItems.last();
            if (!(depth == 3 && type == MD_BLOCK_P && item.textLastLine == 0))
                item.hasDetail = true;
        }
        if (!(depth == 3 && type == MD_BLOCK_P) && !block.hasNestedBlock) {
            // Anything but text inside a list item; its line is that of its first text.
            block.hasNestedBlock = true;
            state->awaitingNestedLine = true;
        }
        break;
    default:
        break;
    }
    return 0;
}

bool isAtxHeading(const QString& line);
bool isSetextUnderline(const QString& line);

// A line inside a list item or quote without the markers that open them
// ("- ", "1. ", "> "), so that "- # Title" reads as the ATX heading it holds.
QString withoutContainerMarkers(const QString& line) {
    QString text = line.trimmed();
    for (;;) {
        qsizetype marker = 0;
        if (text.startsWith(u'>')) {
            marker = 1;
        } else if (text.size() >= 2 && (text.at(0) == u'-' || text.at(0) == u'*' || text.at(0) == u'+') &&
                   text.at(1).isSpace()) {
            marker = 1;
        } else {
            while (marker < text.size() && marker < 9 && text.at(marker).isDigit())
                ++marker;
            if (marker == 0 || marker + 1 >= text.size() ||
                (text.at(marker) != u'.' && text.at(marker) != u')') || !text.at(marker + 1).isSpace())
                return text;
            ++marker;
        }
        text = text.mid(marker).trimmed();
    }
}

// A setext heading inside a list item ends with its underline, which has no
// text: the item (its detail) runs to it, or the underline would be lost.
void leaveNestedHeading(ScanState* state) {
    const int last = state->lastTextLine;
    if (state->blocks.isEmpty() || last == 0 || state->blocks.last().listItems.isEmpty())
        return;
    if (isAtxHeading(withoutContainerMarkers(state->source->line(last))) ||
        !isSetextUnderline(state->source->line(last + 1)))
        return;
    state->lastTextLine = last + 1;
    Block& block = state->blocks.last();
    block.lastLine = std::max(block.lastLine, last + 1);
    block.listItems.last().lastLine = std::max(block.listItems.last().lastLine, last + 1);
}

int leaveBlock(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
    auto* state = static_cast<ScanState*>(userdata);
    --state->depth;
    if (type == MD_BLOCK_CODE && state->fenceChar != 0)
        leaveFence(state);
    if (type == MD_BLOCK_H && state->depth > 1)
        leaveNestedHeading(state);
    if (type == MD_BLOCK_THEAD)
        state->inTableHead = false;
    else if (type == MD_BLOCK_TBODY)
        state->inTableBody = false;
    else if (type == MD_BLOCK_TABLE && !state->blocks.isEmpty())
        state->blocks.last().firstLine = state->tableHeaderLine; // resolved later when 0
    return 0;
}

int enterSpan(MD_SPANTYPE, void*, void*) {
    return 0;
}

int leaveSpan(MD_SPANTYPE, void*, void*) {
    return 0;
}

void extend(int line, int& first, int& last) {
    first = first == 0 ? line : std::min(first, line);
    last = std::max(last, line);
}

int text(MD_TEXTTYPE /*type*/, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    auto* state = static_cast<ScanState*>(userdata);
    // Soft breaks and the like point at md4c's own strings, not at the source.
    const int line = state->source->lineAt(text);
    if (line == 0 || size == 0 || state->blocks.isEmpty())
        return 0;
    const int endLine = std::max(line, state->source->lineAt(text + size - 1));
    state->lastTextLine = std::max(state->lastTextLine, endLine);
    if (state->fenceChar != 0)
        state->codeLastLine = std::max(state->codeLastLine, endLine);
    Block& block = state->blocks.last();
    extend(line, block.firstLine, block.lastLine);
    block.lastLine = std::max(block.lastLine, endLine);
    if (block.type == BlockType::Table && state->inTableHead && state->tableHeaderLine == 0)
        state->tableHeaderLine = line;
    if (!block.listItems.isEmpty()) {
        MarkdownBlockScanner::ListItem& item = block.listItems.last();
        extend(line, item.firstLine, item.lastLine);
        item.lastLine = std::max(item.lastLine, endLine);
        if (!item.hasDetail)
            item.textLastLine = std::max(item.textLastLine, endLine);
    }
    if (state->awaitingNestedLine) {
        block.nestedBlockLine = line;
        state->awaitingNestedLine = false;
    }
    return 0;
}

bool isAtxHeading(const QString& line) {
    const QString text = line.trimmed();
    qsizetype hashes = 0;
    while (hashes < text.size() && text.at(hashes) == u'#')
        ++hashes;
    return hashes >= 1 && hashes <= 6 && (hashes == text.size() || text.at(hashes).isSpace());
}

bool isSetextUnderline(const QString& line) {
    const QString text = line.trimmed();
    return !text.isEmpty() && (text.count(u'=') == text.size() || text.count(u'-') == text.size());
}

// Gives lines to what has no text (an empty heading, an all-empty table header,
// an empty list item, a rule): the first non-blank line after what came before.
void resolveLines(const MarkdownSource& source, QList<Block>& blocks) {
    int previousEnd = 0;
    for (Block& block : blocks) {
        const int next = source.nextNonBlankLine(previousEnd);
        if (block.type == BlockType::Table) {
            if (block.firstLine == 0)
                block.firstLine = next;
            block.lastLine = block.firstLine + 1 + block.tableBodyRows;
        } else if (block.firstLine == 0) {
            block.firstLine = next;
            block.lastLine = next;
        } else if (block.type == BlockType::Heading && isSetextUnderline(source.line(block.lastLine + 1)) &&
                   !isAtxHeading(source.line(block.firstLine))) {
            // A setext heading ends with its underline, which has no text.
            ++block.lastLine;
        } else if (block.type != BlockType::Heading && next > 0) {
            // A code fence, a quote marker or a list marker may stand on a line without text.
            block.firstLine = std::min(block.firstLine, next);
        }
        int itemEnd = block.firstLine - 1;
        for (MarkdownBlockScanner::ListItem& item : block.listItems) {
            if (item.firstLine == 0) {
                item.firstLine = source.nextNonBlankLine(itemEnd);
                item.lastLine = item.firstLine;
            } else if (item.hasDetail && item.textLastLine == 0) {
                // A block with no text before it (a fence) starts on the marker's line.
                item.firstLine = std::min(item.firstLine, source.nextNonBlankLine(itemEnd));
            }
            itemEnd = item.lastLine;
            block.lastLine = std::max(block.lastLine, item.lastLine);
        }
        if (block.hasNestedBlock && block.nestedBlockLine == 0)
            block.nestedBlockLine = block.lastLine;
        previousEnd = std::max(previousEnd, block.lastLine);
    }
}

} // namespace

Result<QList<MarkdownBlockScanner::Block>> MarkdownBlockScanner::scan(const MarkdownSource& source) {
    MD_PARSER parser{};
    // Raw HTML is read as text, so an HTML comment stays in the description as written.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;

    ScanState state;
    state.source = &source;
    const QByteArray& bytes = source.bytes();
    if (md_parse(bytes.constData(), MD_SIZE(bytes.size()), &parser, &state) != 0)
        return Error(QStringLiteral("the Markdown parser failed (out of memory?)"));
    resolveLines(source, state.blocks);
    return state.blocks;
}
