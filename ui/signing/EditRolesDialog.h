#pragma once

#include "core/Checklist.h"

#include <QDialog>

#include <memory>

class AdministratorFields;
class ChecklistStore;

namespace Ui {
class EditRolesDialog;
}

// Changes which roles a signer may sign (ChecklistStore::setSignerRoles,
// audited). Signatures already made keep the role they were made under.
// With a signer registry, certifyBy() asks for an administrator's login and
// password (AdministratorFields) and the change is their certificate
// (Registry::setSignerRoles).
// Children: rolePicker, saveButton, errorLabel.
class EditRolesDialog : public QDialog {
    Q_OBJECT
public:
    EditRolesDialog(ChecklistStore& store, const Signer& signer, const QStringList& knownRoles,
                    const QString& actor, QWidget* parent = nullptr);
    ~EditRolesDialog() override;

    void certifyBy();

public Q_SLOTS:
    void trySave();

private:
    void updateButton();

    std::unique_ptr<Ui::EditRolesDialog> m_ui;
    ChecklistStore& m_store;
    const QString m_login;
    const QString m_actor;
    AdministratorFields* m_administrator = nullptr;
};
