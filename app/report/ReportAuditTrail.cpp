#include "report/ReportAuditTrail.h"

#include "core/AuditActionText.h"
#include "core/ItemChangeAction.h"
#include "io/InlineMarkup.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportAuditTrail::compose() {
    ReportFlow& flow = m_context.flow;
    ReportTable& table = m_context.table;
    ReportTextLayout& text = m_context.text();
    ReportLineCache& repeated = m_context.lines;
    const UtcTime::ZoneText& times = m_context.times;
    const QList<AuditEntry>& audit = m_context.audit;
    flow.newPage();
    flow.heading(tr("Appendix A — Audit trail"), kHeading, 0);
    flow.paragraph({{tr("Every change to this record, oldest first, as its append-only audit trail holds it. "
                        "Under each actor's name, in brackets, the computer account that made the change "
                        "when it differs from the name. Events: %1.")
                         .arg(audit.size()),
                     ReportFontSet::Regular}},
                   kBody, kMuted);
    flow.skip(4);
    QList<QDateTime> at;
    at.reserve(audit.size());
    for (const AuditEntry& e : audit)
        at.append(e.at);
    const QString offset = times.sharedOffset(at, m_context.generatedAt);
    const QString templateTitle = InlineMarkup::plainText(m_context.record.templateTitle);
    const float width = flow.width();
    const float timeW = text.width(offset.isEmpty() ? QStringLiteral("0000-00-00 00:00:00 +00:00")
                                                    : QStringLiteral("0000-00-00 00:00:00"),
                                   ReportFontSet::Regular, kMeta) +
                        2 * kPadX + 1;
    const float actorW = 66;
    const float whatW = (width - timeW - actorW) * 0.58f;
    const float changeW = width - timeW - actorW - whatW;
    table.begin({{offset.isEmpty() ? tr("Time") : tr("Time (UTC%1)").arg(offset), timeW},
                 {tr("Actor"), actorW},
                 {tr("What"), whatW},
                 {tr("Change (old → new)"), changeW}});
    for (const AuditEntry& e : audit) {
        ReportTable::Row& cells = table.scratchRow(4);
        const QString when = offset.isEmpty() ? times.dateTimeWithOffset(e.at, UtcTime::Precision::Seconds)
                                              : times.dateTime(e.at, UtcTime::Precision::Seconds);
        text.layout(when, ReportFontSet::Regular, kMeta, timeW - 2 * kPadX, kInk, cells[0].text);
        cells[1].text.append(
            repeated.lines(e.actor, ReportFontSet::Regular, kMeta, actorW - 2 * kPadX, kInk));
        // The name is what the person gave; the account is who ran the program (none in format 1 rows).
        if (!e.osAccount.isEmpty() && e.osAccount != e.actor)
            cells[1].text.append(repeated.lines(tr("(%1)").arg(e.osAccount), ReportFontSet::Regular, kMeta,
                                                actorW - 2 * kPadX, kMuted));
        text.layout(what(e), ReportFontSet::Regular, kMeta, whatW - 2 * kPadX, kInk, cells[2].text);
        QString changed = change(e);
        // A created event names the template by its title, a Markdown heading: its words, as everywhere else.
        if (e.action == u"created" && templateTitle != m_context.record.templateTitle)
            changed.replace(m_context.record.templateTitle, templateTitle);
        // Short changes ("Pending → Done") repeat down the trail.
        if (!changed.isEmpty() && changed.size() < 40)
            cells[3].text.append(
                repeated.lines(changed, ReportFontSet::Regular, kMeta, changeW - 2 * kPadX, kInk));
        else if (!changed.isEmpty())
            text.layout(changed, ReportFontSet::Regular, kMeta, changeW - 2 * kPadX, kInk, cells[3].text);
        table.addRow(cells);
        if (!flow.step())
            return;
    }
    table.end();
}

QString ReportAuditTrail::what(const AuditEntry& entry) {
    QString what = AuditActionText::label(entry.action);
    if (!entry.field.isEmpty() && entry.field != entry.action &&
        entry.field != ItemChangeAction::field(entry.action) &&
        !AuditActionText::isNotApplicableMark(entry.action))
        what += QStringLiteral(" · ") + InlineMarkup::plainText(entry.field); // a signed role: template text
    if (!entry.itemText.isEmpty() && !AuditActionText::isNotApplicableMark(entry.action))
        what += QStringLiteral(" · ") + InlineMarkup::plainText(entry.itemText);
    return what;
}

QString ReportAuditTrail::change(const AuditEntry& entry) {
    return AuditActionText::change(entry.action, valueChange(entry));
}

QString ReportAuditTrail::valueChange(const AuditEntry& entry) {
    if (AuditActionText::isNotApplicableMark(entry.action))
        return AuditActionText::notApplicableMark(InlineMarkup::plainText(entry.oldValue), entry.newValue);
    const QString oldValue = AuditActionText::value(entry.action, entry.oldValue);
    const QString newValue = AuditActionText::value(entry.action, entry.newValue);
    if (oldValue.isEmpty() && newValue.isEmpty())
        return {};
    if (oldValue.isEmpty())
        return ItemChangeAction::field(entry.action) == u"notes" ? tr("(none) → %1").arg(newValue) : newValue;
    return tr("%1 → %2").arg(oldValue, newValue.isEmpty() ? tr("(none)") : newValue);
}
