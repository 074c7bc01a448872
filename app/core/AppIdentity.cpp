#include "AppIdentity.h"

#include "Version.h"

#include <QCoreApplication>

namespace AppIdentity {

void apply() {
    QCoreApplication::setOrganizationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(version());
}

QString version() {
    return QStringLiteral(COUNTERSIGN_VERSION);
}

QString defaultActorName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace AppIdentity
