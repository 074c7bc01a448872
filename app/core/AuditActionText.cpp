#include "core/AuditActionText.h"

#include "core/Checklist.h"
#include "core/ItemChangeAction.h"

#include <QCoreApplication>

namespace AuditActionText {

QString label(const QString& action) {
    struct Known {
        const char16_t* action;
        const char* label;
    };
    // One line per action any room writes (app/core/store, core/Witness).
    static const Known known[] = {
        {u"created", QT_TRANSLATE_NOOP("AuditAction", "Record created")},
        {u"status", QT_TRANSLATE_NOOP("AuditAction", "Status")},
        {u"notes", QT_TRANSLATE_NOOP("AuditAction", "Note")},
        {u"undo_status", QT_TRANSLATE_NOOP("AuditAction", "Status undone")},
        {u"redo_status", QT_TRANSLATE_NOOP("AuditAction", "Status redone")},
        {u"undo_notes", QT_TRANSLATE_NOOP("AuditAction", "Note undone")},
        {u"redo_notes", QT_TRANSLATE_NOOP("AuditAction", "Note redone")},
        {u"na_status", QT_TRANSLATE_NOOP("AuditAction", "Status (marked with its section or group)")},
        {u"na_notes", QT_TRANSLATE_NOOP("AuditAction", "Note (marked with its section or group)")},
        {u"na_marked", QT_TRANSLATE_NOOP("AuditAction", "Marked not applicable")},
        {u"undo_na_marked", QT_TRANSLATE_NOOP("AuditAction", "Not applicable mark undone")},
        {u"redo_na_marked", QT_TRANSLATE_NOOP("AuditAction", "Not applicable mark redone")},
        {u"signed", QT_TRANSLATE_NOOP("AuditAction", "Signed")},
        {u"declined", QT_TRANSLATE_NOOP("AuditAction", "Declined to sign")},
        {u"sealed", QT_TRANSLATE_NOOP("AuditAction", "Sealed")},
        {u"reopened", QT_TRANSLATE_NOOP("AuditAction", "Reopened")},
        {u"attached", QT_TRANSLATE_NOOP("AuditAction", "File attached")},
        {u"detached", QT_TRANSLATE_NOOP("AuditAction", "Attachment removed")},
        {u"attachment_limit", QT_TRANSLATE_NOOP("AuditAction", "Attachment size limit changed")},
        {u"signer_added", QT_TRANSLATE_NOOP("AuditAction", "Signer added")},
        {u"signer_activated", QT_TRANSLATE_NOOP("AuditAction", "Signer reactivated")},
        {u"signer_deactivated", QT_TRANSLATE_NOOP("AuditAction", "Signer deactivated")},
        {u"signer_roles", QT_TRANSLATE_NOOP("AuditAction", "Signer's roles changed")},
        {u"signer_password", QT_TRANSLATE_NOOP("AuditAction", "Signing password changed")},
        {u"signer_locked", QT_TRANSLATE_NOOP("AuditAction", "Signer locked")},
        {u"login_failed", QT_TRANSLATE_NOOP("AuditAction", "Wrong signing password")},
        {u"failed_logins_cleared", QT_TRANSLATE_NOOP("AuditAction", "Failed sign-in count cleared")},
        {u"registry_statement", QT_TRANSLATE_NOOP("AuditAction", "Signer registry statement")},
        {u"admin_added", QT_TRANSLATE_NOOP("AuditAction", "Administrator added")},
        {u"admin_login_failed", QT_TRANSLATE_NOOP("AuditAction", "Wrong administrator password")},
        {u"admin_key_replaced", QT_TRANSLATE_NOOP("AuditAction", "Administrator's key replaced")},
        {u"admin_locked", QT_TRANSLATE_NOOP("AuditAction", "Administrator locked")},
        {u"admin_failed_logins_cleared",
         QT_TRANSLATE_NOOP("AuditAction", "Administrator's failed sign-in count cleared")},
        {u"witness_forgotten", QT_TRANSLATE_NOOP("AuditAction", "Database accepted as it is")},
        {u"database_identity", QT_TRANSLATE_NOOP("AuditAction", "Database identity recorded")},
    };
    for (const Known& k : known) {
        if (action == QStringView(k.action))
            return QCoreApplication::translate("AuditAction", k.label);
    }
    QString words = action;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString value(const QString& action, const QString& value) {
    if (ItemChangeAction::field(action) == u"status") {
        if (const std::optional<ItemStatus> status = ItemStatusText::fromKey(value))
            return ItemStatusText::label(*status);
        return value;
    }
    if (action == u"sealed" || action == u"reopened") {
        static const QStringList states = {QStringLiteral("in_progress"), QStringLiteral("signed"),
                                           QStringLiteral("sealed")};
        if (states.contains(value))
            return RecordStateText::label(RecordStateText::fromKey(value));
    }
    return value;
}

QString change(const QString& action, const QString& change) {
    switch (ItemChangeAction::kind(action)) {
    case ItemChangeAction::Kind::Undo:
        return QCoreApplication::translate("AuditAction", "Undo: %1").arg(change);
    case ItemChangeAction::Kind::Redo:
        return QCoreApplication::translate("AuditAction", "Redo: %1").arg(change);
    case ItemChangeAction::Kind::Edit:
        break;
    }
    return change;
}

bool isNotApplicableMark(const QString& action) {
    return action == u"na_marked" || action == u"undo_na_marked" || action == u"redo_na_marked";
}

QString notApplicableMark(const QString& title, const QString& reason) {
    return QCoreApplication::translate("AuditAction", "%1: %2").arg(title, reason);
}

QString actor(const QString& name, const QString& account) {
    if (account.isEmpty() || account == name)
        return name;
    return QCoreApplication::translate("AuditAction", "%1 (%2)").arg(name, account);
}

QString actorInFull(const QString& name, const QString& account) {
    if (account.isEmpty())
        return QCoreApplication::translate("AuditAction",
                                           "Recorded as %1. Written before Countersign kept the "
                                           "computer account, so the name is the only trace.")
            .arg(name);
    return QCoreApplication::translate("AuditAction",
                                       "Recorded as %1 (the name given in Preferences or with --by), by the "
                                       "computer account %2 that ran Countersign.")
        .arg(name, account);
}

} // namespace AuditActionText
