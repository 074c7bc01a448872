// Sign-off policies in the window (issue 20, part 4), offscreen on a real
// SQLite file: File ▸ Template Properties… edits a template's policy and
// saves it as the next version; the signature dialog shows the policy and the
// engine's refusal of a signer who changed items; the sign-off table gives a
// role of two signers two rows. COUNTERSIGN_SCREENSHOTS=<dir> saves PNGs.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/FileActions.h"
#include "ui/TemplatePropertiesDialog.h"
#include "ui/base/Prompts.h"
#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
using GuiTestSupport::child;

const QString kPassword = QStringLiteral("correct horse 1");
const QString kQaLead = QStringLiteral("QA Lead");

void saveShot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}
} // namespace

class TestGuiPolicies : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
    };

    Fixture makeFixture() {
        Fixture f;
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened =
            f.store->open(m_dir.filePath(QStringLiteral("policies%1.sqlite").arg(++m_counter)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        for (const TestAdministrator::RoleHolder& h :
             TestAdministrator::kBuiltInRoleHolders +
                 QList<TestAdministrator::RoleHolder>{
                     {QStringLiteral("rita"), QStringLiteral("Rita Second"), kQaLead}}) {
            const Result<qint64> added =
                TestAdministrator::registerSigner(*f.service, *f.store, h.login, h.name, {h.role},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
        return f;
    }

    static void showAndWait(QDialog& dialog) {
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_policies"));
        TestSupport::strictWarnings();
    }
    void init() { GuiTestSupport::rejectUnexpectedDialogs(); }
    void cleanup() { Prompts::resetHooks(); }

    // File ▸ Template Properties…: the chosen template's roles with their
    // policy; Save stays off until something changes, and stores version 2.
    void templatePropertiesEditsAndSavesANewVersion() {
        Fixture f = makeFixture();
        QWidget window;
        FileActions actions(f.store.get(), &window);
        QSignalSpy saved(&actions, &FileActions::statusMessage);
        Prompts::setChoiceHook([](const QString&, const QStringList& items) -> std::optional<int> {
            return items.size() == 1 ? std::optional<int>(0) : std::nullopt;
        });
        bool shown = false;
        Prompts::setDialogHook([&shown](QDialog& dialog) {
            auto* properties = qobject_cast<TemplatePropertiesDialog*>(&dialog);
            if (!properties)
                return int(QDialog::Rejected);
            shown = true;
            dialog.show();
            QPushButton* save =
                child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
            QSpinBox* signers = properties->signersEditor(kQaLead);
            QCheckBox* independent = properties->independentEditor(kQaLead);
            if (!signers || !independent || save->isEnabled() || signers->value() != 1)
                return int(QDialog::Rejected);
            signers->setValue(2);
            independent->setChecked(true);
            if (!save->isEnabled())
                return int(QDialog::Rejected);
            saveShot(&dialog, QStringLiteral("template-properties.png"));
            return int(QDialog::Accepted);
        });
        actions.templateProperties();
        QVERIFY(shown);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(saved.at(0).at(0).toString().contains(u"version 2"),
                 qPrintable(saved.at(0).at(0).toString()));
        const QList<TemplateSummary> templates = f.store->templates().value();
        QCOMPARE(templates.size(), 2);
        const ChecklistTemplate newest = f.store->loadTemplate(templates.last().id).value();
        QCOMPARE(newest.version, 2);
        QCOMPARE(newest.rolePolicies.value(kQaLead), (RolePolicy{2, true}));
        QCOMPARE(f.store->loadTemplate(templates.first().id)->rolePolicies.size(), 0);
    }

    // The signature dialog names the policy, and shows the engine's refusal
    // of a QA Lead who ticked items; the sign-off table has QA Lead 1 of 2 and 2 of 2.
    void signatureDialogShowsThePolicyAndTheRefusal() {
        Fixture f = makeFixture();
        ChecklistTemplate tmpl = BuiltInTemplate::load().value();
        tmpl.rolePolicies.insert(kQaLead, RolePolicy{2, true});
        const qint64 templateId = f.store->addTemplate(tmpl).value();
        const qint64 recordId = *f.store->createRecord(
            templateId, {QStringLiteral("Checkout 4.2 to production"), QStringLiteral("4.2.0"), {}},
            QStringLiteral("tester"));
        int ticked = 0;
        const Record fresh = f.store->loadRecord(recordId).value();
        for (const ChecklistSection& section : fresh.sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind != SectionKind::Checklist || item.isGroupHeader)
                    continue;
                const QString by = ticked++ < 12 ? QStringLiteral("Quinn Anders") : QStringLiteral("tester");
                QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, by).ok());
            }
        }
        QVERIFY(f.service
                    ->sign({recordId,
                            QStringLiteral("Deployment Manager"),
                            QStringLiteral("dm"),
                            SecretBytes::fromText(kPassword),
                            QStringLiteral("Approved"),
                            {},
                            true})
                    .ok());

        SignatureDialog dialog(*f.store, *f.service, recordId, kQaLead);
        showAndWait(dialog);
        QVERIFY(dialog.isSigningAllowed());
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("roleValue"))->text(),
                 QStringLiteral("QA Lead — 2 signers, independent; 0 of 2 signed"));
        child<QLineEdit>(&dialog, QStringLiteral("loginEdit"))->setText(QStringLiteral("qa"));
        child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(kPassword);
        child<QCheckBox>(&dialog, QStringLiteral("typedCheck"))->setChecked(true);
        QPushButton* sign = child<QPushButton>(&dialog, QStringLiteral("signButton"));
        QVERIFY(sign->isEnabled());
        QTest::mouseClick(sign, Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(
            error->text().contains(u"Quinn Anders changed 12 items of this record; QA Lead must be signed by "
                                   u"someone independent"),
            qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        saveShot(&dialog, QStringLiteral("signature-dialog-independent.png"));
        dialog.reject();

        QVERIFY(f.service
                    ->sign({recordId,
                            kQaLead,
                            QStringLiteral("rita"),
                            SecretBytes::fromText(kPassword),
                            QStringLiteral("Verified"),
                            {},
                            true})
                    .ok());
        SignOffTableModel model(*f.store);
        QAbstractItemModelTester tester(&model);
        model.setRecordId(recordId);
        QCOMPARE(model.rowCount(), 5); // four roles, QA Lead twice
        QCOMPARE(model.index(1, SignOffTableModel::RoleColumn).data().toString(),
                 QStringLiteral("QA Lead 1 of 2"));
        QCOMPARE(model.index(1, SignOffTableModel::NameColumn).data().toString(),
                 QStringLiteral("Rita Second"));
        QCOMPARE(model.index(2, SignOffTableModel::RoleColumn).data().toString(),
                 QStringLiteral("QA Lead 2 of 2"));
        QVERIFY(model.isUnsignedRole(2));
        QCOMPARE(model.roleAt(2), kQaLead);
        QVERIFY(!model.isUnsignedRole(1));
    }
};

QTEST_MAIN(TestGuiPolicies)
#include "tst_gui_policies.moc"
