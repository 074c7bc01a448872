#pragma once

#include <QDialog>

#include <memory>

class AdministratorFields;
class ChecklistStore;
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
//
// With a signer registry an administrator certifies whom they add:
// certifyBy() adds their login and password (AdministratorFields), and with
// Subject::Administrator the dialog adds an administrator instead of a
// signer (no roles; Registry::addAdministrator).
class AddSignerDialog : public QDialog {
    Q_OBJECT
public:
    enum class Subject { Signer, Administrator };

    AddSignerDialog(SignOffService& service, const QStringList& knownRoles, const QString& actor,
                    QWidget* parent = nullptr);
    ~AddSignerDialog() override;

    void certifyBy(ChecklistStore& store, Subject subject = Subject::Signer);

    // The new signer's login, once accepted.
    QString login() const;

public Q_SLOTS:
    void tryAdd();

private:
    void updateButton();

    std::unique_ptr<Ui::AddSignerDialog> m_ui;
    SignOffService& m_service;
    ChecklistStore* m_registryStore = nullptr; // with certifyBy()
    AdministratorFields* m_administrator = nullptr;
    Subject m_subject = Subject::Signer;
    const QString m_actor;
};
