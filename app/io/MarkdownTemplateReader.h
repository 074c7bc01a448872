#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QByteArray>

// Reads a checklist template from a Markdown document shaped like the built-in
// "Production Deployment Checklist" (see README "The Markdown checklist format").
// Parsing is done with md4c (GFM tables). On bad input the error names the line:
// "line 14: the row has 5 cells, the header has 3", and nothing is returned.
//
// The shape:
// - "# Title" first; paragraphs before the first "##" are the template's
//   description, paragraphs in a section its description (lines trimmed,
//   paragraphs joined with a blank line). A "## Heading" starts a section.
// - A section holds at most one table or one numbered list:
//   - a table with a Role and a Signature column is the sign-off section. The
//     Role column must come first: item text = the role, extra = the other cells
//     as written (statusColumn and notesColumn stay -1);
//   - any other table is a checklist: column 0 is the item text; the status
//     column is the one headed Status, Completed, Done or Checked (any case), or
//     else the first column whose body cells are all status marks and not all
//     empty; a Notes/Comments column holds notes; other columns go to `extra`.
//     A row whose first cell is entirely bold and whose other cells are empty is
//     a group header (text without the ** markers);
//   - a numbered list is a procedure (one item per step, marker dropped).
// - Cells keep their inline Markdown as written ("`code`", "**b**", "\|").
// - Thematic breaks (---) are ignored. Raw HTML is read as text. Code blocks,
//   block quotes, bullet lists, "###" headings and blocks nested in a list item
//   are errors naming their line: the writer could not give them back.
class MarkdownTemplateReader {
public:
    static Result<ChecklistTemplate> read(const QByteArray& utf8Markdown);
};
