// One SQLite file shared by real programs at once: the main window (in a
// process of its own, tests/drivers/window_driver, with a record open and its
// background integrity check done), the built countersign-cli, a second
// window, backups, and kills. Whatever any of them acknowledged must be in
// the file afterwards, exactly once; the file must pass integrity_check and
// `verify`; and no process may ever hold a -wal or -shm that another program
// deleted (which is how acknowledged edits were lost: DatabaseFile.h).
// COUNTERSIGN_TEST_FULL=1 (scripts/test.sh --full) runs the long versions.
#include "ProcessRun.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

// A program killed between creating the settings' lock file (QSettings
// writes through a QLockFile) and writing its pid into it leaves an empty
// lock, which Qt takes for stale only once it is 30 s old: the next
// program's QSettings write (the window's start, a witness memory) waits
// that long. Seen in the clean room; Qt's, not the database's, so every
// answer gets 20 s more than that.
constexpr int kAnswerTimeoutMs = 30000 + 20000;

bool fullRun() {
    return qEnvironmentVariableIntValue("COUNTERSIGN_TEST_FULL") == 1;
}

// One acknowledged note: on which item, with which text.
struct Note {
    qint64 item = 0;
    QString text;
};

// A window_driver process and the lines it answered.
class Window {
public:
    explicit Window(const QString& database) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(COUNTERSIGN_WINDOW_DRIVER), {database});
    }
    ~Window() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits for the driver's "ready". When it does not come, says where the
    // window hangs (gdb's backtrace of every thread), so a CI failure tells.
    bool ready(int timeoutMs = kAnswerTimeoutMs) {
        if (next(timeoutMs) == u"ready")
            return true;
        const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
        if (!gdb.isEmpty() && running()) {
            QProcess trace;
            trace.setProcessChannelMode(QProcess::MergedChannels);
            trace.start(gdb, {QStringLiteral("-nx"), QStringLiteral("-batch"), QStringLiteral("-p"),
                              QString::number(pid()), QStringLiteral("-ex"),
                              QStringLiteral("thread apply all bt")});
            trace.waitForFinished(60000);
            qWarning("the window did not say ready; where it is:\n%s", trace.readAll().constData());
        }
        return false;
    }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    void send(const QString& line) {
        m_process.write((line + u'\n').toUtf8());
        m_process.waitForBytesWritten();
    }
    // The next answer line, or "" after the timeout or the process's end.
    QString next(int timeoutMs = kAnswerTimeoutMs) {
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
                return {};
            m_process.waitForReadyRead(100);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    // Reads answers up to the one that starts with prefix; collects acknowledged notes.
    QString waitFor(const QString& prefix, int timeoutMs = kAnswerTimeoutMs) {
        for (;;) {
            const QString line = next(timeoutMs);
            if (line.isEmpty() || line.startsWith(prefix)) {
                collect(line);
                return line;
            }
            collect(line);
        }
    }
    // Everything answered so far, without waiting.
    void drain() {
        m_process.waitForReadyRead(0);
        while (m_process.canReadLine())
            collect(QString::fromUtf8(m_process.readLine()).trimmed());
    }
    void kill() {
        m_process.kill();
        m_process.waitForFinished();
        // What it printed before the kill was acknowledged.
        while (m_process.canReadLine())
            collect(QString::fromUtf8(m_process.readLine()).trimmed());
    }
    bool quit() {
        send(QStringLiteral("quit"));
        const QString bye = waitFor(QStringLiteral("bye"));
        return bye == u"bye" && m_process.waitForFinished(kAnswerTimeoutMs) && m_process.exitCode() == 0;
    }
    QList<Note> acked() const { return m_acked; }
    QStringList refusals() const { return m_refused; }

private:
    void collect(const QString& line) {
        if (line.startsWith(u"acked "))
            m_acked.append({line.section(u' ', 1, 1).toLongLong(), line.section(u' ', 2)});
        else if (line.startsWith(u"refused "))
            m_refused.append(line);
    }

    QProcess m_process;
    QList<Note> m_acked;
    QStringList m_refused;
};

struct CliRun {
    int exitCode = -1;
    QString output;
};

CliRun cli(const QStringList& arguments) {
    TestSupport::ProcessOptions options;
    options.mergeChannels = true;
    const TestSupport::ProcessRun run =
        TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH), arguments, options);
    return {run.exitCode, run.outText()};
}

// Sets a note from the CLI; the note is acknowledged when it exits 0.
bool cliNote(const QString& database, qint64 record, qint64 item, const QString& text) {
    const CliRun run =
        cli({QStringLiteral("--db"), database, QStringLiteral("set"), QString::number(record),
             QString::number(item), QStringLiteral("--status"), QStringLiteral("done"),
             QStringLiteral("--note"), text, QStringLiteral("--by"), QStringLiteral("pipeline")});
    if (run.exitCode != 0)
        qWarning("countersign-cli set refused: %s", qPrintable(run.output));
    return run.exitCode == 0;
}

// The database files a process holds that were deleted under it: "" when none.
QString deletedDatabaseFiles(qint64 pid, const QString& database) {
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(database) && target.endsWith(u" (deleted)"))
            deleted.append(target);
    }
    return deleted.join(u", ");
}

} // namespace

class TestSharedFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }
    void init() {
        TestSupport::strictWarnings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("team-%1.sqlite").arg(++m_databases));
        // The windows and CLIs this suite kills write what they remember
        // (core/Witness) to settings of their own, shared with no other suite.
        qputenv("XDG_CONFIG_HOME",
                m_dir.filePath(QStringLiteral("config-%1").arg(m_databases)).toLocal8Bit());
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(m_path, ChecklistStore::OpenMode::CreateIfMissing).ok());
        const Result<qint64> templateId =
            store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
        QVERIFY(templateId.ok());
        const Result<qint64> created = store.createRecord(
            *templateId, {QStringLiteral("Release 2.4"), QStringLiteral("2.4"), {}}, QStringLiteral("t"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        m_record = *created;
        // Two items for the windows and two for the pipeline: nobody edits
        // an item another writer edits, so no edit is refused as stale.
        const Result<Record> record = store.loadRecord(m_record);
        QVERIFY(record.ok());
        m_items.clear();
        for (const ChecklistSection& section : record->sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader && section.title.startsWith(u"Pre-Deployment"))
                    m_items.append(item.id);
            }
        }
        QVERIFY(m_items.size() >= 4);
        m_expected.clear();
        m_unacknowledged.clear();
    }

    // The five steps: a window with a record open and its check done,
    // the CLI writing beside it, then the window writing and closing.
    void windowAndCli() {
        Window window(m_path);
        QVERIFY(window.ready());
        openChecked(window);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(cliNote(QStringLiteral("pipeline-%1").arg(i), m_items.at(2)));
            QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
        }
        window.send(QStringLiteral("note %1 window-1").arg(m_items.at(0)));
        QCOMPARE(window.waitFor(QStringLiteral("acked")),
                 QStringLiteral("acked %1 window-1").arg(m_items.at(0)));
        QVERIFY(cliNote(QStringLiteral("pipeline-3"), m_items.at(3)));
        QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
        QVERIFY(window.quit());
        m_expected += window.acked();
        checkEverythingKept();
    }

    // Two windows on one file, each with its check done, writing in turn,
    // and the CLI after the first has closed.
    void twoWindows() {
        Window first(m_path);
        Window second(m_path);
        QVERIFY(first.ready());
        QVERIFY(second.ready());
        openChecked(first);
        openChecked(second);
        for (int i = 1; i <= 5; ++i) {
            first.send(QStringLiteral("note %1 first-%2").arg(m_items.at(0)).arg(i));
            QVERIFY(first.waitFor(QStringLiteral("acked")).startsWith(u"acked"));
            second.send(QStringLiteral("note %1 second-%2").arg(m_items.at(1)).arg(i));
            QVERIFY(second.waitFor(QStringLiteral("acked")).startsWith(u"acked"));
            QCOMPARE(deletedDatabaseFiles(first.pid(), m_path), QString());
            QCOMPARE(deletedDatabaseFiles(second.pid(), m_path), QString());
        }
        QVERIFY(first.quit());
        QCOMPARE(deletedDatabaseFiles(second.pid(), m_path), QString());
        QVERIFY(cliNote(QStringLiteral("pipeline-after-first"), m_items.at(2)));
        second.send(QStringLiteral("note %1 second-last").arg(m_items.at(1)));
        QCOMPARE(second.waitFor(QStringLiteral("acked")),
                 QStringLiteral("acked %1 second-last").arg(m_items.at(1)));
        QCOMPARE(deletedDatabaseFiles(second.pid(), m_path), QString());
        QVERIFY(second.quit());
        m_expected += first.acked();
        m_expected += second.acked();
        checkEverythingKept();
    }

    // countersign-cli backup, again and again, while the window writes: every
    // copy is a whole database and nothing the window acknowledged is lost.
    void backupWhileTheWindowWrites() {
        Window window(m_path);
        QVERIFY(window.ready());
        openChecked(window);
        const int edits = fullRun() ? 400 : 60;
        window.send(QStringLiteral("notes %1 %2 during-backup").arg(m_items.at(0)).arg(edits));
        QStringList copies;
        for (int i = 0; i < (fullRun() ? 20 : 5); ++i) {
            const QString copy = m_dir.filePath(QStringLiteral("copy-%1-%2.sqlite").arg(m_databases).arg(i));
            const CliRun run = cli({QStringLiteral("--db"), m_path, QStringLiteral("backup"), copy});
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
            copies.append(copy);
            QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
        }
        QCOMPARE(window.waitFor(QStringLiteral("acked %1 during-backup-%2").arg(m_items.at(0)).arg(edits)),
                 QStringLiteral("acked %1 during-backup-%2").arg(m_items.at(0)).arg(edits));
        QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
        QVERIFY(window.quit());
        QCOMPARE(window.refusals(), QStringList());
        m_expected += window.acked();
        QCOMPARE(m_expected.size(), edits);
        checkEverythingKept();
        for (const QString& copy : copies) {
            QCOMPARE(TestSupport::rawRows(copy, QStringLiteral("PRAGMA integrity_check")),
                     QStringList{QStringLiteral("ok")});
            const CliRun verified = cli({QStringLiteral("--db"), copy, QStringLiteral("verify")});
            QVERIFY2(verified.exitCode == 0, qPrintable(copy + u": " + verified.output));
        }
    }

    // SIGKILL the window, or a CLI, in the middle of its edits, round after
    // round: after each, everything acknowledged is there and the file is whole.
    void killsOfEitherProgram() {
        const int rounds = fullRun() ? 30 : 4;
        for (int round = 0; round < rounds; ++round) {
            Window window(m_path);
            QVERIFY(window.ready());
            openChecked(window);
            window.send(QStringLiteral("notes %1 100000 round%2").arg(m_items.at(0)).arg(round));
            // A pipeline writing at the same time, killed on odd rounds.
            QProcess pipeline;
            pipeline.start(QStringLiteral(COUNTERSIGN_CLI_PATH),
                           {QStringLiteral("--db"), m_path, QStringLiteral("set"), QString::number(m_record),
                            QString::number(m_items.at(2)), QStringLiteral("--status"),
                            QStringLiteral("done"), QStringLiteral("--note"),
                            QStringLiteral("killed-pipeline-%1").arg(round)});
            QVERIFY(pipeline.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(50, 400)));
            if (round % 2 == 1)
                pipeline.kill();
            pipeline.waitForFinished(60000);
            if (pipeline.exitStatus() == QProcess::NormalExit && pipeline.exitCode() == 0)
                m_expected.append({m_items.at(2), QStringLiteral("killed-pipeline-%1").arg(round)});
            else // killed: its edit may or may not have committed, but was never acknowledged
                m_unacknowledged.insert(QStringLiteral("killed-pipeline-%1").arg(round));
            QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
            if (round % 2 == 0) {
                window.kill(); // mid-edit: it never stops writing notes
            } else {
                QVERIFY(cliNote(QStringLiteral("beside-%1").arg(round), m_items.at(3)));
                window.drain();
                window.kill();
            }
            m_expected += window.acked();
            QVERIFY2(!window.acked().isEmpty(), "the window acknowledged no edit before it was killed");
            // The edit it was making when killed may have committed unacknowledged.
            m_unacknowledged.insert(QStringLiteral("round%1-%2").arg(round).arg(window.acked().size() + 1));
            checkEverythingKept();
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The guard the test builds preload (tests/guard/) stops a program the
    // moment it opens a database file outside SQLite while SQLite holds it.
    void guardStopsAProbeOfAnOpenDatabase() {
        if (!qEnvironmentVariable("LD_PRELOAD").contains(u"db_file_guard"))
            QSKIP("the database-file guard is not preloaded in this build (the sanitizer build)");
        QProcess probe;
        probe.start(QStringLiteral(COUNTERSIGN_GUARD_PROBE),
                    {m_dir.filePath(QStringLiteral("probed.sqlite"))});
        QVERIFY(probe.waitForFinished(60000));
        const QString errors = QString::fromUtf8(probe.readAllStandardError());
        QCOMPARE(probe.exitStatus(), QProcess::CrashExit);
        QVERIFY2(errors.contains(u"db_file_guard: ") && errors.contains(u"opened outside SQLite"),
                 qPrintable(errors));
        QVERIFY(!probe.readAllStandardOutput().contains("outside SQLite"));
    }

private:
    bool cliNote(const QString& text, qint64 item) {
        if (!::cliNote(m_path, m_record, item, text))
            return false;
        m_expected.append({item, text});
        return true;
    }

    void openChecked(Window& window) {
        window.send(QStringLiteral("open %1").arg(m_record));
        QCOMPARE(window.waitFor(QStringLiteral("opened")), QStringLiteral("opened %1").arg(m_record));
        QCOMPARE(deletedDatabaseFiles(window.pid(), m_path), QString());
    }

    // Every acknowledged note is in the trail exactly once, each item holds
    // its last acknowledged note, the file is whole and `verify` passes.
    void checkEverythingKept() {
        QCOMPARE(TestSupport::rawRows(m_path, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        QHash<qint64, QString> newest;
        for (const Note& note : std::as_const(m_expected)) {
            const QStringList rows = TestSupport::rawRows(
                m_path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notes' AND "
                                       "item_id = %1 AND new_value = '%2'")
                            .arg(note.item)
                            .arg(note.text));
            QVERIFY2(rows == QStringList{QStringLiteral("1")},
                     qPrintable(QStringLiteral("acknowledged note \"%1\" on item %2: %3 audit rows")
                                    .arg(note.text)
                                    .arg(note.item)
                                    .arg(rows.join(u' '))));
            newest.insert(note.item, note.text);
        }
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const QStringList notes = TestSupport::rawRows(
                m_path, QStringLiteral("SELECT notes FROM record_items WHERE id = %1").arg(it.key()));
            QCOMPARE(notes.size(), 1);
            if (!m_unacknowledged.contains(notes.first()))
                QCOMPARE(notes.first(), it.value());
        }
        const CliRun verified = cli({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_databases = 0;
    qint64 m_record = 0;
    QList<qint64> m_items;
    QList<Note> m_expected;
    QSet<QString> m_unacknowledged; // killed mid-edit: may be there, need not be
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
