#pragma once

#include "Checklist.h"
#include "Result.h"

#include <QByteArray>

// Reads a checklist template from a Markdown document shaped like the built-in
// "Production Deployment Checklist" (see README "The Markdown checklist format").
// Parsing is done with md4c (GFM tables). On bad input the error names the line:
// "line 14: the row has 5 cells, the header has 3".
class MarkdownTemplateReader {
public:
    static Result<ChecklistTemplate> read(const QByteArray& utf8Markdown);
};
