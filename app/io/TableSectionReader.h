#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "io/ColumnRoles.h"
#include "io/MarkdownBlockScanner.h"

#include <QHash>
#include <QSet>

// Reads a section's GFM table: a table with a Role and a Signature column
// is the sign-off section (the Role column first: item text = the role,
// extra = the other cells as written); any other is a checklist, its columns'
// roles from ColumnRoles. A row whose first cell is entirely bold and whose
// other cells are empty is a group header (text without the ** markers).
// Errors name the line.
class TableSectionReader {
public:
    // given: roles chosen for columns by their header as written (the front
    // matter, --column); the headers that named a column of this table are
    // added to `used`.
    static Status read(const MarkdownSource& source, const MarkdownBlockScanner::Block& block,
                       const QHash<QString, ColumnRole>& given, QSet<QString>& used,
                       ChecklistSection& section);
};
