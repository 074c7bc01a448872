#pragma once

#include <QString>

// The GUI and the CLI share one identity so that they find the same default
// database (QStandardPaths::AppDataLocation) and the same settings.
namespace AppIdentity {
void apply(); // sets organisation, application name and version on QCoreApplication
QString version();
// The name recorded as "who" when none is set in Preferences: the OS user.
QString defaultActorName();
} // namespace AppIdentity
