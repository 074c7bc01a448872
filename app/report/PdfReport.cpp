#include "report/PdfReport.h"

#include "core/AppIdentity.h"
#include "io/InlineMarkup.h"
#include "report/PdfDocumentWriter.h"
#include "report/ReportLogging.h"
#include "report/ReportRenderer.h"

#include <QElapsedTimer>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcPdf, "countersign.pdf", QtInfoMsg)

Result<QByteArray> PdfReport::bytes(const Record& record, const QList<AuditEntry>& auditTrail,
                                    const ReportOptions& options, const ReportProgress& progress) {
    QElapsedTimer timer;
    timer.start();
    ReportRenderer renderer(record, auditTrail, options);
    ReportProgressMeter meter(progress, renderer.progressTotal());
    const QPageLayout pageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point);
    if (Status laidOut = renderer.layoutBodies(pageLayout, meter); !laidOut)
        return Error(laidOut.error());
    const qint64 layoutMs = timer.elapsed();

    // Called while the page bodies compress: the digest is ready by then or soon after.
    auto finish = [&] {
        renderer.finishLayout();
        PdfDocumentWriter::Info info;
        // A template's title is a Markdown heading: its words, without the markers.
        const QString templateTitle = InlineMarkup::plainText(record.templateTitle);
        const QString title = record.info.title.isEmpty() ? templateTitle : record.info.title;
        info.title = title;
        info.author = options.generatedBy;
        info.subject = tr("Release sign-off record %1: %2 %3 (%4), %5")
                           .arg(record.id)
                           .arg(title, record.info.releaseVersion, record.info.environment,
                                RecordStateText::label(record.state));
        QStringList keywords{QStringLiteral("Countersign"), tr("release sign-off"), templateTitle};
        for (const QString& k : {record.info.releaseVersion, record.info.environment}) {
            if (!k.isEmpty())
                keywords << k;
        }
        keywords << tr("record %1").arg(record.id) << renderer.contentDigest();
        info.keywords = keywords.join(QStringLiteral(", "));
        info.creator = QStringLiteral("Countersign ") + AppIdentity::version();
        info.producer =
            QStringLiteral("Countersign ") + AppIdentity::version() + QStringLiteral(" PDF/A writer");
        info.created = options.generationTime();
        info.timeZone = options.timeZone;
        return info;
    };

    QByteArray out;
    PdfDocumentWriter writer(renderer.fonts());
    writer.setSealable(options.sealable);
    if (!writer.write(renderer.pages(), finish, meter, out))
        return Error(writer.error().isEmpty() ? tr("The PDF export was cancelled.") : writer.error());
    qCDebug(lcPdf) << "record" << record.id << renderer.pageCount() << "pages," << out.size()
                   << "bytes: layout" << layoutMs << "ms, total" << timer.elapsed() << "ms";
    return out;
}

Status PdfReport::write(const Record& record, const QList<AuditEntry>& auditTrail,
                        const ReportOptions& options, const QString& path, const ReportProgress& progress) {
    const Result<QByteArray> pdf = bytes(record, auditTrail, options, progress);
    if (!pdf)
        return Error(pdf.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            tr("Could not write %1: %2. Choose a folder you can write to.").arg(path, file.errorString()));
    if (file.write(*pdf) != pdf->size() || !file.commit())
        return Error(
            tr("Could not write %1: %2. Check the free space and try again.").arg(path, file.errorString()));
    return {};
}
