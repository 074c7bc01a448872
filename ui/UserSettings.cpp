#include "UserSettings.h"

#include "AppIdentity.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kIdentityName = QStringLiteral("identity/name");
const QString kLastRecordId = QStringLiteral("session/lastRecordId");
// A record id means nothing in another database: remember which one it came from.
const QString kLastDatabase = QStringLiteral("session/lastDatabase");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

QString canonical(const QString& location) {
    const QFileInfo info(location);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}
} // namespace

QString UserSettings::actorName() {
    const QString stored = storedActorName();
    return stored.isEmpty() ? AppIdentity::defaultActorName() : stored;
}

QString UserSettings::storedActorName() {
    return QSettings().value(kIdentityName).toString().trimmed();
}

void UserSettings::setActorName(const QString& name) {
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kIdentityName);
    else
        settings.setValue(kIdentityName, name.trimmed());
}

qint64 UserSettings::lastRecordId(const QString& databaseLocation) {
    QSettings settings;
    if (settings.value(kLastDatabase).toString() != canonical(databaseLocation))
        return 0;
    return settings.value(kLastRecordId).toLongLong();
}

void UserSettings::setLastRecord(const QString& databaseLocation, qint64 recordId) {
    QSettings settings;
    settings.setValue(kLastDatabase, canonical(databaseLocation));
    settings.setValue(kLastRecordId, recordId);
}

QByteArray UserSettings::windowGeometry() {
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray UserSettings::windowState() {
    return QSettings().value(kState).toByteArray();
}

void UserSettings::setWindow(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}
