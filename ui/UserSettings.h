#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the desktop remembers between runs, read and written through QSettings
// (the keys are SettingsKeys').
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

    // The database open when the window last closed; empty when none was remembered.
    static QString lastDatabase();

    // File ▸ Open Recent, newest first: files as canonical paths, servers
    // without any password.
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& location);
    static void removeRecentDatabase(const QString& location);
    static void clearRecentDatabases();
    static constexpr int kMaxRecentDatabases = 8;

    // A location as the user may see and as settings may keep it: a file's
    // canonical path, a server address with its password removed.
    static QString storableLocation(const QString& location);

    // The one folder for the files the user saves: File ▸ Export (PDF, CSV,
    // JSON, Markdown), Print to a PDF file, Back Up Database, and Import
    // Template's start. The last folder any of them saved into, while it
    // exists; the Documents folder before that.
    static QString fileFolder();
    // Remembers the folder of a file just saved (or opened for import).
    static void rememberFileFolder(const QString& filePath);
    // fileName in fileFolder().
    static QString suggestedFilePath(const QString& fileName);

    // File ▸ Connect to Server… remembers these; never the password.
    struct ServerFields {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString sslMode = {};         // "" for Countersign's default (ServerAddress)
        QString rootCertificate = {}; // "" for the system's roots
    };
    static ServerFields lastServer();
    static void setLastServer(const ServerFields& fields);

    enum class Appearance { System, Light, Dark };
    static Appearance appearance();
    static void setAppearance(Appearance appearance);

    // Preferences ▸ Sealing: the NSS database of certificates (the user's
    // ~/.pki/nssdb unless another was chosen) and the certificate exported
    // PDFs are sealed with (empty: not sealed).
    static QString sealNssDirectory();
    static void setSealNssDirectory(const QString& directory);
    static QString sealCertificate();
    static void setSealCertificate(const QString& nickname);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);
};
