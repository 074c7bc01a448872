#pragma once

#include "core/Checklist.h"
#include "core/UtcTime.h"
#include "report/ReportContext.h"
#include "report/ReportDigest.h"
#include "report/ReportFlow.h"
#include "report/ReportFontSet.h"
#include "report/ReportLineCache.h"
#include "report/ReportOptions.h"
#include "report/ReportPage.h"
#include "report/ReportPageFrame.h"
#include "report/ReportProgressMeter.h"
#include "report/ReportSummary.h"
#include "report/ReportTable.h"
#include "report/ReportTextLayout.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QSizeF>

#include <future>

// The layout pass: turns a record, its audit trail and the options into
// pages of positioned glyphs, fills and strokes. Paginates itself: tables
// repeat their header on every page they run over, a row moves whole to the
// next page unless it alone is taller than a page, headings keep with what
// follows, and every page gets its footer ("Page N of M") once the number of
// pages is known.
//
// The composer only orders the report's parts; each part is a class of its
// own that writes through the page cursor (ReportFlow) and the one open
// table (ReportTable): ReportTitleBlock, ReportSummary, per section
// ReportChecklistTable, ReportProcedureList or ReportSignOffTable, then
// ReportAuditTrail, ReportEvidenceAppendix and ReportIntegrity; ReportPageFrame draws the running
// header and the footers. A new part of the report is a new such class.
class ReportComposer {
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    struct Geometry {
        QSizeF paper;      // points
        QMarginsF margins; // points
    };

    // digest: the record's content digest, computed beside the layout (see ReportRenderer).
    ReportComposer(const Record& record, const QList<AuditEntry>& auditTrail, const ReportOptions& options,
                   ReportFontSet& fonts, std::shared_future<QString> digest);
    ~ReportComposer();

    // Steps of the layout pass: a progress bar's total is twice this (layout, then painting).
    int units() const { return unitsFor(m_record, m_audit, m_options); }
    static int unitsFor(const Record& record, const QList<AuditEntry>& auditTrail,
                        const ReportOptions& options);
    // The record's content digest; waits for it.
    const QString& digest() const { return m_digest.get(); }
    // Lays out the pages' bodies. False when the meter reports that the caller cancelled.
    bool compose(const Geometry& geometry, ReportProgressMeter& meter, QList<ReportPage>& pages);
    // Adds the overlays: footers with "Page N of M" and the digest, the sign-off sentence on page one.
    void finish(QList<ReportPage>& pages);

private:
    // Returns early when the caller cancels.
    void composeSection(const ChecklistSection& section);

    const Record& m_record;
    const QList<AuditEntry>& m_audit;
    const ReportOptions& m_options;
    ReportTextLayout m_text;
    ReportDigest m_digest;
    UtcTime::ZoneText m_times;
    ReportFlow m_flow;
    ReportTable m_table;
    ReportLineCache m_lines;
    ReportContext m_context;
    ReportPageFrame m_frame;
    ReportSummary m_summary;
};
