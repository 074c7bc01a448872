#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// What each column of a checklist table holds: the item text (always the
// first column), the status, the notes, or an extra field kept per item.
enum class ColumnRole { Item, Status, Notes, Extra };

namespace ColumnRoleText {
QString key(ColumnRole role); // item|status|notes|extra
std::optional<ColumnRole> fromKey(QStringView key);
} // namespace ColumnRoleText

// Which column of a checklist table is the status and which the notes:
// the header words of the one synonyms table (any case, with or without a
// trailing colon), else for the status the first column holding only status
// marks; a role given for a column (the front matter, --column) comes first.
class ColumnRoles {
public:
    struct Synonym {
        ColumnRole role;
        QStringView header;
        QStringView languages; // ISO 639-1 codes, space-separated
    };
    // Every header word that names a status or a notes column, in every
    // language the importer reads. One table: a new word is a new row.
    static const QList<Synonym>& synonyms();
    // The role a header names by itself (Status or Notes); nullopt for any other.
    static std::optional<ColumnRole> fromHeader(QStringView header);

    struct Assignment {
        int statusColumn = -1;
        int notesColumn = -1;
        ColumnRole roleOf(int column) const;
    };
    // header: the table's header cells; rows: its body rows' cells (group
    // rows left out); given: roles chosen for columns, by index. Fails when
    // a given role cannot be: the item is not the first column, or two
    // columns are given the status (or the notes).
    static Result<Assignment> assign(const QStringList& header, const QList<QStringList>& rows,
                                     const QHash<int, ColumnRole>& given);
    // The fewest given roles that make assign() find `wanted` again, by
    // column index in column order: what the front matter must say.
    static QHash<int, ColumnRole> needed(const QStringList& header, const QList<QStringList>& rows,
                                         const Assignment& wanted);
};
