#include "ui/signing/SignersDialog.h"

#include "core/ChecklistStore.h"
#include "core/RecoveryCode.h"
#include "core/Registry.h"
#include "ui/signing/AddSignerDialog.h"
#include "ui/signing/AdministratorPrompt.h"
#include "ui/signing/ChangePasswordDialog.h"
#include "ui/signing/EditRolesDialog.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/RegistrySetupDialog.h"
#include "ui/signing/SignersTableModel.h"
#include "ui/signing/SigningStyle.h"
#include "ui_SignersDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

#include <algorithm>

SignersDialog::SignersDialog(ChecklistStore& store, SignOffService& service, const QStringList& knownRoles,
                             const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignersDialog>())
    , m_store(store)
    , m_service(service)
    , m_knownRoles(knownRoles)
    , m_actor(actor)
    , m_model(new SignersTableModel(store, this)) {
    m_ui->setupUi(this);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto addButton = [this](const QString& text, const char* name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        m_ui->actionsLayout->insertWidget(m_ui->actionsLayout->indexOf(m_ui->passwordButton), button);
        return button;
    };
    m_unlockButton = addButton(tr("&Unlock…"), "unlockButton");
    m_unlockButton->setToolTip(tr("Lift the lock after too many wrong passwords, before it runs out"));
    m_approveButton = addButton(tr("Appro&ve…"), "approveButton");
    m_approveButton->setToolTip(tr("Two-person rule: approve the certificate another administrator issued"));
    m_addAdministratorButton = addButton(tr("Add Ad&ministrator…"), "addAdministratorButton");
    m_setUpButton = addButton(tr("&Set Up…"), "setUpButton");
    m_setUpButton->setToolTip(tr("Create this database's first administrator"));
    updateHint();
    SigningStyle::makeErrorBanner(m_ui->errorLabel);

    QTableView* view = m_ui->signersView;
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SignersTableModel::RolesColumn, QHeaderView::Stretch);
    view->setAccessibleName(tr("Signers"));

    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SignersDialog::addSigner);
    connect(m_ui->editRolesButton, &QPushButton::clicked, this, &SignersDialog::editRoles);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &SignersDialog::toggleActive);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &SignersDialog::changePassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &SignersDialog::unlock);
    connect(m_approveButton, &QPushButton::clicked, this, &SignersDialog::approveCertificate);
    connect(m_addAdministratorButton, &QPushButton::clicked, this, &SignersDialog::addAdministrator);
    connect(m_setUpButton, &QPushButton::clicked, this, &SignersDialog::setUpRegistry);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignersDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SignersDialog::updateButtons);
    connect(view, &QAbstractItemView::doubleClicked, this, &SignersDialog::editRoles);
    const auto showReadError = [this](const QString& message) {
        SigningStyle::showError(m_ui->errorLabel, EngineMessage::sentence(message));
    };
    connect(m_model, &SignersTableModel::readFailed, this, showReadError);
    if (!m_model->readError().isEmpty())
        showReadError(m_model->readError());

    m_runDialog = [](QDialog& dialog) {
        return dialog.exec();
    };
    updateButtons();
    // Seven columns and the buttons: as wide as the screen comfortably allows,
    // so that the roles are read whole rather than elided.
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        resize(std::max(width(), std::min(1100, int(available.width() * 0.9))),
               std::min(height(), available.height()));
    }
}

SignersDialog::~SignersDialog() = default;

void SignersDialog::setDialogRunner(DialogRunner runner) {
    m_runDialog = std::move(runner);
}

bool SignersDialog::selectLogin(const QString& login) {
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_ui->signersView->selectRow(row);
    return true;
}

QString SignersDialog::selectedLogin() const {
    const QModelIndexList rows = m_ui->signersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Signer* signer = m_model->signerAt(rows.first().row());
    return signer ? signer->login : QString();
}

int SignersDialog::runDialog(QDialog& dialog) {
    return m_runDialog ? m_runDialog(dialog) : dialog.exec();
}

void SignersDialog::updateHint() {
    const Result<QString> root = Registry(m_store).rootFingerprint();
    m_registryRoot = root ? root.value() : QString();
    QString hint =
        tr("The people who may sign records, and the roles they sign as. Signers are never deleted or "
           "renamed, so that every signature leads back to the person who made it: deactivate someone "
           "who should no longer sign. Their past signatures stay valid.");
    if (m_registryRoot.isEmpty()) {
        hint += QStringLiteral("\n\n") +
                tr("This database has no administrator yet, so nobody can be added as a signer. Set Up… "
                   "creates the first administrator, who then certifies each signer.");
    } else {
        QStringList administrators;
        if (const Result<QList<Signer>> admins = m_store.administrators(); admins) {
            for (const Signer& admin : admins.value()) {
                if (admin.active && !RecoveryCode::isReservedLogin(admin.login))
                    administrators << tr("%1 (%2)").arg(admin.printedName, admin.login);
            }
        }
        hint += QStringLiteral("\n\n") +
                tr("Each change needs an administrator's password. Administrators: %1. Root fingerprint: %2 "
                   "(compare it with the one your administrator gave you).")
                    .arg(administrators.join(QStringLiteral(", ")), m_registryRoot);
    }
    m_ui->hintLabel->setText(hint);
}

void SignersDialog::updateButtons() {
    const Signer* signer = m_model->signerAt(m_model->rowOf(selectedLogin()));
    const bool registry = !m_registryRoot.isEmpty();
    const bool locked =
        signer &&
        m_model->data(m_model->index(m_model->rowOf(signer->login), 0), SignersTableModel::LockedRole)
            .toBool();
    m_ui->addButton->setEnabled(registry);
    m_ui->editRolesButton->setEnabled(registry && signer && signer->active);
    m_ui->passwordButton->setEnabled(signer && signer->active); // a signer's own: the key stays the same
    m_ui->activeButton->setEnabled(registry && signer != nullptr);
    m_ui->activeButton->setText(signer && !signer->active ? tr("Re&activate…") : tr("&Deactivate…"));
    m_unlockButton->setEnabled(registry && locked);
    const bool awaiting = signer && m_model
                                        ->data(m_model->index(m_model->rowOf(signer->login), 0),
                                               SignersTableModel::AwaitingApprovalRole)
                                        .toBool();
    m_approveButton->setEnabled(registry && awaiting);
    m_approveButton->setVisible(registry && Registry(m_store).approvalsRequired().value_or(1) >= 2);
    m_addAdministratorButton->setVisible(registry);
    m_setUpButton->setVisible(!registry);
    m_ui->signersView->setColumnHidden(SignersTableModel::CertifiedColumn, !registry);
}

void SignersDialog::approve(const QString& title, const QString& text, const QString& approveText,
                            const std::function<Status(Registry::Credentials&)>& change) {
    AdministratorPrompt prompt(m_store, title, text, approveText, change, this);
    runDialog(prompt);
}

void SignersDialog::setUpRegistry() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    RegistrySetupDialog dialog(m_store, m_actor, this);
    runDialog(dialog);
    updateHint();
    m_model->refresh();
    updateButtons();
}

void SignersDialog::addAdministrator() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    AddSignerDialog dialog(m_service, {}, m_actor, this);
    dialog.certifyBy(m_store, AddSignerDialog::Subject::Administrator);
    if (runDialog(dialog) == QDialog::Accepted)
        updateHint();
}

void SignersDialog::unlock() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    const QString login = selectedLogin();
    const Result<Signer> signer = m_store.signer(login);
    if (login.isEmpty() || !signer)
        return;
    approve(
        tr("Unlock Signer"),
        tr("Unlock %1 (%2)? They are locked after too many wrong passwords; unlocked, they can sign again "
           "at once.")
            .arg(signer->printedName, signer->login),
        tr("&Unlock"), [this, login](Registry::Credentials& admin) {
            return Registry(m_store).unlockSigner(admin, login, m_actor);
        });
    m_model->refresh();
    selectLogin(login);
}

void SignersDialog::approveCertificate() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    const QString login = selectedLogin();
    const Result<Signer> signer = m_store.signer(login);
    if (login.isEmpty() || !signer)
        return;
    approve(tr("Approve Certificate"),
            tr("Approve the certificate of %1 (%2) for the roles %3? Under the two-person rule they can sign "
               "once an administrator other than the one who certified them approves it.")
                .arg(signer->printedName, signer->login, signer->roles.join(QStringLiteral(", "))),
            tr("Appro&ve"), [this, login](Registry::Credentials& admin) {
                return Registry(m_store).approveSigner(admin, login, m_actor);
            });
    m_model->refresh();
    selectLogin(login);
}

void SignersDialog::addSigner() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    AddSignerDialog dialog(m_service, m_knownRoles, m_actor, this);
    dialog.certifyBy(m_store);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    selectLogin(dialog.login());
}

void SignersDialog::editRoles() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    const QString login = selectedLogin();
    const Result<Signer> signer = m_store.signer(login);
    if (login.isEmpty() || !signer || !signer->active)
        return;
    EditRolesDialog dialog(m_store, signer.value(), m_knownRoles, m_actor, this);
    dialog.certifyBy();
    if (runDialog(dialog) == QDialog::Accepted)
        selectLogin(login);
}

void SignersDialog::toggleActive() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    const QString login = selectedLogin();
    const Result<Signer> signer = m_store.signer(login);
    if (login.isEmpty() || !signer)
        return;
    const bool activate = !signer->active;
    const QString title = activate ? tr("Reactivate Signer") : tr("Deactivate Signer");
    const QString text =
        activate
            ? tr("Reactivate %1 (%2)? They can sign again with their roles: %3.")
                  .arg(signer->printedName, signer->login, signer->roles.join(QStringLiteral(", ")))
            : tr("Deactivate %1 (%2)? They can no longer sign. Signatures they have made stay valid, and "
                 "they can be reactivated later.")
                  .arg(signer->printedName, signer->login);
    approve(title, text, activate ? tr("Re&activate") : tr("&Deactivate"),
            [this, login, activate](Registry::Credentials& admin) {
                return Registry(m_store).setSignerActive(admin, login, activate, m_actor);
            });
    selectLogin(login);
}

void SignersDialog::changePassword() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    const QString login = selectedLogin();
    const Result<Signer> signer = m_store.signer(login);
    if (login.isEmpty() || !signer)
        return;
    ChangePasswordDialog dialog(m_service, signer->login, signer->printedName, this);
    runDialog(dialog);
    selectLogin(login);
}
