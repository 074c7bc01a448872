#pragma once

#include <QString>

#include <optional>

// The state of one checklist item. N/A counts as resolved; Failed does not.
enum class ItemStatus { Pending, Done, NotApplicable, Failed };

namespace ItemStatusText {
// Stable machine names used in the database, JSON and the CLI: pending|done|na|failed.
QString key(ItemStatus status);
std::optional<ItemStatus> fromKey(const QString& key);
// A translated word for people: "Pending", "Done", "N/A", "Failed".
QString label(ItemStatus status);
// The Markdown mark written on export: ☐ ☑ N/A ☒.
QString mark(ItemStatus status);
// Reads a status mark as written in a template cell (☐, empty, [ ], ☑, ✓, ✔, ✅, [x],
// ☒, ✗, ✘, ❌, N/A in any case); nullopt when the text is not a status mark.
std::optional<ItemStatus> fromMark(const QString& cellText);
// Whether the status needs a note to explain it (N/A and Failed do).
bool requiresNote(ItemStatus status);
bool isResolved(ItemStatus status);
} // namespace ItemStatusText
