#include "core/RolePolicyRules.h"

#include "core/ItemChangeAction.h"
#include "core/PersonName.h"

#include <QCoreApplication>
#include <QSet>

// The messages are spelled out as QCoreApplication::translate("SignOffService", …):
// lupdate files them under SignOffService, whose rules they are.

namespace RolePolicyRules {

// One person signs a record once: not a role twice (a role that needs two
// signers needs two people), nor two roles.
Status signsOnce(const Record& record, qint64 signerId, const QString& printedName, const QString& role) {
    for (const SignatureEntry& other : record.signatures) {
        if (other.revoked || other.signerId != signerId)
            continue;
        if (other.role == role)
            return Error(QCoreApplication::translate(
                             "SignOffService",
                             "%1 has already signed record %2 as %3: the role needs %4 different signers")
                             .arg(printedName)
                             .arg(record.id)
                             .arg(role)
                             .arg(record.policyFor(role).signersRequired));
        return Error(
            QCoreApplication::translate(
                "SignOffService", "%1 has already signed record %2 as %3: one person may not sign two roles")
                .arg(printedName)
                .arg(record.id)
                .arg(other.role));
    }
    return {};
}

// An independent role's signer changed no item of the record. Who changed an
// item is the name its changes were recorded under (the audit trail's actor of
// every status and note change, undone ones included, and the items' own
// "checked by" and note-author stamps); it is compared with the signer's login
// and with their printed name, both as PersonName compares names. That name is
// typed by whoever edits (the window's Preferences, the CLI's --by), so the
// rule catches the honest case of a signer reviewing their own work; an
// editor who recorded their changes under another name is what the audit
// trail's computer account (os_account) is there to show.
Status independent(const Record& record, const QString& role, const Signer& signer,
                   const QList<AuditEntry>& trail) {
    const QString login = PersonName::comparable(signer.login);
    const QString name = PersonName::comparable(signer.printedName);
    QSet<qint64> changed;
    QStringList recordedAs;
    const auto note = [&](qint64 itemId, const QString& who) {
        const QString same = PersonName::comparable(who);
        if (who.isEmpty() || (same != login && same != name))
            return;
        changed.insert(itemId);
        if (!recordedAs.contains(who))
            recordedAs << who;
    };
    for (const ChecklistSection& section : record.sections) {
        if (section.kind == SectionKind::SignOff)
            continue;
        for (const ChecklistItem& item : section.items) {
            note(item.id, item.updatedBy);
            note(item.id, item.notesBy);
        }
    }
    for (const AuditEntry& e : trail) {
        if (e.itemId != 0 && !ItemChangeAction::field(e.action).isEmpty())
            note(e.itemId, e.actor);
    }
    if (changed.isEmpty())
        return {};
    // "Quinn Anders changed 12 items of this record; QA Lead must be signed by
    // someone independent", naming the recorded spelling when it is not theirs.
    const int count = int(changed.size());
    const QString items = count == 1 ? QCoreApplication::translate("SignOffService", "1 item")
                                     : QCoreApplication::translate("SignOffService", "%1 items").arg(count);
    if (recordedAs == QStringList{signer.printedName})
        return Error(
            QCoreApplication::translate(
                "SignOffService",
                "%1 changed %2 of this record; %3 must be signed by someone independent, who changed "
                "none of its items.")
                .arg(signer.printedName, items, role));
    return Error(
        QCoreApplication::translate(
            "SignOffService",
            "%1 changed %2 of this record (recorded as %3); %4 must be signed by someone independent, "
            "who changed none of its items.")
            .arg(signer.printedName, items, recordedAs.join(QStringLiteral(", ")), role));
}

} // namespace RolePolicyRules
