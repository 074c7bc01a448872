#include "PdfExportProcess.h"

#include "BenchSupport.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "report/PdfReport.h"
#include "report/ReportRenderer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>

#include <cstdio>

namespace PdfExportProcess {

namespace {

// Points, as the report is laid out in: the device then needs no scaling.
constexpr int kQtWriterResolution = 72;

void printPhase(const char* key, double value) {
    std::printf("%s %.3f\n", key, value);
}

double msSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// What PdfReport does for `countersign-cli export --pdf`, with Qt's writer:
// the same composer and display list, painted by ReportRenderer on a
// QPdfWriter set up as PdfReport sets up its own (A4, the report's own
// margins, PDF/A-1b, title and creator).
Status writeWithQtPdfWriter(const Record& record, const QList<AuditEntry>& trail,
                            const ReportOptions& options, const QString& path) {
    QElapsedTimer timer;
    timer.start();
    ReportRenderer renderer(record, trail, options);
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kQtWriterResolution);
    writer.setPageLayout(
        QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    writer.setTitle(record.info.title.isEmpty() ? record.templateTitle : record.info.title);
    writer.setCreator(QStringLiteral("Countersign ") + AppIdentity::version());
    // Laid out first so that the layout's share shows; render() reuses it.
    if (Status laidOut = renderer.layout(writer.pageLayout()); !laidOut)
        return laidOut;
    printPhase("layout-ms", msSince(timer));
    return renderer.render(&writer);
}

} // namespace

QString switchFor(Writer writer) {
    return writer == Writer::Countersign ? QStringLiteral("--export") : QStringLiteral("--export-qpdfwriter");
}

bool find(int argc, char* argv[], Writer* writer) {
    for (int i = 1; i < argc; ++i) {
        for (Writer w : {Writer::Countersign, Writer::QtPdfWriter}) {
            if (switchFor(w) == QString::fromLocal8Bit(argv[i])) {
                *writer = w;
                return true;
            }
        }
    }
    return false;
}

int run(int argc, char* argv[], Writer writer) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(switchFor(writer)));
    if (at < 0 || at + 3 >= args.size())
        return 2;
    QElapsedTimer timer;
    timer.start();
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (!store.open(args.at(at + 1), ChecklistStore::OpenMode::ExistingOnly))
        return 1;
    const qint64 id = args.at(at + 2).toLongLong();
    const Result<Record> record = store.loadRecord(id);
    if (!record)
        return 1;
    const Result<QList<AuditEntry>> trail = store.auditTrail(id);
    if (!trail) {
        std::fprintf(stderr, "%s\n", qPrintable(trail.error()));
        return 1;
    }
    printPhase("load-ms", msSince(timer));

    ReportOptions options;
    options.generatedBy = AppIdentity::defaultActorName();
    // The same "generated at" in both writers' files, so that their text compares equal.
    if (at + 4 < args.size())
        options.generatedAt = QDateTime::fromString(args.at(at + 4), Qt::ISODate);
    const QString path = args.at(at + 3);
    timer.restart();
    const Status written = writer == Writer::Countersign
                               ? PdfReport::write(*record, trail.value(), options, path)
                               : writeWithQtPdfWriter(*record, trail.value(), options, path);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    printPhase("report-ms", msSince(timer));
    printPhase("peak-mib", Bench::peakResidentMiB());
    return 0;
}

Phases Phases::parse(const QByteArray& output) {
    Phases phases;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 2)
            continue;
        bool ok = false;
        const double value = parts.at(1).toDouble(&ok);
        if (!ok)
            continue;
        if (parts.at(0) == "load-ms")
            phases.loadMs = value;
        else if (parts.at(0) == "layout-ms")
            phases.layoutMs = value;
        else if (parts.at(0) == "report-ms")
            phases.reportMs = value;
        else if (parts.at(0) == "peak-mib")
            phases.peakMiB = value;
    }
    return phases;
}

} // namespace PdfExportProcess
