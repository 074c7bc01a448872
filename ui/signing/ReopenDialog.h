#pragma once

#include <QDialog>

#include <memory>

class ChecklistStore;
class SignOffService;

namespace Ui {
class ReopenDialog;
}

// Reopens a signed or sealed record for changes: every standing signature is
// revoked (kept in the record's history, marked revoked with the reason) and
// the record returns to in progress. Needs a signer's login and password and
// a reason; calls SignOffService::reopen and stays open on failure.
//
//   ReopenDialog dialog(store, service, recordId, this);
//   if (dialog.exec() == QDialog::Accepted) ...
//
// Children by object name: loginEdit, passwordEdit, reasonEdit, reopenButton,
// warningLabel, errorLabel.
class ReopenDialog : public QDialog {
    Q_OBJECT
public:
    ReopenDialog(ChecklistStore& store, SignOffService& service, qint64 recordId, QWidget* parent = nullptr);
    ~ReopenDialog() override;

    void setLogin(const QString& login);

public Q_SLOTS:
    // What the Reopen button does.
    void tryReopen();

private:
    void updateButton();
    void showError(const QString& message);

    std::unique_ptr<Ui::ReopenDialog> m_ui;
    SignOffService& m_service;
    const qint64 m_recordId;
};
