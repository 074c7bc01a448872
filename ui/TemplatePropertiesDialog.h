#pragma once

#include "core/Checklist.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QSpinBox;

namespace Ui {
class TemplatePropertiesDialog;
}

// File ▸ Template Properties…: a template version's sign-off policy, per role
// of its sign-off table: how many distinct signers it needs and whether they
// must be independent (no one who changed an item of the record). Templates
// never change: saving stores the edited template as its next version, which
// new records use; records already made keep the policy of their own version.
//
//   TemplatePropertiesDialog dialog(tmpl, window);
//   if (dialog.exec() == QDialog::Accepted && dialog.changed())
//       store.addTemplate(dialog.edited());
class TemplatePropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplatePropertiesDialog(const ChecklistTemplate& tmpl, QWidget* parent = nullptr);
    ~TemplatePropertiesDialog() override;

    // The policies as edited, by role; roles at the default are left out.
    QMap<QString, RolePolicy> policies() const;
    bool changed() const { return policies() != m_template.rolePolicies; }
    // The template with the edited policies, to be stored as a new version.
    ChecklistTemplate edited() const;

    // For tests: the editors of a role's row.
    QSpinBox* signersEditor(const QString& role) const;
    QCheckBox* independentEditor(const QString& role) const;

private:
    void fillRoles();
    void updateSaveButton();

    std::unique_ptr<Ui::TemplatePropertiesDialog> m_ui;
    ChecklistTemplate m_template;
    QStringList m_roles;
};
