// The window's side of the witness (ui/WitnessGuard, core/Witness): a database
// older than the one this machine saw gets a modal warning whose safe choice
// is the default, and the integrity badge says so; accepting it asks a reason
// and audits it; normal use raises no alarm and the memory follows the edits.

#include "GuiTestSupport.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "core/Witness.h"
#include "io/BuiltInTemplate.h"
#include "ui/DatabaseActions.h"
#include "ui/MainWindow.h"
#include "ui/UserSettings.h"
#include "ui/WitnessGuard.h"
#include "ui/base/Prompts.h"
#include "ui/signing/IntegrityBadge.h"

#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestGuiWitness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rolledBackDatabaseIsClosed();
    void rolledBackDatabaseIsAcceptedWithAReason();
    void switchingToARolledBackDatabaseReturnsToTheLastOne();
    void normalUseRaisesNoAlarm();

private:
    static inline const QString kActor = QStringLiteral("Wendy Witness");
    // A database with one record, seen by this machine, then put back to an
    // older copy of itself (cp backup over it). Returns its path.
    QString rolledBackDatabase(const QString& name);
    void openStore(const QString& path);
    // What the warning looked like when it came up, and the badge behind it.
    struct Seen {
        int warnings = 0;
        QString title;
        QString text;
        QString defaultButton;
        QString escapeButton;
        bool badgeShowsWitness = false;
        bool badgeVisible = false;
        QString badgeText;
    };
    void answerWarning(const QString& buttonName, const QString& reason = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    qint64 m_seenRow = 0;
    Seen m_seen;
};

void TestGuiWitness::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_witness"));
    QVERIFY(m_dir.isValid());
}

void TestGuiWitness::init() {
    TestSupport::strictWarnings();
    Prompts::resetHooks();
    GuiTestSupport::rejectUnexpectedDialogs();
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    m_seen = {};
}

void TestGuiWitness::cleanup() {
    Prompts::resetHooks();
    m_store.reset();
}

QString TestGuiWitness::rolledBackDatabase(const QString& name) {
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const QString backup = m_dir.filePath(name + QStringLiteral("-backup.sqlite"));
    {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (!store.open(path, ChecklistStore::OpenMode::CreateIfMissing))
            return {};
        const Result<qint64> templateId =
            store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
        const Result<qint64> record = store.createRecord(
            templateId.value(), {QStringLiteral("Release 2.4.0"), QStringLiteral("2.4.0"), {}}, kActor);
        m_recordId = record.value();
        if (!store.backUp(backup))
            return {};
        const qint64 itemId = store.loadRecord(m_recordId)->sections.first().items.first().id;
        if (!store.updateItem(itemId, {ItemStatus::Done, QString()}, kActor))
            return {};
        Witness witness;
        if (!witness.remember(store))
            return {};
        m_seenRow = store.ledgerHead()->id;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(TestSupport::readFile(backup)) <= 0)
        return {};
    return path;
}

void TestGuiWitness::openStore(const QString& path) {
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
    UserSettings::setLastRecord(path, m_recordId);
}

void TestGuiWitness::answerWarning(const QString& buttonName, const QString& reason) {
    // The guard says what it found in the log too.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^witness: ")));
    Prompts::setDialogHook([this, buttonName, reason](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog); box && box->objectName() == u"witnessWarning") {
            ++m_seen.warnings;
            m_seen.title = box->windowTitle();
            m_seen.text = box->text() + u'\n' + box->informativeText();
            m_seen.defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
            m_seen.escapeButton = box->escapeButton() ? box->escapeButton()->objectName() : QString();
            if (const auto* badge = box->parentWidget()->findChild<IntegrityBadge*>()) {
                m_seen.badgeShowsWitness =
                    badge->hasWitnessFinding() && badge->level() == IntegrityBadge::Level::Broken;
                m_seen.badgeVisible = badge->isVisible();
                m_seen.badgeText = badge->text();
            }
            box->findChild<QPushButton*>(buttonName)->click();
            return int(QDialog::Rejected);
        }
        if (auto* input = qobject_cast<QInputDialog*>(&dialog);
            input && input->objectName() == u"witnessReasonDialog") {
            input->setTextValue(reason);
            return int(QDialog::Accepted);
        }
        qCritical("unexpected dialog %s", qPrintable(dialog.windowTitle()));
        return int(QDialog::Rejected);
    });
}

void TestGuiWitness::rolledBackDatabaseIsClosed() {
    const QString path = rolledBackDatabase(QStringLiteral("closed"));
    QVERIFY(!path.isEmpty());
    openStore(path);
    answerWarning(QStringLiteral("witnessCloseButton"));
    // Not showMainWindow(): the window closes again before it could become active.
    auto window = std::make_unique<MainWindow>(m_store.get());
    window->show();
    QTRY_COMPARE(m_seen.warnings, 1);
    QCOMPARE(m_seen.title, WitnessGuard::warningTitle());
    QVERIFY2(m_seen.text.contains(QStringLiteral("audit row %1").arg(m_seenRow)), qPrintable(m_seen.text));
    QVERIFY2(m_seen.text.contains(QStringLiteral("older than, or different from")), qPrintable(m_seen.text));
    // Enter and Escape take the safe choice.
    QCOMPARE(m_seen.defaultButton, QStringLiteral("witnessCloseButton"));
    QCOMPARE(m_seen.escapeButton, QStringLiteral("witnessCloseButton"));
    QVERIFY(m_seen.badgeVisible);
    QVERIFY2(m_seen.badgeShowsWitness, qPrintable(m_seen.badgeText));
    QVERIFY2(m_seen.badgeText.contains(QStringLiteral("older than the database")),
             qPrintable(m_seen.badgeText));
    // No other database to return to: the window closes, and the memory stays as it was.
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(Witness().memoryOf(m_store->databaseId().value())->head.id, m_seenRow);
    QVERIFY(Witness().check(*m_store).value().has_value());
}

void TestGuiWitness::rolledBackDatabaseIsAcceptedWithAReason() {
    const QString path = rolledBackDatabase(QStringLiteral("accepted"));
    QVERIFY(!path.isEmpty());
    openStore(path);
    answerWarning(QStringLiteral("witnessAcceptButton"), QStringLiteral("restored from Monday's backup"));
    auto window = GuiTestSupport::showMainWindow(m_store.get());
    QTRY_COMPARE(m_seen.warnings, 1);
    QVERIFY(m_seen.badgeShowsWitness);
    auto* badge = window->findChild<IntegrityBadge*>();
    QTRY_VERIFY(!badge->hasWitnessFinding());
    QVERIFY(window->isVisible());
    QVERIFY(!window->witnessGuard()->finding());
    const QStringList details = TestSupport::rawRows(
        path, QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'witness_forgotten'"));
    QCOMPARE(details.size(), 1);
    QVERIFY2(details.first().contains(QStringLiteral("reason: restored from Monday's backup")),
             qPrintable(details.first()));
    QCOMPARE(TestSupport::rawRows(path, QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                                       "'witness_forgotten'")),
             QStringList{kActor});
    QVERIFY(!Witness().check(*m_store).value().has_value());
}

void TestGuiWitness::switchingToARolledBackDatabaseReturnsToTheLastOne() {
    const QString rolledBack = rolledBackDatabase(QStringLiteral("switched"));
    QVERIFY(!rolledBack.isEmpty());
    // The window starts on a database this machine has never seen: nothing to warn about.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(fresh, ChecklistStore::OpenMode::CreateIfMissing).ok());
    auto window = GuiTestSupport::showMainWindow(m_store.get());
    QTRY_COMPARE(window->witnessGuard()->lastTrustedLocation(), fresh);

    answerWarning(QStringLiteral("witnessCloseButton"));
    QVERIFY(window->databaseActions()->switchTo(rolledBack));
    QTRY_COMPARE(m_seen.warnings, 1);
    QTRY_COMPARE(m_store->location(), fresh);
    QVERIFY(window->isVisible());
    QTRY_VERIFY(!window->witnessGuard()->finding());
}

void TestGuiWitness::normalUseRaisesNoAlarm() {
    const QString path = m_dir.filePath(QStringLiteral("normal.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(path, ChecklistStore::OpenMode::CreateIfMissing).ok());
    const QString id = m_store->databaseId().value();
    for (int round = 0; round < 3; ++round) {
        auto window = GuiTestSupport::showMainWindow(m_store.get());
        QTRY_VERIFY(Witness().memoryOf(id).has_value());
        const Result<qint64> templateId =
            m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
        QVERIFY(m_store->createRecord(templateId.value(), {QStringLiteral("Round %1").arg(round), {}, {}},
                                      kActor));
        // Each change this window makes moves the memory on to the new newest row.
        QTRY_COMPARE(Witness().memoryOf(id)->head.id, m_store->ledgerHead()->id);
        QVERIFY(!window->witnessGuard()->finding());
    }
}

QTEST_MAIN(TestGuiWitness)
#include "tst_gui_witness.moc"
