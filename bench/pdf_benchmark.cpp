// How long a record's PDF takes, against a spreadsheet's PDF export of the
// same rows: `soffice --headless --convert-to pdf` of the record's CSV
// (RecordExporter::toCsv) versus the whole `countersign-cli --db DB export
// RECORD --pdf OUT` process. Prints rows, seconds, the speedup and the
// 10k/1k cost ratio. Not a test: it is not registered with CTest.
//
//   pdf_benchmark [--runs N] [--keep DIR] [SIZE...]      (sizes default to 1000 10000)
//
// Until the CLI exports PDF, the Countersign figure is this program run as a
// separate process in --export mode, which does what the CLI does: an
// offscreen QGuiApplication, open the database, load the record and its
// audit trail, PdfReport::write.
#include "BenchSupport.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "io/RecordExporter.h"
#include "report/PdfReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

// A database with one record of `size` items, some done, some failed or N/A with notes.
Result<qint64> buildDatabase(const QString& path, int size) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(path); !opened)
        return Error(opened.error());
    const Result<qint64> templateId =
        store.addTemplate(Bench::checklistTemplate(QStringLiteral("Benchmark Checklist %1").arg(size), size));
    if (!templateId)
        return Error(templateId.error());
    const Result<qint64> recordId =
        store.createRecord(*templateId,
                           {QStringLiteral("Release %1").arg(size), QStringLiteral("9.%1").arg(size),
                            QStringLiteral("Production")},
                           QStringLiteral("bench"));
    if (!recordId)
        return recordId;
    if (Status ticked = Bench::tickSome(store, *recordId, 3); !ticked)
        return Error(ticked.error());
    return recordId;
}

// What `countersign-cli --db DB export RECORD --pdf OUT` does, in this process.
int exportMode(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--export")));
    if (at < 0 || at + 3 >= args.size())
        return 2;
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (!store.open(args.at(at + 1), ChecklistStore::OpenMode::ExistingOnly))
        return 1;
    const qint64 id = args.at(at + 2).toLongLong();
    const Result<Record> record = store.loadRecord(id);
    if (!record)
        return 1;
    ReportOptions options;
    options.generatedBy = AppIdentity::defaultActorName();
    const Result<QList<AuditEntry>> trail = store.auditTrail(id);
    if (!trail) {
        std::fprintf(stderr, "%s\n", qPrintable(trail.error()));
        return 1;
    }
    const Status written = PdfReport::write(*record, trail.value(), options, args.at(at + 3));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    return 0;
}

// Wall-clock seconds of a process, median of `runs`; negative when it failed.
double timeProcess(const QString& program, const QStringList& arguments, int runs, QString* error) {
    QList<double> seconds;
    for (int r = 0; r < runs; ++r) {
        const double ms = Bench::timeProcessMs(program, arguments, error);
        if (ms < 0)
            return -1;
        seconds.append(ms / 1000.0);
    }
    return Bench::medianOf(seconds);
}

bool cliExportsPdf(const QString& cli) {
    if (!QFileInfo::exists(cli))
        return false;
    QProcess p;
    p.start(cli, {QStringLiteral("export"), QStringLiteral("--help")});
    p.waitForFinished(10000);
    return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError())
        .contains(QStringLiteral("--pdf"));
}

} // namespace

int main(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--export") == 0)
            return exportMode(argc, argv);
    }

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the PDF export against LibreOffice's."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure; the median counts."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep databases, CSV and PDF files in <dir>."),
                      QStringLiteral("dir")});
    parser.addPositionalArgument(QStringLiteral("sizes"), QStringLiteral("Items per record (1000 10000)."));
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QList<int> sizes;
    for (const QString& s : parser.positionalArguments())
        sizes << s.toInt();
    if (sizes.isEmpty())
        sizes = {1000, 10000};

    QTemporaryDir temp;
    const QString work =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(work);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + work + QStringLiteral("/lo-profile");
    const QString cli = QStringLiteral(COUNTERSIGN_CLI_PATH);
    const bool viaCli = cliExportsPdf(cli);
    const QString self = QCoreApplication::applicationFilePath();

    out() << "Countersign PDF export benchmark (median of " << runs << " runs, wall-clock seconds)\n";
    out() << "Countersign: "
          << (viaCli ? cli + QStringLiteral(" export --pdf")
                     : self + QStringLiteral(" --export (the CLI has no --pdf yet)"))
          << "\n";
    out() << "LibreOffice: "
          << (soffice.isEmpty() ? QStringLiteral("not installed (apt-get install libreoffice-calc-nogui)")
                                : soffice)
          << "\n\n";
    out().flush();

    if (!soffice.isEmpty()) {
        // The first start creates the profile: not part of any figure.
        QFile warm(work + QStringLiteral("/warm.csv"));
        if (warm.open(QIODevice::WriteOnly))
            warm.write("a,b\n1,2\n");
        warm.close();
        QString ignored;
        timeProcess(soffice,
                    {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                     QStringLiteral("pdf"), QStringLiteral("--outdir"), work, warm.fileName()},
                    1, &ignored);
    }

    struct Row {
        int size = 0;
        double libreOffice = -1;
        double countersign = -1;
        int pages = 0;
    };
    QList<Row> rows;
    for (int size : std::as_const(sizes)) {
        Row row;
        row.size = size;
        const QString db = work + QStringLiteral("/bench-%1.sqlite").arg(size);
        QFile::remove(db);
        QElapsedTimer setup;
        setup.start();
        const Result<qint64> recordId = buildDatabase(db, size);
        if (!recordId) {
            out() << "cannot build the database: " << recordId.error() << "\n";
            return 1;
        }
        QString csvPath = work + QStringLiteral("/record-%1.csv").arg(size);
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            store.open(db, ChecklistStore::OpenMode::ExistingOnly);
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly) ||
                csv.write(RecordExporter::toCsv(*store.loadRecord(*recordId))) < 0) {
                out() << "cannot write " << csvPath << "\n";
                return 1;
            }
        }
        out() << size << " items: database and CSV ready in " << setup.elapsed() / 1000.0 << " s\n";
        out().flush();

        QString error;
        if (!soffice.isEmpty()) {
            row.libreOffice =
                timeProcess(soffice,
                            {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                             QStringLiteral("pdf"), QStringLiteral("--outdir"), work, csvPath},
                            runs, &error);
            if (row.libreOffice < 0)
                out() << "LibreOffice failed: " << error << "\n";
        }
        const QString pdf = work + QStringLiteral("/record-%1-countersign.pdf").arg(size);
        if (viaCli)
            row.countersign = timeProcess(cli,
                                          {QStringLiteral("--db"), db, QStringLiteral("export"),
                                           QString::number(*recordId), QStringLiteral("--pdf"), pdf},
                                          runs, &error);
        else
            row.countersign = timeProcess(
                self, {QStringLiteral("--export"), db, QString::number(*recordId), pdf}, runs, &error);
        if (row.countersign < 0)
            out() << "Countersign failed: " << error << "\n";
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished();
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const qsizetype at = text.indexOf(QStringLiteral("Pages:"));
        if (at >= 0)
            row.pages = text.mid(at + 6).trimmed().section(u'\n', 0, 0).toInt();
        rows.append(row);
    }

    out() << "\n";
    out() << QStringLiteral("%1 | %2 | %3 | %4 | %5\n")
                 .arg(QStringLiteral("rows"), 6)
                 .arg(QStringLiteral("LibreOffice s"), 13)
                 .arg(QStringLiteral("Countersign s"), 13)
                 .arg(QStringLiteral("speedup"), 8)
                 .arg(QStringLiteral("PDF pages"), 9);
    for (const Row& r : std::as_const(rows)) {
        const QString speedup = r.libreOffice > 0 && r.countersign > 0
                                    ? QString::number(r.libreOffice / r.countersign, 'f', 1) + u'x'
                                    : QStringLiteral("n/a");
        out() << QStringLiteral("%1 | %2 | %3 | %4 | %5\n")
                     .arg(r.size, 6)
                     .arg(r.libreOffice < 0 ? QStringLiteral("n/a") : QString::number(r.libreOffice, 'f', 3),
                          13)
                     .arg(r.countersign < 0 ? QStringLiteral("n/a") : QString::number(r.countersign, 'f', 3),
                          13)
                     .arg(speedup, 8)
                     .arg(r.pages, 9);
    }
    for (int i = 1; i < rows.size(); ++i) {
        const Row& a = rows.at(i - 1);
        const Row& b = rows.at(i);
        if (a.countersign > 0 && b.countersign > 0)
            out() << "\nCountersign cost ratio " << b.size << "/" << a.size
                  << " items: " << QString::number(b.countersign / a.countersign, 'f', 2)
                  << " (linear means at most " << QString::number(1.1 * b.size / a.size, 'f', 1) << ")\n";
    }
    out() << "\n";
    out().flush();
    bool all = true;
    for (const Row& r : std::as_const(rows))
        all &= Bench::report({QStringLiteral("PDF export of %1 items (%2)")
                                  .arg(r.size)
                                  .arg(viaCli ? QStringLiteral("`countersign-cli export --pdf`")
                                              : QStringLiteral("in-process PdfReport, own process")),
                              r.countersign * 1000, QStringLiteral("ms"),
                              QStringLiteral("`soffice --headless --convert-to pdf` of the CSV"),
                              r.libreOffice * 1000, Bench::Goal::RatioAtLeast, 10});
    for (int i = 1; i < rows.size(); ++i) {
        const Row& a = rows.at(i - 1);
        const Row& b = rows.at(i);
        all &= Bench::report(
            {QStringLiteral("PDF export cost, %1 items against %2 (linear)").arg(b.size).arg(a.size),
             b.countersign * 1000, QStringLiteral("ms"), QStringLiteral("%1 items").arg(a.size),
             a.countersign * 1000, Bench::Goal::RatioAtMost, 1.1 * b.size / a.size});
    }
    return all ? 0 : 3;
}
