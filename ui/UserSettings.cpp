#include "ui/UserSettings.h"

#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/ServerAddress.h"
#include "core/SettingsKeys.h"
#include "report/NssDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace SettingsKeys;

QString UserSettings::storableLocation(const QString& location) {
    if (ChecklistStore::isServerLocation(location))
        return ServerAddress::withoutPassword(location);
    const QFileInfo info(location);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}

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
    if (settings.value(kLastDatabase).toString() != storableLocation(databaseLocation))
        return 0;
    return settings.value(kLastRecordId).toLongLong();
}

void UserSettings::setLastRecord(const QString& databaseLocation, qint64 recordId) {
    QSettings settings;
    const QString stored = storableLocation(databaseLocation);
    // Opening the record the window starts with changes nothing: writing the
    // settings file anyway would cost every start a file replacement.
    if (settings.value(kLastDatabase).toString() == stored &&
        settings.value(kLastRecordId).toLongLong() == recordId)
        return;
    settings.setValue(kLastDatabase, stored);
    settings.setValue(kLastRecordId, recordId);
}

QString UserSettings::lastDatabase() {
    return QSettings().value(kLastDatabase).toString();
}

QStringList UserSettings::recentDatabases() {
    return QSettings().value(kRecentDatabases).toStringList();
}

void UserSettings::addRecentDatabase(const QString& location) {
    const QString stored = storableLocation(location);
    QStringList recent = recentDatabases();
    // Already the most recent (every start on the same database): nothing to write.
    if (!recent.isEmpty() && recent.constFirst() == stored)
        return;
    recent.removeAll(stored);
    recent.prepend(stored);
    while (recent.size() > kMaxRecentDatabases)
        recent.removeLast();
    QSettings().setValue(kRecentDatabases, recent);
}

void UserSettings::removeRecentDatabase(const QString& location) {
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.removeAll(storableLocation(location));
    QSettings().setValue(kRecentDatabases, recent);
}

void UserSettings::clearRecentDatabases() {
    QSettings().remove(kRecentDatabases);
}

UserSettings::ServerFields UserSettings::lastServer() {
    QSettings settings;
    ServerFields fields;
    fields.host = settings.value(kServerHost).toString();
    fields.port = settings.value(kServerPort, 5432).toInt();
    fields.database = settings.value(kServerDatabase).toString();
    fields.user = settings.value(kServerUser).toString();
    fields.sslMode = settings.value(kServerSslMode).toString();
    fields.rootCertificate = settings.value(kServerRootCertificate).toString();
    return fields;
}

void UserSettings::setLastServer(const ServerFields& fields) {
    QSettings settings;
    settings.setValue(kServerHost, fields.host);
    settings.setValue(kServerPort, fields.port);
    settings.setValue(kServerDatabase, fields.database);
    settings.setValue(kServerUser, fields.user);
    settings.setValue(kServerSslMode, fields.sslMode);
    settings.setValue(kServerRootCertificate, fields.rootCertificate);
}

UserSettings::Appearance UserSettings::appearance() {
    const QString stored = QSettings().value(kAppearance).toString();
    if (stored == u"dark")
        return Appearance::Dark;
    if (stored == u"light")
        return Appearance::Light;
    return Appearance::System;
}

void UserSettings::setAppearance(Appearance appearance) {
    QSettings settings;
    switch (appearance) {
    case Appearance::System:
        settings.remove(kAppearance);
        break;
    case Appearance::Light:
        settings.setValue(kAppearance, QStringLiteral("light"));
        break;
    case Appearance::Dark:
        settings.setValue(kAppearance, QStringLiteral("dark"));
        break;
    }
}

QByteArray UserSettings::windowGeometry() {
    return QSettings().value(kWindowGeometry).toByteArray();
}

QByteArray UserSettings::windowState() {
    return QSettings().value(kWindowState).toByteArray();
}

void UserSettings::setWindow(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(kWindowGeometry, geometry);
    settings.setValue(kWindowState, state);
}

QString UserSettings::fileFolder() {
    const QString stored = QSettings().value(kLastFileDirectory).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    // A fresh account may have no Documents folder; a file dialog started in
    // one offers its name as the file's ("Documents"): start at home instead.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void UserSettings::rememberFileFolder(const QString& filePath) {
    QSettings().setValue(kLastFileDirectory, QFileInfo(filePath).absolutePath());
}

QString UserSettings::suggestedFilePath(const QString& fileName) {
    return QDir(fileFolder()).filePath(fileName);
}

QString UserSettings::sealNssDirectory() {
    const QString stored = QSettings().value(kSealNssDirectory).toString();
    return stored.isEmpty() ? NssDatabase::defaultDirectory() : stored;
}

void UserSettings::setSealNssDirectory(const QString& directory) {
    QSettings settings;
    // The default stays unwritten, so that it follows the user's home.
    if (directory.isEmpty() || QFileInfo(directory) == QFileInfo(NssDatabase::defaultDirectory()))
        settings.remove(kSealNssDirectory);
    else
        settings.setValue(kSealNssDirectory, directory);
}

QString UserSettings::sealCertificate() {
    return QSettings().value(kSealCertificate).toString();
}

void UserSettings::setSealCertificate(const QString& nickname) {
    QSettings settings;
    if (nickname.isEmpty())
        settings.remove(kSealCertificate);
    else
        settings.setValue(kSealCertificate, nickname);
}
