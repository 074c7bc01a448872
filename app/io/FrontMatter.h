#pragma once

#include "core/Checklist.h"
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
//   signoff:
//     "QA Lead":
//       signers: 2
//       independent: true
//   ---
//
// column-roles: per section title, per column header as written, the column's
// role (item, status, notes or extra). signoff: per role of the sign-off table
// as written, its policy (RolePolicy): signers, the distinct signers it needs
// (a whole number, 1 or more, 1 when left out), and independent (true or
// false, false when left out). Keys may be double-quoted (with \" and \\) or
// plain; "#" starts a comment line. Any other key is an error, so that nothing
// of the document is lost without a word.
class FrontMatter {
public:
    struct ColumnRoleEntry {
        QString section;
        QString column;
        ColumnRole role = ColumnRole::Extra;
        int line = 0;
    };
    struct PolicyEntry {
        QString role;
        RolePolicy policy;
        int line = 0; // the role's line
    };
    struct Content {
        int lastLine = 0; // the closing "---"; 0 when the document has no front matter
        QList<ColumnRoleEntry> columnRoles;
        QList<PolicyEntry> policies;
    };

    static Result<Content> read(const MarkdownSource& source);
    // The block with its "---" lines and without a line end after the last;
    // empty when there is nothing to say.
    static QString write(const QList<ColumnRoleEntry>& columnRoles, const QList<PolicyEntry>& policies = {});
};
