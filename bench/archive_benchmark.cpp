// The engine's and the CLI's figures at archive scale (issue 19): ten years of
// a busy team, about 20,000 records, against the 2,000-record database.
// Not a test: it is not registered with CTest. scripts/bench.sh runs it on the
// archives `store_benchmark make-archive DIR --records N` writes.
//
//   archive_benchmark figures SMALL ARCHIVE [--runs N]
//       SMALL: the 2,000-record database, ARCHIVE: the 20,000-record one;
//       each a SQLite file or a server address (postgresql://…).
//       `records --json` against linear from SMALL; whole `verify` against a
//       bare read of every table it checks; `verify RECORD` against the same
//       on SMALL; the witness check on open against the same on SMALL.
//   archive_benchmark scale DIR [--runs N]
//       `records --json`, whole `verify` and the record list's loads on
//       DIR/archive-2000.sqlite, -6000 and -20000, with the ratio 20k / 2k.
#include "BareTableRead.h"
#include "BenchSupport.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/Witness.h"
#include "io/BuiltInTemplate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Bench;

namespace {

// The window's record list reads the rows of a page when they are shown
// (ui/RecordListModel::kPageSize).
constexpr int kListPage = 50;
// Each figure's repetitions of a whole-archive `verify`, which takes seconds.
constexpr int kMaxVerifyRuns = 3;

const QString kCli = QStringLiteral(COUNTERSIGN_CLI_PATH);

struct Database {
    QString path;
    qsizetype records = 0;
    qint64 newestRecord = 0;
};

std::optional<Database> inspect(const QString& path) {
    if (!ChecklistStore::isServerLocation(path) && !QFileInfo::exists(path)) {
        print(QStringLiteral("archive_benchmark: %1 does not exist. `store_benchmark make-archive DIR "
                             "--records N` makes it.")
                  .arg(path));
        return std::nullopt;
    }
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(QStringLiteral("archive_benchmark: %1").arg(opened.error()));
        return std::nullopt;
    }
    const Result<QList<qint64>> ids = store.recordIds();
    if (!ids || ids->isEmpty()) {
        print(QStringLiteral("archive_benchmark: %1 has no records%2")
                  .arg(path, ids ? QString() : QStringLiteral(": ") + ids.error()));
        return std::nullopt;
    }
    return Database{path, ids->size(), ids->last()};
}

// Figures on a server say so in their names.
QString on(const Database& db) {
    return ChecklistStore::isServerLocation(db.path) ? QStringLiteral(", PostgreSQL") : QString();
}

QString thousands(qsizetype n) {
    return QLocale(QLocale::English).toString(qint64(n));
}

// A CLI process, wall-clock ms; fails loudly (a figure of a failed run means nothing).
double cliMs(const QStringList& arguments) {
    QString error;
    const double ms = timeProcessMs(kCli, arguments, &error);
    if (ms < 0)
        print(QStringLiteral("archive_benchmark: %1").arg(error));
    return ms;
}

QStringList withDb(QStringList arguments, const Database& db) {
    return arguments << QStringLiteral("--db") << db.path;
}

// Medians of `runs` runs of each command, interleaved (so that each sees the
// same host), after one unmeasured run of each that warms the page cache.
// Empty when a run failed.
QList<double> interleavedMedians(const QList<QStringList>& commands, int runs) {
    QList<QList<double>> times(commands.size());
    for (int r = 0; r <= runs; ++r) {
        for (qsizetype c = 0; c < commands.size(); ++c) {
            const double ms = cliMs(commands.at(c));
            if (ms < 0)
                return {};
            if (r > 0)
                times[c] += ms;
        }
    }
    QList<double> medians;
    for (const QList<double>& t : std::as_const(times))
        medians += medianOf(t);
    return medians;
}

const QStringList kVersion{QStringLiteral("--version")};

QStringList recordsJson(const Database& db) {
    return withDb({QStringLiteral("records"), QStringLiteral("--json")}, db);
}

QStringList verifyWhole(const Database& db) {
    return withDb({QStringLiteral("verify")}, db);
}

// ---- Figures

// `records --json` on the archive: at most 1.2× linear from the small
// database, the process start (`--version`) taken off both.
std::optional<bool> recordsFigure(const Database& small, const Database& archive, int runs) {
    const QList<double> m = interleavedMedians({recordsJson(small), recordsJson(archive), kVersion}, runs);
    if (m.isEmpty())
        return std::nullopt;
    const double scale = double(archive.records) / double(small.records);
    const double version = m.at(2);
    print(QStringLiteral("records --json: %1 ms on %2 records, %3 ms on %4, --version %5 ms")
              .arg(m.at(0), 0, 'f', 1)
              .arg(thousands(small.records))
              .arg(m.at(1), 0, 'f', 1)
              .arg(thousands(archive.records))
              .arg(version, 0, 'f', 1));
    return report({QStringLiteral("`countersign-cli records --json` on %1 records%2, less `--version`")
                       .arg(thousands(archive.records), on(archive)),
                   m.at(1) - version, QStringLiteral("ms"),
                   QStringLiteral("linear: %1 × the same on %2 records, less `--version`")
                       .arg(scale, 0, 'f', 1)
                       .arg(thousands(small.records)),
                   scale * (m.at(0) - version), Goal::RatioAtMost, 1.2});
}

// The whole `verify` process against reading every row it checks, bare.
std::optional<bool> verifyWholeFigure(const Database& archive, int runs) {
    QList<double> verifyMs;
    QList<double> bareMs;
    BareTableRead::Totals totals;
    const int n = std::clamp(runs, 1, kMaxVerifyRuns);
    // Unmeasured: the page cache holds the archive after it.
    totals = BareTableRead::readAll(archive.path);
    if (!totals.error.isEmpty()) {
        print(QStringLiteral("archive_benchmark: bare read: %1").arg(totals.error));
        return std::nullopt;
    }
    for (int r = 0; r < n; ++r) {
        bareMs += timeRuns(1, [&] { totals = BareTableRead::readAll(archive.path); });
        const double ms = cliMs(verifyWhole(archive));
        if (ms < 0)
            return std::nullopt;
        verifyMs += ms;
    }
    QStringList read = BareTableRead::verifiedTables();
    for (const QString& table : std::as_const(totals.missing))
        read.removeAll(table);
    print(QStringLiteral("bare read: %1 rows, %2 values of %3")
              .arg(thousands(totals.rows), thousands(totals.values), read.join(QStringLiteral(", "))));
    return report({QStringLiteral("`countersign-cli verify` of %1 records%2 (whole process, median of %3)")
                       .arg(thousands(archive.records), on(archive))
                       .arg(n),
                   medianOf(verifyMs), QStringLiteral("ms"),
                   QStringLiteral("bare read of the %1 tables verify reads").arg(read.size()),
                   medianOf(bareMs), Goal::RatioAtMost, 5});
}

// `verify RECORD` of the newest record: it must not read the whole trail.
std::optional<bool> verifyRecordFigure(const Database& small, const Database& archive, int runs) {
    const auto verifyNewest = [](const Database& db) {
        return withDb({QStringLiteral("verify"), QString::number(db.newestRecord)}, db);
    };
    const QList<double> m = interleavedMedians({verifyNewest(small), verifyNewest(archive)}, runs);
    if (m.isEmpty())
        return std::nullopt;
    return report({QStringLiteral("`countersign-cli verify RECORD` on %1 records%2 (the newest)")
                       .arg(thousands(archive.records), on(archive)),
                   m.at(1), QStringLiteral("ms"),
                   QStringLiteral("the same on %1 records").arg(thousands(small.records)), m.at(0),
                   Goal::RatioAtMost, 2});
}

// Witness::check on an open store, as the window (WitnessGuard::check) and
// the CLI (CliApp) call it on every open, after remember() made it current.
// Its own settings file: nothing of the user's is read or written.
std::optional<double> witnessCheckMs(const Database& db, int runs) {
    QTemporaryDir settingsDir;
    auto settings = std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("witness.ini")),
                                                QSettings::IniFormat);
    Witness witness(std::move(settings));
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(db.path, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(opened.error());
        return std::nullopt;
    }
    if (Status remembered = witness.remember(store); !remembered) {
        print(remembered.error());
        return std::nullopt;
    }
    bool current = true;
    const QList<double> ms = timeRuns(runs, [&] {
        const Result<std::optional<Verifier::Finding>> checked = witness.check(store);
        current = current && checked && !checked->has_value();
    });
    if (!current) {
        print(QStringLiteral("archive_benchmark: the witness of %1 is not current").arg(db.path));
        return std::nullopt;
    }
    return medianOf(ms);
}

std::optional<bool> witnessFigure(const Database& small, const Database& archive, int runs) {
    const int n = std::max(runs, 21);
    const std::optional<double> smallMs = witnessCheckMs(small, n);
    const std::optional<double> archiveMs = witnessCheckMs(archive, n);
    if (!smallMs || !archiveMs)
        return std::nullopt;
    return report(
        {QStringLiteral("Witness check on open (Witness::check, current) on %1 records%2, median of %3")
             .arg(thousands(archive.records), on(archive))
             .arg(n),
         *archiveMs, QStringLiteral("ms"),
         QStringLiteral("the same on %1 records").arg(thousands(small.records)), *smallMs, Goal::ValueAtMost,
         10});
}

int figures(const QString& smallPath, const QString& archivePath, int runs) {
    const std::optional<Database> small = inspect(smallPath);
    const std::optional<Database> archive = inspect(archivePath);
    if (!small || !archive)
        return 1;
    bool all = true;
    bool measured = true;
    for (const std::optional<bool>& passed :
         {recordsFigure(*small, *archive, runs), verifyWholeFigure(*archive, runs),
          verifyRecordFigure(*small, *archive, runs), witnessFigure(*small, *archive, runs)}) {
        measured &= passed.has_value();
        all &= passed.value_or(false);
    }
    // As store_benchmark: 3 means measured, some figure missed its target.
    return !measured ? 1 : (all ? 0 : 3);
}

// ---- Scaling curves

// What the window's record list reads from the engine: on open the ids and
// the first page of summaries (RecordListModel::refresh, summaryAt), then
// every summary, which filtering and sorting need (on a worker's connection
// after the first paint).
struct ListLoad {
    double firstPageMs = -1;
    double everySummaryMs = -1;
};

std::optional<ListLoad> listLoad(const Database& db, int runs) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(db.path, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(opened.error());
        return std::nullopt;
    }
    bool read = true;
    const int n = std::max(runs, 11);
    ListLoad load;
    load.firstPageMs = medianOf(timeRuns(n, [&] {
        const Result<QList<qint64>> ids = store.recordIds();
        read = read && ids && store.recordsAfter(0, kListPage);
    }));
    load.everySummaryMs = medianOf(timeRuns(n, [&] { read = read && store.records(); }));
    if (!read)
        return std::nullopt;
    return load;
}

struct ScalePoint {
    Database db;
    double versionMs = 0;
    double recordsMs = 0;
    double verifyMs = 0;
    ListLoad list;
};

std::optional<ScalePoint> measurePoint(const Database& db, int runs) {
    ScalePoint point;
    point.db = db;
    const QList<double> m = interleavedMedians({recordsJson(db), kVersion}, runs);
    if (m.isEmpty())
        return std::nullopt;
    point.versionMs = m.at(1);
    point.recordsMs = m.at(0);
    QList<double> verifyMs;
    for (int r = 0; r < std::clamp(runs, 1, kMaxVerifyRuns); ++r) {
        const double ms = cliMs(verifyWhole(db));
        if (ms < 0)
            return std::nullopt;
        verifyMs += ms;
    }
    point.verifyMs = medianOf(verifyMs);
    const std::optional<ListLoad> list = listLoad(db, runs);
    if (!list)
        return std::nullopt;
    point.list = *list;
    return point;
}

QString ms(double value) {
    return value >= 100 ? QString::number(value, 'f', 0) + QStringLiteral(" ms")
                        : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

void printCurve(const QString& name, const QList<ScalePoint>& points,
                const std::function<double(const ScalePoint&)>& value) {
    QStringList cells{name};
    for (const ScalePoint& p : points)
        cells << ms(value(p));
    const double first = value(points.first());
    const double last = value(points.last());
    const double linear = double(points.last().db.records) / double(points.first().db.records);
    cells << (first > 0
                  ? QStringLiteral("%1× (linear %2×)").arg(last / first, 0, 'f', 1).arg(linear, 0, 'f', 0)
                  : QStringLiteral("—"));
    print(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
}

int scale(const QString& dir, int runs) {
    QList<ScalePoint> points;
    for (int records : {2000, 6000, 20000}) {
        const std::optional<Database> db = inspect(dir + QStringLiteral("/archive-%1.sqlite").arg(records));
        if (!db)
            return 1;
        const std::optional<ScalePoint> point = measurePoint(*db, runs);
        if (!point)
            return 1;
        points += *point;
    }
    QStringList header{QStringLiteral("scale")};
    for (const ScalePoint& p : std::as_const(points))
        header << QStringLiteral("%1 records").arg(thousands(p.db.records));
    header << QStringLiteral("last / first");
    print(QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    print(QStringLiteral("|---|---|---|---|---|"));
    printCurve(QStringLiteral("`records --json`, less `--version`"), points,
               [](const ScalePoint& p) { return p.recordsMs - p.versionMs; });
    printCurve(QStringLiteral("`verify` (whole), less `--version`"), points,
               [](const ScalePoint& p) { return p.verifyMs - p.versionMs; });
    printCurve(QStringLiteral("record list on open: recordIds() + recordsAfter(0, %1)").arg(kListPage),
               points, [](const ScalePoint& p) { return p.list.firstPageMs; });
    printCurve(QStringLiteral("record list, every summary (filter, sort): records()"), points,
               [](const ScalePoint& p) { return p.list.everySummaryMs; });
    printCurve(QStringLiteral("`countersign-cli --version` (process start)"), points,
               [](const ScalePoint& p) { return p.versionMs; });
    return 0;
}

int runsOption(const QStringList& args) {
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    return at > 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : 5;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == u"figures")
        return figures(args.at(2), args.at(3), runsOption(args));
    if (args.size() >= 3 && args.at(1) == u"scale")
        return scale(args.at(2), runsOption(args));
    print(QStringLiteral("usage: archive_benchmark figures SMALL ARCHIVE [--runs N] | scale DIR [--runs N]"));
    return 2;
}
