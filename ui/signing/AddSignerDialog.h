#pragma once

#include <QDialog>

#include <memory>

class SignOffService;

namespace Ui {
class AddSignerDialog;
}

// Registers a signer: login, printed name, roles, and a password typed twice
// (PasswordRule: at least 10 characters and PasswordQuality's check, whose
// reason shows under the fields as it is typed). Add calls
// SignOffService::registerSigner, which makes the signer's Ed25519 keys; on
// failure (a login or printed name another signer has) the reason shows and
// the dialog stays open. Children: loginEdit, nameEdit, rolePicker, passwordEdit,
// confirmEdit, passwordHint, errorLabel, addButton.
class AddSignerDialog : public QDialog {
    Q_OBJECT
public:
    AddSignerDialog(SignOffService& service, const QStringList& knownRoles, const QString& actor,
                    QWidget* parent = nullptr);
    ~AddSignerDialog() override;

    // The new signer's login, once accepted.
    QString login() const;

public Q_SLOTS:
    void tryAdd();

private:
    void updateButton();

    std::unique_ptr<Ui::AddSignerDialog> m_ui;
    SignOffService& m_service;
    const QString m_actor;
};
