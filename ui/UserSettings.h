#pragma once

#include <QByteArray>
#include <QString>

// The desktop's QSettings keys in one place.
class UserSettings {
public:
    // Who is recorded as making a change: Preferences' name, else the OS user.
    static QString actorName();
    // The name as set in Preferences; empty when none is set.
    static QString storedActorName();
    static void setActorName(const QString& name);

    // The record open when the window last closed, if it was in this database; 0 otherwise.
    static qint64 lastRecordId(const QString& databaseLocation);
    static void setLastRecord(const QString& databaseLocation, qint64 recordId);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);
};
