#include "cli/TemplatePreview.h"

#include "io/ColumnRoles.h"

#include <QJsonArray>

namespace {

const QString kIndent = QStringLiteral("  ");

QString kindText(const ChecklistSection& section) {
    switch (section.kind) {
    case SectionKind::Checklist:
        return section.taskList ? TemplatePreview::tr("checklist (task list)")
                                : TemplatePreview::tr("checklist (table)");
    case SectionKind::Procedure:
        return TemplatePreview::tr("procedure");
    case SectionKind::SignOff:
        return TemplatePreview::tr("sign-off");
    case SectionKind::Text:
        return TemplatePreview::tr("text");
    }
    return {};
}

ColumnRoles::Assignment rolesOf(const ChecklistSection& section) {
    return {section.statusColumn, section.notesColumn};
}

// Lines after the first one, indented to stand under it.
QString hanging(const QString& text, int indent) {
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            lines[i].prepend(QString(indent, u' '));
    }
    return lines.join(u'\n');
}

void appendItem(QString& out, const ChecklistSection& section, const ChecklistItem& item, int step) {
    const QString pad = kIndent + kIndent;
    if (item.isGroupHeader) {
        out += kIndent + TemplatePreview::tr("group: %1").arg(item.text) + u'\n';
        if (!item.detail.isEmpty())
            out += pad + hanging(item.detail, int(pad.size())) + u'\n';
        return;
    }
    QString line;
    switch (section.kind) {
    case SectionKind::Procedure:
        line = QStringLiteral("%1. ").arg(step);
        break;
    case SectionKind::SignOff:
        line = TemplatePreview::tr("role: ");
        break;
    default:
        line = ItemStatusText::mark(item.status) + u' ';
        break;
    }
    out += pad + line + hanging(item.text, int(pad.size() + line.size())) + u'\n';
    if (!item.notes.isEmpty())
        out += pad + kIndent + TemplatePreview::tr("notes: %1").arg(item.notes) + u'\n';
    const QList<int> extras = section.extraColumns();
    for (qsizetype i = 0; i < extras.size() && i < item.extra.size(); ++i) {
        if (!item.extra.at(i).isEmpty())
            out += pad + kIndent + section.columns.value(extras.at(i)) + QStringLiteral(": ") +
                   item.extra.at(i) + u'\n';
    }
    if (!item.detail.isEmpty()) {
        const QString label = TemplatePreview::tr("detail: ");
        out += pad + kIndent + label + hanging(item.detail, int(pad.size() + kIndent.size() + label.size())) +
               u'\n';
    }
}

} // namespace

QString TemplatePreview::text(const ChecklistTemplate& tmpl) {
    QString out = tr("Template: %1").arg(tmpl.title) + u'\n';
    if (!tmpl.description.isEmpty())
        out += kIndent + hanging(tmpl.description, int(kIndent.size())) + u'\n';
    out += tr("Sections: %1, items to check: %2. Nothing was stored (--dry-run).")
               .arg(tmpl.sections.size())
               .arg(tmpl.itemCount()) +
           u'\n';
    for (const ChecklistSection& section : tmpl.sections) {
        out +=
            u'\n' + QStringLiteral("## ") + section.title + QStringLiteral(" — ") + kindText(section) + u'\n';
        if (!section.description.isEmpty())
            out += kIndent + hanging(section.description, int(kIndent.size())) + u'\n';
        if (section.kind == SectionKind::Checklist && !section.taskList) {
            QStringList columns;
            for (int c = 0; c < section.columns.size(); ++c)
                columns.append(QStringLiteral("%1 = %2").arg(
                    section.columns.at(c), ColumnRoleText::key(rolesOf(section).roleOf(c))));
            out += kIndent + tr("columns: %1").arg(columns.join(QStringLiteral(", "))) + u'\n';
        }
        int step = 0;
        for (const ChecklistItem& item : section.items) {
            appendItem(out, section, item, ++step);
            if (section.kind == SectionKind::SignOff && tmpl.rolePolicies.contains(item.text))
                out += kIndent + kIndent + kIndent +
                       tr("policy: %1").arg(RolePolicyText::describe(tmpl.rolePolicies.value(item.text))) +
                       u'\n';
        }
    }
    return out;
}

QJsonObject TemplatePreview::json(const ChecklistTemplate& tmpl) {
    QJsonArray sections;
    for (const ChecklistSection& section : tmpl.sections) {
        QJsonObject s{
            {QStringLiteral("title"), section.title},
            {QStringLiteral("kind"), SectionKindText::key(section.kind)},
            {QStringLiteral("description"), section.description},
        };
        if (section.kind == SectionKind::Checklist)
            s.insert(QStringLiteral("form"),
                     section.taskList ? QStringLiteral("task-list") : QStringLiteral("table"));
        QJsonArray columns;
        for (int c = 0; c < section.columns.size(); ++c) {
            QJsonObject column{{QStringLiteral("title"), section.columns.at(c)}};
            if (section.kind == SectionKind::Checklist)
                column.insert(QStringLiteral("role"), ColumnRoleText::key(rolesOf(section).roleOf(c)));
            columns.append(column);
        }
        s.insert(QStringLiteral("columns"), columns);
        QJsonArray items;
        QJsonArray roles;
        for (const ChecklistItem& item : section.items) {
            QJsonObject i{
                {QStringLiteral("text"), item.text},
                {QStringLiteral("group_header"), item.isGroupHeader},
                {QStringLiteral("detail"), item.detail},
            };
            if (section.kind == SectionKind::Checklist && !item.isGroupHeader) {
                i.insert(QStringLiteral("status"), ItemStatusText::key(item.status));
                i.insert(QStringLiteral("notes"), item.notes);
            }
            if (!item.extra.isEmpty())
                i.insert(QStringLiteral("extra"), QJsonArray::fromStringList(item.extra));
            items.append(i);
            if (section.kind == SectionKind::SignOff)
                roles.append(item.text);
        }
        s.insert(QStringLiteral("items"), items);
        if (section.kind == SectionKind::SignOff) {
            s.insert(QStringLiteral("roles"), roles);
            // Each role's policy (the default for one not named in the front matter).
            QJsonArray policies;
            for (const QJsonValue& role : std::as_const(roles)) {
                const RolePolicy policy = tmpl.rolePolicies.value(role.toString());
                policies.append(QJsonObject{{QStringLiteral("role"), role},
                                            {QStringLiteral("signers_required"), policy.signersRequired},
                                            {QStringLiteral("independent"), policy.independent}});
            }
            s.insert(QStringLiteral("policies"), policies);
        }
        sections.append(s);
    }
    return QJsonObject{
        {QStringLiteral("title"), tmpl.title},       {QStringLiteral("description"), tmpl.description},
        {QStringLiteral("items"), tmpl.itemCount()}, {QStringLiteral("stored"), false},
        {QStringLiteral("sections"), sections},
    };
}
