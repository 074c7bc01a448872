#include "core/AuditReconciler.h"

#include "core/AuditActionText.h"
#include "core/ItemChangeAction.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"
#include "core/store/SignatureTable.h"

namespace {

const QString kKind = QStringLiteral("reconcile");

QString shorten(const QString& text) {
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

// What RecordTable writes as a created event's new_value for a record.
QString createdEventText(const Record& r) {
    return QStringLiteral("%1 | %2 | %3 | template %4 v%5")
        .arg(r.info.title, r.info.releaseVersion, r.info.environment, r.templateTitle)
        .arg(r.templateVersion);
}

QString timeText(const QDateTime& t) {
    return t.isValid() ? UtcTime::text(t) : QString();
}

// A record's item as the trail leaves it, starting from its template's values.
struct ExpectedItem {
    const ChecklistItem* stored = nullptr;
    QString status;
    QString notes;
    qint64 statusRow = 0; // 0: as its template starts it
    qint64 notesRow = 0;
};

// A section's or group's mark as the trail leaves it: the last one written
// stands unless undone; a redo puts back the mark it undid, stamps and all.
struct ExpectedMark {
    NotApplicableMark standing;
    NotApplicableMark last; // the newest written, for a redo
    qint64 row = 0;
};

QString markText(const NotApplicableMark& mark) {
    return mark.isSet() ? QStringLiteral("%1 | %2 | %3").arg(mark.by, timeText(mark.at), mark.reason)
                        : QString();
}

} // namespace

AuditReconciler::AuditReconciler(const QList<ChecklistStore::ChainRow>& rows) {
    for (const ChecklistStore::ChainRow& row : rows) {
        const AuditEntry& e = row.entry;
        replaySigner(e);
        if (e.recordId == 0)
            continue;
        if (e.action == u"created") {
            RecordTrail& trail = m_records[e.recordId];
            trail.createdRows << e.id;
            trail.created = e.newValue;
        } else if (!ItemChangeAction::field(e.action).isEmpty() || e.action == u"signed" ||
                   e.action == u"declined" || e.action == u"sealed" || e.action == u"reopened" ||
                   AuditActionText::isNotApplicableMark(e.action)) {
            m_records[e.recordId].events << e;
        }
    }
}

void AuditReconciler::replaySigner(const AuditEntry& e) {
    const QString& a = e.action;
    // A signing, refusal or reopening is a sign-in that succeeded, which clears the count.
    if (a == u"signed" || a == u"declined" || a == u"reopened") {
        if (auto it = m_signers.find(e.actor); it != m_signers.end()) {
            it->failedAttempts = 0;
            it->lockedUntil = {};
            it->lastRow = e.id;
        }
        return;
    }
    if (!a.startsWith(u"signer_") && a != u"login_failed" && a != u"failed_logins_cleared")
        return;
    SignerTrail& s = m_signers[e.field];
    s.lastRow = e.id;
    if (a == u"signer_added") {
        // "printed name | role, role | key hex": the roles are the part before the key.
        const QStringList parts = e.newValue.split(QStringLiteral(" | "));
        s.addedRow = e.id;
        s.roles = parts.size() >= 3
                      ? parts.at(parts.size() - 2).split(QStringLiteral(", "), Qt::SkipEmptyParts)
                      : QStringList();
    } else if (a == u"signer_roles") {
        s.roles = e.newValue.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    } else if (a == u"signer_activated" || a == u"signer_deactivated") {
        s.active = a == u"signer_activated";
    } else if (a == u"signer_password" || a == u"failed_logins_cleared") {
        s.failedAttempts = 0;
        s.lockedUntil = {};
    } else if (a == u"login_failed") {
        // A lock that has run out starts a fresh count (SignOffService::authenticate).
        s.failedAttempts = (s.lockedUntil.isValid() ? 0 : s.failedAttempts) + 1;
        s.lockedUntil = {};
    } else if (a == u"signer_locked") {
        s.lockedUntil = UtcTime::parse(QStringView(e.newValue).mid(qsizetype(qstrlen("locked until "))));
    }
}

void AuditReconciler::reconcileRecord(const Record& record, const RecordDigests& digests,
                                      const ChecklistTemplate& tmpl, Findings& findings) const {
    const qint64 rid = record.id;
    auto add = [&](qint64 auditRow, qint64 signatureId, const QString& message) {
        findings.append({kKind, rid, auditRow, signatureId, message});
    };
    const RecordTrail trail = m_records.value(rid);
    if (trail.createdRows.isEmpty())
        add(0, 0, tr("record %1: no \"created\" event in the audit trail").arg(rid));
    else if (trail.created != createdEventText(record))
        add(trail.createdRows.constLast(), 0,
            tr("record %1, audit row %2: title, version, environment and template were \"%3\", are \"%4\"")
                .arg(rid)
                .arg(trail.createdRows.constLast())
                .arg(shorten(trail.created), shorten(createdEventText(record))));

    // 1. Every item as its template starts it; the structure is the template's.
    QHash<qint64, ExpectedItem> items;
    items.reserve(record.progress().total + 64);
    for (int s = 0; s < record.sections.size(); ++s) {
        const ChecklistSection& section = record.sections.at(s);
        const ChecklistSection* tSection = s < tmpl.sections.size() ? &tmpl.sections.at(s) : nullptr;
        if (!tSection || tSection->items.size() != section.items.size())
            add(0, 0,
                tr("record %1: section %2 \"%3\" has %4 rows, its template %5 v%6 has %7")
                    .arg(rid)
                    .arg(s + 1)
                    .arg(shorten(section.title))
                    .arg(section.items.size())
                    .arg(tmpl.title)
                    .arg(tmpl.version)
                    .arg(tSection ? tSection->items.size() : 0));
        for (int i = 0; i < section.items.size(); ++i) {
            const ChecklistItem& item = section.items.at(i);
            const ChecklistItem* tItem =
                tSection && i < tSection->items.size() ? &tSection->items.at(i) : nullptr;
            if (tItem && tItem->text != item.text)
                add(0, 0,
                    tr("record %1, item %2: text was \"%3\" in its template, is \"%4\"")
                        .arg(rid)
                        .arg(item.id)
                        .arg(shorten(tItem->text), shorten(item.text)));
            ExpectedItem& expected = items[item.id];
            expected.stored = &item;
            expected.status = ItemStatusText::key(tItem ? tItem->status : ItemStatus::Pending);
            expected.notes = tItem ? tItem->notes : QString();
        }
    }

    // 2. The trail in order: item changes, signings and reopenings.
    QSet<qint64> paired;             // signatures with their signed event, refusals with their declined one
    QSet<qint64> revokedByReopening; // signatures a reopened event revoked
    QList<const SignatureEntry*> standing;
    // The signature or refusal an event records, not yet paired with another
    // event: the same role, time and event text (SignatureTable::eventText).
    const auto pairWithEvent = [&paired](const QList<SignatureEntry>& among,
                                         const AuditEntry& e) -> const SignatureEntry* {
        for (const SignatureEntry& s : among) {
            if (!paired.contains(s.id) && s.role == e.field && s.signedAt == e.at &&
                SignatureTable::eventText(s) == e.newValue) {
                paired.insert(s.id);
                return &s;
            }
        }
        return nullptr;
    };
    int standingEvents = 0;                    // signed events since the last reopening, paired or not
    QHash<QString, ExpectedMark> sectionMarks; // by the section's title
    QHash<qint64, ExpectedMark> groupMarks;    // by the group header's id
    for (const AuditEntry& e : trail.events) {
        // An undo or redo changes the item as an edit does.
        if (const QString field = ItemChangeAction::field(e.action); !field.isEmpty()) {
            const bool isStatus = field == u"status";
            const auto it = items.find(e.itemId);
            if (it == items.end()) {
                add(e.id, 0,
                    tr("record %1, audit row %2: item %3 %4 changed, but the record has no such item")
                        .arg(rid)
                        .arg(e.id)
                        .arg(e.itemId)
                        .arg(field));
                continue;
            }
            const QString text = shorten(it->stored->text);
            if (standingEvents > 0)
                add(e.id, 0,
                    tr("record %1, audit row %2: item %3 \"%4\" %5 changed from \"%6\" to \"%7\" while the "
                       "record was signed (no reopening came first)")
                        .arg(rid)
                        .arg(e.id)
                        .arg(e.itemId)
                        .arg(text, field, shorten(e.oldValue), shorten(e.newValue)));
            QString& value = isStatus ? it->status : it->notes;
            qint64& row = isStatus ? it->statusRow : it->notesRow;
            if (e.oldValue != value)
                add(e.id, 0,
                    tr("record %1, audit row %2: item %3 \"%4\" %5 changed from \"%6\", but the audit trail "
                       "had left it \"%7\" (%8)")
                        .arg(rid)
                        .arg(e.id)
                        .arg(e.itemId)
                        .arg(text, field, shorten(e.oldValue), shorten(value),
                             row ? tr("audit row %1").arg(row) : tr("as its template starts it")));
            value = e.newValue;
            row = e.id;
        } else if (AuditActionText::isNotApplicableMark(e.action)) {
            if (standingEvents > 0)
                add(e.id, 0,
                    tr("record %1, audit row %2: \"%3\" was marked not applicable (or the mark taken back) "
                       "while the record was signed (no reopening came first)")
                        .arg(rid)
                        .arg(e.id)
                        .arg(shorten(e.oldValue)));
            ExpectedMark& mark = e.field == u"group" ? groupMarks[e.itemId] : sectionMarks[e.oldValue];
            if (e.action == u"na_marked")
                mark.last = {e.actor, e.at, e.newValue};
            if (e.action == u"undo_na_marked")
                mark.standing = {};
            else
                mark.standing = {mark.last.by, mark.last.at, e.newValue};
            mark.row = e.id;
        } else if (e.action == u"signed") {
            ++standingEvents;
            const SignatureEntry* match = pairWithEvent(record.signatures, e);
            if (!match) {
                add(e.id, 0,
                    tr("record %1, audit row %2: %3 signed as %4, but there is no signature for it "
                       "(deleted or changed)")
                        .arg(rid)
                        .arg(e.id)
                        .arg(e.actor, e.field));
                continue;
            }
            standing << match;
        } else if (e.action == u"declined") {
            if (!pairWithEvent(record.declines, e))
                add(e.id, 0,
                    tr("record %1, audit row %2: %3 declined to sign as %4, but there is no refusal for it "
                       "(deleted or changed)")
                        .arg(rid)
                        .arg(e.id)
                        .arg(e.actor, e.field));
        } else if (e.action == u"sealed") {
            // Sealed by the signing just before it: every role of the sign-off table stands then.
            QStringList missing;
            if (const ChecklistSection* signOff = record.signOffSection()) {
                // As many as the role's policy asks for (Record::roleComplete).
                for (const ChecklistItem& row : signOff->items) {
                    int stands = 0;
                    for (const SignatureEntry* s : std::as_const(standing))
                        stands += s->role == row.text ? 1 : 0;
                    const int required = std::max(1, record.policyFor(row.text).signersRequired);
                    if (stands < required)
                        missing << (required == 1
                                        ? row.text
                                        : tr("%1 (%2 of %3)").arg(row.text).arg(stands).arg(required));
                }
            }
            if (!missing.isEmpty())
                add(e.id, 0,
                    tr("record %1, audit row %2: the record was sealed, but no signature of %3 stood then")
                        .arg(rid)
                        .arg(e.id)
                        .arg(missing.join(QStringLiteral(", "))));
        } else if (e.action == u"reopened") {
            // "N signature(s) revoked: reason", revoked_at, revoked_by and revoked_reason set from it.
            const qsizetype reasonAt = e.newValue.indexOf(QStringLiteral(" revoked: "));
            const int count = reasonAt < 0 ? -1 : e.newValue.section(u' ', 0, 0).toInt();
            const QString reason = reasonAt < 0 ? QString() : e.newValue.mid(reasonAt + 10);
            if (count != standingEvents)
                add(e.id, 0,
                    tr("record %1, audit row %2: the reopening revoked %3 signature(s), but %4 stood before "
                       "it")
                        .arg(rid)
                        .arg(e.id)
                        .arg(count)
                        .arg(standingEvents));
            for (const SignatureEntry* s : std::as_const(standing)) {
                const QString who =
                    tr("record %1, signature %2 (%3, %4)").arg(rid).arg(s->id).arg(s->role, s->login);
                if (!s->revoked) {
                    add(e.id, s->id,
                        tr("%1: still stands, but audit row %2 reopened the record after it was signed")
                            .arg(who)
                            .arg(e.id));
                    continue;
                }
                revokedByReopening.insert(s->id);
                const auto compare = [&](const QString& field, const QString& was, const QString& is) {
                    if (was != is)
                        add(e.id, s->id,
                            tr("%1: %2 was \"%3\" (audit row %4), is \"%5\"")
                                .arg(who, field, shorten(was))
                                .arg(e.id)
                                .arg(shorten(is)));
                };
                compare(QStringLiteral("revoked_at"), timeText(e.at), timeText(s->revokedAt));
                compare(QStringLiteral("revoked_by"), e.actor, s->revokedBy);
                compare(QStringLiteral("revoked_reason"), reason, s->revokedReason);
            }
            standing.clear();
            standingEvents = 0;
        }
    }

    // 3. Signatures the trail does not account for.
    for (const SignatureEntry& s : record.signatures) {
        const QString who = tr("record %1, signature %2 (%3, %4)").arg(rid).arg(s.id).arg(s.role, s.login);
        if (!paired.contains(s.id))
            add(0, s.id, tr("%1: no \"signed\" event in the audit trail records it").arg(who));
        if (s.revoked && !revokedByReopening.contains(s.id))
            add(0, s.id,
                tr("%1: revoked at %2 by %3, but no \"reopened\" event in the audit trail revoked it")
                    .arg(who, timeText(s.revokedAt), s.revokedBy));
    }

    for (const SignatureEntry& d : record.declines) {
        if (!paired.contains(d.id))
            add(0, d.id,
                tr("record %1, refusal %2 (%3, %4): no \"declined\" event in the audit trail records it")
                    .arg(rid)
                    .arg(d.id)
                    .arg(d.role, d.login));
    }

    // 4. Each item as the trail left it.
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        const ChecklistItem& item = *it->stored;
        const auto compare = [&](const QString& field, const QString& was, qint64 row, const QString& is) {
            if (was == is)
                return;
            add(row, 0,
                tr("record %1, item %2 \"%3\": %4 was \"%5\" (%6), is \"%7\"")
                    .arg(rid)
                    .arg(item.id)
                    .arg(shorten(item.text), field, shorten(was),
                         row ? tr("audit row %1").arg(row) : tr("as its template starts it"), shorten(is)));
        };
        compare(QStringLiteral("status"), it->status, it->statusRow, ItemStatusText::key(item.status));
        compare(QStringLiteral("notes"), it->notes, it->notesRow, item.notes);
    }

    // 5. Each section's and group's mark as the trail left it.
    const auto compareMark = [&](const QString& what, const ExpectedMark& expected,
                                 const NotApplicableMark& stored) {
        if (markText(expected.standing) == markText(stored))
            return;
        add(expected.row, 0,
            tr("record %1, %2: marked not applicable \"%3\" (%4), is \"%5\"")
                .arg(rid)
                .arg(what, shorten(markText(expected.standing)),
                     expected.row ? tr("audit row %1").arg(expected.row) : tr("never marked"),
                     shorten(markText(stored))));
    };
    for (const ChecklistSection& section : record.sections) {
        compareMark(tr("section \"%1\"").arg(shorten(section.title)), sectionMarks.value(section.title),
                    section.notApplicable);
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                compareMark(tr("group %1 \"%2\"").arg(item.id).arg(shorten(item.text)),
                            groupMarks.value(item.id), item.notApplicable);
        }
    }

    // 6. The state follows from the signatures; the state column is never trusted.
    bool anyStanding = false;
    bool allValid = true;
    for (const SignatureEntry& s : record.signatures) {
        if (s.revoked)
            continue;
        anyStanding = true;
        allValid = allValid && s.digest == digests.forSignature(s);
    }
    const RecordState derived = SignOffService::allRolesSigned(record) && allValid ? RecordState::Sealed
                                : anyStanding                                      ? RecordState::Signed
                                                                                   : RecordState::InProgress;
    if (derived != record.state)
        add(0, 0,
            tr("record %1: state should be \"%2\" (from its standing, valid signatures), is \"%3\"")
                .arg(rid)
                .arg(RecordStateText::key(derived), RecordStateText::key(record.state)));
}

void AuditReconciler::reconcileRecordSet(const QList<qint64>& present, Findings& findings) const {
    const QSet<qint64> stored(present.constBegin(), present.constEnd());
    for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it) {
        const qint64 rid = it.key();
        if (it->createdRows.size() > 1) {
            QStringList rows;
            for (qint64 row : it->createdRows)
                rows << QString::number(row);
            findings.append({kKind, rid, it->createdRows.constLast(), 0,
                             tr("record %1: %2 \"created\" events in the audit trail (audit rows %3)")
                                 .arg(rid)
                                 .arg(it->createdRows.size())
                                 .arg(rows.join(QStringLiteral(", ")))});
        }
        if (stored.contains(rid))
            continue;
        const qint64 row =
            it->createdRows.isEmpty() ? it->events.constFirst().id : it->createdRows.constFirst();
        findings.append(
            {kKind, rid, row, 0,
             tr("record %1, audit row %2: the audit trail has this record, but it no longer exists")
                 .arg(rid)
                 .arg(row)});
    }
}

void AuditReconciler::reconcileSigners(const QList<Signer>& signers, Findings& findings) const {
    QSet<QString> stored;
    for (const Signer& signer : signers) {
        stored.insert(signer.login);
        const auto it = m_signers.constFind(signer.login);
        if (it == m_signers.constEnd() || it->addedRow == 0) {
            findings.append(
                {kKind, 0, 0, 0,
                 tr("signer %1: no \"signer_added\" event in the audit trail").arg(signer.login)});
            continue;
        }
        const auto compare = [&](const QString& field, const QString& was, const QString& is) {
            if (was != is)
                findings.append(
                    {kKind, 0, it->lastRow, 0,
                     tr("signer %1: %2 was \"%3\" by the audit trail (up to audit row %4), is \"%5\"")
                         .arg(signer.login, field, was)
                         .arg(it->lastRow)
                         .arg(is)});
        };
        compare(tr("failed sign-ins"), QString::number(it->failedAttempts),
                QString::number(signer.failedAttempts));
        const auto lockText = [](const QDateTime& t) {
            return t.isValid() ? UtcTime::text(t) : tr("none");
        };
        compare(tr("locked until"), lockText(it->lockedUntil), lockText(signer.lockedUntil));
        compare(tr("active"), it->active ? QStringLiteral("yes") : QStringLiteral("no"),
                signer.active ? QStringLiteral("yes") : QStringLiteral("no"));
        compare(tr("roles"), it->roles.join(QStringLiteral(", ")), signer.roles.join(QStringLiteral(", ")));
    }
    for (auto it = m_signers.constBegin(); it != m_signers.constEnd(); ++it) {
        if (it->addedRow != 0 && !stored.contains(it.key()))
            findings.append(
                {kKind, 0, it->addedRow, 0,
                 tr("signer %1, audit row %2: the audit trail added this signer, but it no longer "
                    "exists")
                     .arg(it.key())
                     .arg(it->addedRow)});
    }
}
