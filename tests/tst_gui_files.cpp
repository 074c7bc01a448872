// The window's database files, offscreen, over real files: File ▸ Open
// Database… with files that are not (good) databases, File ▸ New Database…,
// File ▸ Back Up Database…, the one folder and the names every saved file is
// offered, Open Recent, Connect to Server…, live updates
// from a second writer, and the built binary's --version and
// --quit-after-first-paint.
#include "GuiTestSupport.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/AuditDock.h"
#include "ui/AuditTrailModel.h"
#include "ui/ChecklistTableModel.h"
#include "ui/ConnectDialog.h"
#include "ui/DatabaseActions.h"
#include "ui/FileActions.h"
#include "ui/MainWindow.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QUuid>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString kActor = QStringLiteral("Quinn QA");
const QString kPreDeployment = QStringLiteral("Pre-Deployment Verification");

// What a database holds, read through SQLite: every change Countersign makes
// adds an audit row, so the chain's hashes change with any change. (The
// bytes of a file that SQLite has open are never read: DatabaseFile.h.)
QString contentOf(const QString& path) {
    QStringList rows;
    const QString error = TestSupport::detail::exec(
        path,
        QStringLiteral("SELECT (SELECT group_concat(hash) FROM audit_log) || '/' || "
                       "(SELECT count(*) FROM records) || '/' || (SELECT count(*) FROM templates)"),
        nullptr, &rows);
    return error.isEmpty() ? rows.value(0) : QString();
}

QAction* action(QWidget* window, const QString& name) {
    return window->findChild<QAction*>(name);
}

// Holds an SQLite file the way another program in the middle of a write does:
// an exclusive lock that keeps every other connection from reading it.
class LockHolder {
public:
    explicit LockHolder(const QString& path)
        : m_name(QStringLiteral("lock-holder")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            return;
        QSqlQuery q(db);
        m_locked = q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) &&
                   q.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
                   q.exec(QStringLiteral("SELECT count(*) FROM templates")) && q.next();
        if (!m_locked)
            m_error = q.lastError().text();
    }
    ~LockHolder() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery q(db);
            q.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    LockHolder(const LockHolder&) = delete;
    LockHolder& operator=(const LockHolder&) = delete;
    bool locked() const { return m_locked; }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_locked = false;
    QString m_error;
};

} // namespace

class TestGuiFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badFileGetsADialogAndChangesNothing_data();
    void badFileGetsADialogAndChangesNothing();
    void lockedDatabaseSaysAnotherProgramHasIt();
    void openSwitchesDatabaseAndRestoresItsLastRecord();
    void newDatabaseCreatesOnlyWhatWasAskedFor();
    void replacedLogIsToldAndStopsChanges();
    void backUpWritesADatabaseWithTheSameRecords();
    void savedFilesShareOneFolderAndKeepTheWholeTitle();
    void recentDatabasesForgetVanishedFiles();
    void connectDialogBuildsTheAddressAndStoresNoPassword();
    void serverDatabaseOpensAndCannotBeBackedUpHere();
    void serverAsksForItsPassword();
    void changeElsewhereShowsWithinASecond();
    void staleEditIsRefusedWithWhoAndWhen();
    void noteTypedWhileChangedElsewhereIsRefused();
    void versionOfTheBuiltBinary();
    void firstPaintIsMeasuredAndQuits();
    void aNamedDatabaseThatIsNotThereIsOfferedForCreation();
    void notesOnStandardErrorOnlyWhenVerbose_data();
    void notesOnStandardErrorOnlyWhenVerbose();

private:
    std::unique_ptr<MainWindow> showWindow();
    QString makeDatabase(const QString& name, const QString& recordTitle);
    Prompts::Message onlyMessage();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    QList<Prompts::Message> m_messages;
};

void TestGuiFiles::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_files"));
    QVERIFY(m_dir.isValid());
}

void TestGuiFiles::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    Prompts::resetHooks();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
    Prompts::setPasswordHook([](const QString& title, const QString&) -> std::optional<QString> {
        qCritical("unexpected password prompt %s", qPrintable(title));
        return std::nullopt;
    });
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    // Each test starts on a database of its own, with one record open.
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_path = makeDatabase(name, QStringLiteral("Release of %1").arg(name));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    m_recordId = m_store->records()->constLast().id;
    UserSettings::setLastRecord(m_path, m_recordId);
}

void TestGuiFiles::cleanup() {
    Prompts::resetHooks();
    m_store.reset();
}

QString TestGuiFiles::makeDatabase(const QString& name, const QString& recordTitle) {
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (!store.open(path, ChecklistStore::OpenMode::CreateIfMissing))
        return QString();
    const Result<qint64> templateId =
        store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    if (!templateId || !store.createRecord(*templateId, {recordTitle, QStringLiteral("1.0"), {}}, kActor))
        return QString();
    return path;
}

std::unique_ptr<MainWindow> TestGuiFiles::showWindow() {
    return GuiTestSupport::showMainWindow(m_store.get());
}

Prompts::Message TestGuiFiles::onlyMessage() {
    if (m_messages.size() != 1) {
        qWarning("expected one message, got %d", int(m_messages.size()));
        return {};
    }
    return m_messages.takeFirst();
}

void TestGuiFiles::badFileGetsADialogAndChangesNothing_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes"); // empty: a database made here, then spoiled
    QTest::addColumn<QString>("spoil");    // what is done to that database
    QTest::addColumn<QString>("expected"); // a phrase the dialog must contain

    QByteArray random(4096, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random bytes") << "random.sqlite" << random << QString()
                                  << "is not a Countersign database";
    QTest::newRow("text file") << "notes.txt" << QByteArray("Release notes\nNothing to see here.\n")
                               << QString() << "is not a Countersign database";
    QTest::newRow("empty file") << "empty.sqlite" << QByteArray("") << QStringLiteral("empty")
                                << "is an empty file";
    QTest::newRow("truncated database")
        << "truncated.sqlite" << QByteArray() << QStringLiteral("truncate") << "is damaged";
    QTest::newRow("newer schema") << "newer.sqlite" << QByteArray() << QStringLiteral("newer")
                                  << "written by a newer Countersign";
    QTest::newRow("missing folder") << "no-such-folder/db.sqlite" << QByteArray() << QStringLiteral("missing")
                                    << "does not exist";
    QTest::newRow("missing file") << "gone.sqlite" << QByteArray() << QStringLiteral("missing")
                                  << "There is no file at";
}

void TestGuiFiles::badFileGetsADialogAndChangesNothing() {
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, spoil);
    QFETCH(QString, expected);

    const QString bad = m_dir.filePath(QStringLiteral("bad-") + fileName);
    if (spoil.isEmpty()) {
        QVERIFY(TestSupport::writeFile(bad, bytes));
    } else if (spoil == u"empty") {
        QVERIFY(TestSupport::writeFile(bad, QByteArray()));
    } else if (spoil == u"truncate" || spoil == u"newer") {
        const QString made = makeDatabase(QStringLiteral("source-") + QFileInfo(fileName).baseName(),
                                          QStringLiteral("Elsewhere"));
        QVERIFY(!made.isEmpty());
        if (spoil == u"newer") {
            QCOMPARE(TestSupport::rawExec(made, QStringLiteral("PRAGMA user_version = 99")), QString());
            QVERIFY(QFile::copy(made, bad));
        } else {
            // A copy that stopped half-way: the first pages only.
            const QByteArray whole = TestSupport::readFile(made);
            QVERIFY(whole.size() > 8192);
            QVERIFY(TestSupport::writeFile(bad, whole.left(whole.size() / 3)));
        }
    }
    const bool existed = QFileInfo::exists(bad);
    const QByteArray before = TestSupport::readFile(bad);

    auto window = showWindow();
    QCOMPARE(window->recordView()->recordId(), m_recordId);
    QString offeredDirectory;
    Prompts::setOpenFileHook([&](const QString&, const QString& directory, const QString&) {
        offeredDirectory = directory;
        return bad;
    });
    QTest::keySequence(window.get(), QKeySequence::Open);

    const Prompts::Message message = onlyMessage();
    QCOMPARE(message.icon, QMessageBox::Critical);
    QCOMPARE(message.title, QStringLiteral("Open Database"));
    QVERIFY2(message.text.contains(expected), qPrintable(message.text));
    const QString untouched =
        existed ? QStringLiteral("The file was not changed") : QStringLiteral("No file was created");
    QVERIFY2(message.text.contains(untouched), qPrintable(message.text));
    QVERIFY2(message.text.contains(QStringLiteral("stays open")), qPrintable(message.text));
    QVERIFY2(!message.text.contains(QStringLiteral("database is locked")), qPrintable(message.text));
    QVERIFY(!offeredDirectory.isEmpty());

    // Untouched: the same bytes, or still no file at all, and nothing created beside it.
    QCOMPARE(QFileInfo::exists(bad), existed);
    QCOMPARE(TestSupport::readFile(bad), before);
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-journal")));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("bad-*.bak")}).isEmpty());
    // The database that was open stays open, with its record.
    QCOMPARE(m_store->location(), m_path);
    QVERIFY(m_store->isOpen());
    QCOMPARE(window->recordView()->recordId(), m_recordId);
    QVERIFY(m_store->recordSummary(m_recordId).ok());
    QVERIFY(!UserSettings::recentDatabases().contains(UserSettings::storableLocation(bad)));
}

void TestGuiFiles::lockedDatabaseSaysAnotherProgramHasIt() {
    const QString other = makeDatabase(QStringLiteral("locked"), QStringLiteral("Held elsewhere"));
    QVERIFY(!other.isEmpty());
    const QByteArray before = TestSupport::readFile(other);
    auto window = showWindow();
    {
        LockHolder lock(other);
        QVERIFY2(lock.locked(), qPrintable(lock.error()));
        Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return other; });
        action(window.get(), QStringLiteral("actionOpenDatabase"))->trigger();
    }
    const Prompts::Message message = onlyMessage();
    QCOMPARE(message.icon, QMessageBox::Critical);
    QVERIFY2(message.text.contains(QStringLiteral("Another program is using")), qPrintable(message.text));
    QVERIFY2(message.text.contains(QStringLiteral("Close the other program")), qPrintable(message.text));
    QVERIFY2(!message.text.contains(QStringLiteral("database is locked")), qPrintable(message.text));
    QCOMPARE(TestSupport::readFile(other), before);
    QCOMPARE(m_store->location(), m_path);
    QCOMPARE(window->recordView()->recordId(), m_recordId);
}

void TestGuiFiles::openSwitchesDatabaseAndRestoresItsLastRecord() {
    const QString other = makeDatabase(QStringLiteral("other"), QStringLiteral("Other release"));
    auto window = showWindow();
    QCOMPARE(window->recordView()->record().info.title,
             QStringLiteral("Release of %1").arg(QLatin1String(QTest::currentTestFunction())));
    Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return other; });
    action(window.get(), QStringLiteral("actionOpenDatabase"))->trigger();
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(m_store->location(), other);
    // Nothing of the old database stays on screen or on the undo stack.
    QVERIFY(!window->recordView()->hasRecord());
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(window->recordList()->model()->rowCount(), 1);
    QCOMPARE(window->recordList()->model()->index(0, RecordListModel::Title).data().toString(),
             QStringLiteral("Other release"));
    const auto* label = window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    // The label may elide a long path in the middle; its tooltip has it whole.
    QVERIFY2(label->text().startsWith(QStringLiteral("Database: ")), qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(QDir::toNativeSeparators(other)), qPrintable(label->toolTip()));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Opened")));

    // Back to the first: its last record opens again.
    Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return m_path; });
    action(window.get(), QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_store->location(), m_path);
    QCOMPARE(window->recordView()->recordId(), m_recordId);
    QVERIFY(m_messages.isEmpty());
}

// Another program deleted the database's -wal and -shm under the open window
// (it believed itself the file's last user): the window says so within a
// second, and a change is refused rather than written where nobody sees it.
void TestGuiFiles::replacedLogIsToldAndStopsChanges() {
    const QString path = m_dir.filePath(QStringLiteral("replaced-log.sqlite"));
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(store.open(path, ChecklistStore::OpenMode::CreateIfMissing).ok());
    const Result<qint64> templateId =
        store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(templateId.ok());
    const Result<qint64> recordId = store.createRecord(*templateId, {QStringLiteral("R"), {}, {}}, kActor);
    QVERIFY(recordId.ok());
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openRecord(*recordId));
    // Everything the window reads after the first paint (the audit trail,
    // the background check) is read before the log goes away.
    QTest::qWait(800);
    m_messages.clear();

    for (const char* suffix : {"-wal", "-shm"})
        QVERIFY(QFile::remove(path + QLatin1String(suffix)));
    QTRY_COMPARE_WITH_TIMEOUT(m_messages.size(), 1, 3000);
    const Prompts::Message told = m_messages.takeFirst();
    QCOMPARE(told.icon, QMessageBox::Critical);
    QCOMPARE(told.title, QStringLiteral("Reopen the Database"));
    QVERIFY2(told.text.startsWith(QStringLiteral("Another program replaced the database's log")),
             qPrintable(told.text));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("reopen the database")));
    // Told once, not at every poll.
    QTest::qWait(700);
    QVERIFY(m_messages.isEmpty());

    SectionGrid* grid = window.recordView()->gridFor(kPreDeployment);
    QVERIFY(grid);
    ChecklistTableModel* model = grid->checklistModel();
    QVERIFY(!model->setData(model->index(0, ChecklistTableModel::Notes), QStringLiteral("lost?")));
    const Prompts::Message refused = onlyMessage();
    QVERIFY2(refused.text.contains(QStringLiteral("Nothing was written")), qPrintable(refused.text));
    window.close();
}

void TestGuiFiles::newDatabaseCreatesOnlyWhatWasAskedFor() {
    auto window = showWindow();
    const QString oldContent = contentOf(m_path);
    QVERIFY(!oldContent.isEmpty());

    // Cancelled: nothing is created.
    const qsizetype filesBefore = QDir(m_dir.path()).entryList(QDir::Files).size();
    Prompts::setSaveFileHook([](const QString&, const QString&, const QString&) { return QString(); });
    action(window.get(), QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), filesBefore);
    QCOMPARE(m_store->location(), m_path);

    // An existing file is never replaced.
    Prompts::setSaveFileHook([this](const QString&, const QString&, const QString&) { return m_path; });
    action(window.get(), QStringLiteral("actionNewDatabase"))->trigger();
    const Prompts::Message refused = onlyMessage();
    QVERIFY2(refused.text.contains(QStringLiteral("already exists")), qPrintable(refused.text));
    QCOMPARE(m_store->location(), m_path);

    // A new name: created with the built-in template, and opened.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh-team"));
    Prompts::setSaveFileHook([&](const QString& caption, const QString& suggested, const QString&) {
        return caption == u"New Database" && suggested.endsWith(u".sqlite") ? fresh : QString();
    });
    action(window.get(), QStringLiteral("actionNewDatabase"))->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QCOMPARE(m_store->location(), fresh + QStringLiteral(".sqlite"));
    QVERIFY(QFileInfo::exists(fresh + QStringLiteral(".sqlite")));
    QCOMPARE(m_store->records()->size(), 0);
    QCOMPARE(m_store->templates()->size(), 1);
    QCOMPARE(window->recordList()->model()->rowCount(), 0);
    QVERIFY(!window->recordView()->hasRecord());
    QCOMPARE(contentOf(m_path), oldContent);
}

void TestGuiFiles::backUpWritesADatabaseWithTheSameRecords() {
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(
        m_store->createRecord(*templateId, {QStringLiteral("Second"), QStringLiteral("2.0"), {}}, kActor));
    auto window = showWindow();
    QAction* backUp = action(window.get(), QStringLiteral("actionBackUpDatabase"));
    QVERIFY(backUp->isEnabled());

    const QString target = m_dir.filePath(QStringLiteral("backup-of-team.sqlite"));
    QString suggested;
    Prompts::setSaveFileHook([&](const QString&, const QString& path, const QString&) {
        suggested = path;
        return target;
    });
    backUp->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QVERIFY(suggested.contains(QStringLiteral("-backup-")));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up")));

    ChecklistStore copy;
    copy.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = copy.open(target, ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const QList<RecordSummary> original = m_store->records().value();
    const QList<RecordSummary> backedUp = copy.records().value();
    QCOMPARE(backedUp.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(backedUp.at(i).id, original.at(i).id);
        QCOMPARE(backedUp.at(i).title, original.at(i).title);
    }
    QCOMPARE(copy.auditTrail(m_recordId)->size(), m_store->auditTrail(m_recordId)->size());
    copy.close();

    // Again onto the same name (the file dialog asked to replace it): replaced whole.
    QVERIFY(m_store->createRecord(*templateId, {QStringLiteral("Third"), QStringLiteral("3.0"), {}}, kActor));
    backUp->trigger();
    QVERIFY(m_messages.isEmpty());
    QVERIFY(copy.open(target, ChecklistStore::OpenMode::ExistingOnly).ok());
    QCOMPARE(copy.records()->size(), original.size() + 1);
    copy.close();
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}), QStringList());

    // A folder that does not exist: a dialog, and the database stays as it was.
    Prompts::setSaveFileHook([this](const QString&, const QString&, const QString&) {
        return m_dir.filePath(QStringLiteral("nowhere/backup.sqlite"));
    });
    backUp->trigger();
    const Prompts::Message failed = onlyMessage();
    QCOMPARE(failed.icon, QMessageBox::Critical);
    QVERIFY2(failed.text.contains(QStringLiteral("The backup was not written")), qPrintable(failed.text));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

// Export, Export PDF, Print to a PDF file and Back Up offer one folder, the
// last any of them saved into, and names that keep the whole title: two
// releases never propose the same file, and the print dialog (which cuts its
// job name at the last dot) is given a name that already ends in .pdf.
void TestGuiFiles::savedFilesShareOneFolderAndKeepTheWholeTitle() {
    QCOMPARE(FileActions::fileNameFor(QStringLiteral("Release 2.4 — sign-off record"), QStringLiteral("pdf")),
             QStringLiteral("Release 2.4 — sign-off record.pdf"));
    QCOMPARE(FileActions::fileNameFor(QStringLiteral("Q3/Q4 release: web"), QStringLiteral("csv")),
             QStringLiteral("Q3-Q4 release- web.csv"));
    QCOMPARE(FileActions::fileNameFor(QStringLiteral(" ..hidden. "), QStringLiteral("md")),
             QStringLiteral("hidden.md"));

    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    const Result<qint64> first = m_store->createRecord(
        *templateId, {QStringLiteral("Release 2.4"), QStringLiteral("2.4"), {}}, kActor);
    const Result<qint64> second = m_store->createRecord(
        *templateId, {QStringLiteral("Release 2.5"), QStringLiteral("2.5"), {}}, kActor);
    QVERIFY(first && second);
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    const QString printFolder = m_dir.filePath(QStringLiteral("printed"));
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(printFolder));
    QSettings().setValue(SettingsKeys::kOpenReportWhenDone, false);
    auto window = showWindow();
    QVERIFY(window->openRecord(*first));

    // CSV into the exports folder.
    QString suggested;
    QString answer;
    Prompts::setSaveFileHook([&](const QString&, const QString& path, const QString&) {
        suggested = path;
        return answer;
    });
    answer = QDir(folder).filePath(QStringLiteral("Release 2.4.csv"));
    action(window.get(), QStringLiteral("actionExportCsv"))->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QVERIFY(QFileInfo::exists(answer));

    // Export PDF, JSON and Back Up now propose that folder (each cancelled here).
    answer.clear();
    action(window.get(), QStringLiteral("actionExportPdf"))->trigger();
    QCOMPARE(suggested, QDir(folder).filePath(QStringLiteral("Release 2.4.pdf")));
    action(window.get(), QStringLiteral("actionExportJson"))->trigger();
    QCOMPARE(suggested, QDir(folder).filePath(QStringLiteral("Release 2.4.json")));
    action(window.get(), QStringLiteral("actionBackUpDatabase"))->trigger();
    QCOMPARE(QFileInfo(suggested).absolutePath(), folder);
    QVERIFY(QFileInfo(suggested).fileName().contains(QStringLiteral("-backup-")));

    // So does the print dialog's file name, whole; printed into another folder, that one is next.
    const QString printed = QDir(printFolder).filePath(QStringLiteral("Release 2.4.pdf"));
    QString offered;
    QString jobName;
    Prompts::setDialogHook([&](QDialog& dialog) {
        auto* print = qobject_cast<QPrintDialog*>(&dialog);
        if (!print)
            return int(QDialog::Rejected);
        if (auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("filename")))
            offered = file->text();
        jobName = print->printer()->docName();
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(printed);
        return int(QDialog::Accepted);
    });
    action(window.get(), QStringLiteral("actionPrint"))->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QCOMPARE(jobName, QStringLiteral("Release 2.4.pdf"));
    QCOMPARE(offered, QDir(folder).filePath(QStringLiteral("Release 2.4.pdf")));
    QVERIFY(QFileInfo::exists(printed));

    // The other release: its own name, in the folder printed into last.
    QVERIFY(window->openRecord(*second));
    action(window.get(), QStringLiteral("actionExportMarkdown"))->trigger();
    QCOMPARE(suggested, QDir(printFolder).filePath(QStringLiteral("Release 2.5.md")));
    action(window.get(), QStringLiteral("actionExportPdf"))->trigger();
    QCOMPARE(suggested, QDir(printFolder).filePath(QStringLiteral("Release 2.5.pdf")));

    // A backup saved elsewhere moves the folder too.
    const QString backupFolder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(backupFolder));
    answer = QDir(backupFolder).filePath(QStringLiteral("team.sqlite"));
    action(window.get(), QStringLiteral("actionBackUpDatabase"))->trigger();
    QVERIFY(QFileInfo::exists(answer));
    answer.clear();
    action(window.get(), QStringLiteral("actionExportCsv"))->trigger();
    QCOMPARE(suggested, QDir(backupFolder).filePath(QStringLiteral("Release 2.5.csv")));
    GuiTestSupport::rejectUnexpectedDialogs();
}

void TestGuiFiles::recentDatabasesForgetVanishedFiles() {
    UserSettings::clearRecentDatabases();
    const QString second = makeDatabase(QStringLiteral("recent-second"), QStringLiteral("Second"));
    const QString doomed = makeDatabase(QStringLiteral("recent-doomed"), QStringLiteral("Doomed"));
    auto window = showWindow();
    for (const QString& path : {doomed, second}) {
        Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return path; });
        action(window.get(), QStringLiteral("actionOpenDatabase"))->trigger();
        QCOMPARE(m_store->location(), path);
    }
    QCOMPARE(UserSettings::recentDatabases(),
             (QStringList{UserSettings::storableLocation(second), UserSettings::storableLocation(doomed),
                          UserSettings::storableLocation(m_path)}));

    QVERIFY(QFile::remove(doomed));
    auto* recent = window->findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QStringList listed;
    QAction* first = nullptr;
    for (QAction* entry : recent->actions()) {
        if (entry->data().isValid()) {
            listed << entry->data().toString();
            if (!first)
                first = entry;
        }
    }
    // The open database is not offered; the vanished one is gone, from the menu and the settings.
    QCOMPARE(listed, QStringList{UserSettings::storableLocation(m_path)});
    QVERIFY(!UserSettings::recentDatabases().contains(UserSettings::storableLocation(doomed)));
    first->trigger();
    QCOMPARE(UserSettings::storableLocation(m_store->location()), UserSettings::storableLocation(m_path));
    QCOMPARE(window->recordView()->recordId(), m_recordId);
    QVERIFY(m_messages.isEmpty());

    // Clear Menu empties it; the menu then says so in an entry that is disabled.
    Q_EMIT recent->aboutToShow();
    window->findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 1);
    QVERIFY(!recent->actions().first()->isEnabled());
}

void TestGuiFiles::connectDialogBuildsTheAddressAndStoresNoPassword() {
    QCOMPARE(ConnectDialog::locationFor(
                 {QStringLiteral("db.example.org"), 5433, QStringLiteral("team"), QStringLiteral("quinn")}),
             QStringLiteral("postgresql://quinn@db.example.org:5433/team"));
    QSettings().remove(QStringLiteral("server"));
    auto window = showWindow();
    const QString secret = QStringLiteral("s3cret-Pa55");
    bool okWaitedForFields = false;
    int defaultPort = 0;
    Prompts::setDialogHook([&](QDialog& dialog) {
        auto* connect = qobject_cast<ConnectDialog*>(&dialog);
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"));
        auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* ok =
            dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        if (!connect || !host || !port || !database || !user || !password)
            return -1;
        okWaitedForFields = !ok->isEnabled();
        defaultPort = port->value();
        if (password->echoMode() != QLineEdit::Password)
            return -3;
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->setValue(1); // nothing listens there: the connection is refused at once
        QTest::keyClicks(database, QStringLiteral("team"));
        QTest::keyClicks(user, QStringLiteral("quinn"));
        QTest::keyClicks(password, secret);
        if (!ok->isEnabled())
            return -2;
        QTest::mouseClick(ok, Qt::LeftButton);
        return dialog.result();
    });
    action(window.get(), QStringLiteral("actionConnectToServer"))->trigger();
    QVERIFY(okWaitedForFields);
    QCOMPARE(defaultPort, 5432);

    const Prompts::Message message = onlyMessage();
    QCOMPARE(message.icon, QMessageBox::Critical);
    QVERIFY2(message.text.contains(QStringLiteral("postgresql://quinn@127.0.0.1:1/team")),
             qPrintable(message.text));
    QVERIFY2(message.text.contains(QStringLiteral("stays open")), qPrintable(message.text));
    QVERIFY(!message.text.contains(secret));
    QCOMPARE(m_store->location(), m_path);
    QCOMPARE(window->recordView()->recordId(), m_recordId);

    // The fields are remembered for next time; the password is not, anywhere.
    const UserSettings::ServerFields kept = UserSettings::lastServer();
    QCOMPARE(kept.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(kept.port, 1);
    QCOMPARE(kept.database, QStringLiteral("team"));
    QCOMPARE(kept.user, QStringLiteral("quinn"));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
    settings.sync();
    QVERIFY(!TestSupport::readFile(settings.fileName()).contains(secret.toUtf8()));
}

void TestGuiFiles::serverDatabaseOpensAndCannotBeBackedUpHere() {
    COUNTERSIGN_NEEDS_POSTGRES();
    const QString admin = TestSupport::pgAdminUrl();
    const QString database = QStringLiteral("cs_gui_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QCOMPARE(TestSupport::rawExec(admin, QStringLiteral("CREATE DATABASE %1").arg(database)), QString());
    const QUrl server(admin);
    auto window = showWindow();
    Prompts::setDialogHook([&](QDialog& dialog) {
        if (!qobject_cast<ConnectDialog*>(&dialog))
            return -1;
        dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(server.host());
        dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(server.port(5432));
        dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(database);
        dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(server.userName());
        return int(QDialog::Accepted);
    });
    action(window.get(), QStringLiteral("actionConnectToServer"))->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QVERIFY(ChecklistStore::isServerLocation(m_store->location()));
    QVERIFY(m_store->location().endsWith(QLatin1Char('/') + database));
    QCOMPARE(window->recordList()->model()->rowCount(), 0);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().startsWith(u"Server:"));
    QAction* backUp = action(window.get(), QStringLiteral("actionBackUpDatabase"));
    QVERIFY(!backUp->isEnabled());
    QVERIFY2(backUp->toolTip().contains(QStringLiteral("pg_dump")), qPrintable(backUp->toolTip()));
    QVERIFY(UserSettings::recentDatabases().contains(m_store->location()));
    m_store->close();
    QCOMPARE(TestSupport::rawExec(admin, QStringLiteral("DROP DATABASE %1").arg(database)), QString());
}

// Needs a server that wants a password: COUNTERSIGN_TEST_PG_PASSWORD_URL is
// postgresql://user:password@host:port/database for a role with scram or md5 auth
// (the server CTest starts has one).
void TestGuiFiles::serverAsksForItsPassword() {
    COUNTERSIGN_NEEDS_POSTGRES();
    const QUrl withPassword(TestSupport::pgPasswordUrl());
    if (withPassword.isEmpty() || withPassword.password().isEmpty())
        QSKIP("no password-protected PostgreSQL server (COUNTERSIGN_TEST_PG_PASSWORD_URL)");
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        QSKIP("PGPASSWORD is set: libpq answers for the user");
    const QString location = withPassword.toString(QUrl::RemovePassword);
    QStringList asked;
    QStringList answers{QStringLiteral("wrong-password"), withPassword.password()};
    Prompts::setPasswordHook([&](const QString& title, const QString& label) -> std::optional<QString> {
        asked << title + QLatin1Char('|') + label;
        return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
    });
    ChecklistStore server;
    server.setBuiltInTemplate(BuiltInTemplate::load);
    QString used;
    const Status opened =
        DatabaseActions::openAsking(server, location, ChecklistStore::OpenMode::ExistingOnly, nullptr, &used);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(asked.size(), 2); // none given, then a wrong one
    QVERIFY2(asked.at(1).contains(QStringLiteral("did not accept")), qPrintable(asked.at(1)));
    QVERIFY(!asked.at(0).contains(withPassword.password()));
    QCOMPARE(used, withPassword.password());
    server.close();

    // Cancelled: a plain account of what happened, without the password.
    Prompts::setPasswordHook([](const QString&, const QString&) { return std::optional<QString>(); });
    ChecklistStore refused;
    refused.setBuiltInTemplate(BuiltInTemplate::load);
    const Status cancelled =
        DatabaseActions::openAsking(refused, location, ChecklistStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(!cancelled.ok());
    const QString text = DatabaseActions::explainOpenFailure(location, cancelled);
    QVERIFY2(text.contains(QStringLiteral("did not accept the user name and password")), qPrintable(text));
    QVERIFY(!text.contains(withPassword.password()));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(withPassword.password()), qPrintable(key));
}

void TestGuiFiles::changeElsewhereShowsWithinASecond() {
    auto window = showWindow();
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    QVERIFY(grid);
    ChecklistTableModel* model = grid->checklistModel();
    const QModelIndex current = model->index(2, ChecklistTableModel::Notes);
    grid->setFocus();
    grid->setCurrentIndex(current);
    const int listRow = window->recordList()->model()->rowOfRecord(m_recordId);
    QCOMPARE(window->recordList()->view()->currentIndex().row(), listRow);
    auto* page = window->recordView()->findChild<QScrollArea*>(QStringLiteral("recordPage"));
    QVERIFY(page);
    QTRY_VERIFY(page->verticalScrollBar()->maximum() > 40);
    page->verticalScrollBar()->setValue(40);
    // A note half typed in the grid.
    QTest::keyClick(grid, 'D');
    auto* editor = qobject_cast<QLineEdit*>(grid->indexWidget(current));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("raft note"));

    // Another process (a second store on the same file) ticks the first item.
    ChecklistStore other;
    other.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(other.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    const ChecklistItem first = *model->itemAt(0);
    QVERIFY(other
                .updateItem(first.id, {ItemStatus::Done, QStringLiteral("ticked by the pipeline")},
                            QStringLiteral("ci"))
                .ok());

    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(0, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole),
        QVariant(int(ItemStatus::Done)), 1000);
    QCOMPARE(model->index(0, ChecklistTableModel::Notes).data().toString(),
             QStringLiteral("ticked by the pipeline"));
    QVERIFY(window->recordView()->progressText().contains(QStringLiteral("1/10")));
    // The reader's place is kept: the same grid, the same cell, the same list selection.
    QCOMPARE(window->recordView()->gridFor(kPreDeployment), grid);
    QCOMPARE(grid->currentIndex(), current);
    QCOMPARE(window->recordList()->view()->currentIndex().row(), listRow);
    QCOMPARE(page->verticalScrollBar()->value(), 40);
    // The editor was left alone, with what was typed so far.
    QCOMPARE(qobject_cast<QLineEdit*>(grid->indexWidget(current)), editor);
    QCOMPARE(editor->text(), QStringLiteral("Draft note"));
    const QModelIndex listed = window->recordList()->model()->index(listRow, RecordListModel::ProgressColumn);
    QVERIFY2(listed.data().toString().startsWith(QStringLiteral("1/")), qPrintable(listed.data().toString()));
    AuditTrailModel* audit = window->auditDock()->model();
    // Newest first: the name the other program recorded, and the account it ran under.
    QCOMPARE(audit->index(0, AuditTrailModel::Actor).data().toString(),
             QStringLiteral("ci (%1)").arg(QString::fromLocal8Bit(getpwuid(geteuid())->pw_name)));
    QVERIFY(m_messages.isEmpty());
}

void TestGuiFiles::staleEditIsRefusedWithWhoAndWhen() {
    auto window = showWindow();
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 itemId = model->itemAt(3)->id;

    // Changed elsewhere, and the window has not heard of it yet when its user edits the same item.
    ChecklistStore other;
    other.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(other.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    QVERIFY(other
                .updateItem(itemId, {ItemStatus::Failed, QStringLiteral("smoke test red")},
                            QStringLiteral("dana"))
                .ok());
    QVERIFY(!model->setStatus(3, ItemStatus::Done));

    const Prompts::Message message = onlyMessage();
    QCOMPARE(message.icon, QMessageBox::Warning);
    QVERIFY2(message.text.contains(QStringLiteral("changed by dana")), qPrintable(message.text));
    // Reloaded: the grid shows what is stored, and nothing went on the undo stack.
    QCOMPARE(model->index(3, ChecklistTableModel::Status).data(ChecklistTableModel::StatusRole),
             QVariant(int(ItemStatus::Failed)));
    QCOMPARE(model->index(3, ChecklistTableModel::Notes).data().toString(), QStringLiteral("smoke test red"));
    QVERIFY(window->recordView()->progressText().contains(QStringLiteral("1 failed")));
    QCOMPARE(window->undoStack()->count(), 0);
    const Result<ChecklistItem> stored = other.loadItem(itemId);
    QCOMPARE(stored->status, ItemStatus::Failed);
    QCOMPARE(stored->updatedBy, QStringLiteral("dana"));

    // An undo of a change someone else has since overwritten is refused too.
    const qint64 nextId = model->itemAt(4)->id;
    QVERIFY(model->setStatus(4, ItemStatus::Done));
    QVERIFY(other.updateItem(nextId, {ItemStatus::Pending, QStringLiteral("not yet")}, QStringLiteral("dana"))
                .ok());
    window->undoStack()->undo();
    const Prompts::Message undoRefused = onlyMessage();
    QVERIFY2(undoRefused.text.contains(QStringLiteral("changed by dana")), qPrintable(undoRefused.text));
    QCOMPARE(other.loadItem(nextId)->notes, QStringLiteral("not yet"));
}

void TestGuiFiles::noteTypedWhileChangedElsewhereIsRefused() {
    auto window = showWindow();
    SectionGrid* grid = window->recordView()->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const QModelIndex cell = model->index(5, ChecklistTableModel::Notes);
    const qint64 itemId = model->itemAt(5)->id;
    grid->setFocus();
    grid->setCurrentIndex(cell);
    QTest::keyClick(grid, 'M');
    auto* editor = qobject_cast<QLineEdit*>(grid->indexWidget(cell));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("ine"));

    // While the note is being typed, someone else writes one and the window hears of it.
    ChecklistStore other;
    other.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(other.open(m_path, ChecklistStore::OpenMode::ExistingOnly).ok());
    QVERIFY(other.updateItem(itemId, {ItemStatus::Pending, QStringLiteral("theirs")}, QStringLiteral("dana"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->itemAt(5)->notes, QStringLiteral("theirs"), 1000);
    QCOMPARE(editor->text(), QStringLiteral("Mine"));

    // Committing the editor must not write over their note.
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits a Return through a queued call.
    QTRY_VERIFY(!m_messages.isEmpty());
    const Prompts::Message message = onlyMessage();
    QVERIFY2(message.text.contains(QStringLiteral("changed by dana")), qPrintable(message.text));
    QCOMPARE(other.loadItem(itemId)->notes, QStringLiteral("theirs"));
    QCOMPARE(window->undoStack()->count(), 0);

    // A note typed afresh on the current revision is written.
    grid->setCurrentIndex(cell);
    QTest::keyClick(grid, Qt::Key_F2);
    editor = qobject_cast<QLineEdit*>(grid->indexWidget(cell));
    QVERIFY(editor);
    editor->setText(QStringLiteral("theirs; mine"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(other.loadItem(itemId)->notes, QStringLiteral("theirs; mine"));

    // Closing the window with a note half typed after a change elsewhere is safe.
    QTest::keyClick(grid, 'X');
    QVERIFY(qobject_cast<QLineEdit*>(grid->indexWidget(cell)));
    QVERIFY(other.updateItem(itemId, {ItemStatus::Pending, QStringLiteral("again")}, QStringLiteral("dana"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->itemAt(5)->notes, QStringLiteral("again"), 1000);
    window.reset();
}

void TestGuiFiles::versionOfTheBuiltBinary() {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // --version needs no display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COUNTERSIGN_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^countersign \d+\.\d+\.\d+\n$)")).match(out).hasMatch(),
             qPrintable(out));
}

void TestGuiFiles::firstPaintIsMeasuredAndQuits() {
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and data of its own: the run must not touch a person's real ones.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    m_store->close();
    process.start(QStringLiteral(COUNTERSIGN_GUI_PATH),
                  {QStringLiteral("--db"), m_path, QStringLiteral("--quit-after-first-paint")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral(R"(^first-paint-ms: (\d+)$)"), QRegularExpression::MultilineOption)
            .match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    const qint64 ms = match.captured(1).toLongLong();
    QVERIFY(ms > 0 && ms < 60000);
}

// `countersign --db NEW.sqlite`: a file that is not there is created only when
// the user says so; an existing file, a missing folder or a server is not asked about.
void TestGuiFiles::aNamedDatabaseThatIsNotThereIsOfferedForCreation() {
    int asked = 0;
    int answer = QMessageBox::Ok;
    QString question;
    bool cancelIsDefault = false;
    Prompts::setDialogHook([&](QDialog& dialog) {
        ++asked;
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            question = box->text();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        }
        return answer;
    });
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(DatabaseActions::couldCreate(fresh));
    QVERIFY(DatabaseActions::askToCreate(nullptr, fresh));
    QCOMPARE(asked, 1);
    QVERIFY2(question.contains(QDir::toNativeSeparators(fresh)), qPrintable(question));
    QVERIFY(cancelIsDefault);
    answer = QMessageBox::Cancel;
    QVERIFY(!DatabaseActions::askToCreate(nullptr, fresh));
    QCOMPARE(asked, 2);
    QVERIFY(!DatabaseActions::couldCreate(m_path));
    QVERIFY(!DatabaseActions::couldCreate(m_dir.filePath(QStringLiteral("no-such-folder/x.sqlite"))));
    QVERIFY(!DatabaseActions::couldCreate(QStringLiteral("postgresql://u@127.0.0.1:5432/db")));
    QVERIFY(!QFileInfo::exists(fresh));
    Prompts::resetHooks();
}

void TestGuiFiles::notesOnStandardErrorOnlyWhenVerbose_data() {
    QTest::addColumn<bool>("verbose");
    QTest::newRow("quiet by default") << false;
    QTest::newRow("--verbose") << true;
}

// The window reopens the last record at start and notes it on the log
// category countersign.ui: on the terminal only with --verbose.
void TestGuiFiles::notesOnStandardErrorOnlyWhenVerbose() {
    QFETCH(bool, verbose);
    QTemporaryDir home;
    const QString database = makeDatabase(QStringLiteral("verbose"), QStringLiteral("Release 7"));
    QVERIFY(!database.isEmpty());
    QDir().mkpath(home.filePath(QStringLiteral("config/countersign")));
    QVERIFY(TestSupport::writeFile(home.filePath(QStringLiteral("config/countersign/countersign.conf")),
                                   QStringLiteral("[session]\nlastDatabase=%1\nlastRecordId=1\n")
                                       .arg(QFileInfo(database).canonicalFilePath())
                                       .toUtf8()));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--db"), database, QStringLiteral("--quit-after-first-paint")};
    if (verbose)
        arguments << QStringLiteral("--verbose");
    process.start(QStringLiteral(COUNTERSIGN_GUI_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err.contains(QStringLiteral("countersign.ui: opened record 1")), verbose);
    if (!verbose)
        QVERIFY2(!err.contains(QStringLiteral("countersign.")), qPrintable(err));
}

QTEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"
