#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "core/store/SectionRows.h"

#include <QCoreApplication>

class StoreConnection;

// The templates table, the template's sections and items and its sign-off
// policies (template_role_policies): templates are imported (each title gets
// the next version) and read, never changed. An edited policy is stored as the
// template's next version, so a record keeps the policy it was created under.
class TemplateTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit TemplateTable(StoreConnection& connection);

    // Stores a new template in a transaction of its own.
    Result<qint64> add(const ChecklistTemplate& tmpl);
    // Stores a new template inside the caller's write transaction.
    Result<qint64> insert(const ChecklistTemplate& tmpl);
    // Adds builtIn unless a template of its title exists; says whether it added it.
    Result<bool> ensure(const ChecklistTemplate& builtIn);
    Result<QList<TemplateSummary>> list() const;
    Result<ChecklistTemplate> load(qint64 templateId) const;
    Result<qint64> resolve(const QString& idOrTitle) const;
    // A template version's sign-off policies by role (roles at the default are absent).
    Result<QMap<QString, RolePolicy>> policies(qint64 templateId) const;

private:
    Status insertPolicies(qint64 templateId, const ChecklistTemplate& tmpl);

    StoreConnection& m_connection;
    SectionRows m_sections;
};
