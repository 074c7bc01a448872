#include "report/ReportComposer.h"

#include "report/ReportAuditTrail.h"
#include "report/ReportChecklistTable.h"
#include "report/ReportEvidenceAppendix.h"
#include "report/ReportEvidenceBlock.h"
#include "report/ReportIntegrity.h"
#include "report/ReportLogging.h"
#include "report/ReportProcedureList.h"
#include "report/ReportSignOffTable.h"
#include "report/ReportStyle.h"
#include "report/ReportTitleBlock.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace ReportStyle;

ReportComposer::ReportComposer(const Record& record, const QList<AuditEntry>& auditTrail,
                               const ReportOptions& options, ReportFontSet& fonts,
                               std::shared_future<QString> digest)
    : m_record(record)
    , m_audit(auditTrail)
    , m_options(options)
    , m_text(fonts)
    , m_digest(record, std::move(digest))
    , m_times(options.timeZone)
    , m_flow(m_text)
    , m_table(m_flow)
    , m_lines(m_text)
    , m_context{record, auditTrail, options, m_digest, m_times, options.generationTime(),
                m_flow, m_table,    m_lines}
    , m_frame(m_context)
    , m_summary(m_context) {
    m_flow.setRunningHeader([this] { m_frame.drawRunningHeader(); });
}

ReportComposer::~ReportComposer() = default;

int ReportComposer::unitsFor(const Record& record, const QList<AuditEntry>& auditTrail,
                             const ReportOptions& options) {
    int n = 8; // title block, summary, closing block
    for (const ChecklistSection& section : record.sections)
        n += 1 + int(section.items.size());
    n += int(record.signatures.size());
    n += ReportEvidenceAppendix::unitsFor(record);
    if (options.includeAuditTrail)
        n += int(auditTrail.size());
    return n;
}

bool ReportComposer::compose(const Geometry& geometry, ReportProgressMeter& meter, QList<ReportPage>& pages) {
    QElapsedTimer timer;
    timer.start();
    m_flow.start(geometry.paper, geometry.margins, pages, meter);

    ReportTitleBlock(m_context).compose();
    if (!m_flow.step())
        return false;
    m_summary.compose();
    if (!m_flow.step())
        return false;
    for (const ChecklistSection& section : m_record.sections) {
        composeSection(section);
        if (meter.cancelled())
            return false;
    }
    const qint64 sectionsDone = timer.elapsed();
    if (m_options.includeAuditTrail)
        ReportAuditTrail(m_context).compose();
    if (meter.cancelled())
        return false;
    ReportEvidenceAppendix(m_context).compose();
    if (meter.cancelled())
        return false;
    ReportIntegrity(m_context).compose();
    ReportEvidenceBlock(m_context).compose();
    m_flow.close();
    // The overlays are laid out while the PDF writer already reads the fonts:
    // meet every glyph they can use now.
    m_frame.prepareFooters();
    m_summary.prepareSignOffSentence();
    qCDebug(lcPdf) << "layout: sections" << sectionsDone << "ms, audit trail"
                   << timer.elapsed() - sectionsDone << "ms";
    // What is left of the estimate: the layout pass is done.
    const int target = units();
    if (meter.done() < target)
        meter.advance(target - meter.done());
    return !meter.cancelled();
}

void ReportComposer::composeSection(const ChecklistSection& section) {
    m_flow.heading(ReportMarkup::spans(section.title, ReportFontSet::Bold), kHeading, 12,
                   section.kind == SectionKind::SignOff ? ReportSignOffTable::keptBelowHeading()
                                                        : ReportFlow::kKeptBelow);
    static const QRegularExpression listItem(QStringLiteral("^\\s*[-*+]\\s"));
    for (const QString& para : section.description.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (listItem.match(para).hasMatch()) {
            // A bullet list kept as the section's description: one line per item, not run together.
            for (const QList<ReportSpan>& line : ReportMarkup::detailLines(para))
                m_flow.paragraph(line, kBody, kInk);
        } else {
            m_flow.paragraph(ReportMarkup::spans(para.simplified()), kBody, kInk);
        }
        m_flow.skip(4);
    }
    // A whole section marked not applicable: why, by whom and when, once above its table.
    if (section.notApplicable.isSet()) {
        const NotApplicableMark& mark = section.notApplicable;
        m_flow.paragraph({{tr("Not applicable: "), ReportFontSet::Bold},
                          {tr("%1 (%2, %3)")
                               .arg(mark.reason, mark.by,
                                    m_context.times.dateTimeWithOffset(mark.at, UtcTime::Precision::Minutes)),
                           ReportFontSet::Regular}},
                         kBody, kInk);
        m_flow.skip(4);
    }
    m_flow.step();
    switch (section.kind) {
    case SectionKind::Checklist:
        ReportChecklistTable(m_context).compose(section);
        break;
    case SectionKind::Procedure:
        ReportProcedureList(m_context).compose(section);
        break;
    case SectionKind::SignOff:
        ReportSignOffTable(m_context).compose(section);
        break;
    case SectionKind::Text:
        break;
    }
}

void ReportComposer::finish(QList<ReportPage>& pages) {
    QElapsedTimer timer;
    timer.start();
    digest();
    const qint64 waited = timer.elapsed();
    m_summary.writeSignOffSentence(pages);
    m_frame.addFooters(pages);
    qCDebug(lcPdf) << "overlays: waited" << waited << "ms for the digest, then" << timer.elapsed() - waited
                   << "ms";
}
