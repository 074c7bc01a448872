#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;
class QScrollArea;

class ChecklistStore;
class SignOffService;
class SignaturePad;

namespace Ui {
class SignatureDialog;
}

// Signs one role of one record: the 21 CFR Part 11 manifestation in one
// window. Shows exactly what is signed (record, template, role, content
// digest), asks for login, password and meaning, and takes a drawn or typed
// signature; the date and time come from the application's clock
// (ChecklistStore::now()) and are never typed.
//
// When SignOffService::canSign refuses, a banner says why and Sign stays
// disabled. Sign calls SignOffService::sign: on failure the reason shows in
// the dialog and the password is cleared; on success the dialog accepts.
// Cancel changes nothing. The dialog follows the store: if the record changes
// while it is open, what it shows (and whether signing is allowed) follows.
//
//   SignatureDialog dialog(store, service, recordId, role, this);
//   if (dialog.exec() == QDialog::Accepted) ... dialog.signature() ...
//
// Tests open() it and drive the children by object name: loginEdit,
// passwordEdit, meaningCombo, signaturePad, clearButton, typedCheck,
// typedView, signButton, declineButton, blockedBanner, errorLabel, digestValue, signedAtLabel.
//
// Decline… (enabled once login and password are typed, also while signing
// is blocked by pending items: a refusal often names them) records an
// attributable refusal with a reason instead (SignOffService::decline).
class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    SignatureDialog(ChecklistStore& store, SignOffService& service, qint64 recordId, const QString& role,
                    QWidget* parent = nullptr);
    ~SignatureDialog() override;

    qint64 recordId() const { return m_recordId; }
    QString role() const { return m_role; }

    // Pre-fills the login (the last one used, say); the password is always typed.
    void setLogin(const QString& login);
    // False while canSign refuses; blockingReason() then says why.
    bool isSigningAllowed() const { return m_blockingReason.isEmpty(); }
    QString blockingReason() const { return m_blockingReason; }
    // The signature stored, once the dialog has been accepted.
    std::optional<SignatureEntry> signature() const { return m_signature; }
    // The refusal stored instead, once the signer declined (Decline…).
    std::optional<SignatureEntry> declined() const { return m_declined; }

    SignaturePad* pad() const;

public Q_SLOTS:
    // What Sign does (and Enter, when Sign is enabled).
    void trySign();
    // What Decline… does: asks for the reason (DeclineReasonDialog), then
    // declines with the login and password typed here.
    void tryDecline();

Q_SIGNALS:
    // Emitted once the store holds the new signature, just before accept().
    void signatureAdded(const SignatureEntry& signature);
    // Emitted once the store holds a refusal, just before accept().
    void declineAdded(const SignatureEntry& decline);

private:
    void fitToScreen();
    QRect availableScreen() const;
    // The dialog's width: what it needs, wider where the screen has room.
    int fittingWidth() const;
    void styleStaticParts();
    void reload();
    void showRecord();
    QString roleText(const Record& record) const;
    void updateSigner();
    void updateSignButton();
    void updateClock();
    void showError(const QString& message);
    std::optional<SignatureEntry>
    callWithPassword(const QString& busyText,
                     const std::function<Result<SignatureEntry>(SecretBytes password)>& call);

    std::unique_ptr<Ui::SignatureDialog> m_ui;
    ChecklistStore& m_store;
    SignOffService& m_service;
    const qint64 m_recordId;
    const QString m_role;
    std::optional<Record> m_record;
    QString m_blockingReason;
    QScrollArea* m_blockedScroll = nullptr; // holds blockedBanner
    bool m_showEveryBlocker = false;
    std::optional<SignatureEntry> m_signature;
    std::optional<SignatureEntry> m_declined;
    QString m_declineBlockedReason; // why canDecline refuses; "" when it may
    QPushButton* m_declineButton = nullptr;
    QTimer m_clock;
    bool m_signing = false;
};
