#pragma once

#include <QString>

// The audit trail's actions in words for people. The database, JSON and
// `countersign-cli audit --json` keep the stable machine names ("status",
// "login_failed"); the window's audit trail, the PDF's appendix and the
// CLI's table show these, so no raw identifier reaches a reader.
namespace AuditActionText {
// "Status", "Signed", "Wrong signing password"…; an action this version does
// not know (one a newer version wrote) as its name with spaces, capitalised.
QString label(const QString& action);

// A stored value in words: a status key ("na") as its label ("N/A"), a
// record's state as sealing and reopening store it ("signed") as its label
// ("Partly signed"); anything else as it is.
QString value(const QString& action, const QString& value);

// A row's change as its view words it ("Done → Pending"), marked when the row
// undid or redid an edit: "Undo: Done → Pending".
QString change(const QString& action, const QString& change);

// A section's or group's mark not applicable, written, undone or redone
// ("na_marked", "undo_na_marked", "redo_na_marked"), and its row's change in
// words: the section's or group's title and the reason, "Staging: no staging".
bool isNotApplicableMark(const QString& action);
QString notApplicableMark(const QString& title, const QString& reason);

// Who acted: the name the row records (Preferences, --by) and the computer
// account that ran the program, so that a claimed name is never the only
// trace. "Paula Owner (paula)"; the name alone when the two are the same or
// the row is older than the account (audit format 1).
QString actor(const QString& name, const QString& account);
// The same in a sentence, for a tooltip.
QString actorInFull(const QString& name, const QString& account);
} // namespace AuditActionText
