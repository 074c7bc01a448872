#include "ui/signing/AdministratorFields.h"

#include "core/ChecklistStore.h"
#include "core/RecoveryCode.h"
#include "ui/signing/PasswordField.h"

#include <QFormLayout>
#include <QLineEdit>

AdministratorFields::AdministratorFields(const ChecklistStore& store, QWidget* parent)
    : QGroupBox(tr("Approved by an administrator"), parent)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this)) {
    setObjectName(QStringLiteral("administratorFields"));
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_login->setAccessibleName(tr("Administrator login"));
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setAccessibleName(tr("Administrator password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Administrator lo&gin:"), m_login);
    form->addRow(tr("Administrator pass&word:"), m_password);
    // Most databases have one administrator: their login is no secret, the password is.
    if (const Result<QList<Signer>> admins = store.administrators(); admins) {
        QStringList logins;
        for (const Signer& admin : admins.value()) {
            // The recovery key's own entry only resets a lost password: nobody types it here.
            if (admin.active && !RecoveryCode::isReservedLogin(admin.login))
                logins << admin.login;
        }
        if (logins.size() == 1)
            m_login->setText(logins.first());
    }
    connect(m_login, &QLineEdit::textChanged, this, &AdministratorFields::changed);
    connect(m_password, &QLineEdit::textChanged, this, &AdministratorFields::changed);
}

bool AdministratorFields::isComplete() const {
    return !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

Registry::Credentials AdministratorFields::take() {
    return {m_login->text().trimmed(), PasswordField::take(m_password)};
}

QWidget* AdministratorFields::firstEmptyField() const {
    return m_login->text().trimmed().isEmpty() ? m_login : m_password;
}
