#include "ui/signing/ReopenDialog.h"

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/SigningStyle.h"
#include "ui_ReopenDialog.h"

#include <QGuiApplication>
#include <QPushButton>

ReopenDialog::ReopenDialog(ChecklistStore& store, SignOffService& service, qint64 recordId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReopenDialog>())
    , m_service(service)
    , m_recordId(recordId) {
    m_ui->setupUi(this);

    int standing = 0;
    QString title = tr("Record #%1").arg(recordId);
    if (const Result<Record> record = store.loadRecord(recordId)) {
        title = record->info.title;
        for (const SignatureEntry& s : record->signatures)
            standing += s.revoked ? 0 : 1;
    }
    setWindowTitle(tr("Reopen “%1”").arg(title));

    SigningStyle::scaleFont(m_ui->headingLabel, 1.3, QFont::Bold);
    m_ui->headingLabel->setTextFormat(Qt::PlainText); // the record's title as written, never HTML
    m_ui->headingLabel->setText(tr("Reopen “%1” for changes").arg(title));

    SigningStyle::makeWarningBanner(m_ui->warningLabel);
    m_ui->warningLabel->setText(
        QStringLiteral(
            "<p style=\"margin:0\"><b>%1</b></p><p style=\"margin-top:4px; margin-bottom:0\">%2</p>")
            .arg(tr("Every signature on this record will be revoked (%n standing).", nullptr, standing)
                     .toHtmlEscaped(),
                 tr("The record returns to In progress so it can be changed, and every role must sign again. "
                    "The revoked signatures stay in the record's history with your name and reason, and the "
                    "audit trail records the reopening.")
                     .toHtmlEscaped()));
    SigningStyle::makeErrorBanner(m_ui->errorLabel);

    m_ui->loginEdit->setPlaceholderText(tr("Your signer login"));
    m_ui->passwordEdit->setPlaceholderText(tr("Your signing password"));
    m_ui->reasonEdit->setPlaceholderText(tr("Why the record must change, for example: a failed smoke test "
                                            "after sign-off (required)"));
    m_ui->reasonEdit->setAccessibleName(tr("Reason for reopening"));

    QPushButton* reopen = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    reopen->setObjectName(QStringLiteral("reopenButton"));
    reopen->setText(tr("&Reopen and Revoke Signatures"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReopenDialog::tryReopen);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &ReopenDialog::updateButton);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &ReopenDialog::updateButton);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &ReopenDialog::updateButton);
    updateButton();
    m_ui->loginEdit->setFocus();
}

ReopenDialog::~ReopenDialog() = default;

void ReopenDialog::setLogin(const QString& login) {
    m_ui->loginEdit->setText(login);
}

void ReopenDialog::updateButton() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->loginEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty() &&
                     !m_ui->reasonEdit->toPlainText().trimmed().isEmpty());
}

void ReopenDialog::showError(const QString& message) {
    SigningStyle::showError(m_ui->errorLabel, message);
}

void ReopenDialog::tryReopen() {
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showError(QString());
    const SecretBytes password = PasswordField::take(m_ui->passwordEdit);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reopened = m_service.reopen(m_recordId, m_ui->loginEdit->text().trimmed(), password,
                                             m_ui->reasonEdit->toPlainText().trimmed());
    QGuiApplication::restoreOverrideCursor();
    if (!reopened) {
        showError(EngineMessage::sentence(reopened.error()));
        m_ui->passwordEdit->setFocus();
        return;
    }
    accept();
}
