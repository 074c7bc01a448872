#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "io/ColumnRoles.h"

#include <QByteArray>

// Reads a checklist template from a Markdown document shaped like the built-in
// "Production Deployment Checklist" (see README "The Markdown checklist format").
// Parsing is done with md4c (GFM tables). On bad input the error names the line:
// "line 14: the row has 5 cells, the header has 3", and nothing is returned.
//
// The shape:
// - An optional front matter first (FrontMatter: roles chosen for columns).
// - "# Title" first; paragraphs before the first "##" are the template's
//   description, paragraphs in a section its description (lines trimmed,
//   paragraphs joined with a blank line). A "## Heading" starts a section.
// - A section holds one table, one numbered list or a task list:
//   - a table with a Role and a Signature column is the sign-off section. The
//     Role column must come first: item text = the role, extra = the other cells
//     as written (statusColumn and notesColumn stay -1);
//   - any other table is a checklist: column 0 is the item text; the status
//     and notes columns are found by ColumnRoles (a role given in the front
//     matter or in Options first, then the header words of its synonyms
//     table, then a column of status marks); other columns go to `extra`.
//     A row whose first cell is entirely bold and whose other cells are empty is
//     a group header (text without the ** markers);
//   - a numbered list is a procedure (one item per step, marker dropped);
//   - a GFM task list is a checklist too (TaskListReader: each task an item,
//     its mark the default status, what is indented under it its detail); a
//     "###" heading in the section heads a group of tasks, the paragraphs
//     under it are the group's detail.
// - A plain bullet list is text: kept as written in the description.
// - Cells keep their inline Markdown as written ("`code`", "**b**", "\|").
// - Thematic breaks (---) are ignored. Raw HTML is read as text. Code blocks
//   (but under a task), block quotes, "####" headings and blocks nested in a
//   numbered step are errors naming their line: the writer could not give
//   them back.
class MarkdownTemplateReader {
public:
    // A role chosen for every checklist table's column with this header.
    struct ColumnOverride {
        QString column;
        ColumnRole role = ColumnRole::Extra;
    };
    struct Options {
        // Override the front matter and what the headers say; a column no
        // checklist table has is an error.
        QList<ColumnOverride> columns;
    };
    static Result<ChecklistTemplate> read(const QByteArray& utf8Markdown, const Options& options = {});
};
