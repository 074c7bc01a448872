#pragma once

#include "core/Result.h"
#include "io/ColumnRoles.h"
#include "io/MarkdownSource.h"

#include <QList>
#include <QString>

// The block a template's Markdown may start with, between two "---" lines,
// for what the tables themselves cannot say (README, "The Markdown checklist
// format"). A small YAML subset, readable on GitHub, which shows it as a table:
//
//   ---
//   column-roles:
//     "Pre-Deployment Verification":
//       "Owner": status
//       "Status": extra
//   ---
//
// column-roles: per section title, per column header as written, the column's
// role (item, status, notes or extra). Keys may be double-quoted (with \" and
// \\) or plain; "#" starts a comment line. Any other key is an error, so that
// nothing of the document is lost without a word.
class FrontMatter {
public:
    struct ColumnRoleEntry {
        QString section;
        QString column;
        ColumnRole role = ColumnRole::Extra;
        int line = 0;
    };
    struct Content {
        int lastLine = 0; // the closing "---"; 0 when the document has no front matter
        QList<ColumnRoleEntry> columnRoles;
    };

    static Result<Content> read(const MarkdownSource& source);
    // The block with its "---" lines and without a line end after the last;
    // empty when there is nothing to say.
    static QString write(const QList<ColumnRoleEntry>& columnRoles);
};
