#include "ui/signing/AddSignerDialog.h"

#include "core/Registry.h"
#include "core/SignOffService.h"
#include "ui/signing/AdministratorFields.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/PasswordRule.h"
#include "ui/signing/SigningStyle.h"
#include "ui_AddSignerDialog.h"

#include <QGuiApplication>
#include <QPushButton>

AddSignerDialog::AddSignerDialog(SignOffService& service, const QStringList& knownRoles, const QString& actor,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddSignerDialog>())
    , m_service(service)
    , m_actor(actor) {
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_ui->introLabel->setText(
        tr("A signer signs records with a login and a password of their own. The login and "
           "the printed name are permanent: signers are never renamed or deleted."));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->loginEdit->setPlaceholderText(tr("For example: jdoe"));
    m_ui->nameEdit->setPlaceholderText(tr("As it should appear beside the signature"));
    m_ui->rolePicker->setKnownRoles(knownRoles);
    SigningStyle::makeErrorBanner(m_ui->errorLabel);

    QPushButton* add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setObjectName(QStringLiteral("addButton"));
    add->setText(tr("&Add Signer"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddSignerDialog::tryAdd);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddSignerDialog::updateButton);
    connect(m_ui->rolePicker, &RolePicker::rolesChanged, this, &AddSignerDialog::updateButton);
    updateButton();
}

AddSignerDialog::~AddSignerDialog() = default;

void AddSignerDialog::certifyBy(ChecklistStore& store, Subject subject) {
    m_registryStore = &store;
    m_subject = subject;
    m_administrator = new AdministratorFields(store, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_administrator);
    connect(m_administrator, &AdministratorFields::changed, this, &AddSignerDialog::updateButton);
    if (subject == Subject::Administrator) {
        setWindowTitle(tr("Add Administrator"));
        m_ui->introLabel->setText(tr(
            "An administrator certifies who may sign, with a login and a password of their own. A second "
            "administrator also means that one forgotten password never leaves the database without one."));
        m_ui->rolesCaption->hide();
        m_ui->rolePicker->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Administrator"));
    }
    updateButton();
}

QString AddSignerDialog::login() const {
    return m_ui->loginEdit->text().trimmed();
}

void AddSignerDialog::updateButton() {
    const QString password = m_ui->passwordEdit->text();
    const QString confirmation = m_ui->confirmEdit->text();
    const PasswordRule::Check check =
        PasswordRule::check(password, confirmation, login(), m_ui->nameEdit->text().trimmed());
    const bool wrong = !check.ok && !confirmation.isEmpty();
    SigningStyle::setHint(m_ui->passwordHint, check.message, check.ok, wrong);
    const bool rolesGiven = m_subject == Subject::Administrator || !m_ui->rolePicker->roles().isEmpty();
    const bool approved = !m_administrator || m_administrator->isComplete();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(check.ok && !login().isEmpty() && !m_ui->nameEdit->text().trimmed().isEmpty() &&
                     rolesGiven && approved);
}

void AddSignerDialog::tryAdd() {
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    SigningStyle::showError(m_ui->errorLabel, QString());
    // Taken out of the fields, which are emptied, right before the engine
    // needs it; after a refusal the password is typed again (twice).
    const SecretBytes password = PasswordField::take(m_ui->passwordEdit);
    PasswordField::wipe(m_ui->confirmEdit);
    std::optional<Registry::Credentials> admin;
    if (m_administrator)
        admin = m_administrator->take();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString name = m_ui->nameEdit->text().trimmed();
    Status added;
    if (m_subject == Subject::Administrator) {
        added = Registry(*m_registryStore).addAdministrator(*admin, login(), name, password, m_actor);
    } else {
        const Result<qint64> id = m_service.registerSigner(login(), name, m_ui->rolePicker->roles(), password,
                                                           m_actor, admin ? &*admin : nullptr);
        if (!id)
            added = id.failure();
    }
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        SigningStyle::showError(m_ui->errorLabel, EngineMessage::sentence(added.error()));
        m_ui->passwordEdit->setFocus();
        return;
    }
    accept();
}
