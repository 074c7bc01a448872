// How long a record's PDF takes, against a spreadsheet's PDF export of the
// same rows: `soffice --headless --convert-to pdf` of the record's CSV
// (RecordExporter::toCsv) versus the whole `countersign-cli --db DB export
// RECORD --pdf OUT` process. Prints rows, seconds, the speedup and the
// 10k/1k cost ratio. Not a test: it is not registered with CTest.
//
// Beside it, the writer the report's own one replaced: the same composed
// pages painted by ReportRenderer on Qt's QPdfWriter (PDF/A-1b), each
// writer in a process of its own (PdfExportProcess), runs interleaved, with
// their phases, peak memory, file size, font embedding and text.
//
//   pdf_benchmark [--runs N] [--keep DIR] [SIZE...]      (sizes default to 1000 10000)
#include "BenchSupport.h"
#include "PdfExportProcess.h"
#include "PdfFileFacts.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "io/RecordExporter.h"

#include <QCommandLineParser>
#include <QDateTime>
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

// One writer's export processes: wall-clock time and what each printed.
class ExportRuns {
public:
    bool timeOnce(const QString& program, const QStringList& arguments, QString* error) {
        QByteArray output;
        const double ms = Bench::timeProcessMs(program, arguments, error, &output);
        if (ms < 0)
            return false;
        m_seconds.append(ms / 1000.0);
        m_phases.append(PdfExportProcess::Phases::parse(output));
        return true;
    }
    // Medians of the runs; negative when none ran.
    double seconds() const { return Bench::medianOf(m_seconds); }
    double median(double PdfExportProcess::Phases::*field) const {
        QList<double> values;
        for (const PdfExportProcess::Phases& p : m_phases) {
            if (p.*field >= 0)
                values.append(p.*field);
        }
        return Bench::medianOf(values);
    }

private:
    QList<double> m_seconds;
    QList<PdfExportProcess::Phases> m_phases;
};

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
    if (PdfExportProcess::Writer writer; PdfExportProcess::find(argc, argv, &writer))
        return PdfExportProcess::run(argc, argv, writer);

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
    const QString generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

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
        ExportRuns ours; // PdfReport, own process
        ExportRuns qt;   // QPdfWriter, own process
        PdfFileFacts oursFile;
        PdfFileFacts qtFile;
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
        // The CLI and both writers' own processes in turn, run after run, so
        // that a busy minute on the host weighs on all three alike.
        const QString pdf = work + QStringLiteral("/record-%1-countersign.pdf").arg(size);
        const QString record = QString::number(*recordId);
        const auto fileOf = [&](PdfExportProcess::Writer writer) -> QString {
            return work + QStringLiteral("/record-%1-%2.pdf")
                              .arg(size)
                              .arg(writer == PdfExportProcess::Writer::Countersign
                                       ? QStringLiteral("pdfreport")
                                       : QStringLiteral("qpdfwriter"));
        };
        const auto writerArguments = [&](PdfExportProcess::Writer writer) {
            return QStringList{PdfExportProcess::switchFor(writer), db, record, fileOf(writer), generatedAt};
        };
        const QStringList ours = writerArguments(PdfExportProcess::Writer::Countersign);
        const QStringList qt = writerArguments(PdfExportProcess::Writer::QtPdfWriter);
        QList<double> cliSeconds;
        for (int r = 0; r < runs; ++r) {
            if (viaCli) {
                const double ms = Bench::timeProcessMs(cli,
                                                       {QStringLiteral("--db"), db, QStringLiteral("export"),
                                                        record, QStringLiteral("--pdf"), pdf},
                                                       &error);
                if (ms < 0) {
                    out() << "Countersign failed: " << error << "\n";
                    break;
                }
                cliSeconds.append(ms / 1000.0);
            }
            if (!row.ours.timeOnce(self, ours, &error) || !row.qt.timeOnce(self, qt, &error)) {
                out() << "An export process failed: " << error << "\n";
                break;
            }
        }
        row.countersign = viaCli ? Bench::medianOf(cliSeconds) : row.ours.seconds();
        row.oursFile = PdfFileFacts::of(fileOf(PdfExportProcess::Writer::Countersign));
        row.qtFile = PdfFileFacts::of(fileOf(PdfExportProcess::Writer::QtPdfWriter));
        row.pages = row.oursFile.pages; // the CLI's file is PdfReport's too
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

    // The writer the report's own replaced, on the same pages.
    using Phases = PdfExportProcess::Phases;
    out() << "\nPdfDocumentWriter (PdfReport) against QPdfWriter (PDF/A-1b, painted by ReportRenderer), each "
             "in "
             "its own process; median of "
          << runs << " interleaved runs\n";
    out() << "  rows | ours s | Qt s   | faster | ours report ms | Qt layout ms | Qt report ms | ours MiB | "
             "Qt MiB | ours KiB | Qt KiB | Qt pages\n";
    for (const Row& r : std::as_const(rows)) {
        const double ours = r.ours.seconds();
        const double qt = r.qt.seconds();
        out() << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12\n")
                     .arg(r.size, 6)
                     .arg(ours, 6, 'f', 3)
                     .arg(qt, 6, 'f', 3)
                     .arg(ours > 0 && qt > 0 ? QString::number(qt / ours, 'f', 1) + u'x'
                                             : QStringLiteral("n/a"),
                          6)
                     .arg(r.ours.median(&Phases::reportMs), 14, 'f', 1)
                     .arg(r.qt.median(&Phases::layoutMs), 12, 'f', 1)
                     .arg(r.qt.median(&Phases::reportMs), 12, 'f', 1)
                     .arg(r.ours.median(&Phases::peakMiB), 8, 'f', 1)
                     .arg(r.qt.median(&Phases::peakMiB), 6, 'f', 1)
                     .arg(double(r.oursFile.bytes) / 1024.0, 8, 'f', 0)
                     .arg(double(r.qtFile.bytes) / 1024.0, 6, 'f', 0)
                     .arg(r.qtFile.pages, 8);
    }
    for (const Row& r : std::as_const(rows)) {
        out() << "\n" << r.size << " items\n";
        out() << "  PdfDocumentWriter: PDF " << r.oursFile.version << ", " << r.oursFile.fontSummary()
              << "\n";
        out() << "  QPdfWriter:        PDF " << r.qtFile.version << ", " << r.qtFile.fontSummary() << "\n";
        out() << "  pdftotext: " << PdfFileFacts::compareText(r.oursFile, r.qtFile) << "\n";
    }
    if (!rows.isEmpty()) {
        out() << "\npdffonts of the " << rows.first().size << "-item files\nPdfDocumentWriter:\n"
              << rows.first().oursFile.fontsTable << "QPdfWriter:\n"
              << rows.first().qtFile.fontsTable;
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
    // The writer was written because QPdfWriter "costs seconds": the same
    // target against LibreOffice, and the margin it keeps over Qt's writer.
    for (const Row& r : std::as_const(rows)) {
        all &= Bench::report(
            {QStringLiteral("PDF export of %1 items through QPdfWriter (PDF/A-1b, ReportRenderer, "
                            "own process)")
                 .arg(r.size),
             r.qt.seconds() * 1000, QStringLiteral("ms"),
             QStringLiteral("`soffice --headless --convert-to pdf` of the CSV"), r.libreOffice * 1000,
             Bench::Goal::RatioAtLeast, 10});
        all &= Bench::report(
            {QStringLiteral("PDF export of %1 items, PdfDocumentWriter against QPdfWriter (each "
                            "its own process)")
                 .arg(r.size),
             r.ours.seconds() * 1000, QStringLiteral("ms"), QStringLiteral("QPdfWriter"),
             r.qt.seconds() * 1000, Bench::Goal::RatioAtLeast, 2});
    }
    return all ? 0 : 3;
}
