#include "core/AppIdentity.h"

#include "Version.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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
#ifdef Q_OS_UNIX
    // Services, containers and su sessions often run without USER: the
    // account's own login name still says who acted, where "unknown" would not.
    if (name.isEmpty()) {
        if (const passwd* account = ::getpwuid(::getuid()); account && account->pw_name)
            name = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace AppIdentity
