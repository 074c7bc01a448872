#include "report/ReportSummary.h"

#include "report/ReportItemStatus.h"
#include "report/ReportStyle.h"

#include <cmath>

using namespace ReportStyle;

void ReportSummary::compose() {
    m_context.flow.heading(tr("Summary"), kHeading, 10);
    composeProgress();
    keepSignOffSentence();
    composeFlaggedItems();
}

void ReportSummary::composeProgress() {
    ReportTable& table = m_context.table;
    const float number = 50;
    table.begin({{tr("Section"), m_context.flow.width() - 6 * number},
                 {tr("Items"), number, Qt::AlignRight},
                 {tr("Done"), number, Qt::AlignRight},
                 {tr("N/A"), number, Qt::AlignRight},
                 {tr("Failed"), number, Qt::AlignRight},
                 {tr("Pending"), number, Qt::AlignRight},
                 {tr("Resolved"), number, Qt::AlignRight}});
    auto progressRow = [&](const QString& title, const Progress& p, bool total) {
        const ReportFontSet::Role role = total ? ReportFontSet::Bold : ReportFontSet::Regular;
        const int percent = p.total == 0 ? 100 : int(std::floor(100.0 * p.resolved() / p.total));
        table.addRow(
            {table.spanCell(0, ReportMarkup::spans(title, role), kTable, kInk),
             table.textCell(1, QString::number(p.total), kTable, kInk, role),
             table.textCell(2, QString::number(p.done), kTable, p.done ? kDone : kInk, role),
             table.textCell(3, QString::number(p.notApplicable), kTable, kInk, role),
             table.textCell(4, QString::number(p.failed), kTable, p.failed ? kFailed : kInk, role),
             table.textCell(5, QString::number(p.pending()), kTable, p.pending() ? kPending : kInk, role),
             table.textCell(6, QStringLiteral("%1 %").arg(percent), kTable, kInk, role)},
            total ? ReportTable::RowStyle::Total : ReportTable::RowStyle::Normal);
    };
    for (const SectionProgress& s : m_context.record.sectionProgress())
        progressRow(s.title, s.progress, false);
    progressRow(tr("Overall"), m_context.record.progress(), true);
    table.end();
}

void ReportSummary::keepSignOffSentence() {
    const Record& record = m_context.record;
    const ChecklistSection* signOff = record.signOffSection();
    if (!signOff)
        return;
    ReportFlow& flow = m_context.flow;
    int signedRoles = 0;
    for (const ChecklistItem& row : signOff->items)
        signedRoles += record.roleComplete(row.text) ? 1 : 0;
    flow.ensureSpace(ReportTextLayout::lineHeight(kBody));
    m_signOffSentence = {flow.pageIndex(), flow.y(), signedRoles, int(signOff->items.size())};
    flow.skip(ReportTextLayout::lineHeight(kBody) + 6);
}

void ReportSummary::composeFlaggedItems() {
    ReportFlow& flow = m_context.flow;
    ReportTable& table = m_context.table;
    flow.heading(tr("Failed and N/A items"), kSubheading, 6);
    // One row per flagged item; the items of a section or group marked not
    // applicable whose note is only its reason make one row for the mark, so
    // the reason is not repeated item by item.
    struct Flagged {
        const ChecklistSection* section = nullptr;
        QString text; // Markdown as written
        ItemStatus status = ItemStatus::NotApplicable;
        QString note;
        int count = 0; // items under a mark; 0 for an item's own row
    };
    QList<Flagged> flagged;
    for (const ChecklistSection& section : m_context.record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        const ChecklistItem* group = nullptr;
        qsizetype markRow = -1;
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader) {
                group = &item;
                markRow = -1;
                continue;
            }
            if (item.status != ItemStatus::Failed && item.status != ItemStatus::NotApplicable)
                continue;
            const bool groupMarked = group && group->notApplicable.isSet();
            const NotApplicableMark& mark = groupMarked ? group->notApplicable : section.notApplicable;
            if (item.status == ItemStatus::NotApplicable && mark.isSet() && item.notes == mark.reason) {
                if (markRow < 0) {
                    markRow = flagged.size();
                    flagged.append({&section, groupMarked ? group->text : section.title,
                                    ItemStatus::NotApplicable, mark.reason, 0});
                }
                ++flagged[markRow].count;
                continue;
            }
            flagged.append({&section, item.text, item.status, item.notes, 0});
        }
    }
    if (flagged.isEmpty()) {
        flow.paragraph({{tr("None: no item is marked Failed or N/A."), ReportFontSet::Regular}}, kBody,
                       kMuted);
        return;
    }
    const float sectionWidth = 110;
    const float statusWidth = 56;
    const float rest = flow.width() - sectionWidth - statusWidth;
    table.begin({{tr("Section"), sectionWidth},
                 {tr("Item"), rest * 0.48f},
                 {tr("Status"), statusWidth},
                 {tr("Note"), rest * 0.52f}});
    for (const Flagged& row : std::as_const(flagged)) {
        QList<ReportSpan> what = ReportMarkup::spans(row.text);
        if (row.count > 0)
            what.append({u' ' + tr("(all %1 items)").arg(row.count), ReportFontSet::Regular});
        const ReportTable::Row cells{
            table.spanCell(0, ReportMarkup::spans(row.section->title), kTable, kMuted),
            table.spanCell(1, what, kTable, kInk),
            table.textCell(2, ReportItemStatus::word(row.status), kTable,
                           ReportItemStatus::color(row.status)),
            table.textCell(3, row.note, kTable, kInk)};
        table.addRow(cells);
    }
    table.end();
}

void ReportSummary::prepareSignOffSentence() {
    m_context.text().width(tr("Sign-off: %1 of %2 roles signed").arg(1234567890).arg(0) +
                               tr("; every signature is valid for the content below.") +
                               tr("; signatures invalidated by a later change: %1.").arg(0) + u'.',
                           ReportFontSet::Regular, kBody);
}

void ReportSummary::writeSignOffSentence(QList<ReportPage>& pages) {
    if (m_signOffSentence.page < 0 || m_signOffSentence.page >= pages.size())
        return;
    int invalidated = 0;
    for (const SignatureEntry& s : m_context.record.signatures) {
        if (!s.revoked && m_context.digest.stateOf(s) == SignatureState::Invalidated)
            ++invalidated;
    }
    QString sentence =
        tr("Sign-off: %1 of %2 roles signed").arg(m_signOffSentence.signedRoles).arg(m_signOffSentence.roles);
    if (m_signOffSentence.signedRoles > 0 && invalidated == 0)
        sentence += tr("; every signature is valid for the content below.");
    else if (m_signOffSentence.signedRoles > 0)
        sentence += tr("; signatures invalidated by a later change: %1.").arg(invalidated);
    else
        sentence += u'.';
    ReportTextLayout& text = m_context.text();
    const ReportTextBlock line =
        text.lines(sentence, ReportFontSet::Regular, kBody, 1e6f, invalidated ? kFailed : kInk);
    line.place(0, pages[m_signOffSentence.page].overlay,
               QPointF(m_context.flow.left(), m_signOffSentence.y + text.baseline(kBody)));
}
