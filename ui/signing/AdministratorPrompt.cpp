#include "ui/signing/AdministratorPrompt.h"

#include "ui/signing/AdministratorFields.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/SigningStyle.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AdministratorPrompt::AdministratorPrompt(const ChecklistStore& store, const QString& title,
                                         const QString& text, const QString& approveText, Change change,
                                         QWidget* parent)
    : QDialog(parent)
    , m_change(std::move(change))
    , m_error(new QLabel(this))
    , m_fields(new AdministratorFields(store, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(title);
    setMinimumWidth(420);
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("textLabel"));
    label->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    SigningStyle::makeErrorBanner(m_error);
    QPushButton* approve = m_buttons->button(QDialogButtonBox::Ok);
    approve->setObjectName(QStringLiteral("approveButton"));
    approve->setText(approveText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdministratorPrompt::tryApprove);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &AdministratorFields::changed, this, &AdministratorPrompt::updateButton);
    updateButton();
    m_fields->firstEmptyField()->setFocus();
}

void AdministratorPrompt::updateButton() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fields->isComplete());
}

void AdministratorPrompt::tryApprove() {
    if (!m_fields->isComplete())
        return;
    SigningStyle::showError(m_error, QString());
    Registry::Credentials admin = m_fields->take();
    // Unsealing the administrator's key is a deliberate, slow key derivation.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = m_change(admin);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        SigningStyle::showError(m_error, EngineMessage::sentence(done.error()));
        m_fields->firstEmptyField()->setFocus();
        return;
    }
    accept();
}
