#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "io/MarkdownTemplateReader.h"

#include <QByteArray>
#include <QStringList>

// Reads a checklist template from a spreadsheet's CSV export (CsvReader):
// a header row, then one row per item (README, "Importing a spreadsheet").
//
// - Columns headed Section or Group (SheetWords, in the shipped languages)
//   say where a row goes; an empty cell there continues the row above's
//   section or group. Without a Section column all items are one section,
//   "Checklist".
// - The other columns are the checklist table's, in their order: the item
//   text first (a column headed Item, Task, Step… or else the first), the
//   status and notes found by ColumnRoles as in a Markdown table (a --column
//   role first). A status cell holds a mark or a word (Done, Yes, X, ✓, N/A,
//   Failed, empty for pending: SheetWords::status). Without a status column
//   the items are pending, under a "Status" column added last.
// - Rows whose Section is a sign-off section (Sign-off, Approvals, Freigabe…)
//   or that fill a Role column name the roles that sign: one sign-off section
//   (Role, Name, Signature, Date). Options::roles names them instead.
// - Cells become what a Markdown table cell says: line breaks "<br>", '|' "\|"
//   (MarkdownTableRow::escapeCell), so the template exports as Markdown and
//   reads back the same.
// Errors name the physical line of the file; nothing is returned then.
class CsvTemplateReader {
public:
    struct Options {
        QString title;     // the template's title (the CLI: --title or the file's name)
        QStringList roles; // the sign-off roles, when the file names none
        QList<MarkdownTemplateReader::ColumnOverride> columns;
    };
    static Result<ChecklistTemplate> read(const QByteArray& bytes, const Options& options);
};
