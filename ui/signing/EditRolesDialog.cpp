#include "ui/signing/EditRolesDialog.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "ui/signing/AdministratorFields.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/SigningStyle.h"
#include "ui_EditRolesDialog.h"

#include <QPushButton>

EditRolesDialog::EditRolesDialog(ChecklistStore& store, const Signer& signer, const QStringList& knownRoles,
                                 const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditRolesDialog>())
    , m_store(store)
    , m_login(signer.login)
    , m_actor(actor) {
    m_ui->setupUi(this);
    setMinimumWidth(440);
    setWindowTitle(tr("Roles of %1").arg(signer.printedName));
    m_ui->introLabel->setText(
        tr("The roles %1 (%2) may sign. Signatures already made keep the role they were made "
           "under.")
            .arg(signer.printedName, signer.login));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    QStringList roles = knownRoles;
    for (const QString& role : signer.roles) {
        if (!roles.contains(role, Qt::CaseInsensitive))
            roles << role;
    }
    m_ui->rolePicker->setKnownRoles(roles);
    m_ui->rolePicker->setRoles(signer.roles);
    SigningStyle::makeErrorBanner(m_ui->errorLabel);

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("&Save Roles"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditRolesDialog::trySave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->rolePicker, &RolePicker::rolesChanged, this, &EditRolesDialog::updateButton);
    updateButton();
}

EditRolesDialog::~EditRolesDialog() = default;

void EditRolesDialog::certifyBy() {
    m_administrator = new AdministratorFields(m_store, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_administrator);
    connect(m_administrator, &AdministratorFields::changed, this, &EditRolesDialog::updateButton);
    updateButton();
}

void EditRolesDialog::updateButton() {
    // A signer with no role could sign nothing; deactivate them instead.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->rolePicker->roles().isEmpty() &&
                     (!m_administrator || m_administrator->isComplete()));
}

void EditRolesDialog::trySave() {
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Status saved;
    if (m_administrator) {
        Registry::Credentials admin = m_administrator->take();
        saved = Registry(m_store).setSignerRoles(admin, m_login, m_ui->rolePicker->roles(), m_actor);
    } else {
        saved = m_store.setSignerRoles(m_login, m_ui->rolePicker->roles(), m_actor);
    }
    if (!saved) {
        SigningStyle::showError(m_ui->errorLabel, EngineMessage::sentence(saved.error()));
        return;
    }
    accept();
}
