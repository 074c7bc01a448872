#pragma once

#include "core/Registry.h"

#include <QGroupBox>

class ChecklistStore;
class QLineEdit;

// "Approved by an administrator": the login and password of the administrator
// who certifies a change of who may sign (the registry issue asks for them at
// each action, as a signature asks for the signer's). Embedded in the dialogs
// that make such a change (AddSignerDialog, EditRolesDialog, AdministratorPrompt).
// With one administrator in the database the login is filled in and the
// password field has the focus. Children: adminLoginEdit, adminPasswordEdit.
class AdministratorFields : public QGroupBox {
    Q_OBJECT
public:
    explicit AdministratorFields(const ChecklistStore& store, QWidget* parent = nullptr);

    bool isComplete() const;
    // The credentials for one change; the password is taken out of its field
    // (PasswordField::take), so after a refusal it is typed again.
    Registry::Credentials take();
    // The field to focus first: the password when the login is known.
    QWidget* firstEmptyField() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
};
