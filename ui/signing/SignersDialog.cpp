#include "ui/signing/SignersDialog.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "ui/signing/AddSignerDialog.h"
#include "ui/signing/ChangePasswordDialog.h"
#include "ui/signing/EditRolesDialog.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/SignersTableModel.h"
#include "ui/signing/SigningStyle.h"
#include "ui_SignersDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

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
    m_ui->hintLabel->setText(
        tr("The people who may sign records, and the roles they sign as. Signers are never "
           "deleted or renamed, so that every signature leads back to the person who made it: "
           "deactivate someone who should no longer sign. Their past signatures stay valid."));
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    // A database with a signer registry changes who may sign only by an
    // administrator's signed statement, which this window cannot make yet:
    // it shows the root to compare, and leaves the changes to the CLI
    // instead of writing rows the registry would not vouch for.
    const Result<QString> root = Registry(store).rootFingerprint();
    m_registryRoot = root ? root.value() : QString();
    if (!m_registryRoot.isEmpty()) {
        m_ui->hintLabel->setText(
            m_ui->hintLabel->text() + QStringLiteral("\n\n") +
            tr("This database has a signer registry, root fingerprint %1. Compare it with the one your "
               "administrator gave you. Adding, deactivating and reactivating signers and changing their "
               "roles need an administrator: use countersign-cli signer … --admin LOGIN.")
                .arg(m_registryRoot));
        m_ui->hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
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
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    updateButtons();
}

SignersDialog::~SignersDialog() = default;

void SignersDialog::setDialogRunner(DialogRunner runner) {
    m_runDialog = std::move(runner);
}

void SignersDialog::setConfirmer(Confirmer confirmer) {
    m_confirm = std::move(confirmer);
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

void SignersDialog::updateButtons() {
    const Signer* signer = m_model->signerAt(m_model->rowOf(selectedLogin()));
    const bool registry = !m_registryRoot.isEmpty();
    m_ui->addButton->setEnabled(!registry);
    m_ui->editRolesButton->setEnabled(!registry && signer && signer->active);
    m_ui->passwordButton->setEnabled(signer && signer->active); // a signer's own: the key stays the same
    m_ui->activeButton->setEnabled(!registry && signer != nullptr);
    m_ui->activeButton->setText(signer && !signer->active ? tr("Re&activate…") : tr("&Deactivate…"));
}

void SignersDialog::addSigner() {
    SigningStyle::showError(m_ui->errorLabel, QString());
    AddSignerDialog dialog(m_service, m_knownRoles, m_actor, this);
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
    if (!m_confirm || !m_confirm(title, text))
        return;
    const Status changed = m_store.setSignerActive(login, activate, m_actor);
    if (!changed)
        SigningStyle::showError(m_ui->errorLabel, EngineMessage::sentence(changed.error()));
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
