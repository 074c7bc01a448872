#include "ui/signing/RegistrySetupDialog.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/PasswordRule.h"
#include "ui/signing/SigningStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

RegistrySetupDialog::RegistrySetupDialog(ChecklistStore& store, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Set Up This Database"));
    setMinimumWidth(520);
    m_pages->addWidget(makeFormPage());
    m_pages->addWidget(makeDonePage());
    QPushButton* setUp = m_buttons->button(QDialogButtonBox::Ok);
    setUp->setObjectName(QStringLiteral("setUpButton"));
    setUp->setText(tr("&Set Up"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("La&ter"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_pages->currentIndex() == 0)
            trySetUp();
        else
            finish();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegistrySetupDialog::reject);
    setUp->setDefault(true);
    updateButtons();
    m_login->setFocus();
}

QWidget* RegistrySetupDialog::makeFormPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(
        tr("Who may sign is certified by an administrator: adding a signer, changing their roles, "
           "deactivating or unlocking them each needs an administrator's password, and verify checks every "
           "signature against those certificates. This database has no administrator yet; create the first "
           "one. Someone who can write the database file but knows no administrator's password cannot add "
           "a signer of their own."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const Result<QList<Signer>> signers = m_store.signers();
    if (signers && !signers->isEmpty()) {
        auto* migration =
            new QLabel(tr("This database has signers already. The administrator certifies them as "
                          "they are now; every signature made so far stays valid and is shown as "
                          "made before the registry:"),
                       page);
        migration->setWordWrap(true);
        layout->addWidget(migration);
        auto* list = new QListWidget(page);
        list->setObjectName(QStringLiteral("existingSigners"));
        list->setAccessibleName(tr("Signers to certify"));
        for (const Signer& s : signers.value()) {
            const QString line =
                tr("%1 (%2): %3").arg(s.printedName, s.login, s.roles.join(QStringLiteral(", ")));
            auto* item =
                new QListWidgetItem(s.active ? line : tr("%1, deactivated: not certified").arg(line), list);
            if (!s.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(5, int(signers->size())) +
                               2 * list->frameWidth() + 4);
        layout->addWidget(list);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = new QLineEdit(page);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("For example: admin.jdoe"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As it should appear on certificates"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    for (QLineEdit* secret : {m_password, m_confirm})
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_passwordHint = new QLabel(page);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setWordWrap(true);
    form->addRow(tr("Administrator &login:"), m_login);
    form->addRow(tr("Printed &name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_passwordHint);
    m_twoPerson = new QCheckBox(tr("Two administrators &approve each signer (two-person rule)"), page);
    m_twoPerson->setObjectName(QStringLiteral("twoPersonBox"));
    m_twoPerson->setToolTip(
        tr("A signer certified by one administrator can sign only once a second administrator "
           "approves. Fixed for the database's life: it cannot be changed later."));
    form->addRow(m_twoPerson); // the whole row: the German wording is long
    layout->addLayout(form);
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    SigningStyle::makeErrorBanner(m_error);
    layout->addWidget(m_error);
    layout->addStretch();
    for (QLineEdit* edit : {m_login, m_name, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &RegistrySetupDialog::updateButtons);
    return page;
}

QWidget* RegistrySetupDialog::makeDonePage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* fingerprintIntro = new QLabel(
        tr("The database's signer registry is set up. Its root fingerprint identifies it: every PDF report "
           "prints it, each machine remembers it, and countersign-cli verify --root checks it. Give it to "
           "everyone who verifies records:"),
        page);
    fingerprintIntro->setWordWrap(true);
    layout->addWidget(fingerprintIntro);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprintLabel = new QLabel(page);
    m_fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprintLabel->setFont(fixed);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprintLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_fingerprintLabel);
    auto* recoveryIntro = new QLabel(
        tr("The recovery key resets an administrator's password if it is forgotten. Write it down now and "
           "keep it apart from this computer and the database: it is not shown again, and whoever holds it "
           "can take over the administration."),
        page);
    recoveryIntro->setObjectName(QStringLiteral("recoveryIntro"));
    recoveryIntro->setWordWrap(true);
    layout->addWidget(recoveryIntro);
    m_recoveryLabel = new QLabel(page);
    m_recoveryLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont big = fixed;
    big.setPointSizeF(fixed.pointSizeF() * 1.3);
    big.setBold(true);
    m_recoveryLabel->setFont(big);
    m_recoveryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recoveryLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_recoveryLabel);
    auto* copy = new QPushButton(tr("C&opy Recovery Key"), page);
    copy->setObjectName(QStringLiteral("copyRecoveryButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_recoveryLabel->text()); });
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(copy);
    copyRow->addStretch();
    layout->addLayout(copyRow);
    m_writtenDown = new QCheckBox(tr("I have &written the recovery key down"), page);
    m_writtenDown->setObjectName(QStringLiteral("writtenDownBox"));
    connect(m_writtenDown, &QCheckBox::toggled, this, &RegistrySetupDialog::updateButtons);
    layout->addWidget(m_writtenDown);
    layout->addStretch();
    return page;
}

void RegistrySetupDialog::reject() {
    if (m_pages->currentIndex() == 0)
        QDialog::reject();
    else
        finish();
}

void RegistrySetupDialog::finish() {
    if (m_writtenDown->isChecked() || m_recoveryLabel->text().isEmpty())
        accept();
}

QString RegistrySetupDialog::recoveryKey() const {
    return m_recoveryLabel->text();
}

void RegistrySetupDialog::updateButtons() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    if (m_pages->currentIndex() == 1) {
        ok->setEnabled(m_writtenDown->isChecked() || m_recoveryLabel->text().isEmpty());
        cancel->hide();
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString name = m_name->text().trimmed();
    const PasswordRule::Check check = PasswordRule::check(m_password->text(), m_confirm->text(), login, name);
    const bool wrong = !check.ok && !m_confirm->text().isEmpty();
    SigningStyle::setHint(m_passwordHint, check.message, check.ok, wrong);
    ok->setEnabled(check.ok && !login.isEmpty() && !name.isEmpty());
}

void RegistrySetupDialog::trySetUp() {
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    SigningStyle::showError(m_error, QString());
    const SecretBytes password = PasswordField::take(m_password);
    PasswordField::wipe(m_confirm);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Registry::Root> made =
        Registry(m_store).initRoot(m_login->text().trimmed(), m_name->text().trimmed(), password, m_actor,
                                   m_twoPerson->isChecked() ? 2 : 1);
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        SigningStyle::showError(m_error, EngineMessage::sentence(made.error()));
        m_password->setFocus();
        return;
    }
    // The code leaves guarded memory only to be shown, once.
    const SecretBytes& code = made->recoveryCode;
    showDone(made->fingerprint, QString::fromLatin1(code.chars(), code.size()));
}

void RegistrySetupDialog::showDone(const QString& fingerprint, const QString& recoveryKey) {
    m_fingerprint = fingerprint;
    m_fingerprintLabel->setText(fingerprint);
    m_recoveryLabel->setText(recoveryKey);
    for (QWidget* w : m_pages->widget(1)->findChildren<QWidget*>()) {
        const QString name = w->objectName();
        if (name == u"recoveryIntro" || name == u"copyRecoveryButton" || name == u"writtenDownBox")
            w->setVisible(!recoveryKey.isEmpty());
    }
    m_recoveryLabel->setVisible(!recoveryKey.isEmpty());
    m_pages->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close"));
    updateButtons();
    (recoveryKey.isEmpty() ? static_cast<QWidget*>(m_buttons->button(QDialogButtonBox::Ok)) : m_writtenDown)
        ->setFocus();
}
