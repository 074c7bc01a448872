#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "io/MarkdownBlockScanner.h"

#include <QStringView>

#include <optional>

// Reads a bullet list: a GFM task list ("- [ ] Run the tests", any bullet)
// becomes checklist items, a plain list stays text (a description).
//
// md4c knows only "[ ]", "[x]" and "[X]", so the mark is read here from the
// item's first characters: "[ ]" pending; "[x]", "[X]", "[✓]", "[✔]", "[☑]",
// "[✅]" done; "[-]", "[~]", "[N/A]" not applicable; "[✗]", "[✘]", "[☒]",
// "[❌]" failed. The item's first paragraph is its text (lines trimmed,
// joined with a line break); what follows it inside the item (a sub-list, a
// paragraph, a fenced code block) is its detail, as written, without the
// item's indentation.
class TaskListReader {
public:
    struct Tasks {
        bool isTaskList = false; // false: no item has a task mark
        QList<ChecklistItem> items;
    };
    // Fails, naming the line, when some items have a mark and others do not,
    // or a task's text is empty.
    static Result<Tasks> read(const MarkdownSource& source, const MarkdownBlockScanner::Block& block);

    // The status a task mark's inside ("x", " ", "-") stands for; nullopt for any other.
    static std::optional<ItemStatus> statusOfMark(QStringView inside);
    // The mark written for a status: "[ ]", "[x]", "[-]", "[✗]".
    static QString mark(ItemStatus status);

    // Lines first..last as written, without the first `indent` columns of each
    // (a tab counts to the next multiple of 4); leading and trailing blank
    // lines dropped.
    static QString outdented(const MarkdownSource& source, int first, int last, int indent);
};
