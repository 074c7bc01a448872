#include "core/store/TemplateTable.h"

#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

using namespace StoreValues;

TemplateTable::TemplateTable(StoreConnection& connection)
    : m_connection(connection)
    , m_sections(connection, SectionRows::ofTemplates()) {}

Result<bool> TemplateTable::ensure(const ChecklistTemplate& builtIn) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM templates WHERE title = ?"));
    q.addBindValue(bindable(builtIn.title));
    if (!q.exec() || !q.next())
        return m_connection.queryFailure(tr("cannot read templates"), q.lastError());
    if (q.value(0).toInt() > 0)
        return false;
    q.finish();
    Result<qint64> added = add(builtIn);
    if (!added)
        return added.failure();
    return true;
}

Result<qint64> TemplateTable::add(const ChecklistTemplate& tmpl) {
    if (tmpl.title.trimmed().isEmpty())
        return Error(tr("the template has no title"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    Result<qint64> id = insert(tmpl);
    if (!id)
        return id;
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    return id;
}

Result<qint64> TemplateTable::insert(const ChecklistTemplate& tmpl) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM templates WHERE title = ?"));
    q.addBindValue(bindable(tmpl.title));
    if (!q.exec() || !q.next())
        return m_connection.queryFailure(tr("cannot read templates"), q.lastError());
    const int version = q.value(0).toInt() + 1;

    q.prepare(QStringLiteral(
        "INSERT INTO templates (title, version, description, imported_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(tmpl.title));
    q.addBindValue(bindable(version));
    q.addBindValue(bindable(tmpl.description));
    q.addBindValue(bindable(toDbTime(m_connection.now())));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the template: %1").arg(m_connection.explain(q.lastError())));
    const qint64 templateId = q.value(0).toLongLong();
    q.finish();

    if (Status stored = m_sections.insert(templateId, tmpl.sections); !stored)
        return Error(stored.error());
    if (Status stored = insertPolicies(templateId, tmpl); !stored)
        return Error(stored.error());
    return templateId;
}

// Only policies that differ from the default are stored; each names a role of
// the template's sign-off table, as written there.
Status TemplateTable::insertPolicies(qint64 templateId, const ChecklistTemplate& tmpl) {
    QStringList roles;
    for (const ChecklistSection& section : tmpl.sections) {
        if (section.kind != SectionKind::SignOff)
            continue;
        for (const ChecklistItem& row : section.items) {
            if (!row.isGroupHeader)
                roles << row.text;
        }
    }
    QSqlQuery q(m_connection.db());
    for (auto it = tmpl.rolePolicies.cbegin(); it != tmpl.rolePolicies.cend(); ++it) {
        if (it.value() == RolePolicy())
            continue;
        if (!roles.contains(it.key()))
            return Error(
                tr("the sign-off policy names the role \"%1\", which the sign-off table of %2 does not "
                   "have. Its roles: %3")
                    .arg(it.key(), tmpl.title,
                         roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", "))));
        if (it->signersRequired < 1)
            return Error(tr("the role %1 must need at least one signer").arg(it.key()));
        q.prepare(QStringLiteral("INSERT INTO template_role_policies (template_id, role, signers_required, "
                                 "independent) VALUES (?, ?, ?, ?)"));
        q.addBindValue(bindable(templateId));
        q.addBindValue(bindable(it.key()));
        q.addBindValue(bindable(it->signersRequired));
        q.addBindValue(bindable(it->independent ? 1 : 0));
        if (!q.exec())
            return Error(tr("cannot store the sign-off policy of %1: %2")
                             .arg(it.key(), m_connection.explain(q.lastError())));
    }
    return {};
}

Result<QMap<QString, RolePolicy>> TemplateTable::policies(qint64 templateId) const {
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT role, signers_required, independent FROM template_role_policies "
                             "WHERE template_id = ?"));
    q.addBindValue(bindable(templateId));
    if (!q.exec())
        return m_connection.queryFailure(
            tr("cannot read the sign-off policies of template %1").arg(templateId), q.lastError());
    QMap<QString, RolePolicy> result;
    while (q.next()) {
        RolePolicy policy;
        policy.signersRequired = q.value(1).toInt();
        policy.independent = q.value(2).toInt() != 0;
        result.insert(q.value(0).toString(), policy);
    }
    return result;
}

Result<QList<TemplateSummary>> TemplateTable::list() const {
    QList<TemplateSummary> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    // The list reads check prepare(): when it fails (no such table), its error is
    // the reason, and exec() would only replace it with "parameter count mismatch".
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT t.id, t.title, t.version, t.imported_at, "
        "  (SELECT count(*) FROM template_items i JOIN template_sections s ON s.id = i.section_id "
        "   WHERE s.template_id = t.id AND s.kind = 'checklist' AND i.is_group = 0), "
        "  t.version = (SELECT MAX(version) FROM templates n WHERE n.title = t.title) "
        "FROM templates t ORDER BY t.title, t.version"));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read templates"), q.lastError());
    while (q.next()) {
        TemplateSummary t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.version = q.value(2).toInt();
        t.importedAt = fromDbTime(q.value(3));
        t.itemCount = q.value(4).toInt();
        t.isNewest = q.value(5).toBool();
        result.append(t);
    }
    return result;
}

Result<ChecklistTemplate> TemplateTable::load(qint64 templateId) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT title, version, description, imported_at FROM templates WHERE id = ?"));
    q.addBindValue(bindable(templateId));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read template %1").arg(templateId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no template with id %1. `countersign-cli templates` lists them.").arg(templateId));
    ChecklistTemplate t;
    t.id = templateId;
    t.title = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.description = q.value(2).toString();
    t.importedAt = fromDbTime(q.value(3));
    Result<QList<ChecklistSection>> sections = m_sections.load(templateId);
    if (!sections)
        return Error(sections.error());
    t.sections = std::move(sections).value();
    Result<QMap<QString, RolePolicy>> policies = this->policies(templateId);
    if (!policies)
        return policies.failure();
    t.rolePolicies = std::move(policies).value();
    return t;
}

Result<qint64> TemplateTable::resolve(const QString& idOrTitle) const {
    const Result<QList<TemplateSummary>> read = list();
    if (!read)
        return read.failure(); // not "no template is called …": there may well be one
    const QList<TemplateSummary>& all = read.value();
    if (const std::optional<qint64> id = parseId(idOrTitle)) {
        for (const TemplateSummary& t : all) {
            if (t.id == *id)
                return t.id;
        }
    }
    const TemplateSummary* newest = nullptr;
    for (const TemplateSummary& t : all) {
        if (t.title.compare(idOrTitle.trimmed(), Qt::CaseInsensitive) == 0 &&
            (!newest || t.version > newest->version))
            newest = &t;
    }
    if (newest)
        return newest->id;
    QStringList known;
    for (const TemplateSummary& t : all) {
        if (t.isNewest)
            known << QStringLiteral("%1 (id %2)").arg(t.title).arg(t.id);
    }
    return Error(tr("no template is called or numbered \"%1\". Templates: %2")
                     .arg(idOrTitle, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
}
