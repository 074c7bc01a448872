#include "report/ReportSignOffTable.h"

#include "core/ContentDigest.h"
#include "io/InlineMarkup.h"
#include "report/ReportSignatureMark.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

void ReportSignOffTable::compose(const ChecklistSection& section) {
    ReportFlow& flow = m_context.flow;
    ReportTable& table = m_context.table;
    const Record& record = m_context.record;
    const float roleW = 78;
    const float nameW = 84;
    const float signatureW = 106;
    const float meaningW = 58;
    // Date and time on one line, the UTC offset below.
    const float atW =
        m_context.text().width(QStringLiteral("0000-00-00 00:00:00"), ReportFontSet::Regular, kTable) +
        2 * kPadX + 1;
    const float stateW = flow.width() - roleW - nameW - signatureW - meaningW - atW;
    table.begin({{tr("Role"), roleW},
                 {tr("Printed name"), nameW},
                 {tr("Signature"), signatureW},
                 {tr("Meaning"), meaningW},
                 {tr("Date and time"), atW},
                 {tr("State"), stateW}});

    for (const ChecklistItem& roleRow : section.items) {
        if (roleRow.isGroupHeader) {
            table.addGroupRow(roleRow.text);
            continue;
        }
        const QString role = InlineMarkup::plainText(roleRow.text);
        QList<const SignatureEntry*> standing = record.activeSignatures(roleRow.text);
        if (standing.isEmpty())
            standing = record.activeSignatures(role);
        // A role that needs N signers has N rows, signed or waiting, each
        // saying which of them it is ("Signer 1 of 2 · independent").
        const RolePolicy policy = record.policyFor(roleRow.text);
        const qsizetype rows = std::max<qsizetype>(std::max(1, policy.signersRequired), standing.size());
        for (qsizetype i = 0; i < rows; ++i) {
            QStringList slot;
            if (policy.signersRequired > 1)
                slot << tr("Signer %1 of %2").arg(i + 1).arg(policy.signersRequired);
            if (policy.independent)
                slot << tr("independent");
            addSignatureRow(roleRow, i < standing.size() ? standing.at(i) : nullptr,
                            slot.join(QStringLiteral(" · ")));
        }
        for (const SignatureEntry& s : record.signatures) {
            if (s.revoked && (s.role == roleRow.text || s.role == role))
                addSignatureRow(roleRow, &s);
        }
        // Every refusal of the role, in the order made: the filed record says who said no, and why.
        for (const SignatureEntry& d : record.declines) {
            if (d.role == roleRow.text || d.role == role)
                addDeclineRow(roleRow, d);
        }
        if (!flow.step())
            return;
    }
    QString legendText =
        tr("Each signature is the signer's printed name, the date and time, and the meaning of the "
           "signature, bound by an Ed25519 signature to the SHA-256 digest of the record's content. "
           "Valid: the record still has the content that was signed. Invalidated: the record changed "
           "after signing. Revoked: withdrawn when the record was reopened.");
    if (!record.declines.isEmpty())
        legendText +=
            u' ' + tr("Declined: the signer refused to sign, with the reason shown, made with their "
                      "login and password and bound to the content as it was then.");
    if (m_madeBeforeRegistry)
        legendText +=
            u' ' + tr("Before the registry: made before this database had a signer registry; its first "
                      "statement lists the signature, and verify checks it there.");
    const QList<ReportSpan> legend{{legendText, ReportFontSet::Regular}};
    // The legend keeps with the table's last rows: never a page of its own.
    const float legendHeight =
        float(m_context.text().lines(legend, kMeta, flow.width(), kMuted).lineCount()) *
        ReportTextLayout::lineHeight(kMeta);
    table.end(kTableSpaceAfter + legendHeight);
    flow.paragraph(legend, kMeta, kMuted);
    flow.skip(4);
    flow.meter().advance(int(record.signatures.size()));
}

float ReportSignOffTable::keptBelowHeading() {
    const float header = 3 * ReportTextLayout::lineHeight(kSmall) + 2 * kPadY;
    const float row = kSignatureBoxHeight + 2 + 2 * kPadY;
    return header + 2 * row;
}

ReportTextBlock ReportSignOffTable::wrap(int column, const QString& text, float size, QRgb color,
                                         ReportFontSet::Role role) const {
    return m_context.text().lines(text, role, size, m_context.table.textWidth(column), color);
}

void ReportSignOffTable::addSignatureRow(const ChecklistItem& roleRow, const SignatureEntry* signature,
                                         const QString& slot) {
    ReportTable& table = m_context.table;
    const UtcTime::ZoneText& times = m_context.times;
    ReportTable::Row cells(6);
    cells[0].text = m_context.text().lines(ReportMarkup::spans(roleRow.text, ReportFontSet::Bold), kTable,
                                           table.textWidth(0), kInk);
    if (!slot.isEmpty())
        cells[0].text.append(wrap(0, slot, kSmall, kMuted));
    cells[2].minHeight = ReportSignatureMark::height(m_context.flow, signature, table.textWidth(2)) + 2;
    if (!signature) {
        cells[1].text.append(wrap(1, QStringLiteral("—"), kTable, kMuted));
        cells[5].text.append(wrap(5, tr("Not signed"), kTable, kMuted));
        cells[2].signatureLine = true; // the empty line where a signature goes
        table.addRow(cells);
        return;
    }
    cells[1].text.append(wrap(1, signature->printedName, kTable, kInk));
    cells[1].text.append(wrap(1, tr("login: %1").arg(signature->login), kSmall, kMuted));
    cells[2].signature = signature;
    cells[2].signatureLine = true;
    cells[3].text.append(wrap(3, signature->meaning, kTable, kInk));
    cells[4].text.append(
        wrap(4, times.dateTime(signature->signedAt, UtcTime::Precision::Seconds), kTable, kInk));
    cells[4].text.append(wrap(4, tr("UTC%1").arg(times.offset(signature->signedAt)), kSmall, kMuted));
    const SignatureState state = m_context.digest.stateOf(*signature);
    const QRgb color = state == SignatureState::Valid         ? kDone
                       : state == SignatureState::Invalidated ? kFailed
                                                              : kMuted;
    cells[5].text.append(wrap(5, SignatureStateText::label(state), kTable, color, ReportFontSet::Bold));
    if (signature->typed)
        cells[5].text.append(wrap(5, tr("Typed signature"), kSmall, kMuted));
    // A signature from before the registry: listed by its first statement, not certified.
    if (!m_context.options.registryRoot.isEmpty() && SignaturePayload::certificateOf(*signature).isEmpty()) {
        cells[5].text.append(wrap(5, tr("Before the registry"), kSmall, kMuted));
        m_madeBeforeRegistry = true;
    }
    if (state == SignatureState::Revoked) {
        QString detail =
            tr("Revoked %1").arg(times.dateTimeWithOffset(signature->revokedAt, UtcTime::Precision::Minutes));
        if (!signature->revokedBy.isEmpty())
            detail += u' ' + tr("by %1").arg(signature->revokedBy);
        if (!signature->revokedReason.isEmpty())
            detail += QStringLiteral(": ") + signature->revokedReason;
        cells[5].text.append(wrap(5, detail, kSmall, kMuted));
    }
    table.addRow(cells, state == SignatureState::Revoked ? ReportTable::RowStyle::Muted
                                                         : ReportTable::RowStyle::Normal);
}

void ReportSignOffTable::addDeclineRow(const ChecklistItem& roleRow, const SignatureEntry& decline) {
    ReportTable& table = m_context.table;
    const UtcTime::ZoneText& times = m_context.times;
    ReportTable::Row cells(6);
    cells[0].text = m_context.text().lines(ReportMarkup::spans(roleRow.text, ReportFontSet::Bold), kTable,
                                           table.textWidth(0), kInk);
    cells[1].text.append(wrap(1, decline.printedName, kTable, kInk));
    cells[1].text.append(wrap(1, tr("login: %1").arg(decline.login), kSmall, kMuted));
    cells[2].text.append(wrap(2, tr("Declined: %1").arg(decline.reason), kTable, kFailed));
    cells[4].text.append(
        wrap(4, times.dateTime(decline.signedAt, UtcTime::Precision::Seconds), kTable, kInk));
    cells[4].text.append(wrap(4, tr("UTC%1").arg(times.offset(decline.signedAt)), kSmall, kMuted));
    cells[5].text.append(wrap(5, tr("Declined"), kTable, kFailed, ReportFontSet::Bold));
    cells[5].text.append(
        wrap(5,
             tr("Declined by %1 on %2")
                 .arg(decline.printedName,
                      times.dateTimeWithOffset(decline.signedAt, UtcTime::Precision::Minutes)),
             kSmall, kMuted));
    table.addRow(cells);
}
