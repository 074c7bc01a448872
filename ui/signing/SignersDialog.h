#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class ChecklistStore;
class SignOffService;
class SignersTableModel;

namespace Ui {
class SignersDialog;
}

// Tools ▸ Signers: the people who may sign, their roles and whether they are
// active or locked. Add… registers a signer (AddSignerDialog), Edit Roles…
// (EditRolesDialog), Deactivate…/Reactivate… (after a confirmation), Change
// Password… (ChangePasswordDialog). No delete and no rename: a signature must
// always lead back to the person who made it.
//
//   SignersDialog dialog(store, service, KnownRoles::of(store), actorName, this);
//   dialog.exec();
//
// The sub-dialogs and the confirmation are modal; tests (or the main window,
// to route them through its own prompt hooks) replace how they run:
//   setDialogRunner([](QDialog& d) { ...fill d...; return d.result(); });
//   setConfirmer([](const QString& title, const QString& text) { return true; });
// Children: signersView, addButton, editRolesButton, activeButton,
// passwordButton, hintLabel, errorLabel.
class SignersDialog : public QDialog {
    Q_OBJECT
public:
    using DialogRunner = std::function<int(QDialog& dialog)>;
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;

    // knownRoles: the role checkboxes offered (KnownRoles::of(store) gives the
    // templates' roles); actor: who is recorded in the audit trail for changes.
    SignersDialog(ChecklistStore& store, SignOffService& service, const QStringList& knownRoles,
                  const QString& actor, QWidget* parent = nullptr);
    ~SignersDialog() override;

    void setDialogRunner(DialogRunner runner);
    void setConfirmer(Confirmer confirmer);

    SignersTableModel* model() const { return m_model; }
    // Selects a signer's row; false when there is no such login.
    bool selectLogin(const QString& login);
    // The selected signer's login, or empty.
    QString selectedLogin() const;

public Q_SLOTS:
    void addSigner();
    void editRoles();
    void toggleActive();
    void changePassword();

private:
    void updateButtons();
    int runDialog(QDialog& dialog);

    std::unique_ptr<Ui::SignersDialog> m_ui;
    ChecklistStore& m_store;
    SignOffService& m_service;
    QStringList m_knownRoles;
    const QString m_actor;
    QString m_registryRoot; // the registry's root fingerprint; empty without a registry
    SignersTableModel* m_model = nullptr;
    DialogRunner m_runDialog;
    Confirmer m_confirm;
};
