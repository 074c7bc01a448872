#pragma once

#include <QStringView>

// Every key the program keeps in QSettings (the desktop app's settings file,
// which the command line reads too), each spelled once. A key renamed here
// loses what people saved under the old one: keep the spelling.
namespace SettingsKeys {

// The name recorded as making a change. Written by the desktop's
// Preferences (UserSettings::setActorName); read by the desktop and by the
// command line (CommandContext), so both record the same person.
inline constexpr QStringView kIdentityName = u"identity/name";

// The record open when the window last closed, and the database it was in
// (a record id means nothing in another database). Written and read by the
// desktop's MainWindow through UserSettings.
inline constexpr QStringView kLastRecordId = u"session/lastRecordId";
inline constexpr QStringView kLastDatabase = u"session/lastDatabase";

// File ▸ Open Recent: locations, newest first, servers without a password.
// Written and read by the desktop through UserSettings.
inline constexpr QStringView kRecentDatabases = u"files/recentDatabases";

// The folder the user last imported a template from or saved a file into
// (an export, a PDF report, a PDF printed to a file, a backup), offered by
// the next of them: one folder for the user's files. Written and read by
// the desktop through UserSettings::fileFolder.
inline constexpr QStringView kLastFileDirectory = u"files/lastDirectory";
// The folder of the last database opened or created, offered by the next
// Open or New. Written and read by DatabaseActions.
inline constexpr QStringView kLastDatabaseDirectory = u"files/lastDatabaseDirectory";

// File ▸ Connect to Server's last host, port, database, user and TLS mode and root; never the
// password. Written and read by the desktop through UserSettings.
inline constexpr QStringView kServerHost = u"server/host";
inline constexpr QStringView kServerPort = u"server/port";
inline constexpr QStringView kServerDatabase = u"server/database";
inline constexpr QStringView kServerUser = u"server/user";
inline constexpr QStringView kServerSslMode = u"server/sslMode";
inline constexpr QStringView kServerRootCertificate = u"server/rootCertificate";

// Preferences ▸ Appearance: "light", "dark", or absent to follow the system.
// Written and read by the desktop through UserSettings.
inline constexpr QStringView kAppearance = u"appearance/theme";

// The main window's geometry and dock/toolbar state (QMainWindow's own
// blobs). Written when the window closes, read when it opens, through
// UserSettings.
inline constexpr QStringView kWindowGeometry = u"window/geometry";
inline constexpr QStringView kWindowState = u"window/state";

// Report ▸ Open PDF When Done: whether a written report opens in the PDF
// viewer. Written and read by ReportActions; on by default.
inline constexpr QStringView kOpenReportWhenDone = u"report/openPdfWhenDone";

// Preferences ▸ Sealing: the NSS database that holds the certificates
// (absent: ~/.pki/nssdb, as Okular's) and the nickname of the certificate
// File ▸ Export PDF seals with (absent: no seal). Never a password. Written
// and read by the desktop through UserSettings.
inline constexpr QStringView kSealNssDirectory = u"sealing/nssDirectory";
inline constexpr QStringView kSealCertificate = u"sealing/certificate";

// What this machine remembers of each database it opened (core/Witness): a
// group per database id. Written and read by the desktop and the command line.
inline constexpr QStringView kWitness = u"witness";

} // namespace SettingsKeys
