#include "ui/DatabaseActions.h"
#include "io/BuiltInTemplate.h"

#include "core/ServerAddress.h"
#include "core/SettingsKeys.h"
#include "ui/ConnectDialog.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace {
constexpr int kPasswordAttempts = 3;

// Opening a locked file waits for the store's busy timeout: show that something is happening.
class WaitCursor {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QString databaseFilter() {
    return DatabaseActions::tr("Countersign databases (*.sqlite *.db);;All files (*)");
}

} // namespace

DatabaseActions::DatabaseActions(ChecklistStore* store, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_window(window) {}

void DatabaseActions::showLocation(QLabel& label, const QString& location) {
    const bool server = ChecklistStore::isServerLocation(location);
    const QString shown = displayLocation(location);
    // A socket or TLS address runs long: elided in the middle, so that the
    // status messages beside it ("Reconnecting to the server… (attempt 2: …)")
    // keep their room; the tooltip has it whole.
    const QString elided =
        label.fontMetrics().elidedText(shown, Qt::ElideMiddle, label.fontMetrics().averageCharWidth() * 48);
    label.setText(server ? tr("Server: %1").arg(elided) : tr("Database: %1").arg(elided));
    label.setToolTip(server ? tr("The team's database on a PostgreSQL server: %1").arg(shown)
                            : tr("The database file every change is stored in: %1").arg(shown));
}

QString DatabaseActions::displayLocation(const QString& location) {
    if (ChecklistStore::isServerLocation(location))
        return ServerAddress::withoutPassword(location);
    return QDir::toNativeSeparators(location);
}

QString DatabaseActions::shortName(const QString& location) {
    if (ChecklistStore::isServerLocation(location))
        return displayLocation(location);
    const QString name = QFileInfo(location).fileName();
    return name.isEmpty() ? displayLocation(location) : name;
}

QString DatabaseActions::explainOpenFailure(const QString& location, const Status& failure, Asked asked) {
    const QString& error = failure.error();
    const Error::Kind kind = failure.errorKind();
    const bool inWindow = asked == Asked::InWindow;
    const bool server = ChecklistStore::isServerLocation(location);
    const QString shown = displayLocation(location);
    const QFileInfo file(location);
    QString what;
    QString toDo;
    if (server && kind == Error::Kind::PasswordRejected) {
        what = tr("The server did not accept the user name and password for %1.").arg(shown);
        toDo = tr("Check the user name and password, then connect again.");
    } else if (server && kind == Error::Kind::TlsRefused) {
        // The message says what to do about the certificate itself.
        what = Prompts::asSentence(error);
    } else if (server) {
        what = Prompts::asSentence(error);
        toDo = tr("Check the host, port and database name, and that the server is running and reachable.");
    } else if (!file.absoluteDir().exists()) {
        what = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
        if (inWindow)
            toDo = tr("Check the path, or choose another database with File ▸ Open Database…");
    } else if (!file.exists()) {
        what = tr("There is no file at %1.").arg(shown);
        if (inWindow)
            toDo = tr("Check the path. To start a new database, use File ▸ New Database…");
    } else if (file.isFile() && file.size() == 0) {
        what = tr("%1 is an empty file, not a Countersign database.").arg(shown);
        toDo = tr("Choose a Countersign database (a .sqlite file made by Countersign).");
    } else if (kind == Error::Kind::Busy) {
        what = tr("Another program is using %1 and keeps it locked, so Countersign cannot read it now.")
                   .arg(shown);
        toDo = tr("Close the other program, or wait until it has finished, then open the database again.");
    } else if (kind == Error::Kind::Damaged) {
        what = tr("%1 is damaged: part of it is missing or unreadable (a copy that stopped half-way, say).")
                   .arg(shown);
        toDo = inWindow ? tr("Open a backup of the database instead; File ▸ Back Up Database… makes them.")
                        : tr("Open a backup of the database instead.");
    } else {
        what = Prompts::asSentence(error);
    }
    QStringList parts{what};
    if (!toDo.isEmpty())
        parts << toDo;
    if (!server && !file.exists())
        parts << tr("No file was created.");
    else if (!server && !what.contains(QLatin1String("not changed")))
        parts << tr("The file was not changed.");
    return parts.join(QStringLiteral("\n\n"));
}

bool DatabaseActions::couldCreate(const QString& location) {
    const QFileInfo file(location);
    return !ChecklistStore::isServerLocation(location) && !file.exists() && file.absoluteDir().exists();
}

bool DatabaseActions::askToCreate(QWidget* parent, const QString& location) {
    const QFileInfo file(location);
    QMessageBox box(QMessageBox::Question, tr("Create Database?"),
                    tr("There is no database at %1.\n\nCreate a new, empty database there, with the "
                       "built-in template?")
                        .arg(displayLocation(file.absoluteFilePath())),
                    QMessageBox::Ok | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Ok)->setText(tr("&Create Database"));
    box.setDefaultButton(QMessageBox::Cancel);
    return Prompts::exec(box) == QMessageBox::Ok;
}

Status DatabaseActions::openAsking(ChecklistStore& store, const QString& location,
                                   ChecklistStore::OpenMode mode, QWidget* parent, QString* usedPassword) {
    Status opened = store.open(location, mode);
    if (!ChecklistStore::isServerLocation(location) || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return opened;
    for (int attempt = 0;
         attempt < kPasswordAttempts && !opened && opened.errorKind() == Error::Kind::PasswordRejected;
         ++attempt) {
        const QString label = attempt == 0
                                  ? tr("The server asks for a password for %1.\n\nPassword:")
                                  : tr("The server did not accept that password for %1.\n\nPassword:");
        const std::optional<QString> password =
            Prompts::password(parent, tr("Server Password"), label.arg(displayLocation(location)));
        if (!password)
            break;
        store.setServerPassword(*password);
        if (usedPassword)
            *usedPassword = *password;
        opened = store.open(location, mode);
    }
    return opened;
}

bool DatabaseActions::switchTo(const QString& location, ChecklistStore::OpenMode mode,
                               const QString& password) {
    const QString previous = m_store->location();
    QString usedPassword = password;
    Status tried;
    {
        WaitCursor wait;
        // A store of its own: a failure here leaves the window's database open.
        ChecklistStore probe;
        probe.setBuiltInTemplate(BuiltInTemplate::load);
        probe.setServerPassword(password);
        tried = openAsking(probe, location, mode, m_window, &usedPassword);
    }
    if (tried) {
        WaitCursor wait;
        // The file exists now and has passed every check: open it for the window.
        m_store->setServerPassword(usedPassword);
        tried = m_store->open(location, ChecklistStore::OpenMode::ExistingOnly);
        if (!tried && !previous.isEmpty()) {
            m_store->setServerPassword(m_password);
            if (!m_store->open(previous, ChecklistStore::OpenMode::ExistingOnly))
                qCWarning(lcUi) << "could not reopen" << displayLocation(previous);
        }
    }
    if (!tried) {
        qCInfo(lcUi) << "did not open" << displayLocation(location) << ":" << tried.error();
        QString text = tr("Countersign could not open “%1”.").arg(shortName(location)) +
                       QStringLiteral("\n\n") + explainOpenFailure(location, tried);
        if (m_store->isOpen())
            text += QStringLiteral("\n\n") + tr("“%1” stays open.").arg(shortName(m_store->location()));
        Prompts::critical(m_window, tr("Open Database"), text);
        if (m_store->isOpen() && m_store->location() != previous)
            Q_EMIT databaseChanged();
        return false;
    }
    m_password = usedPassword;
    qCInfo(lcUi) << "opened" << displayLocation(location);
    UserSettings::addRecentDatabase(location);
    Q_EMIT databaseChanged();
    Q_EMIT statusMessage(tr("Opened %1").arg(displayLocation(location)));
    return true;
}

QString DatabaseActions::startDirectory() const {
    QString directory = QSettings().value(SettingsKeys::kLastDatabaseDirectory).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        const QString current = m_store->location();
        directory = !current.isEmpty() && !ChecklistStore::isServerLocation(current)
                        ? QFileInfo(current).absolutePath()
                        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return directory;
}

void DatabaseActions::openDatabase() {
    const QString path =
        Prompts::openFileName(m_window, tr("Open Database"), startDirectory(), databaseFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(SettingsKeys::kLastDatabaseDirectory, QFileInfo(path).absolutePath());
    switchTo(path, ChecklistStore::OpenMode::ExistingOnly);
}

void DatabaseActions::newDatabase() {
    QString path =
        Prompts::saveFileName(m_window, tr("New Database"),
                              QDir(startDirectory()).filePath(tr("countersign.sqlite")), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    QSettings().setValue(SettingsKeys::kLastDatabaseDirectory, QFileInfo(path).absolutePath());
    // A new database never replaces a file, even one the file dialog offered to replace.
    if (QFileInfo::exists(path)) {
        Prompts::critical(m_window, tr("New Database"),
                          tr("%1 already exists, and Countersign does not overwrite files.\n\nChoose a new "
                             "name, or open that file (File ▸ Open Database…).")
                              .arg(displayLocation(path)));
        return;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        Prompts::critical(m_window, tr("New Database"),
                          tr("The folder %1 does not exist.\n\nChoose a folder that exists.")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    if (switchTo(path, ChecklistStore::OpenMode::CreateIfMissing))
        Q_EMIT statusMessage(tr("Created the database %1").arg(displayLocation(path)));
}

void DatabaseActions::connectToServer() {
    ConnectDialog dialog(m_window);
    dialog.setFields(UserSettings::lastServer());
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    const UserSettings::ServerFields fields = dialog.fields();
    // Remembered before trying, so a failed attempt need not be typed again; never the password.
    UserSettings::setLastServer(fields);
    switchTo(ConnectDialog::locationFor(fields), ChecklistStore::OpenMode::ExistingOnly, dialog.password());
}

void DatabaseActions::backUpDatabase() {
    const QString title = tr("Back Up Database");
    const QString location = m_store->location();
    if (!m_store->isOpen() || ChecklistStore::isServerLocation(location)) {
        Prompts::information(m_window, title,
                             tr("A server database is backed up on the server, with its own tools "
                                "(pg_dump). Ask the server's administrator."));
        return;
    }
    const QFileInfo current(location);
    // A backup is a file the user keeps, so it goes where their exports go.
    const QString suggested = UserSettings::suggestedFilePath(
        tr("%1-backup-%2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString path = Prompts::saveFileName(m_window, title, suggested, databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    UserSettings::rememberFileFolder(path);
    const QFileInfo target(path);
    const bool replacing = target.exists();
    if (replacing && target.canonicalFilePath() == current.canonicalFilePath()) {
        Prompts::critical(m_window, title,
                          tr("%1 is the open database itself.\n\nChoose another name for the backup.")
                              .arg(displayLocation(path)));
        return;
    }
    // The store writes only new files; a file the user agreed to replace is
    // replaced only once the new copy is complete beside it.
    const QString partial =
        QStringLiteral("%1.%2.partial").arg(path, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    Status written;
    {
        WaitCursor wait;
        written = m_store->backUp(replacing ? partial : path);
    }
    if (written && replacing) {
        if (!QFile::remove(path) || !QFile::rename(partial, path)) {
            QFile::remove(partial);
            written =
                Error(tr("cannot replace %1; check that it is not read-only").arg(displayLocation(path)));
        }
    }
    if (!written) {
        Prompts::critical(m_window, title,
                          tr("The backup was not written.\n\n%1\n\nChoose a folder you can write to, "
                             "with space left, and try again.")
                              .arg(Prompts::asSentence(written.error())));
        return;
    }
    const QString size = QLocale().formattedDataSize(QFileInfo(path).size());
    qCInfo(lcUi) << "backed up" << location << "to" << path;
    Q_EMIT statusMessage(tr("Backed up the database to %1 (%2)").arg(displayLocation(path), size));
}
