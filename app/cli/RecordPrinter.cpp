#include "cli/RecordPrinter.h"

#include "cli/TablePrinter.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"

#include <QLocale>

namespace {
const QString kIndent = QStringLiteral("  ");
}

QString RecordPrinter::statusText(ItemStatus status) {
    const QString mark = ItemStatusText::mark(status);
    const QString label = ItemStatusText::label(status);
    return mark == label ? label : mark + QLatin1Char(' ') + label;
}

QString RecordPrinter::toText(const Record& record) {
    QString text = header(record);
    for (const ChecklistSection& section : record.sections) {
        text += QLatin1Char('\n');
        switch (section.kind) {
        case SectionKind::Checklist:
            text += checklistSection(section);
            break;
        case SectionKind::Procedure:
            text += procedureSection(section);
            break;
        case SectionKind::SignOff:
            text += signOffSection(record, section);
            text += signatureHistory(record);
            text += declineHistory(record);
            break;
        case SectionKind::Text:
            text += section.title + QLatin1Char('\n') + description(section.description);
            break;
        }
    }
    return text;
}

QString RecordPrinter::header(const Record& record) {
    TablePrinter fields({{QString()}, {QString()}}, kIndent);
    fields.setHeaderVisible(false);
    const auto field = [&fields](const QString& name, const QString& value) {
        fields.addRow({name + QLatin1Char(':'), value});
    };
    field(tr("Version"), record.info.releaseVersion);
    field(tr("Environment"), record.info.environment);
    field(tr("Template"), tr("%1 v%2 (id %3)")
                              .arg(record.templateTitle, QString::number(record.templateVersion),
                                   QString::number(record.templateId)));
    field(tr("State"), RecordStateText::label(record.state));
    field(tr("Created"), tr("%1 by %2").arg(UtcTime::local(record.createdAt), record.createdBy));
    field(tr("Progress"), progressSummary(record.sectionProgress(), record.progress()));

    QString text = tr("Record %1: %2").arg(record.id).arg(record.info.title) + QLatin1Char('\n');
    text += fields.toString();
    text += description(record.description);
    return text;
}

QString RecordPrinter::description(const QString& text) {
    if (text.trimmed().isEmpty())
        return {};
    QString result;
    for (const QString& line : text.trimmed().split(QLatin1Char('\n')))
        result += (line.trimmed().isEmpty() ? QString() : kIndent + line.trimmed()) + QLatin1Char('\n');
    return result;
}

QString RecordPrinter::notApplicableText(const NotApplicableMark& mark) {
    return tr("Not applicable: %1 (%2, %3)")
        .arg(mark.reason, mark.by, UtcTime::local(mark.at, UtcTime::Precision::Minutes));
}

QString RecordPrinter::checklistSection(const ChecklistSection& section) {
    int done = 0;
    const int total = section.countableItems();
    for (const ChecklistItem& item : section.items)
        done += !item.isGroupHeader && ItemStatusText::isResolved(item.status);
    QString text =
        QStringLiteral("%1 (%2/%3)\n").arg(section.title, QString::number(done), QString::number(total));
    if (section.notApplicable.isSet())
        text += kIndent + notApplicableText(section.notApplicable) + QLatin1Char('\n');
    text += description(section.description);

    const QList<int> extraColumns = section.extraColumns();
    QList<TablePrinter::Column> columns{{tr("ID"), TablePrinter::Align::Right}, {tr("Status")}, {tr("Item")}};
    for (int c : extraColumns)
        columns.append({section.columns.at(c)});
    columns << TablePrinter::Column{tr("Notes")} << TablePrinter::Column{tr("By")}
            << TablePrinter::Column{tr("At")};

    TablePrinter table(columns, kIndent);
    for (const ChecklistItem& item : section.items) {
        if (item.isGroupHeader) {
            table.addHeading(QStringLiteral("▸ ") + item.text +
                             (item.notApplicable.isSet()
                                  ? QStringLiteral(" · ") + notApplicableText(item.notApplicable)
                                  : QString()));
            continue;
        }
        QStringList cells{QString::number(item.id), statusText(item.status), item.text};
        // extra holds the values of the extra columns in extraColumns() order.
        for (int e = 0; e < extraColumns.size(); ++e)
            cells.append(item.extra.value(e));
        // By and At say who set the status; the note names its own author and time.
        const QString notes = item.notes.isEmpty() || item.notesBy.isEmpty() || !item.notesAt.isValid()
                                  ? item.notes
                                  : tr("%1 (%2, %3)")
                                        .arg(item.notes, item.notesBy,
                                             UtcTime::local(item.notesAt, UtcTime::Precision::Minutes));
        cells << notes << item.updatedBy << UtcTime::local(item.updatedAt);
        table.addRow(cells);
    }
    return text + table.toString() + attachmentLines(section);
}

QString RecordPrinter::attachmentLines(const ChecklistSection& section) {
    QString text;
    for (const ChecklistItem& item : section.items) {
        for (const AttachmentEntry& a : item.attachments) {
            QString line = tr("item %1, attachment %2: %3 (%4, %5), added by %6, %7")
                               .arg(item.id)
                               .arg(a.id)
                               .arg(a.name, QLocale().formattedDataSize(a.size), a.mediaType, a.addedBy,
                                    UtcTime::local(a.addedAt));
            if (a.isRemoved())
                line +=
                    QLatin1String("; ") + tr("removed by %1, %2: %3")
                                              .arg(a.removedBy, UtcTime::local(a.removedAt), a.removedReason);
            text += kIndent + kIndent + line + QLatin1Char('\n');
        }
    }
    if (text.isEmpty())
        return {};
    return kIndent + tr("Attachments:") + QLatin1Char('\n') + text;
}

QString RecordPrinter::procedureSection(const ChecklistSection& section) {
    QString text = section.title + QLatin1Char('\n') + description(section.description);
    int number = 0;
    for (const ChecklistItem& step : section.items) {
        if (step.isGroupHeader) {
            text += kIndent + QStringLiteral("▸ ") + step.text + QLatin1Char('\n');
            continue;
        }
        text += kIndent + QStringLiteral("%1. %2\n").arg(++number).arg(step.text);
    }
    return text;
}

QString RecordPrinter::signOffSection(const Record& record, const ChecklistSection& section) {
    QString text = section.title + QLatin1Char('\n') + description(section.description);
    const QList<int> extraColumns = section.extraColumns();
    QList<TablePrinter::Column> columns{{section.columns.value(0, tr("Role"))}};
    for (int c : extraColumns)
        columns.append({section.columns.at(c)});
    columns.append({tr("Signed")});
    TablePrinter table(columns, kIndent);
    for (const ChecklistItem& role : section.items) {
        if (role.isGroupHeader)
            continue;
        QStringList cells{role.text};
        for (int e = 0; e < extraColumns.size(); ++e)
            cells.append(role.extra.value(e));
        const QList<const SignatureEntry*> standing = record.activeSignatures(role.text);
        const SignatureEntry* declined = record.latestDecline(role.text);
        const RolePolicy policy = record.policyFor(role.text);
        QStringList signedBy;
        for (const SignatureEntry* signature : standing)
            signedBy << tr("%1, %2 (%3)")
                            .arg(signature->printedName, UtcTime::local(signature->signedAt),
                                 signature->meaning);
        // "QA Lead 1 of 2 (2 signers, independent): …" for a role that needs more than one.
        const QString count = policy == RolePolicy() ? QString()
                                                     : tr("%1 of %2 (%3)")
                                                           .arg(standing.size())
                                                           .arg(policy.signersRequired)
                                                           .arg(RolePolicyText::describe(policy));
        if (!standing.isEmpty())
            cells.append((count.isEmpty() ? QString() : count + QStringLiteral(": ")) +
                         signedBy.join(QStringLiteral("; ")));
        else if (declined)
            cells.append(
                tr("declined by %1, %2: %3")
                    .arg(declined->printedName, UtcTime::local(declined->signedAt), declined->reason));
        else
            cells.append(count.isEmpty() ? tr("not signed") : tr("not signed, %1").arg(count));
        table.addRow(cells);
    }
    return text + table.toString();
}

QString RecordPrinter::signatureHistory(const Record& record) {
    if (record.signatures.isEmpty())
        return {};
    TablePrinter table(
        {{tr("Role")}, {tr("Signer")}, {tr("Meaning")}, {tr("Signed")}, {tr("State")}, {tr("Digest")}},
        kIndent + kIndent);
    const QList<SignatureState> states = SignOffService::statesOf(record);
    for (qsizetype i = 0; i < record.signatures.size(); ++i) {
        const SignatureEntry& s = record.signatures.at(i);
        QString state = SignatureStateText::label(states.at(i));
        if (s.revoked)
            state += QLatin1Char(' ') +
                     tr("by %1, %2: %3").arg(s.revokedBy, UtcTime::local(s.revokedAt), s.revokedReason);
        table.addRow({s.role, tr("%1 (%2)").arg(s.printedName, s.login), s.meaning,
                      UtcTime::local(s.signedAt), state, s.digest.left(16)});
    }
    return kIndent + tr("Signatures (%n):", nullptr, int(record.signatures.size())) + QLatin1Char('\n') +
           table.toString();
}

QString RecordPrinter::declineHistory(const Record& record) {
    if (record.declines.isEmpty())
        return {};
    TablePrinter table({{tr("Role")}, {tr("Signer")}, {tr("Declined")}, {tr("Reason")}, {tr("Digest")}},
                       kIndent + kIndent);
    for (const SignatureEntry& d : record.declines)
        table.addRow({d.role, tr("%1 (%2)").arg(d.printedName, d.login), UtcTime::local(d.signedAt), d.reason,
                      d.digest.left(16)});
    return kIndent + tr("Declined (%n):", nullptr, int(record.declines.size())) + QLatin1Char('\n') +
           table.toString();
}
