#pragma once

#include <QDialog>

class ChecklistStore;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// "Set Up This Database": the first administrator of a database's signer
// registry (Registry::initRoot). Until a database has one, nobody can be
// added as a signer. A database that has signers already is migrated: the
// page lists them; the administrator's root statement certifies them as they
// are and lists the signatures made so far, which stay valid.
//
// The first page asks for the administrator's login, printed name and a
// password typed twice (PasswordRule), and whether the two-person rule holds
// (a second administrator approves each signer). The second shows the root's
// fingerprint, for everyone who verifies to compare, and the recovery key,
// once: Close waits until the administrator confirms they wrote it down.
//
// Children: loginEdit, nameEdit, passwordEdit, confirmEdit, passwordHint,
// twoPersonBox, existingSigners, errorLabel, setUpButton; fingerprintLabel, recoveryKeyLabel,
// writtenDownBox.
class RegistrySetupDialog : public QDialog {
    Q_OBJECT
public:
    RegistrySetupDialog(ChecklistStore& store, const QString& actor, QWidget* parent = nullptr);

    // The root's fingerprint once set up; empty before.
    QString fingerprint() const { return m_fingerprint; }
    // The recovery key once set up (shown once, never stored); empty before.
    QString recoveryKey() const;

public Q_SLOTS:
    void trySetUp();
    // Escape and the window's close button too: once set up, the recovery key must be written down first.
    void reject() override;

private:
    QWidget* makeFormPage();
    QWidget* makeDonePage();
    void updateButtons();
    void showDone(const QString& fingerprint, const QString& recoveryKey);
    // Closes the second page once the recovery key is written down (or there is none to write).
    void finish();

    ChecklistStore& m_store;
    const QString m_actor;
    QString m_fingerprint;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_passwordHint = nullptr;
    QCheckBox* m_twoPerson = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_fingerprintLabel = nullptr;
    QLabel* m_recoveryLabel = nullptr;
    QCheckBox* m_writtenDown = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
