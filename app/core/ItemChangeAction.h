#pragma once

#include <QString>

// The audit action of a change to an item's status or notes, which also says
// why it was made: "status" and "notes" for an edit, "undo_status",
// "redo_notes"… when the desktop undid or redid one (Edit ▸ Undo), so that a
// reader of the trail tells a person's change from taking it back.
// Hashed like any action (docs/CANONICAL-JSON.md, audit/2).
namespace ItemChangeAction {

enum class Kind { Edit, Undo, Redo };

// field is "status" or "notes".
QString action(const QString& field, Kind kind);
// The action of an item's change made by marking its whole section or group
// not applicable at once ("na_status", "na_notes"); its undo and redo are
// action(field, Undo/Redo) as any other change's.
QString markAction(const QString& field);
// The field an item change's action changes ("status", "notes"); empty for
// every other action.
QString field(const QString& action);
// Edit for "status", "na_status" and for every action that is not an undo or redo.
Kind kind(const QString& action);

} // namespace ItemChangeAction
