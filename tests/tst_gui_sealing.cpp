// The organisation's seal in the window, offscreen, with NSS databases made
// by certutil: Preferences ▸ Sealing lists what can seal (asking for the
// certificate database's password, a wrong one first), remembers the choice
// and imports a PKCS#12 file; File ▸ Export PDF… then verifies the record and
// seals the PDF, which pdfsig reports valid. A refused seal writes nothing.
//
// Poppler opens NSS once per process: every seal and listing here uses the
// one database with a password (m_passwordDb); the import into another
// folder shows the restart note.
#include "GuiTestSupport.h"
#include "NssTestDatabase.h"
#include "PdfText.h"
#include "ProcessRun.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/ReportActions.h"
#include "ui/SealingPage.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {
const QString kNssPassword = QStringLiteral("nss-db-secret-1");
const QString kFilePassword = QStringLiteral("p12-file-secret-7");
const QString kSecondSeal = QStringLiteral("Second Seal");
} // namespace

class TestGuiSealing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sealingPageListsWhatCanSealAndRemembersTheChoice();
    void importIntoTheOpenDatabaseIsListed();
    void importIntoAnotherFolderCreatesItAndNeedsARestart();
    void exportPdfSealsIt();
    void expiredCertificateWritesNothing();
    void recordThatFailsVerificationIsNotSealed();

private:
    std::unique_ptr<MainWindow> windowWithRecord();
    // Answers the NSS password prompts with answers, in order; counts them.
    void answerPasswords(const QStringList& answers);
    QString exportThroughTheWindow(const QString& name);

    QTemporaryDir m_dir;
    QString m_passwordDb;
    QString m_otherDb;
    QString m_p12;
    QString m_database;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    QList<Prompts::Message> m_messages;
    QStringList m_passwordLabels;
    QString m_lastStatus;
};

void TestGuiSealing::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_sealing"));
    QVERIFY(m_dir.isValid());
    for (const QString& program :
         {QStringLiteral("certutil"), QStringLiteral("pk12util"), QStringLiteral("pdfsig")})
        QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
                 qPrintable(program + QStringLiteral(" is missing (libnss3-tools, poppler-utils)")));
    m_passwordDb = m_dir.filePath(QStringLiteral("nss-password"));
    m_otherDb = m_dir.filePath(QStringLiteral("nss-other"));
    QVERIFY(NssTestDatabase::make(m_passwordDb, kNssPassword));
    // A second sealing certificate, self-signed in another database, as a PKCS#12 file. (One issued by
    // that database's own "Test CA" would clash with this one's CA of the same name and serial.)
    QVERIFY(NssTestDatabase::make(m_otherDb, QString()));
    QVERIFY(NssTestDatabase::certutil(
        m_otherDb,
        {QStringLiteral("-S"), QStringLiteral("-n"), kSecondSeal, QStringLiteral("-s"),
         QStringLiteral("CN=Second Release Office,O=ACME"), QStringLiteral("-x"), QStringLiteral("-t"),
         QStringLiteral(",,"), QStringLiteral("-k"), QStringLiteral("rsa"), QStringLiteral("-g"),
         QStringLiteral("2048"), QStringLiteral("-v"), QStringLiteral("12"), QStringLiteral("-m"),
         QStringLiteral("9"), QStringLiteral("-z"), m_otherDb + QStringLiteral("/noise.bin")}));
    m_p12 = m_dir.filePath(QStringLiteral("second-seal.p12"));
    QVERIFY(NssTestDatabase::exportCertificate(m_otherDb, kSecondSeal, m_p12, kFilePassword));

    m_database = m_dir.filePath(QStringLiteral("sealing.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(m_database, ChecklistStore::OpenMode::CreateIfMissing).ok());
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(templateId.ok());
    const Result<qint64> id = m_store->createRecord(
        *templateId, {QStringLiteral("Release 3.1"), QStringLiteral("3.1.0"), QStringLiteral("Production")},
        QStringLiteral("Quinn QA"));
    QVERIFY(id.ok());
    m_recordId = *id;
    QSettings().setValue(SettingsKeys::kOpenReportWhenDone, false);
}

void TestGuiSealing::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    m_passwordLabels.clear();
    Prompts::resetHooks();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
    UserSettings::setSealNssDirectory(m_passwordDb);
    UserSettings::setSealCertificate(QString());
}

void TestGuiSealing::cleanup() {
    Prompts::resetHooks();
}

void TestGuiSealing::answerPasswords(const QStringList& answers) {
    Prompts::setPasswordHook([this, answers](const QString&, const QString& label) -> std::optional<QString> {
        m_passwordLabels << label;
        if (m_passwordLabels.size() > answers.size())
            return std::nullopt;
        return answers.at(m_passwordLabels.size() - 1);
    });
}

std::unique_ptr<MainWindow> TestGuiSealing::windowWithRecord() {
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    if (!window->openRecord(m_recordId))
        qWarning("the record did not open");
    return window;
}

void TestGuiSealing::sealingPageListsWhatCanSealAndRemembersTheChoice() {
    auto window = windowWithRecord();
    auto* preferences = window->findChild<QAction*>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    // The database's password is asked when the page is first looked at: a wrong one, then the right one.
    answerPasswords({QStringLiteral("wrong"), kNssPassword});
    QStringList usable;
    int listed = -1;
    QString problem;
    Prompts::setDialogHook([&](QDialog& dialog) {
        auto* preferencesDialog = qobject_cast<PreferencesDialog*>(&dialog);
        if (!preferencesDialog)
            return int(QDialog::Rejected);
        dialog.show();
        preferencesDialog->showSealingPage();
        QCoreApplication::processEvents(); // the page lists once it has painted
        SealingPage* page = preferencesDialog->sealingPage();
        auto* combo = page->findChild<QComboBox*>(QStringLiteral("sealCertificateCombo"));
        listed = page->findChild<QTreeWidget*>(QStringLiteral("certificateList"))->topLevelItemCount();
        problem = page->findChild<QLabel*>(QStringLiteral("sealingProblem"))->text();
        for (int i = 0; i < combo->count(); ++i)
            usable << combo->itemData(i).toString();
        combo->setCurrentIndex(combo->findData(NssTestDatabase::kSeal));
        return int(QDialog::Accepted);
    });
    preferences->trigger();
    QCOMPARE(m_passwordLabels.size(), 2);
    QVERIFY2(m_passwordLabels.at(1).contains(QStringLiteral("did not open")),
             qPrintable(m_passwordLabels.at(1)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The CA, the seal, the expired and the EC certificate have keys; only RSA keys valid today can seal.
    QCOMPARE(listed, 4);
    QVERIFY2(usable.contains(NssTestDatabase::kSeal), qPrintable(usable.join(u',')));
    QVERIFY(usable.contains(QString())); // "Do not seal"
    QVERIFY(!usable.contains(QStringLiteral("Expired")));
    QVERIFY(!usable.contains(QStringLiteral("EC Seal")));
    QCOMPARE(UserSettings::sealCertificate(), NssTestDatabase::kSeal);
    QCOMPARE(QFileInfo(UserSettings::sealNssDirectory()), QFileInfo(m_passwordDb));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
}

void TestGuiSealing::importIntoTheOpenDatabaseIsListed() {
    SealingPage page;
    page.setNssDirectory(m_passwordDb);
    answerPasswords({kNssPassword}); // asked only when this test runs alone
    QVERIFY(page.listCertificates());
    m_passwordLabels.clear();
    QString offeredFilter;
    Prompts::setOpenFileHook([&](const QString&, const QString&, const QString& filter) {
        offeredFilter = filter;
        return m_p12;
    });
    // The file's password wrong (pk12util asks for the database's first): nothing is imported, and the box
    // says so.
    answerPasswords({QStringLiteral("not the file password"), kNssPassword});
    page.importPkcs12();
    QVERIFY(offeredFilter.contains(QStringLiteral("*.p12")));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.at(0).text.contains(QStringLiteral("The password of second-seal.p12 is wrong")),
             qPrintable(m_messages.at(0).text));
    QVERIFY(!NssTestDatabase::holds(m_passwordDb, kSecondSeal));

    // The file's password, then the database's (it has one).
    m_messages.clear();
    m_passwordLabels.clear();
    answerPasswords({kFilePassword, kNssPassword});
    page.importPkcs12();
    QVERIFY2(m_messages.size() == 1 && m_messages.at(0).icon == QMessageBox::Information,
             qPrintable(m_messages.value(0).text));
    QVERIFY(NssTestDatabase::holds(m_passwordDb, kSecondSeal));
    // And the page lists it at once, without a restart, and chooses it, since nothing was chosen.
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("sealCertificateCombo"));
    QCOMPARE(page.certificate(), kSecondSeal);
    QVERIFY2(combo->findData(kSecondSeal) > 0,
             qPrintable(page.findChild<QLabel*>(QStringLiteral("sealingProblem"))->text()));
}

void TestGuiSealing::importIntoAnotherFolderCreatesItAndNeedsARestart() {
    const QString fresh = m_dir.filePath(QStringLiteral("fresh/nssdb"));
    SealingPage page;
    page.setNssDirectory(fresh);
    page.show();
    QCoreApplication::processEvents();
    auto* problem = page.findChild<QLabel*>(QStringLiteral("sealingProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("no certificate database")),
             qPrintable(problem->text()));
    Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return m_p12; });
    answerPasswords({kFilePassword});
    page.importPkcs12();
    // Created without a password, so only the file's was asked.
    QCOMPARE(m_passwordLabels.size(), 1);
    QVERIFY(NssTestDatabase::holds(fresh, kSecondSeal));
    // This process already opened another database: the page says a restart is needed.
    QVERIFY2(problem->text().contains(QStringLiteral("restarts")), qPrintable(problem->text()));
    QVERIFY(!page.findChildren<QLabel*>().isEmpty());
    bool restartNoteShown = false;
    for (QLabel* label : page.findChildren<QLabel*>())
        restartNoteShown =
            restartNoteShown || (label->isVisible() && label->text().contains(QStringLiteral("restart")));
    QVERIFY(restartNoteShown);
}

QString TestGuiSealing::exportThroughTheWindow(const QString& name) {
    auto window = windowWithRecord();
    const QString target = m_dir.filePath(name);
    Prompts::setSaveFileHook([&](const QString&, const QString&, const QString&) { return target; });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_lastStatus = window->statusBar()->currentMessage();
    return target;
}

void TestGuiSealing::exportPdfSealsIt() {
    UserSettings::setSealCertificate(NssTestDatabase::kSeal);
    answerPasswords({kNssPassword});
    const QString sealed = exportThroughTheWindow(QStringLiteral("sealed.pdf"));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    // NSS keeps this process logged in to the database since the page above: no second question.
    QVERIFY(m_passwordLabels.size() <= 1);
    QVERIFY(QFileInfo::exists(sealed));
    QVERIFY2(m_lastStatus.contains(QStringLiteral("sealed by CN=ACME Release Office")),
             qPrintable(m_lastStatus));

    const TestSupport::ProcessRun sig =
        TestSupport::runProcess(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), m_passwordDb, sealed});
    QVERIFY2(sig.outText().contains(QStringLiteral("Signature is Valid")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("Total document signed")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("ACME Release Office")), sig.out.constData());
    const QString text = TestSupport::pdfText(sealed, TestSupport::PdfTextOrder::Drawn).simplified();
    QVERIFY2(text.contains(QStringLiteral("Sealed at export with a PDF signature by CN=ACME Release Office")),
             qPrintable(text.right(600)));
}

void TestGuiSealing::expiredCertificateWritesNothing() {
    UserSettings::setSealCertificate(QStringLiteral("Expired"));
    answerPasswords({kNssPassword});
    const QString target = exportThroughTheWindow(QStringLiteral("expired.pdf"));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(
        m_messages.at(0).text.contains(QStringLiteral("cannot be sealed with the certificate “Expired”")) &&
            m_messages.at(0).text.contains(QStringLiteral("expired on")),
        qPrintable(m_messages.at(0).text));
    QVERIFY(!QFileInfo::exists(target));
}

void TestGuiSealing::recordThatFailsVerificationIsNotSealed() {
    // A state changed behind the application's back, as tst_tamper does it.
    QCOMPARE(
        TestSupport::rawExec(
            m_database, QStringLiteral("UPDATE records SET state = 'sealed' WHERE id = %1").arg(m_recordId)),
        QString());
    UserSettings::setSealCertificate(NssTestDatabase::kSeal);
    answerPasswords({kNssPassword});
    const QString target = exportThroughTheWindow(QStringLiteral("tampered.pdf"));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.at(0).text.contains(QStringLiteral("does not verify, so it is not sealed")),
             qPrintable(m_messages.at(0).text));
    QVERIFY(m_passwordLabels.isEmpty()); // refused before anything was asked
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_MAIN(TestGuiSealing)
#include "tst_gui_sealing.moc"
