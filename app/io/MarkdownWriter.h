#pragma once

#include "core/Checklist.h"

#include <QString>

// Writes templates and records back to the Markdown checklist shape.
// writeTemplate(read(x)) gives x back except for cell padding and separator
// dashes; write(read(write(x))) == write(x) byte for byte.
//
// Blocks are separated by one blank line and the text ends with one newline.
// Rows are written "| text | ☐ | |" with "|---|---|---|" separators. A
// section's description comes before its table or list. Cell text is trimmed,
// its line breaks become <br> and bare '|' become "\|" (text read from a cell
// already has them escaped, so it comes back unchanged).
class MarkdownWriter {
public:
    static QString writeTemplate(const ChecklistTemplate& tmpl);
    // A record: "# <template title>", a first paragraph naming the record
    // ("Record: <title> · Release version: <v> · Environment: <env>"), then its
    // sections with statuses as marks and notes filled in; sign-off rows keep the
    // role and the other cells as they are in the items' extra, except that an
    // empty Name or Date cell of a signed role shows its standing signatures'
    // printed names and times ("2024-05-01 14:03 UTC", several joined by "; "). The result reads
    // back as a template, and writeTemplate() of that gives the same text.
    static QString writeRecord(const Record& record);
};
