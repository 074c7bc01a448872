#include "ui/signing/ChangePasswordDialog.h"

#include "core/SignOffService.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/PasswordRule.h"
#include "ui/signing/SigningStyle.h"
#include "ui_ChangePasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(SignOffService& service, const QString& login,
                                           const QString& printedName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_service(service)
    , m_login(login)
    , m_printedName(printedName) {
    m_ui->setupUi(this);
    setMinimumWidth(440);
    setWindowTitle(tr("Change Password of %1").arg(login));
    m_ui->introLabel->setText(tr("The signing password of %1 (%2). Only they should type it: the current "
                                 "password is needed, and wrong ones count towards the lock.")
                                  .arg(printedName, login));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    SigningStyle::makeErrorBanner(m_ui->errorLabel);

    QPushButton* change = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    change->setObjectName(QStringLiteral("changeButton"));
    change->setText(tr("C&hange Password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::tryChange);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->currentEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    updateButton();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::updateButton() {
    const QString confirmation = m_ui->confirmEdit->text();
    const PasswordRule::Check check =
        PasswordRule::check(m_ui->passwordEdit->text(), confirmation, m_login, m_printedName);
    SigningStyle::setHint(m_ui->passwordHint, check.message, check.ok, !check.ok && !confirmation.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(check.ok && !m_ui->currentEdit->text().isEmpty());
}

void ChangePasswordDialog::tryChange() {
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    SigningStyle::showError(m_ui->errorLabel, QString());
    // Taken out of the fields, which are emptied, right before the engine
    // needs them; after a refusal every password is typed again.
    const SecretBytes current = PasswordField::take(m_ui->currentEdit);
    const SecretBytes fresh = PasswordField::take(m_ui->passwordEdit);
    PasswordField::wipe(m_ui->confirmEdit);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_service.changePassword(m_login, current, fresh);
    QGuiApplication::restoreOverrideCursor();
    if (!changed) {
        SigningStyle::showError(m_ui->errorLabel, EngineMessage::sentence(changed.error()));
        m_ui->currentEdit->setFocus();
        return;
    }
    accept();
}
