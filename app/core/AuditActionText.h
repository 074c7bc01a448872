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
} // namespace AuditActionText
