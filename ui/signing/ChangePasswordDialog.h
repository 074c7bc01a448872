#pragma once

#include <QDialog>

#include <memory>

class SignOffService;

namespace Ui {
class ChangePasswordDialog;
}

// Changes a signer's password: the current one, then the new one twice.
// SignOffService::changePassword re-seals the signer's signing key under the
// new password; a wrong current password counts towards the lock. The new
// one must pass PasswordRule (PasswordQuality's reason shows as it is typed).
// Children: currentEdit, passwordEdit, confirmEdit, passwordHint, errorLabel,
// changeButton.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(SignOffService& service, const QString& login, const QString& printedName,
                         QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

public Q_SLOTS:
    void tryChange();

private:
    void updateButton();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    SignOffService& m_service;
    const QString m_login;
    const QString m_printedName;
};
