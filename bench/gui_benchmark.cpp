// The desktop's figures, on the real MainWindow: opening a 10,000-item record
// to the first paint of its grid, the cost of scrolling a page at the top and
// at the bottom of it, the peak memory with it open, and the cold start of
// `countersign` against a bare Qt Widgets window; at archive scale (issue 19)
// the first paint, the record list's filter and sort, and the peak memory
// with a ten-year archive open, each beside the same on 2,000 records; and the
// cold start to the window being mapped on an X display, beside bare_table
// and DB Browser for SQLite. Not a test: it is not registered with CTest.
// scripts/bench.sh runs it with QT_QPA_PLATFORM=offscreen, except
// cold-start-mapped, which needs an X server (Xvfb) in DISPLAY.
//
//   gui_benchmark remember DB RECORD        the record `countersign --db DB` opens at start
//   gui_benchmark open DB [--runs N]        open, scroll and memory figures (a fresh process)
//   gui_benchmark cold-start APP BARE DB [--runs N]
//   gui_benchmark archive-figures APP ARCHIVE SMALL [--runs N]
//       first paint, filter keystrokes, sorting and peak memory on ARCHIVE
//       against SMALL (the 2,000-record database); each database opens with
//       its newest record remembered as the last one open
//   gui_benchmark memory DB RECORD          (a fresh process for archive-figures)
//   DISPLAY=:94 gui_benchmark cold-start-mapped MAP_WATCH APP BARE_TABLE DB [--peer PROGRAM] [--runs N]
//       `countersign --db DB` (its last record remembered), `bare_table DB
//       RECORD` and, with --peer, `PROGRAM DB` (sqlitebrowser), each timed by
//       map_watch from exec to its window being mapped; a warm-up run each,
//       then the median of N (7)
#include "BenchSupport.h"
#include "GuiArchiveFigures.h"
#include "GuiBenchSupport.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/SectionGrid.h"
#include "ui/UserSettings.h"
#include "ui/signing/IntegrityBadge.h"

#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordListProxy.h"
#include "ui/RecordView.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

using namespace Bench;
using namespace GuiBench;

namespace {
// Milliseconds from MainWindow::openRecord() to the record on screen.
double openAndPaint(MainWindow& window, PaintCounter& counter, qint64 recordId) {
    QElapsedTimer timer;
    timer.start();
    if (!window.openRecord(recordId))
        return -1;
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    if (!waitForPaint(counter))
        return -1;
    const double painted = double(timer.nsecsElapsed()) / 1e6;
    print(QStringLiteral("record %1: MainWindow::openRecord %2 ms, then first paint at %3 ms")
              .arg(recordId)
              .arg(opened, 0, 'f', 1)
              .arg(painted, 0, 'f', 1));
    return painted;
}

// Milliseconds to move the record page down by one page and repaint the
// window, for `pages` pages from the top and as many ending at the bottom.
// Top and bottom pages alternate, so that both see the same load.
struct PageScroll {
    double top = -1;
    double bottom = -1;
};

PageScroll pageScrollMs(MainWindow& window, int pages) {
    auto* page = window.findChild<QScrollArea*>(QStringLiteral("recordPage"));
    if (!page)
        return {};
    QScrollBar* bar = page->verticalScrollBar();
    const int step = bar->pageStep();
    auto scrollFrom = [&](int value) {
        bar->setValue(value);
        QCoreApplication::processEvents();
        window.repaint();
        QElapsedTimer timer;
        timer.start();
        bar->setValue(value + step);
        QCoreApplication::processEvents();
        window.repaint();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> top;
    QList<double> bottom;
    for (int i = 0; i < pages; ++i) {
        top += scrollFrom(i * step);
        bottom += scrollFrom(bar->maximum() - (pages - i) * step);
    }
    return {medianOf(top), medianOf(bottom)};
}

struct Records {
    qint64 small = 0;  // 50 items
    qint64 medium = 0; // 1,000 items
    qint64 large = 0;  // 10,000 items
};

Records findRecords(const ChecklistStore& store) {
    Records r;
    const QList<RecordSummary> summaries = store.records().value_or({});
    for (const RecordSummary& s : summaries) {
        if (s.progress.total == 50)
            r.small = s.id;
        else if (s.progress.total == 1000)
            r.medium = s.id;
        else if (s.progress.total == 10000)
            r.large = s.id;
    }
    return r;
}

int openFigures(const QString& db, int runs) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(db, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(opened.error());
        return 1;
    }
    const Records records = findRecords(store);
    if (!records.small || !records.medium || !records.large) {
        print(QStringLiteral("%1 lacks the records of 50, 1,000 and 10,000 items").arg(db));
        return 1;
    }
    PaintCounter counter;
    qApp->installEventFilter(&counter);
    MainWindow window(&store);
    window.resize(1280, 860);
    window.show();
    waitForPaint(counter);

    {
        QElapsedTimer timer;
        timer.start();
        const Result<Record> loaded = store.loadRecord(records.large);
        const double loadMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const QList<AuditEntry> trail = store.auditTrail(records.large).value_or({});
        print(QStringLiteral("ChecklistStore::loadRecord of 10,000 items: %1 ms; auditTrail (%2 rows): %3 ms")
                  .arg(loadMs, 0, 'f', 1)
                  .arg(trail.size())
                  .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    }
    // Small and large in turn, so both see the same load; each open starts
    // once the previous record's background integrity check is over.
    QList<double> smallMs;
    QList<double> largeMs;
    double memoryBaseline = -1;
    for (int run = 0; run < runs; ++run) {
        smallMs << openAndPaint(window, counter, records.small);
        waitForIntegrityCheck(window);
        if (run == 0)
            memoryBaseline = peakResidentMiB();
        largeMs << openAndPaint(window, counter, records.large);
        waitForIntegrityCheck(window);
    }
    bool all = report(
        {QStringLiteral("Open a 10,000-item record in the window, to first paint, median of %1").arg(runs),
         medianOf(largeMs), QStringLiteral("ms"), QStringLiteral("a 50-item record"), medianOf(smallMs),
         Goal::ValueAtMost, 100});

    const int pages = 20;
    const PageScroll large = pageScrollMs(window, pages);
    const double memory = peakResidentMiB();
    all &= report({QStringLiteral("Scroll a page at the bottom of 10,000 items"), large.bottom,
                   QStringLiteral("ms"), QStringLiteral("a page at its top"), large.top, Goal::RatioAtMost,
                   1.5});

    openAndPaint(window, counter, records.medium);
    const PageScroll medium = pageScrollMs(window, pages);
    all &=
        report({QStringLiteral("Scroll a page at the bottom of 10,000 items vs 1,000 items"), large.bottom,
                QStringLiteral("ms"), QStringLiteral("1,000 items"), medium.bottom, Goal::RatioAtMost, 1.5});
    all &= report({QStringLiteral("Peak memory (VmHWM) with the 10,000-item record open"), memory,
                   QStringLiteral("MiB"), QStringLiteral("with a 50-item record"), memoryBaseline,
                   Goal::ValueAtMost, 150});
    return all ? 0 : 3;
}

int coldStart(const QString& app, const QString& bare, const QString& db, int runs) {
    QProcess help;
    help.start(app, {QStringLiteral("--help")});
    help.waitForFinished(30000);
    if (!QString::fromLocal8Bit(help.readAllStandardOutput() + help.readAllStandardError())
             .contains(QStringLiteral("--quit-after-first-paint"))) {
        report({QStringLiteral("Cold start to first paint with the last record open"), -1,
                QStringLiteral("ms"), QStringLiteral("countersign has no --quit-after-first-paint yet"), -1,
                Goal::RatioAtMost, 1.5});
        return 3;
    }
    const QStringList appArgs{QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint")};
    QList<double> appWall, bareWall, appSays, bareSays;
    QString error;
    for (int r = 0; r <= runs; ++r) { // the first pair warms the page cache and font caches
        double says = 0;
        const double a = firstPaint(app, appArgs, &says, &error);
        if (a < 0) {
            print(error);
            return 1;
        }
        if (r > 0) {
            appWall += a;
            appSays += says;
        }
        const double b = firstPaint(bare, {}, &says, &error);
        if (b < 0) {
            print(error);
            return 1;
        }
        if (r > 0) {
            bareWall += b;
            bareSays += says;
        }
    }
    print(QStringLiteral("first-paint-ms as printed (median): countersign %1, bare window %2; "
                         "the figure below is wall-clock from process start to that line")
              .arg(medianOf(appSays))
              .arg(medianOf(bareSays)));
    return report({QStringLiteral("Cold start to first paint, last record (50 items) open, median of %1")
                       .arg(runs),
                   medianOf(appWall), QStringLiteral("ms"), QStringLiteral("bare QMainWindow"),
                   medianOf(bareWall), Goal::RatioAtMost, 1.5})
               ? 0
               : 3;
}

} // namespace

int main(int argc, char* argv[]) {
    AppIdentity::apply();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == u"remember" && args.size() >= 4) {
        UserSettings::setLastRecord(args.at(2), args.at(3).toLongLong());
        return 0;
    }
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 0;
    if (mode == u"open" && args.size() >= 3)
        return openFigures(args.at(2), runs > 0 ? runs : 5);
    if (mode == u"cold-start" && args.size() >= 5)
        return coldStart(args.at(2), args.at(3), args.at(4), runs > 0 ? std::max(5, runs) : 7);
    if (mode == u"archive-figures" && args.size() >= 5)
        return runArchiveFigures(args.at(2), args.at(3), args.at(4), runs > 0 ? runs : 7);
    if (mode == u"memory" && args.size() >= 4)
        return runMemoryFigure(args.at(2), args.at(3).toLongLong());
    if (mode == u"cold-start-mapped" && args.size() >= 6) {
        const qsizetype peerAt = args.indexOf(QStringLiteral("--peer"));
        const QString peer = peerAt > 0 && peerAt + 1 < args.size() ? args.at(peerAt + 1) : QString();
        return runColdStartMapped(args.at(2), args.at(3), args.at(4), args.at(5), peer, runs > 0 ? runs : 7);
    }
    print(QStringLiteral(
        "usage: gui_benchmark remember DB RECORD | open DB [--runs N] | cold-start APP BARE DB "
        "[--runs N] | archive-figures APP ARCHIVE SMALL [--runs N] | memory DB RECORD | "
        "cold-start-mapped MAP_WATCH APP BARE_TABLE DB [--peer PROGRAM] [--runs N]"));
    return 2;
}
