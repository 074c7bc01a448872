#pragma once

#include "core/Registry.h"

#include <QDialog>

#include <functional>
#include <memory>

class ChecklistStore;
class SignOffService;
class SignersTableModel;
class QPushButton;

namespace Ui {
class SignersDialog;
}

// Tools ▸ Signers, the signer registry: the people who may sign, their roles,
// whether they are active or locked, and which administrator certified them
// when. Every change of who may sign is an administrator's certificate, so
// each action asks for an administrator's login and password: Add… registers
// a signer (AddSignerDialog), Edit Roles… (EditRolesDialog), Deactivate…,
// Reactivate… and Unlock… (AdministratorPrompt), Add Administrator…. Change
// Password… is the signer's own (ChangePasswordDialog). A database without a
// registry offers Set Up… (RegistrySetupDialog) and nothing that changes who
// may sign. No delete and no rename: a signature must always lead back to the
// person who made it.
//
//   SignersDialog dialog(store, service, KnownRoles::of(store), actorName, this);
//   dialog.exec();
//
// The sub-dialogs and the administrator prompts are modal; tests (or the main window,
// to route them through its own prompt hooks) replace how they run:
//   setDialogRunner([](QDialog& d) { ...fill d...; return d.result(); });
// Children: signersView, addButton, editRolesButton, activeButton,
// unlockButton, passwordButton, addAdministratorButton, setUpButton,
// hintLabel, errorLabel.
class SignersDialog : public QDialog {
    Q_OBJECT
public:
    using DialogRunner = std::function<int(QDialog& dialog)>;

    // knownRoles: the role checkboxes offered (KnownRoles::of(store) gives the
    // templates' roles); actor: who is recorded in the audit trail for changes.
    SignersDialog(ChecklistStore& store, SignOffService& service, const QStringList& knownRoles,
                  const QString& actor, QWidget* parent = nullptr);
    ~SignersDialog() override;

    void setDialogRunner(DialogRunner runner);

    SignersTableModel* model() const { return m_model; }
    // Selects a signer's row; false when there is no such login.
    bool selectLogin(const QString& login);
    // The selected signer's login, or empty.
    QString selectedLogin() const;

public Q_SLOTS:
    void addSigner();
    void editRoles();
    void toggleActive();
    void unlock();
    void approveCertificate();
    void changePassword();
    void addAdministrator();
    void setUpRegistry();

private:
    void updateButtons();
    // The hint: what this window is for, the root to compare, who administers.
    void updateHint();
    // Runs an AdministratorPrompt for a change of one signer.
    void approve(const QString& title, const QString& text, const QString& approveText,
                 const std::function<Status(Registry::Credentials&)>& change);
    int runDialog(QDialog& dialog);

    std::unique_ptr<Ui::SignersDialog> m_ui;
    ChecklistStore& m_store;
    SignOffService& m_service;
    QStringList m_knownRoles;
    const QString m_actor;
    QString m_registryRoot; // the registry's root fingerprint; empty without a registry
    SignersTableModel* m_model = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_addAdministratorButton = nullptr;
    QPushButton* m_setUpButton = nullptr;
    DialogRunner m_runDialog;
};
