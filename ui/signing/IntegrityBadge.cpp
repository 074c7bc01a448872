#include "ui/signing/IntegrityBadge.h"

#include "core/SignOffService.h"
#include "ui/signing/SigningColours.h"
#include "ui/signing/SigningTime.h"

#include <algorithm>

IntegrityBadge::Assessment IntegrityBadge::assess(const Record& record) {
    return assess(record, SignOffService::statesOf(record));
}

IntegrityBadge::Assessment IntegrityBadge::assess(const Record& record, const QList<SignatureState>& states) {
    Assessment a;
    const ChecklistSection* signOff = record.signOffSection();
    if (!signOff || signOff->items.isEmpty()) {
        a.level = Level::NoSignOff;
        a.text = tr("No sign-off table");
        a.toolTip = tr("This record's template has no sign-off section.");
        a.foreground = SigningColours::muted();
        a.background = SigningColours::mutedTint();
        return a;
    }
    QStringList lines;
    for (const ChecklistItem& row : signOff->items) {
        if (row.isGroupHeader)
            continue;
        ++a.roles;
        const QList<const SignatureEntry*> standing = record.activeSignatures(row.text);
        if (standing.isEmpty()) {
            lines << tr("%1: not signed").arg(row.text);
            continue;
        }
        a.signedRoles += record.roleComplete(row.text) ? 1 : 0;
        for (const SignatureEntry* signature : standing) {
            // activeSignatures() points into record.signatures, which states follows.
            const SignatureState state = states.at(signature - record.signatures.constData());
            if (state == SignatureState::Invalidated)
                ++a.invalidated;
            lines << tr("%1: %2, %3 — %4")
                         .arg(row.text, signature->printedName, SigningTime::localText(signature->signedAt),
                              SignatureStateText::label(state));
        }
        if (!record.roleComplete(row.text))
            lines << tr("%1: %2 of %3 signers")
                         .arg(row.text)
                         .arg(standing.size())
                         .arg(record.policyFor(row.text).signersRequired);
    }
    a.toolTip = lines.join(u'\n');

    if (a.invalidated > 0) {
        a.level = Level::Invalid;
        a.text = a.invalidated == 1 ? tr("⚠ Signature invalid · the record changed after signing")
                                    : tr("⚠ Signature invalid · %n signatures no longer match the record",
                                         nullptr, a.invalidated);
        a.foreground = SigningColours::invalid();
        a.background = SigningColours::invalidTint();
    } else if (a.signedRoles == a.roles) {
        a.level = Level::Sealed;
        a.text = a.roles == 1 ? tr("✓ Sealed · the signature is valid")
                              : tr("✓ Sealed · all %n signatures valid", nullptr, a.roles);
        a.foreground = SigningColours::valid();
        a.background = SigningColours::validTint();
    } else if (a.signedRoles > 0) {
        a.level = Level::Partial;
        a.text = tr("Signed %1 of %2").arg(a.signedRoles).arg(a.roles);
        a.foreground = SigningColours::partial();
        a.background = SigningColours::partialTint();
    } else {
        a.level = Level::Unsigned;
        a.text = tr("Not signed yet · 0 of %n", nullptr, a.roles);
        a.foreground = SigningColours::muted();
        a.background = SigningColours::mutedTint();
    }
    return a;
}

IntegrityBadge::Assessment IntegrityBadge::assess(const Record& record, const QList<SignatureState>& states,
                                                  const Verifier::Report& report,
                                                  const QDateTime& checkedAt) {
    Assessment a = assess(record, states);
    const QString when = SigningTime::localText(checkedAt);
    if (report.intact()) {
        a.text += tr(" · intact");
        a.toolTip =
            tr("Integrity verified %1: the record's audit trail is unbroken (%2 events), and every signature "
               "holds for its signer's key.")
                .arg(when)
                .arg(report.recordRowsChecked) +
            (a.toolTip.isEmpty() ? QString() : QStringLiteral("\n\n") + a.toolTip);
        return a;
    }
    // Findings about this record first: they are what the person looking at it needs.
    QList<Verifier::Finding> findings = report.findings;
    std::stable_sort(findings.begin(), findings.end(), [&record](const auto& x, const auto& y) {
        return (x.recordId == record.id) > (y.recordId == record.id);
    });
    a.level = Level::Broken;
    const QString first = findings.first().message;
    // A database older than the one this machine saw: its long message would be cut to nothing useful.
    if (findings.first().kind == u"witness")
        a.text = tr("⚠ Integrity broken · older than the database this computer saw");
    else
        a.text = tr("⚠ Integrity broken · %1")
                     .arg(first.size() > 70 ? first.left(67) + QStringLiteral("…") : first);
    QStringList lines;
    lines << tr("The integrity check of %1 failed:").arg(when);
    for (const Verifier::Finding& finding : std::as_const(findings))
        lines << QStringLiteral("• ") + finding.message;
    lines << QString()
          << tr("Something changed this database outside Countersign. Keep the file as it is and tell "
                "whoever administers it; countersign-cli verify lists the same findings.");
    a.toolTip = lines.join(u'\n');
    a.foreground = SigningColours::invalid();
    a.background = SigningColours::invalidTint();
    return a;
}

IntegrityBadge::IntegrityBadge(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("integrityBadge"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    setFont(bold);
    clearRecord();
}

void IntegrityBadge::setRecord(const Record& record) {
    setRecord(record, SignOffService::statesOf(record));
}

void IntegrityBadge::setRecord(const Record& record, const QList<SignatureState>& states) {
    // A report is about the record as it was checked: a reload waits for a new one.
    m_report.reset();
    m_record = record;
    m_states = states;
    refresh();
}

void IntegrityBadge::setVerification(const Verifier::Report& report) {
    m_report = report;
    m_checkedAt = QDateTime::currentDateTimeUtc();
    refresh();
}

void IntegrityBadge::refresh() {
    if (!m_record)
        return;
    if (m_report || m_witness) {
        // The witness finding is about the whole database: it comes first, checked or not.
        Verifier::Report report = m_report.value_or(Verifier::Report());
        if (m_witness)
            report.findings.prepend(*m_witness);
        apply(assess(*m_record, m_states, report, m_report ? m_checkedAt : QDateTime::currentDateTimeUtc()));
        return;
    }
    // The check runs in the background once the record is on screen.
    Assessment unchecked = assess(*m_record, m_states);
    if (!unchecked.text.isEmpty()) {
        if (!unchecked.toolTip.isEmpty())
            unchecked.toolTip += u'\n';
        unchecked.toolTip += tr("Checking the audit trail and the signatures…");
    }
    apply(unchecked);
}

void IntegrityBadge::setWitnessFinding(const std::optional<Verifier::Finding>& finding) {
    m_witness = finding;
    refresh();
}

void IntegrityBadge::clearRecord() {
    m_record.reset();
    m_states.clear();
    m_report.reset();
    Assessment none;
    none.foreground = SigningColours::muted();
    none.background = SigningColours::mutedTint();
    apply(none);
    setVisible(false);
}

void IntegrityBadge::apply(const Assessment& a) {
    m_level = a.level;
    setText(a.text);
    setToolTip(a.toolTip);
    setAccessibleName(tr("Signatures"));
    setAccessibleDescription(a.text);
    setStyleSheet(QStringLiteral("color: %1; background: %2; border: 1px solid %1; border-radius: 10px; "
                                 "padding: 2px 10px;")
                      .arg(a.foreground.name(), a.background.name()));
    setVisible(!a.text.isEmpty());
}
