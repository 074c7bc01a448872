#pragma once

#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QObject>

class QWidget;

// File ▸ New Database…, Open Database…, Open Recent, Connect to Server… and
// Back Up Database…. A database is first opened on a store of its own, so a
// file that turns out to be bad (not a database, damaged, newer, locked)
// leaves the open database open and the bad file untouched; only then does
// the window's store switch to it.
class QLabel;

class DatabaseActions : public QObject {
    Q_OBJECT
public:
    DatabaseActions(ChecklistStore* store, QWidget* window);

    void newDatabase();
    void openDatabase();
    void connectToServer();
    void backUpDatabase();

    // Opens location in place of the open database. On failure it says why in
    // a dialog, keeps the open database and returns false. A server password
    // is kept in memory only, for this session.
    bool switchTo(const QString& location,
                  ChecklistStore::OpenMode mode = ChecklistStore::OpenMode::ExistingOnly,
                  const QString& password = QString());

    // Opens a database, asking for the server's password when the server wants
    // one that neither the caller nor PGPASSWORD gave. *usedPassword receives
    // what was typed, so the caller can open the same server again.
    static Status openAsking(ChecklistStore& store, const QString& location, ChecklistStore::OpenMode mode,
                             QWidget* parent, QString* usedPassword = nullptr);
    // A database file named on the command line that could be created: it
    // does not exist yet, its folder does, and it is no server.
    static bool couldCreate(const QString& location);
    // Asks whether to create the database file there (Cancel is the default).
    static bool askToCreate(QWidget* parent, const QString& location);
    // What happened and what to do, for a database that did not open: a plain
    // account of the engine's error, never a bare SQLite message.
    // From the command line (--db) the window and its menus are not there yet:
    // the advice then leaves them out, and the caller adds its own.
    enum class Asked { InWindow, OnCommandLine };
    static QString explainOpenFailure(const QString& location, const Status& failure,
                                      Asked asked = Asked::InWindow);
    // A location as a person reads it: a native path, a server URL without password.
    static QString displayLocation(const QString& location);
    // "countersign.sqlite" for a file, the whole address for a server: for headlines.
    static QString shortName(const QString& location);
    // The status bar's "Server: …" / "Database: …", with the whole location in its tooltip.
    static void showLocation(QLabel& label, const QString& location);

Q_SIGNALS:
    // The store now holds another database: views reset and reload.
    void databaseChanged();
    void statusMessage(const QString& message);

private:
    QString startDirectory() const;

    ChecklistStore* m_store;
    QWidget* m_window;
    // The open server's password, to return to it when a switch fails half-way.
    QString m_password;
};
