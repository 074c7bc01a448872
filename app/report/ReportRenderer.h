#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "report/ReportFontSet.h"
#include "report/ReportOptions.h"
#include "report/ReportPage.h"
#include "report/ReportProgressMeter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QRawFont>

#include <future>
#include <memory>

class QPagedPaintDevice;
class QPainter;

// The report of a record, laid out once and painted on any paged device:
// QPrinter for File ▸ Print… and QPrintPreviewDialog, QPdfWriter if one
// wants Qt's own PDF. PdfReport writes the same pages as PDF/A-1b directly.
//
//   ReportRenderer renderer(record, store.auditTrail(record.id), options);
//   connect(preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter* printer) {
//       renderer.render(printer, [&](int done, int total) { bar->setMaximum(total);
//                                                            bar->setValue(done); return !cancelled; });
//   });
//
// Painting needs a QGuiApplication (fonts come from the platform's font
// database). A command-line tool sets QT_QPA_PLATFORM=offscreen before
// constructing one: qputenv("QT_QPA_PLATFORM", "offscreen").
//
// Progress: done of total, where total is twice the layout's steps (one per
// item, audit event and signature): the first half while laying out, the
// second while painting. Returning false cancels.
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    ReportRenderer(Record record, QList<AuditEntry> auditTrail, ReportOptions options);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    // The layout pass for a page layout (paper size and the margins it
    // demands; the report keeps at least 15 mm). Pages are then counted.
    Status layout(const QPageLayout& pageLayout, const ReportProgress& progress = {});
    Status layout(const QPageLayout& pageLayout, ReportProgressMeter& meter);
    // The same in two steps, for PdfReport: page bodies, then (once the
    // content digest is ready) the overlays with footers and page numbers.
    Status layoutBodies(const QPageLayout& pageLayout, ReportProgressMeter& meter);
    void finishLayout();
    int pageCount() const { return int(m_pages.size()); }
    const QList<ReportPage>& pages() const { return m_pages; }
    QList<ReportPage>& pages() { return m_pages; }
    // Steps of layout and painting together: a progress bar's maximum.
    int progressTotal() const;
    ReportFontSet& fonts() { return *m_fonts; }
    const Record& record() const { return m_record; }
    const ReportOptions& options() const { return m_options; }
    // The record's content digest (SHA-256 hex), as printed in the footers.
    QString contentDigest() const { return m_digest; }

    // Lays out for the device's page layout, then paints every page, calling
    // newPage() between them. The device must not be painting already.
    Status render(QPagedPaintDevice* device, const ReportProgress& progress = {});
    // Paints one laid-out page. The painter's transform must map points of
    // the paper (origin top-left) to the device, as render() sets it.
    void paintPage(QPainter& painter, int index) const;
    // The transform render() uses: device pixels per point, origin at the paper's corner.
    static QTransform pageTransform(QPagedPaintDevice* device);

private:
    QRawFont fontAt(int face, float size) const;
    void paintLayer(QPainter& painter, const ReportLayer& layer) const;

    Record m_record;
    QList<AuditEntry> m_audit;
    ReportOptions m_options;
    std::unique_ptr<ReportFontSet> m_fonts;
    std::shared_future<QString> m_digestFuture; // started at construction: hashing runs beside the layout
    std::unique_ptr<class ReportComposer> m_composer;
    QList<ReportPage> m_pages;
    QPageLayout m_laidOutFor;
    QString m_digest;
    mutable QHash<quint64, QRawFont> m_rawFonts;
};
