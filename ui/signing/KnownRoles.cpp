#include "ui/signing/KnownRoles.h"

#include "core/ChecklistStore.h"
#include "ui/base/UiLogging.h"

namespace KnownRoles {

QStringList of(const ChecklistStore& store) {
    QStringList roles;
    const auto add = [&roles](const QString& role) {
        if (!role.trimmed().isEmpty() && !roles.contains(role.trimmed(), Qt::CaseInsensitive))
            roles << role.trimmed();
    };
    // Roles offered for a checkbox, not a record of anything: a table that
    // cannot be read offers fewer (logged), and the signers dialog shows
    // its own read failure.
    const Result<QList<TemplateSummary>> templates = store.templates();
    if (!templates)
        qCWarning(lcUi) << "roles of the templates not offered:" << templates.error();
    const QList<TemplateSummary> templateList = templates.value_or({});
    for (const TemplateSummary& summary : templateList) {
        const Result<ChecklistTemplate> tmpl = store.loadTemplate(summary.id);
        if (!tmpl)
            continue;
        for (const ChecklistSection& section : tmpl->sections) {
            if (section.kind != SectionKind::SignOff)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader)
                    add(item.text);
            }
        }
    }
    const Result<QList<Signer>> signers = store.signers();
    if (!signers)
        qCWarning(lcUi) << "roles of the signers not offered:" << signers.error();
    const QList<Signer> signerList = signers.value_or({});
    for (const Signer& signer : signerList) {
        for (const QString& role : signer.roles)
            add(role);
    }
    return roles;
}

} // namespace KnownRoles
