#include "KnownRoles.h"

#include "ChecklistStore.h"

namespace KnownRoles {

QStringList of(const ChecklistStore& store) {
    QStringList roles;
    const auto add = [&roles](const QString& role) {
        if (!role.trimmed().isEmpty() && !roles.contains(role.trimmed(), Qt::CaseInsensitive))
            roles << role.trimmed();
    };
    for (const TemplateSummary& summary : store.templates()) {
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
    for (const Signer& signer : store.signers()) {
        for (const QString& role : signer.roles)
            add(role);
    }
    return roles;
}

} // namespace KnownRoles
