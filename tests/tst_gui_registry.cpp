// The signer registry in the window, offscreen, through the dialogs a person
// uses: a new database shows the "no administrator yet" bar and Set Up This
// Database; Tools ▸ Signers then asks an administrator's login and password
// for every change of who may sign, and each refusal the registry issue names
// (no administrator, a wrong password, an administrator certifying
// themselves, a weak password, a deactivation without an administrator) is
// shown where it happens, with nothing written. A database with signers from
// before the registry is migrated by the same page, and verifies.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/base/Prompts.h"
#include "ui/signing/AddSignerDialog.h"
#include "ui/signing/AdministratorPrompt.h"
#include "ui/signing/EditRolesDialog.h"
#include "ui/signing/KnownRoles.h"
#include "ui/signing/RegistryNotice.h"
#include "ui/signing/RegistrySetupDialog.h"
#include "ui/signing/RolePicker.h"
#include "ui/signing/SignersDialog.h"
#include "ui/signing/SignersTableModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using GuiTestSupport::child;

namespace {
const QString kActor = QStringLiteral("Ada at her desk");
const QString kSignerPassword = TestSupport::kSigningPassword;

QPushButton* button(QObject* parent, const QString& name) {
    return child<QPushButton>(parent, name);
}

// Fills the set-up page and presses Set Up.
void fillSetUp(QDialog& d, const QString& password) {
    child<QLineEdit>(&d, QStringLiteral("loginEdit"))->setText(TestAdministrator::kLogin);
    child<QLineEdit>(&d, QStringLiteral("nameEdit"))->setText(TestAdministrator::kName);
    child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(password);
    child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(password);
    button(&d, QStringLiteral("setUpButton"))->click();
}

// Fills an Add Signer dialog; the administrator's password last.
void fillSigner(QDialog& d, const QString& login, const QString& name, const QString& role,
                const QString& adminLogin, const QString& adminPassword) {
    child<QLineEdit>(&d, QStringLiteral("loginEdit"))->setText(login);
    child<QLineEdit>(&d, QStringLiteral("nameEdit"))->setText(name);
    child<QCheckBox>(child<RolePicker>(&d, QStringLiteral("rolePicker")), QStringLiteral("role:") + role)
        ->setChecked(true);
    child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(kSignerPassword);
    child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(kSignerPassword);
    child<QLineEdit>(&d, QStringLiteral("adminLoginEdit"))->setText(adminLogin);
    child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(adminPassword);
}
} // namespace

class TestGuiRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_registry"));
        QVERIFY(m_dir.isValid());
    }
    void init() {
        TestSupport::strictWarnings();
        Prompts::resetHooks();
        GuiTestSupport::rejectUnexpectedDialogs();
    }

    // A new database: the bar, Set Up This Database, and a weak password refused on the way.
    void aNewDatabaseIsSetUpFromTheWindow() {
        std::unique_ptr<ChecklistStore> store = newStore();
        std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(store.get());
        auto* notice = child<RegistryNotice>(window.get(), QStringLiteral("registryNotice"));
        QVERIFY(notice->isVisible());

        bool weakRefused = false;
        QString fingerprint;
        QString shownKeyLabel;
        QString recoveryKey;
        bool closeWaited = false;
        Prompts::setDialogHook([&](QDialog& d) {
            auto* setUp = qobject_cast<RegistrySetupDialog*>(&d);
            if (!setUp)
                return int(QDialog::Rejected);
            d.show();
            // A dictionary word is refused as it is typed, with the reason.
            child<QLineEdit>(&d, QStringLiteral("loginEdit"))->setText(TestAdministrator::kLogin);
            child<QLineEdit>(&d, QStringLiteral("nameEdit"))->setText(TestAdministrator::kName);
            child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("sunflower123"));
            child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(QStringLiteral("sunflower123"));
            const QString hint = child<QLabel>(&d, QStringLiteral("passwordHint"))->text();
            weakRefused = !button(&d, QStringLiteral("setUpButton"))->isEnabled() &&
                          hint.contains(QStringLiteral("dictionary word"));
            fillSetUp(d, TestAdministrator::kPassword);
            fingerprint = child<QLabel>(&d, QStringLiteral("fingerprintLabel"))->text();
            shownKeyLabel =
                child<QLabel>(&d, QStringLiteral("fingerprintLabel"))->isVisible() ? fingerprint : QString();
            // The recovery key, once: Close and Escape wait until it is written down.
            recoveryKey = child<QLabel>(&d, QStringLiteral("recoveryKeyLabel"))->text();
            QPushButton* close = button(&d, QStringLiteral("setUpButton"));
            closeWaited = !close->isEnabled();
            QTest::keyClick(&d, Qt::Key_Escape);
            closeWaited = closeWaited && d.isVisible();
            child<QCheckBox>(&d, QStringLiteral("writtenDownBox"))->setChecked(true);
            close->click();
            return d.result();
        });
        QTest::mouseClick(button(notice, QStringLiteral("setUpRegistryButton")), Qt::LeftButton);
        QVERIFY(weakRefused);
        QVERIFY(!fingerprint.isEmpty());
        QCOMPARE(shownKeyLabel, fingerprint);
        QCOMPARE(Registry(*store).rootFingerprint().value(), fingerprint);
        QVERIFY(!notice->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(fingerprint));
        QVERIFY(Verifier::verify(*store, std::nullopt, fingerprint).intact());

        // The key shown is the one that resets a forgotten password.
        QVERIFY(closeWaited);
        QCOMPARE(QString(recoveryKey).remove(u'-').size(), 26);
        const QString newPassword = QStringLiteral("Copper-2-meadow-Lynx!");
        const Status recovered = Registry(*store).recoverAdministrator(
            SecretBytes::fromText(recoveryKey), TestAdministrator::kLogin, SecretBytes::fromText(newPassword),
            kActor);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
        Registry::Credentials admin{TestAdministrator::kLogin, SecretBytes::fromText(newPassword)};
        SignOffService service(*store);
        QVERIFY(service
                    .registerSigner(QStringLiteral("qa"), QStringLiteral("Quinn Anders"),
                                    {QStringLiteral("QA Lead")}, SecretBytes::fromText(kSignerPassword),
                                    kActor, &admin)
                    .ok());
        QVERIFY(Verifier::verify(*store, std::nullopt, fingerprint).intact());
    }

    // Without a registry the Signers window changes nothing of who may sign: it offers Set Up.
    void withoutAnAdministratorNobodyIsAdded() {
        std::unique_ptr<ChecklistStore> store = newStore();
        SignOffService service(*store);
        SignersDialog dialog(*store, service, KnownRoles::of(*store), kActor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!button(&dialog, QStringLiteral("addButton"))->isEnabled());
        QVERIFY(button(&dialog, QStringLiteral("setUpButton"))->isVisible());
        QVERIFY(!button(&dialog, QStringLiteral("addAdministratorButton"))->isVisible());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("hintLabel"))
                    ->text()
                    .contains(QStringLiteral("no administrator yet")));
        // The engine refuses too, whatever a front end does.
        const Result<qint64> refused = service.registerSigner(
            QStringLiteral("qa"), QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
            SecretBytes::fromText(kSignerPassword), kActor);
        QVERIFY(!refused.ok());
        QVERIFY(store->signers()->isEmpty());

        // Set Up… from this window, with the two-person rule; then Add… is there.
        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<RegistrySetupDialog*>(&d))
                return int(QDialog::Rejected);
            child<QCheckBox>(&d, QStringLiteral("twoPersonBox"))->setChecked(true);
            fillSetUp(d, TestAdministrator::kPassword);
            child<QCheckBox>(&d, QStringLiteral("writtenDownBox"))->setChecked(true);
            button(&d, QStringLiteral("setUpButton"))->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("setUpButton")), Qt::LeftButton);
        QVERIFY(Registry(*store).exists().value());
        QCOMPARE(Registry(*store).approvalsRequired().value(), 2);
        QVERIFY(button(&dialog, QStringLiteral("addButton"))->isEnabled());
        QVERIFY(!button(&dialog, QStringLiteral("setUpButton"))->isVisible());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("hintLabel"))
                    ->text()
                    .contains(Registry(*store).rootFingerprint().value()));
    }

    // Add… needs the administrator's password; a wrong one, or the
    // administrator adding themselves as a signer, is refused in the dialog
    // with nothing written.
    void addingASignerNeedsTheAdministrator() {
        std::unique_ptr<ChecklistStore> store = newStore();
        TestAdministrator::ensure(*store);
        SignOffService service(*store);
        SignersDialog dialog(*store, service, KnownRoles::of(*store), kActor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int statementsBefore = int(store->registryStatements()->size());

        QStringList refusals;
        bool approveNeedsPassword = false;
        dialog.setDialogRunner([&](QDialog& d) {
            if (!qobject_cast<AddSignerDialog*>(&d))
                return int(QDialog::Rejected);
            d.show();
            QPushButton* add = button(&d, QStringLiteral("addButton"));
            // Everything but the administrator's password: Add is not offered.
            fillSigner(d, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"),
                       TestAdministrator::kLogin, QString());
            approveNeedsPassword = !add->isEnabled();
            const auto attempt = [&](const QString& login, const QString& adminPassword) {
                fillSigner(d, login, QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"),
                           TestAdministrator::kLogin, adminPassword);
                add->click();
                refusals << child<QLabel>(&d, QStringLiteral("errorLabel"))->text();
            };
            attempt(QStringLiteral("qa"), QStringLiteral("Not-the-admin-password-9"));
            attempt(TestAdministrator::kLogin, TestAdministrator::kPassword); // certifying themselves
            attempt(QStringLiteral("qa"), TestAdministrator::kPassword);
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(approveNeedsPassword);
        QCOMPARE(refusals.size(), 3);
        QVERIFY2(refusals.at(0).contains(QStringLiteral("login or password is wrong")),
                 qPrintable(refusals.at(0)));
        QVERIFY2(refusals.at(1).contains(QStringLiteral("may not certify themselves")),
                 qPrintable(refusals.at(1)));
        QCOMPARE(int(store->registryStatements()->size()), statementsBefore + 1); // only the third
        QCOMPARE(store->signers()->size(), 1);
        const int row = dialog.model()->rowOf(QStringLiteral("qa"));
        const QString certified =
            dialog.model()->index(row, SignersTableModel::CertifiedColumn).data().toString();
        QVERIFY2(certified.contains(TestAdministrator::kLogin), qPrintable(certified));
        QVERIFY(Verifier::verify(*store).intact());
    }

    // Deactivate…, Reactivate…, Unlock… and Edit Roles… each go through an
    // administrator's password; Cancel or a missing password changes nothing.
    void everyChangeIsAnAdministratorsCertificate() {
        std::unique_ptr<ChecklistStore> store = newStore();
        SignOffService service(*store);
        QVERIFY(TestAdministrator::registerSigner(service, *store, QStringLiteral("qa"),
                                                  QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kSignerPassword), kActor)
                    .ok());
        SignersDialog dialog(*store, service, KnownRoles::of(*store), kActor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectLogin(QStringLiteral("qa")));

        // Deactivate: the prompt says whom, and Approve waits for the password.
        QString asked;
        bool approveWaited = false;
        dialog.setDialogRunner([&](QDialog& d) {
            if (!qobject_cast<AdministratorPrompt*>(&d))
                return int(QDialog::Rejected);
            asked = child<QLabel>(&d, QStringLiteral("textLabel"))->text();
            approveWaited = !button(&d, QStringLiteral("approveButton"))->isEnabled();
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("activeButton")), Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Quinn Anders")));
        QVERIFY(approveWaited);
        QVERIFY(store->signer(QStringLiteral("qa"))->active);

        const auto approve = [](QDialog& d) {
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("approveButton"))->click();
            return d.result();
        };
        dialog.setDialogRunner(approve);
        QTest::mouseClick(button(&dialog, QStringLiteral("activeButton")), Qt::LeftButton);
        QVERIFY(!store->signer(QStringLiteral("qa"))->active);
        QVERIFY(dialog.model()
                    ->index(dialog.model()->rowOf(QStringLiteral("qa")), SignersTableModel::CertifiedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Revoked")));
        QTest::mouseClick(button(&dialog, QStringLiteral("activeButton")), Qt::LeftButton);
        QVERIFY(store->signer(QStringLiteral("qa"))->active);

        // Five wrong signing passwords lock qa; Unlock… lifts the lock at once.
        const Result<qint64> templateId =
            store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
        const qint64 recordId =
            *store->createRecord(*templateId, {QStringLiteral("Release 5"), {}, {}}, QStringLiteral("t"));
        for (int i = 0; i < SignOffService::kMaxFailedLogins; ++i)
            QVERIFY(!service
                         .reopen(recordId, QStringLiteral("qa"), SecretBytes::fromText(u"wrong-password-1"),
                                 QStringLiteral("x"))
                         .ok());
        dialog.model()->refresh();
        QVERIFY(dialog.selectLogin(QStringLiteral("qa")));
        QVERIFY(button(&dialog, QStringLiteral("unlockButton"))->isEnabled());
        QTest::mouseClick(button(&dialog, QStringLiteral("unlockButton")), Qt::LeftButton);
        QVERIFY(!store->signer(QStringLiteral("qa"))->lockedUntil.isValid());
        QVERIFY(!button(&dialog, QStringLiteral("unlockButton"))->isEnabled());

        // Edit Roles…: the new roles are a new certificate.
        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<EditRolesDialog*>(&d))
                return int(QDialog::Rejected);
            auto* picker = child<RolePicker>(&d, QStringLiteral("rolePicker"));
            child<QCheckBox>(picker, QStringLiteral("role:Product Owner"))->setChecked(true);
            QPushButton* save = button(&d, QStringLiteral("saveButton"));
            if (save->isEnabled())
                return int(QDialog::Rejected); // no administrator yet: Save must wait
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            save->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("editRolesButton")), Qt::LeftButton);
        QCOMPARE(store->signer(QStringLiteral("qa"))->roles,
                 QStringList({QStringLiteral("QA Lead"), QStringLiteral("Product Owner")}));
        const Result<Signer> qa = store->signer(QStringLiteral("qa"));
        QVERIFY(Registry(*store).certificateInForce(qa.value()).ok());

        // Add Administrator…: a second administrator, certified by the first.
        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<AddSignerDialog*>(&d))
                return int(QDialog::Rejected);
            child<QLineEdit>(&d, QStringLiteral("loginEdit"))->setText(QStringLiteral("bert"));
            child<QLineEdit>(&d, QStringLiteral("nameEdit"))->setText(QStringLiteral("Bert Backup"));
            child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(kSignerPassword);
            child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(kSignerPassword);
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("addButton"))->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("addAdministratorButton")), Qt::LeftButton);
        QVERIFY(store->administrator(QStringLiteral("bert")).ok());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("hintLabel"))
                    ->text()
                    .contains(QStringLiteral("Bert Backup")));
        const Verifier::Report report = Verifier::verify(*store);
        QVERIFY2(report.intact(),
                 qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().message));
    }

    // The two-person rule: qa, certified by the first administrator, awaits a second one; Approve… (as
    // bert) puts the certificate in force, and the first administrator may not approve their own.
    void aSecondAdministratorApprovesFromTheWindow() {
        std::unique_ptr<ChecklistStore> store = newStore();
        Registry registry(*store);
        QVERIFY(registry
                    .initRoot(TestAdministrator::kLogin, TestAdministrator::kName,
                              SecretBytes::fromText(TestAdministrator::kPassword), kActor, 2)
                    .ok());
        Registry::Credentials first = TestAdministrator::credentials();
        QVERIFY(registry
                    .addAdministrator(first, QStringLiteral("bert"), QStringLiteral("Bert Backup"),
                                      SecretBytes::fromText(kSignerPassword), kActor)
                    .ok());
        SignOffService service(*store);
        QVERIFY(TestAdministrator::registerSigner(service, *store, QStringLiteral("qa"),
                                                  QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kSignerPassword), kActor)
                    .ok());
        SignersDialog dialog(*store, service, KnownRoles::of(*store), kActor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectLogin(QStringLiteral("qa")));
        const auto certified = [&] {
            return dialog.model()
                ->index(dialog.model()->rowOf(QStringLiteral("qa")), SignersTableModel::CertifiedColumn)
                .data()
                .toString();
        };
        QCOMPARE(certified(), QStringLiteral("Awaiting a second administrator"));
        QPushButton* approveButton = button(&dialog, QStringLiteral("approveButton"));
        QVERIFY(approveButton->isVisible());
        QVERIFY(approveButton->isEnabled());

        // The administrator who certified qa is refused, in the prompt, with nothing written.
        QString refusal;
        dialog.setDialogRunner([&](QDialog& d) {
            if (!qobject_cast<AdministratorPrompt*>(&d))
                return int(QDialog::Rejected);
            child<QLineEdit>(&d, QStringLiteral("adminLoginEdit"))->setText(TestAdministrator::kLogin);
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("approveButton"))->click();
            refusal = child<QLabel>(&d, QStringLiteral("errorLabel"))->text();
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(approveButton, Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("needs another administrator")), qPrintable(refusal));
        QVERIFY(registry.awaitsApproval(QStringLiteral("qa")).value_or(false));

        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<AdministratorPrompt*>(&d))
                return int(QDialog::Rejected);
            child<QLineEdit>(&d, QStringLiteral("adminLoginEdit"))->setText(QStringLiteral("bert"));
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(kSignerPassword);
            button(&d, QStringLiteral("approveButton"))->click();
            return d.result();
        });
        QTest::mouseClick(approveButton, Qt::LeftButton);
        QVERIFY(!registry.awaitsApproval(QStringLiteral("qa")).value_or(true));
        QVERIFY2(certified().startsWith(QStringLiteral("By admin")), qPrintable(certified()));
        QVERIFY(!approveButton->isEnabled());
        const Result<Signer> qa = store->signer(QStringLiteral("qa"));
        QVERIFY(registry.certificateInForce(qa.value()).ok());
        const Verifier::Report report = Verifier::verify(*store);
        QVERIFY2(report.intact(),
                 qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().message));
    }

    // A database from before the registry: the page lists its signers, and
    // after the set-up their old signatures still verify.
    void anOldDatabaseIsMigratedByTheSamePage() {
        std::unique_ptr<ChecklistStore> store = newStore();
        QVERIFY(addLegacySigner(*store, QStringLiteral("qa"), QStringLiteral("Quinn Anders"),
                                QStringLiteral("QA Lead")));
        QVERIFY(addLegacySigner(*store, QStringLiteral("po"), QStringLiteral("Paula Owens"),
                                QStringLiteral("Product Owner")));
        RegistrySetupDialog dialog(*store, kActor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* existing = child<QListWidget>(&dialog, QStringLiteral("existingSigners"));
        QCOMPARE(existing->count(), 2);
        QCOMPARE(existing->findItems(QStringLiteral("Quinn Anders (qa): QA Lead"), Qt::MatchExactly).size(),
                 1);
        fillSetUp(dialog, TestAdministrator::kPassword);
        QVERIFY(!dialog.fingerprint().isEmpty());
        QVERIFY(Verifier::verify(*store, std::nullopt, dialog.fingerprint()).intact());
        const Result<Signer> qa = store->signer(QStringLiteral("qa"));
        QVERIFY(Registry(*store).certificateInForce(qa.value()).ok());
    }

private:
    std::unique_ptr<ChecklistStore> newStore() {
        auto store = std::make_unique<ChecklistStore>();
        store->setBuiltInTemplate(BuiltInTemplate::load);
        const QString path = TestSupport::newDatabase(m_dir, QStringLiteral("registry%1").arg(++m_counter));
        const Status opened = store->open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return store;
    }

    static bool addLegacySigner(ChecklistStore& store, const QString& login, const QString& name,
                                const QString& role) {
        return TestAdministrator::addLegacySigner(store, login, name, role,
                                                  SecretBytes::fromText(kSignerPassword), kActor)
            .ok();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_MAIN(TestGuiRegistry)
#include "tst_gui_registry.moc"
