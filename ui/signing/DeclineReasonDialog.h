#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

// Asks a signer who declines to sign why, before the signature dialog makes
// the refusal with their login and password (SignOffService::decline). The
// reason is required: Decline stays disabled until there is one.
// Tests drive it by object name: declineReasonEdit, declineConfirmButton.
class DeclineReasonDialog : public QDialog {
    Q_OBJECT
public:
    DeclineReasonDialog(const QString& role, const QString& recordTitle, QWidget* parent = nullptr);

    QString reason() const;

private:
    QPlainTextEdit* m_reason;
    QPushButton* m_decline;
};
