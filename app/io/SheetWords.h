#pragma once

#include <QList>
#include <QStringView>

#include "core/ItemStatus.h"

#include <optional>

// The words a spreadsheet's checklist is read by (CsvTemplateReader), in one
// table beside ColumnRoles' (which names the status and notes columns):
// the headers of the columns that say where a row goes (Section, Group, the
// sign-off Role) or hold the item's text, the titles of a sign-off section,
// and the status words a spreadsheet writes where a Markdown table has a mark.
// Compared in any case, with or without a trailing colon. A new word is a new row.
class SheetWords {
public:
    enum class Kind {
        SectionColumn, // the section a row belongs to
        GroupColumn,   // the group within its section
        RoleColumn,    // a sign-off role
        ItemColumn,    // the item's text (else the first other column)
        SignOffTitle,  // a section whose rows are the roles that sign
    };
    struct Word {
        Kind kind;
        QStringView text;
        QStringView languages; // ISO 639-1 codes, space-separated
    };
    static const QList<Word>& words();
    static bool is(Kind kind, QStringView text);

    struct StatusWord {
        ItemStatus status;
        QStringView text;
        QStringView languages;
    };
    static const QList<StatusWord>& statusWords();
    // A status cell: a Markdown table's marks (ItemStatusText::fromMark, empty
    // is pending) or one of statusWords(); nullopt for any other text.
    static std::optional<ItemStatus> status(QStringView cell);
};
