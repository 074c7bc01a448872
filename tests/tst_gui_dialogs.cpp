// Every dialog of the desktop on a small laptop's screen, in English and in
// German: each fits a 1024×700 screen (frame and minimum size inside the
// available geometry), no visible widget of it is cut off, and its keyboard
// mnemonics (labels' buddies, buttons, check boxes, group boxes, tabs) are
// unique within the window and lead somewhere. The dialogs are opened on a
// realistic database: the built-in template's record, signers certified by
// an administrator.
//
// The offscreen screen is 800×800 unless told otherwise: main() below points
// the offscreen platform at a configuration file with one 1024×700 screen.
// Set COUNTERSIGN_SCREENSHOTS=<dir> to save a PNG of every dialog checked.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "core/Witness.h"
#include "io/BuiltInTemplate.h"
#include "ui/AppTranslations.h"
#include "ui/ConnectDialog.h"
#include "ui/EvidenceDialog.h"
#include "ui/EvidenceFiles.h"
#include "ui/HandbookWindow.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewRecordDialog.h"
#include "ui/NotApplicableDialog.h"
#include "ui/NoteDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/RemoveEvidenceDialog.h"
#include "ui/TemplatePropertiesDialog.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/signing/AddSignerDialog.h"
#include "ui/signing/ChangePasswordDialog.h"
#include "ui/signing/DeclineReasonDialog.h"
#include "ui/signing/KnownRoles.h"
#include "ui/signing/RegistrySetupDialog.h"
#include "ui/signing/ReopenDialog.h"
#include "ui/signing/SignatureDialog.h"
#include "ui/signing/SignersDialog.h"
#include "ui/signing/SignersTableModel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

const QSize kScreen(1024, 700);
const QString kPassword = QStringLiteral("Sturdy-otter-7-lantern");

QString describe(const QWidget* widget) {
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(widget->metaObject()->className());
    return name;
}

// Inside a scroll area's viewport a widget may be larger than what shows: it scrolls.
bool scrolls(const QWidget* widget, const QWidget* window) {
    for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
        if (area && area->viewport() == w)
            return true;
    }
    return false;
}

QStringList mnemonicProblems(QWidget* window) {
    QStringList problems;
    QHash<QChar, QString> taken;
    const auto take = [&](const QString& text, const QString& owner) {
        const QChar key = GuiTestSupport::mnemonic(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            problems << QStringLiteral("mnemonic '%1' twice: %2 and %3").arg(key, taken.value(key), owner);
        else
            taken.insert(key, owner);
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue; // rich text shows '&' as it is
            if (GuiTestSupport::mnemonic(label->text()).isNull())
                continue;
            if (!label->buddy())
                problems << QStringLiteral("label \"%1\" has a mnemonic but no buddy").arg(label->text());
            else if (!label->buddy()->isVisibleTo(window))
                problems << QStringLiteral("label \"%1\" leads to a hidden field").arg(label->text());
            else
                take(label->text(), QStringLiteral("label \"%1\"").arg(label->text()));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            take(button->text(), QStringLiteral("%1 \"%2\"").arg(describe(button), button->text()));
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            take(group->title(), QStringLiteral("group \"%1\"").arg(group->title()));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
    }
    return problems;
}

// A widget outside its parent, or smaller than its text needs, is cut off.
QStringList clippingProblems(QWidget* window) {
    QStringList problems;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || w->isWindow() || scrolls(w, window))
            continue;
        const QWidget* parent = w->parentWidget();
        const auto* area =
            qobject_cast<const QAbstractScrollArea*>(parent ? parent->parentWidget() : nullptr);
        if (area && area->viewport() == parent)
            continue; // the scrolled content itself
        if (!parent->rect().contains(w->geometry()))
            problems << QStringLiteral("%1 at %2,%3 %4×%5 outside %6 (%7×%8)")
                            .arg(describe(w))
                            .arg(w->x())
                            .arg(w->y())
                            .arg(w->width())
                            .arg(w->height())
                            .arg(describe(parent))
                            .arg(parent->width())
                            .arg(parent->height());
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(inWindow))
            problems << QStringLiteral("%1 outside the window").arg(describe(w));
        // Siblings laid out side by side or one above the other never overlap.
        // Each pair once: w against the siblings after it.
        const QList<QWidget*> siblings = parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* other : siblings.mid(siblings.indexOf(w) + 1)) {
            if (!other->isVisibleTo(window) || other->isWindow())
                continue;
            if (w->geometry().intersects(other->geometry()))
                problems << QStringLiteral("%1 overlaps %2").arg(describe(w), describe(other));
        }
        const bool wrapped = qobject_cast<QLabel*>(w) && static_cast<QLabel*>(w)->wordWrap();
        if (wrapped && w->heightForWidth(w->width()) > w->height())
            problems << QStringLiteral("%1 is %2 high, its text needs %3")
                            .arg(describe(w))
                            .arg(w->height())
                            .arg(w->heightForWidth(w->width()));
        const bool textWidget = qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w);
        if (textWidget && !wrapped && w->minimumSizeHint().width() > w->width())
            problems << QStringLiteral("%1 is %2 wide, its text needs %3")
                            .arg(describe(w))
                            .arg(w->width())
                            .arg(w->minimumSizeHint().width());
    }
    return problems;
}

void saveShot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QString file = name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    window->grab().save(dir + u'/' + file + QStringLiteral(".png"));
}

} // namespace

class TestGuiDialogs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_language;
    QStringList m_problems;
    QStringList m_inspected; // what each test has looked at, so that a dialog that never opened is noticed

    struct Fixture {
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 recordId = 0;
        QString role; // the record's first sign-off role
    };

    // A new database with the built-in template's record; signers for every role unless bare.
    Fixture makeFixture(bool withSigners = true, const QString& fileName = {}) {
        Fixture f;
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const QString name =
            fileName.isEmpty() ? QStringLiteral("dialogs%1.sqlite").arg(++m_counter) : fileName;
        const Status opened = f.store->open(m_dir.filePath(name));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        const Result<QList<TemplateSummary>> templates = f.store->templates();
        if (!templates || templates->isEmpty())
            qFatal("the built-in template is missing");
        f.recordId = *f.store->createRecord(templates->first().id,
                                            {QStringLiteral("Checkout 4.2 to production"),
                                             QStringLiteral("4.2.0"), QStringLiteral("Production")},
                                            QStringLiteral("tester"));
        const Result<Record> record = f.store->loadRecord(f.recordId);
        for (const ChecklistSection& section : record->sections) {
            if (section.kind == SectionKind::SignOff && !section.items.isEmpty() && f.role.isEmpty())
                f.role = section.items.first().text;
        }
        if (!withSigners)
            return f;
        const QStringList roles = KnownRoles::of(*f.store);
        const QStringList names = {QStringLiteral("Quinn Anders"), QStringLiteral("Paula Owens"),
                                   QStringLiteral("Rafael Ortega-Villanueva"), QStringLiteral("Mira Ng"),
                                   QStringLiteral("Sven Lindqvist")};
        for (int i = 0; i < roles.size(); ++i) {
            const Result<qint64> added = TestAdministrator::registerSigner(
                *f.service, *f.store, QStringLiteral("signer%1").arg(i),
                names.at(i % names.size()) + QString::number(i), {roles.at(i)},
                SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
        return f;
    }

    // Every checklist item done: nothing stands in the way of signing.
    static void resolveAll(Fixture& f) {
        const Result<Record> record = f.store->loadRecord(f.recordId);
        for (const ChecklistSection& section : record->sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& i : section.items) {
                if (i.isGroupHeader)
                    continue;
                const Result<ChecklistItem> done =
                    f.store->updateItem(i.id, {ItemStatus::Done, {}}, QStringLiteral("tester"));
                QVERIFY2(done.ok(), qPrintable(done.error()));
            }
        }
    }

    void useLanguage(const QString& language) {
        m_language = language;
        QVERIFY(GuiTestSupport::useLanguage(language));
    }

    // Shows a window as a person would see it and notes everything wrong with it.
    void inspect(QWidget* window, const QString& what) {
        const QString name = m_language + u' ' + what;
        m_inspected << what;
        if (!window->isVisible())
            window->show();
        if (!QTest::qWaitForWindowExposed(window)) {
            m_problems << name + QStringLiteral(": not shown");
            return;
        }
        QCoreApplication::processEvents();
        const QRect screen = window->screen()->availableGeometry();
        QStringList found;
        if (screen.size() != kScreen)
            found << QStringLiteral("on a %1×%2 screen").arg(screen.width()).arg(screen.height());
        const QRect frame = window->frameGeometry();
        if (!screen.contains(frame))
            found << QStringLiteral("frame %1,%2 %3×%4 outside the screen")
                         .arg(frame.x())
                         .arg(frame.y())
                         .arg(frame.width())
                         .arg(frame.height());
        const QSize margins = frame.size() - window->size();
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize()) + margins;
        if (least.width() > screen.width() || least.height() > screen.height())
            found << QStringLiteral("needs at least %1×%2").arg(least.width()).arg(least.height());
        found << clippingProblems(window) << mnemonicProblems(window);
        saveShot(window, name);
        for (const QString& problem : std::as_const(found))
            m_problems << name + QStringLiteral(": ") + problem;
    }

    // Runs one modal dialog through Prompts' hook: inspected, then cancelled.
    Prompts::DialogHook inspecting(const QString& what) {
        return [this, what](QDialog& dialog) {
            inspectDialog(dialog, what + u' ' + dialog.windowTitle());
            return int(QDialog::Rejected);
        };
    }

    // Inspects a dialog, and again with the longest hint under its password fields (a password
    // with a word of the signer's name): the hint wraps into more lines than the dialog opened with.
    void inspectDialog(QDialog& dialog, const QString& what) {
        inspect(&dialog, what);
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        if (password && dialog.findChild<QLabel*>(QStringLiteral("passwordHint"))) {
            if (auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")))
                name->setText(QStringLiteral("Quinn Anders"));
            password->setText(QStringLiteral("quinn-harbour-lantern-77"));
            inspect(&dialog, what + QStringLiteral(" with a long hint"));
        }
        dialog.reject();
    }

    // Inspects the message box a call shows (they run their own event loop, outside Prompts' hook).
    void inspectMessageBox(const QString& what, const std::function<void()>& show) {
        bool seen = false;
        std::function<void()> look;
        look = [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(10, qApp, look);
                return;
            }
            seen = true;
            inspect(box, what);
            box->reject();
        };
        QTimer::singleShot(0, qApp, look);
        show();
        if (!seen)
            m_problems << m_language + u' ' + what + QStringLiteral(": no message box");
    }

    void addLanguages() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void begin() {
        QFETCH(QString, language);
        m_problems.clear();
        m_inspected.clear();
        useLanguage(language);
    }

    void end(int expectedWindows) {
        Prompts::resetHooks();
        QVERIFY2(m_inspected.size() == expectedWindows, qPrintable(m_inspected.join(QStringLiteral(", "))));
        GuiTestSupport::rejectUnexpectedDialogs();
        QVERIFY2(m_problems.isEmpty(), qPrintable(u'\n' + m_problems.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_dialogs"));
        TestSupport::strictWarnings();
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), kScreen);
    }

    void init() { GuiTestSupport::rejectUnexpectedDialogs(); }

    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }

    void recordDialogs_data() { addLanguages(); }
    void recordDialogs() {
        begin();
        Fixture f = makeFixture();
        {
            // A second template with a long title, as a team names its own: the choice must still fit.
            const Result<ChecklistTemplate> builtIn = BuiltInTemplate::load();
            QVERIFY(builtIn.ok());
            ChecklistTemplate team = builtIn.value();
            team.title =
                QStringLiteral("Quarterly production release of the payments platform, the card vault and "
                               "the public API gateway, with the merchant dashboard and its security review");
            QVERIFY(f.store->addTemplate(team).ok());
            NewRecordDialog dialog(*f.store->templates());
            inspectDialog(dialog, QStringLiteral("NewRecordDialog"));
        }
        {
            NoteDialog dialog(QStringLiteral("Database migrations applied and verified on a production-sized "
                                             "copy, with the rollback script rehearsed"),
                              ItemStatus::Failed);
            inspectDialog(dialog, QStringLiteral("NoteDialog"));
        }
        {
            NotApplicableDialog dialog(
                QStringLiteral("Staging Deployment of the payments platform and the card "
                               "vault, with the merchant dashboard"),
                5);
            inspectDialog(dialog, QStringLiteral("NotApplicableDialog"));
        }
        {
            ConnectDialog dialog;
            inspectDialog(dialog, QStringLiteral("ConnectDialog"));
        }
        {
            QFile seed(QStringLiteral(COUNTERSIGN_SEED_PATH));
            QVERIFY(seed.open(QIODevice::ReadOnly));
            ImportPreviewDialog dialog(seed.readAll(), QStringLiteral("production-deployment-checklist.md"));
            inspectDialog(dialog, QStringLiteral("ImportPreviewDialog"));
        }
        {
            // The long title again, and a role that needs two independent signers.
            ChecklistTemplate team = f.store->loadTemplate(f.store->templates()->last().id).value();
            team.rolePolicies.insert(QStringLiteral("QA Lead"), RolePolicy{2, true});
            TemplatePropertiesDialog dialog(team);
            inspectDialog(dialog, QStringLiteral("TemplatePropertiesDialog"));
        }
        {
            RemoveEvidenceDialog dialog(
                QStringLiteral("acceptance-suite-report-2.5.0-release-candidate-3.html"));
            inspectDialog(dialog, QStringLiteral("RemoveEvidenceDialog"));
        }
        {
            // An item with a standing file and a removed one: the list's widest rows.
            ChecklistItem item;
            item.id = 1;
            item.text = QStringLiteral(
                "All acceptance tests pass on the release candidate, including the slow suite");
            AttachmentEntry file;
            file.id = 1;
            file.name = QStringLiteral("acceptance-suite-report-2.5.0-rc3.html");
            file.size = 1234567;
            file.mediaType = QStringLiteral("text/html");
            file.sha256 = QString(64, u'a');
            file.addedBy = QStringLiteral("Quinn Anders");
            file.addedAt = QDateTime(QDate(2026, 3, 13), QTime(16, 5), Qt::UTC);
            AttachmentEntry removed = file;
            removed.id = 2;
            removed.removedBy = file.addedBy;
            removed.removedAt = file.addedAt.addSecs(600);
            removed.removedReason = QStringLiteral("The report of the wrong build");
            item.attachments = {file, removed};
            EvidenceFiles files(
                f.store.get(), [] { return QStringLiteral("tester"); }, nullptr);
            EvidenceDialog dialog(*f.store, files, f.recordId, item, QString());
            inspectDialog(dialog, QStringLiteral("EvidenceDialog"));
        }
        end(8);
    }

    void preferences_data() { addLanguages(); }
    void preferences() {
        begin();
        PreferencesDialog dialog;
        auto* tabs = dialog.findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            inspect(&dialog, QStringLiteral("PreferencesDialog tab %1").arg(i));
        }
        dialog.reject();
        end(int(tabs->count()));
    }

    void signing_data() { addLanguages(); }
    void signing() {
        begin();
        Fixture f = makeFixture();
        QVERIFY(!f.role.isEmpty());
        {
            SignatureDialog dialog(*f.store, *f.service, f.recordId, f.role);
            QVERIFY(!dialog.isSigningAllowed()); // every item still open
            inspect(&dialog, QStringLiteral("SignatureDialog unresolved"));
            auto* banner = dialog.findChild<QLabel*>(QStringLiteral("blockedBanner"));
            QVERIFY(banner);
            Q_EMIT banner->linkActivated(QStringLiteral("#all")); // every item, in a list that scrolls
            inspect(&dialog, QStringLiteral("SignatureDialog unresolved, all shown"));
            dialog.reject();
        }
        resolveAll(f);
        {
            SignatureDialog dialog(*f.store, *f.service, f.recordId, f.role);
            QVERIFY2(dialog.isSigningAllowed(), qPrintable(dialog.blockingReason()));
            dialog.setLogin(QStringLiteral("signer0"));
            inspect(&dialog, QStringLiteral("SignatureDialog ready"));
            dialog.findChild<QCheckBox*>(QStringLiteral("typedCheck"))->setChecked(true);
            QCoreApplication::processEvents();
            const auto* signatureArea = dialog.findChild<QWidget*>(QStringLiteral("signatureStack"));
            QVERIFY(signatureArea);
            const QSize signatureSize = signatureArea->size();
            // A refusal shows under the signer's fields, in the room beside what is signed: the
            // dialog, as tall as the screen allows already, keeps it in, and the signature does not
            // shrink under the signer's pen.
            dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("not-the-password-1"));
            dialog.trySign();
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(&dialog));
            inspect(&dialog, QStringLiteral("SignatureDialog refused"));
            QCOMPARE(signatureArea->size(), signatureSize);
            dialog.reject();
        }
        {
            ReopenDialog dialog(*f.store, *f.service, f.recordId);
            inspect(&dialog, QStringLiteral("ReopenDialog"));
            dialog.setLogin(QStringLiteral("signer0"));
            dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("not-the-password-1"));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
                ->setPlainText(QStringLiteral("The release was pulled back for a security fix."));
            dialog.tryReopen();
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(&dialog));
            inspect(&dialog, QStringLiteral("ReopenDialog refused"));
            dialog.reject();
        }
        {
            DeclineReasonDialog dialog(QStringLiteral("Product Owner"), QStringLiteral("Release 2.4"));
            inspect(&dialog, QStringLiteral("DeclineReasonDialog"));
            dialog.reject();
        }
        end(7);
    }

    // The signer registry and every dialog it opens, each as SignersDialog builds it.
    void signers_data() { addLanguages(); }
    void signers() {
        begin();
        Fixture f = makeFixture();
        SignersDialog dialog(*f.store, *f.service, KnownRoles::of(*f.store), QStringLiteral("admin"));
        dialog.setDialogRunner(inspecting(QStringLiteral("from SignersDialog:")));
        inspect(&dialog, QStringLiteral("SignersDialog"));
        QVERIFY(dialog.selectLogin(QStringLiteral("signer0")));
        dialog.addSigner();
        dialog.editRoles();
        dialog.changePassword();
        dialog.addAdministrator();
        dialog.toggleActive(); // Deactivate: an AdministratorPrompt
        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("signer0"), false).ok());
        dialog.model()->refresh();
        QVERIFY(dialog.selectLogin(QStringLiteral("signer0")));
        dialog.toggleActive(); // Reactivate
        dialog.reject();
        {
            AddSignerDialog plain(*f.service, KnownRoles::of(*f.store), QStringLiteral("admin"));
            inspectDialog(plain, QStringLiteral("AddSignerDialog plain"));
        }
        end(12);
    }

    // A database from before the registry (tests/data/make-schema-v3-signed.sh) with eight signers to
    // certify, then the root and the recovery key.
    void registrySetup_data() { addLanguages(); }
    void registrySetup() {
        begin();
        if (TestSupport::onPostgres())
            QSKIP("the fixture is an SQLite file made by an earlier version");
        {
            Fixture fresh = makeFixture(false);
            SignersDialog dialog(*fresh.store, *fresh.service, KnownRoles::of(*fresh.store),
                                 QStringLiteral("admin"));
            inspect(&dialog, QStringLiteral("SignersDialog of a new database"));
            dialog.reject();
        }
        const QString path = m_dir.filePath(QStringLiteral("v3-%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v3-signed.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ChecklistStore store;
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        SignOffService service(store);
        const QStringList roles = KnownRoles::of(store);
        for (int i = store.signers()->size(); i < 8; ++i) {
            const Result<qint64> added = service.registerSigner(
                QStringLiteral("legacy%1").arg(i), QStringLiteral("Legacy Signer %1").arg(i),
                {roles.at(i % roles.size()), roles.at((i + 1) % roles.size())},
                SecretBytes::fromText(kPassword), QStringLiteral("tester"));
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        {
            SignersDialog dialog(store, service, roles, QStringLiteral("admin"));
            inspect(&dialog, QStringLiteral("SignersDialog without a registry"));
            dialog.reject();
        }
        RegistrySetupDialog dialog(store, QStringLiteral("admin"));
        inspect(&dialog, QStringLiteral("RegistrySetupDialog form"));
        dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Quinn Anders"));
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("quinn-harbour-lantern-77"));
        inspect(&dialog, QStringLiteral("RegistrySetupDialog form with a long hint"));
        dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("root"));
        dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Rita Root"));
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(kPassword);
        dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(kPassword);
        dialog.trySetUp();
        QVERIFY(!dialog.fingerprint().isEmpty());
        inspect(&dialog, QStringLiteral("RegistrySetupDialog done"));
        dialog.findChild<QCheckBox*>(QStringLiteral("writtenDownBox"))->setChecked(true);
        dialog.reject();
        end(5);
    }

    // The main window's own boxes: About, the handbook, a warning, and the print preview.
    void windowBoxes_data() { addLanguages(); }
    void windowBoxes() {
        begin();
        Fixture f = makeFixture();
        std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(f.store.get());
        QVERIFY(window->openRecord(f.recordId));
        Prompts::setDialogHook(inspecting(QStringLiteral("from the window:")));
        window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
        auto* preview = window->findChild<QAction*>(QStringLiteral("actionPrintPreview"));
        QVERIFY(preview && preview->isEnabled());
        preview->trigger();
        window->findChild<QAction*>(QStringLiteral("actionHelp"))->trigger();
        auto* handbook = window->findChild<HandbookWindow*>();
        QVERIFY2(handbook, "Help ▸ Handbook opened no window");
        inspect(handbook, QStringLiteral("Handbook"));
        delete handbook;
        inspectMessageBox(QStringLiteral("warning"), [&] {
            Prompts::warning(
                window.get(), QStringLiteral("Change Not Made"),
                QStringLiteral("The item changed elsewhere while you were editing it.\n\nThe window "
                               "now shows what is stored; make your change again if it is still "
                               "needed. Another person, or the command line, changed “Database "
                               "migrations applied and verified on a production-sized copy”."));
        });
        inspectMessageBox(QStringLiteral("error with a long path"), [&] {
            Prompts::critical(
                window.get(), QStringLiteral("Database Not Opened"),
                QStringLiteral("There is no database at /home/anna.lindqvist-ortega/Documents/"
                               "Team-shared-folders/Payments-platform/production-releases-2026/"
                               "sign-off-records-for-the-quarterly-release.sqlite.\n\nCheck the "
                               "path, or create a new database with File ▸ New Database…"));
        });
        window.reset();
        end(7);
    }

    // A database older than this machine has seen (a backup copied over it): the warning, and the
    // reason asked for when the person accepts it anyway (WitnessGuard).
    void witnessWarning_data() { addLanguages(); }
    void witnessWarning() {
        begin();
        QString path;
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(++m_counter));
        qint64 recordId = 0;
        {
            // A long name, as a team names its shared database: the reason's question must still fit.
            Fixture f = makeFixture(false, QStringLiteral("Payments platform production releases %1 — shared "
                                                          "sign-off records.sqlite")
                                               .arg(m_language));
            path = f.store->location();
            recordId = f.recordId;
            QVERIFY(f.store->backUp(backup).ok());
            const Result<Record> record = f.store->loadRecord(recordId);
            const qint64 itemId = record->sections.first().items.first().id;
            QVERIFY(f.store->updateItem(itemId, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
            QVERIFY(Witness().remember(*f.store).ok());
        }
        // The backup copied back over the database once it is closed.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(backup, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        UserSettings::setLastRecord(path, recordId);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^witness: ")));
        int warnings = 0;
        Prompts::setDialogHook([&](QDialog& dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
                ++warnings;
                if (warnings == 1) {
                    inspect(box, QStringLiteral("witness warning"));
                    box->findChild<QPushButton*>(QStringLiteral("witnessAcceptButton"))->click();
                } else {
                    box->findChild<QPushButton*>(QStringLiteral("witnessCloseButton"))->click();
                }
                return int(QDialog::Rejected);
            }
            if (qobject_cast<QInputDialog*>(&dialog))
                inspect(&dialog, QStringLiteral("witness reason"));
            return int(QDialog::Rejected);
        });
        auto window = std::make_unique<MainWindow>(&store);
        window->show();
        QTRY_VERIFY(warnings >= 2);
        window.reset();
        end(2);
    }
};

int main(int argc, char** argv) {
    // One 1024×700 screen instead of the offscreen platform's 800×800 (the configfile of Qt 6.4's offscreen
    // plugin).
    QTemporaryDir configDir;
    if (!configDir.isValid())
        qFatal("no temporary folder for the screen's configuration");
    GuiTestSupport::useOffscreenScreen(kScreen, configDir.path());
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestGuiDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_dialogs.moc"
