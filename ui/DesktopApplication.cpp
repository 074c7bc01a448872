#include "ui/DesktopApplication.h"

#include "Version.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "ui/AppTranslations.h"
#include "ui/Appearance.h"
#include "ui/DatabaseActions.h"
#include "ui/MainWindow.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <optional>
#include <unistd.h>

namespace {

// Milliseconds since the process started, for --quit-after-first-paint. The
// start time comes from /proc/self/stat (field 22, in clock ticks since boot,
// compared with CLOCK_BOOTTIME), so the time the dynamic loader spends on Qt
// before main() counts too: that is what a person waits for. Where /proc is
// not readable, a QElapsedTimer started as main()'s first line stands in.
class StartClock {
public:
    StartClock() { m_sinceMain.start(); }

    qint64 elapsedMs() const {
        if (const std::optional<qint64> fromProc = sinceProcessStartMs())
            return *fromProc;
        return m_sinceMain.elapsed();
    }

private:
    static std::optional<qint64> sinceProcessStartMs() {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray line = stat.readAll();
        // The command name (field 2) is in parentheses and may hold spaces: count from its end.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            return std::nullopt;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        constexpr int kStartTimeAfterName = 22 - 3; // field 22, counted from field 3
        if (fields.size() <= kStartTimeAfterName)
            return std::nullopt;
        bool ok = false;
        const qint64 startTicks = fields.at(kStartTimeAfterName).toLongLong(&ok);
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        timespec now{};
        if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
            return std::nullopt;
        const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
        return nowMs - startTicks * 1000 / ticksPerSecond;
    }

    QElapsedTimer m_sinceMain;
};

// Runs work once the window has painted for the first time and that frame is
// out: what the first frame does not show waits for it, and the benchmark's
// probe (--quit-after-first-paint) reads the clock there.
class AfterFirstPaint : public QObject {
public:
    AfterFirstPaint(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_window(window)
        , m_work(std::move(work)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_window->removeEventFilter(this);
            // Runs after this paint event has been handled and the frame flushed.
            QTimer::singleShot(0, this, [this] {
                m_work();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    std::function<void()> m_work;
    bool m_seen = false;
};

bool asksFor(int argc, char* argv[], std::initializer_list<const char*> names) {
    for (int i = 1; i < argc; ++i) {
        for (const char* name : names) {
            if (std::strcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

// The GUI's options, in one place for the real start and for --help.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db")};
    QCommandLineOption dark{QStringLiteral("dark")};
    QCommandLineOption firstPaint{QStringLiteral("quit-after-first-paint")};
    QCommandLineOption verbose{QStringLiteral("verbose")};

    CommandLine() {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Release sign-off checklists with signed, tamper-evident records."));
        parser.addHelpOption();
        parser.addVersionOption();
        db = QCommandLineOption(
            QStringLiteral("db"),
            QCoreApplication::translate(
                "main", "Open the database at <path> (a file, or postgresql://user@host:port/database) "
                        "instead of the default one (%1).")
                .arg(QDir::toNativeSeparators(ChecklistStore::defaultLocation())),
            QCoreApplication::translate("main", "path"));
        parser.addOption(db);
        dark = QCommandLineOption(
            QStringLiteral("dark"),
            QCoreApplication::translate("main", "Use the dark appearance (for screenshots)."));
        parser.addOption(dark);
        firstPaint =
            QCommandLineOption(QStringLiteral("quit-after-first-paint"),
                               QCoreApplication::translate(
                                   "main", "Print first-paint-ms: N once the window has painted, then quit "
                                           "(for start-up benchmarks)."));
        parser.addOption(firstPaint);
        verbose = QCommandLineOption(
            QStringLiteral("verbose"),
            QCoreApplication::translate("main", "Print what the application does (databases opened, records "
                                                "opened, files written) on standard error."));
        parser.addOption(verbose);
    }
};

void applyWindowIcon() {
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/countersign/icons/countersign.svg")));
}

// Without --db: the database used last, when it is a file that is still there; else the default one.
QString startLocation() {
    const QString last = UserSettings::lastDatabase();
    if (!last.isEmpty() && !ChecklistStore::isServerLocation(last) && QFileInfo(last).isFile())
        return last;
    return ChecklistStore::defaultLocation();
}

} // namespace

int DesktopApplication::run(int argc, char* argv[]) {
    const StartClock clock;
    // Answered before QApplication exists, so it works without a display.
    if (asksFor(argc, argv, {"--version", "-v"})) {
        std::printf("countersign %s\n", COUNTERSIGN_VERSION);
        return 0;
    }
    if (asksFor(argc, argv, {"--help", "-h", "--help-all", "-?"})) {
        // Also without a display: the help needs no window.
        AppIdentity::apply();
        QCoreApplication helpApp(argc, argv);
        AppTranslations::install(helpApp);
        CommandLine help;
        help.parser.process(helpApp); // prints the help and exits
        return 0;
    }

    AppIdentity::apply();
    QApplication app(argc, argv);
    AppTranslations::install(app); // the system language, for our strings and for Qt's dialogs
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Countersign"));
    QApplication::setDesktopFileName(QStringLiteral(COUNTERSIGN_APP_ID));

    CommandLine cli;
    QCommandLineParser& parser = cli.parser;
    const QCommandLineOption& dbOption = cli.db;
    const QCommandLineOption& darkOption = cli.dark;
    const QCommandLineOption& firstPaintOption = cli.firstPaint;
    parser.process(app);
    // A desktop application is quiet on its terminal: its notes are for
    // --verbose (or QT_LOGGING_RULES, which still wins); warnings always show.
    if (!parser.isSet(cli.verbose))
        QLoggingCategory::setFilterRules(
            QStringLiteral("countersign.*.info=false\ncountersign.*.debug=false"));

    if (parser.isSet(darkOption))
        Appearance::apply(UserSettings::Appearance::Dark);
    else if (UserSettings::appearance() != UserSettings::Appearance::System)
        Appearance::apply(UserSettings::appearance());

    // The default database is created on first start; a file the user names
    // that is not there yet is created only when they say so.
    const bool named = parser.isSet(dbOption);
    QString location = named ? parser.value(dbOption) : startLocation();
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (ChecklistStore::isServerLocation(location))
        applyWindowIcon(); // the server may ask for a password before there is a window
    bool create = !named && location == ChecklistStore::defaultLocation();
    if (named && DatabaseActions::couldCreate(location)) {
        applyWindowIcon();
        if (!DatabaseActions::askToCreate(nullptr, location))
            return 1; // the user said no: nothing to open, nothing more to say
        create = true;
    }
    Status opened = DatabaseActions::openAsking(
        store, location,
        create ? ChecklistStore::OpenMode::CreateIfMissing : ChecklistStore::OpenMode::ExistingOnly, nullptr);
    if (!opened && !named && location != ChecklistStore::defaultLocation()) {
        // The database used last cannot be opened now: start on the default one instead.
        location = ChecklistStore::defaultLocation();
        opened = store.open(location, ChecklistStore::OpenMode::CreateIfMissing);
    }
    if (!opened) {
        const QString advice =
            named
                ? QCoreApplication::translate("main", "Check the path given with --db, or start Countersign "
                                                      "without --db to use the default database.")
                : QCoreApplication::translate("main", "Check that the folder can be written, or start "
                                                      "Countersign with --db PATH to open another database.");
        applyWindowIcon();
        Prompts::critical(
            nullptr, QCoreApplication::translate("main", "Countersign Cannot Start"),
            QCoreApplication::translate("main", "Countersign cannot open its database.\n\n%1\n\n%2")
                .arg(DatabaseActions::explainOpenFailure(location, opened,
                                                         DatabaseActions::Asked::OnCommandLine),
                     advice));
        return 1;
    }

    MainWindow window(&store);
    // The icon is an SVG: reading it loads Qt's SVG icon plugin, and a desktop
    // renders it at several sizes. The window manager shows it when it arrives,
    // so it need not hold up the first frame.
    new AfterFirstPaint(&window, applyWindowIcon);
    if (parser.isSet(firstPaintOption)) {
        new AfterFirstPaint(&window, [&clock] {
            std::printf("first-paint-ms: %lld\n", static_cast<long long>(clock.elapsedMs()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    return app.exec();
}
