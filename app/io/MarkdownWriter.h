#pragma once

#include "Checklist.h"

#include <QString>

// Writes templates and records back to the Markdown checklist shape.
// writeTemplate(read(x)) gives x back except for cell padding and separator
// dashes; write(read(write(x))) == write(x) byte for byte.
class MarkdownWriter {
public:
    static QString writeTemplate(const ChecklistTemplate& tmpl);
    // A record: statuses as marks, notes filled in, sign-off names and dates once signed.
    static QString writeRecord(const Record& record);
};
