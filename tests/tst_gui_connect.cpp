// File ▸ Connect to Server…'s TLS section (mode and root certificate, written
// into the address's query and remembered) and the status bar's "Not
// encrypted" for a session in plain text, offscreen; the second against the
// pg_server fixture's server, which encrypts by default.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/ServerAddress.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/ConnectDialog.h"
#include "ui/MainWindow.h"
#include "ui/PlainTextIndicator.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using GuiTestSupport::child;

class TestGuiConnect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void tlsSectionBuildsTheAddress();
    void tlsChoicesAreRememberedAndShownAgain();
    void plainTextSessionShowsNotEncrypted();

private:
    QString freshServerDatabase();

    QTemporaryDir m_dir;
    QStringList m_databases;
    QList<Prompts::Message> m_messages;
};

void TestGuiConnect::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_connect"));
    QVERIFY(m_dir.isValid());
}

void TestGuiConnect::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    Prompts::resetHooks();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
    QSettings().remove(QStringLiteral("server"));
}

void TestGuiConnect::cleanup() {
    Prompts::resetHooks();
}

void TestGuiConnect::cleanupTestCase() {
    for (const QString& database : std::as_const(m_databases))
        TestSupport::rawExec(TestSupport::pgAdminUrl(),
                             QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
}

QString TestGuiConnect::freshServerDatabase() {
    const QString database =
        QStringLiteral("cs_guiconnect_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString error =
        TestSupport::rawExec(TestSupport::pgAdminUrl(), QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    m_databases << database;
    QString address = TestSupport::pgAdminUrl();
    address.replace(QRegularExpression(QStringLiteral("/postgres$")), QLatin1Char('/') + database);
    return address;
}

void TestGuiConnect::tlsSectionBuildsTheAddress() {
    // The default mode writes nothing: ServerAddress's rule applies.
    UserSettings::ServerFields fields{QStringLiteral("db.example.org"), 5432, QStringLiteral("team"),
                                      QStringLiteral("quinn")};
    QCOMPARE(ConnectDialog::locationFor(fields),
             QStringLiteral("postgresql://quinn@db.example.org:5432/team"));

    ConnectDialog dialog;
    dialog.setFields(fields);
    auto* mode = child<QComboBox>(&dialog, QStringLiteral("sslModeCombo"));
    auto* root = child<QLineEdit>(&dialog, QStringLiteral("rootCertificateEdit"));
    auto* address = child<QLabel>(&dialog, QStringLiteral("addressLabel"));
    QCOMPARE(mode->currentIndex(), 0);
    QVERIFY2(mode->currentText().contains(QStringLiteral("verify-full")), qPrintable(mode->currentText()));
    QVERIFY2(root->toolTip().contains(ServerAddress::systemRootCertificates()), qPrintable(root->toolTip()));
    QStringList modes;
    for (int i = 1; i < mode->count(); ++i)
        modes << mode->itemData(i).toString();
    QCOMPARE(modes,
             (QStringList{QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                          QStringLiteral("require"), QStringLiteral("prefer"), QStringLiteral("disable")}));

    // Browse… picks the root certificate; its path goes into the query, escaped.
    const QString caFile = m_dir.filePath(QStringLiteral("team ca.crt"));
    QString offeredFilter;
    Prompts::setOpenFileHook([&](const QString&, const QString&, const QString& filter) {
        offeredFilter = filter;
        return caFile;
    });
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("browseRootCertificateButton")),
                      Qt::LeftButton);
    QVERIFY2(offeredFilter.contains(QStringLiteral("*.crt")), qPrintable(offeredFilter));
    QCOMPARE(root->text(), caFile);
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-ca")));
    const QString built = ConnectDialog::locationFor(dialog.fields());
    QCOMPARE(built,
             QStringLiteral("postgresql://quinn@db.example.org:5432/team?sslmode=verify-ca&sslrootcert=") +
                 QString::fromUtf8(QUrl::toPercentEncoding(caFile, "/")));
    QVERIFY2(address->text().contains(built), qPrintable(address->text()));

    // libpq reads back what the dialog wrote.
    const Result<ServerAddress> parsed = ServerAddress::parse(built);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed.value().value(QStringLiteral("sslmode")), QStringLiteral("verify-ca"));
    QCOMPARE(parsed.value().value(QStringLiteral("sslrootcert")), caFile);

    mode->setCurrentIndex(mode->findData(QStringLiteral("disable")));
    root->clear();
    QCOMPARE(ConnectDialog::locationFor(dialog.fields()),
             QStringLiteral("postgresql://quinn@db.example.org:5432/team?sslmode=disable"));
}

// Connect to Server… remembers the TLS choices (never a password) and offers them again.
void TestGuiConnect::tlsChoicesAreRememberedAndShownAgain() {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("own.sqlite"))).ok());
    auto window = GuiTestSupport::showMainWindow(&store);
    const QString caFile = m_dir.filePath(QStringLiteral("ca.crt"));
    int round = 0;
    QString modeSeen;
    QString rootSeen;
    Prompts::setDialogHook([&](QDialog& dialog) {
        if (!qobject_cast<ConnectDialog*>(&dialog))
            return -1;
        auto* mode = child<QComboBox>(&dialog, QStringLiteral("sslModeCombo"));
        auto* root = child<QLineEdit>(&dialog, QStringLiteral("rootCertificateEdit"));
        if (round++ == 0) {
            child<QLineEdit>(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
            child<QSpinBox>(&dialog, QStringLiteral("portSpin"))->setValue(1); // refused at once
            child<QLineEdit>(&dialog, QStringLiteral("databaseEdit"))->setText(QStringLiteral("team"));
            child<QLineEdit>(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("quinn"));
            mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
            root->setText(caFile);
            return int(QDialog::Accepted);
        }
        modeSeen = mode->currentData().toString();
        rootSeen = root->text();
        return int(QDialog::Rejected);
    });
    QAction* connectAction = window->findChild<QAction*>(QStringLiteral("actionConnectToServer"));
    connectAction->trigger();
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().text.contains(
                 QStringLiteral("postgresql://quinn@127.0.0.1:1/team?sslmode=verify-full")),
             qPrintable(m_messages.first().text));
    QCOMPARE(UserSettings::lastServer().sslMode, QStringLiteral("verify-full"));
    QCOMPARE(UserSettings::lastServer().rootCertificate, caFile);
    connectAction->trigger();
    QCOMPARE(round, 2);
    QCOMPARE(modeSeen, QStringLiteral("verify-full"));
    QCOMPARE(rootSeen, caFile);
}

void TestGuiConnect::plainTextSessionShowsNotEncrypted() {
    COUNTERSIGN_NEEDS_POSTGRES();
    const QString database = freshServerDatabase();
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    // The fixture's server offers TLS: libpq's default (prefer) encrypts.
    QVERIFY(store.open(database).ok());
    auto window = GuiTestSupport::showMainWindow(&store);
    auto* indicator = child<PlainTextIndicator>(window.get(), QStringLiteral("plainTextIndicator"));
    QVERIFY(!indicator->isVisible());

    // Open Recent runs the window's own open; the address asks for plain text.
    const QString plain = database + QStringLiteral("?sslmode=disable");
    UserSettings::addRecentDatabase(plain);
    UserSettings::addRecentDatabase(database);
    auto* recent = window->findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QAction* entry = nullptr;
    for (QAction* each : recent->actions()) {
        if (each->data().toString() == plain)
            entry = each;
    }
    QVERIFY(entry);
    entry->trigger();
    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QCOMPARE(store.location(), plain);
    QVERIFY(indicator->isVisible());
    QCOMPARE(indicator->text(), QStringLiteral("Not encrypted"));
    QVERIFY2(indicator->toolTip().contains(QStringLiteral("not encrypted (sslmode=disable)")),
             qPrintable(indicator->toolTip()));
    QVERIFY2(indicator->toolTip().contains(QStringLiteral("verify-full")), qPrintable(indicator->toolTip()));
    QCOMPARE(indicator->parentWidget(), window->statusBar());
}

QTEST_MAIN(TestGuiConnect)
#include "tst_gui_connect.moc"
