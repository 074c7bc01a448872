// Help ▸ Handbook: the handbook the build made from docs/handbook (found
// beside the program, as an installed one is), in English and in German as
// the window's translation says, with its contents, Back, Find, and every
// menu path it names in bold being one the window really has.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "ui/AppTranslations.h"
#include "ui/HandbookWindow.h"
#include "ui/MainWindow.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QTranslator>

#include <memory>

namespace {

QString withoutMnemonic(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// The entries of a menu, submenus by their titles, without their mnemonics.
QStringList entries(const QMenu* menu) {
    QStringList found;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            found << withoutMnemonic(action->menu() ? action->menu()->title() : action->text());
    }
    return found;
}

} // namespace

class TestGuiHandbook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void helpOpensTheHandbook_data();
    void helpOpensTheHandbook();
    void menuPathsAreTheWindowsOwn_data();
    void menuPathsAreTheWindowsOwn();
    void contentsBackAndFind();
    void missingHandbookSaysWhereItLooked();
    void germanFallsBackToEnglish();

private:
    void useLanguage(const QString& language);
    HandbookWindow* openHandbook(MainWindow& window);

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    QList<Prompts::Message> m_messages;
};

void TestGuiHandbook::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_handbook"));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_dir.filePath(QStringLiteral("handbook.sqlite")),
                                        ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestGuiHandbook::init() {
    TestSupport::strictWarnings();
    GuiTestSupport::rejectUnexpectedDialogs();
    m_messages.clear();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages << message; });
}

void TestGuiHandbook::cleanup() {
    Prompts::resetHooks();
}

void TestGuiHandbook::cleanupTestCase() {
    useLanguage(QStringLiteral("en"));
}

// As tst_gui_dialogs switches: the translators main() installs, for another locale.
void TestGuiHandbook::useLanguage(const QString& language) {
    QVERIFY(GuiTestSupport::useLanguage(language));
}

HandbookWindow* TestGuiHandbook::openHandbook(MainWindow& window) {
    auto* help = window.findChild<QAction*>(QStringLiteral("actionHelp"));
    if (!help)
        return nullptr;
    help->trigger();
    auto* handbook = window.findChild<HandbookWindow*>();
    if (handbook && !QTest::qWaitForWindowExposed(handbook))
        return nullptr;
    return handbook;
}

void TestGuiHandbook::helpOpensTheHandbook_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("menuEntry");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QString>("backButton");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("handbook.html")
                        << QStringLiteral("Countersign Handbook") << QStringLiteral("&Handbook")
                        << QStringList{QStringLiteral("Getting started"), QStringLiteral("Signing off"),
                                       QStringLiteral("Verifying integrity"),
                                       QStringLiteral("Troubleshooting")}
                        << QStringLiteral("&Back");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("handbook.de.html")
                        << QStringLiteral("Countersign-Handbuch") << QStringLiteral("&Handbuch")
                        << QStringList{QStringLiteral("Erste Schritte"),
                                       QStringLiteral("Abzeichnen und unterschreiben"),
                                       QStringLiteral("Die Integrität prüfen"),
                                       QStringLiteral("Fehlerbehebung")}
                        << QStringLiteral("&Zurück");
}

void TestGuiHandbook::helpOpensTheHandbook() {
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QString, title);
    QFETCH(QString, menuEntry);
    QFETCH(QStringList, headings);
    QFETCH(QString, backButton);
    useLanguage(language);
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    auto* help = window->findChild<QAction*>(QStringLiteral("actionHelp"));
    QVERIFY(help);
    QCOMPARE(help->text(), menuEntry);
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));

    HandbookWindow* handbook = openHandbook(*window);
    QVERIFY2(handbook, "Help ▸ Handbook opened no handbook window");
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QCOMPARE(handbook->windowTitle(), title);
    // The build's own copy, beside the program as an installed one is.
    const QString shown = handbook->browser()->source().toLocalFile();
    QCOMPARE(QFileInfo(shown).fileName(), page);
    QCOMPARE(QFileInfo(shown).absolutePath(),
             QDir::cleanPath(QCoreApplication::applicationDirPath() +
                             QStringLiteral("/../share/countersign/handbook")));
    const QString text = handbook->browser()->toPlainText();
    QVERIFY2(text.startsWith(title), qPrintable(text.left(200)));
    for (const QString& heading : std::as_const(headings))
        QVERIFY2(text.contains(heading), qPrintable(heading));
    auto* back = handbook->findChild<QAction*>(QStringLiteral("actionHandbookBack"));
    QVERIFY(back);
    QCOMPARE(back->text(), backButton);

    // F1 again raises the same window.
    help->trigger();
    QCOMPARE(window->findChildren<HandbookWindow*>().size(), 1);
}

void TestGuiHandbook::menuPathsAreTheWindowsOwn_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

// "**File ▸ New Record…**": the first two steps of every bold path are a menu of
// the window and an entry of that menu, in the handbook's language.
void TestGuiHandbook::menuPathsAreTheWindowsOwn() {
    QFETCH(QString, language);
    useLanguage(language);
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    HandbookWindow* handbook = openHandbook(*window);
    QVERIFY(handbook);
    QFile page(handbook->browser()->source().toLocalFile());
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());

    QHash<QString, QMenu*> menus;
    for (QAction* action : window->menuBar()->actions()) {
        if (action->menu())
            menus.insert(withoutMnemonic(action->menu()->title()), action->menu());
    }
    QStringList wrong;
    int checked = 0;
    static const QRegularExpression boldPath(QStringLiteral("<strong>([^<]*▸[^<]*)</strong>"));
    for (auto it = boldPath.globalMatch(html); it.hasNext();) {
        const QStringList steps = it.next().captured(1).simplified().split(QStringLiteral(" ▸ "));
        ++checked;
        QMenu* menu = menus.value(steps.at(0));
        if (!menu) {
            wrong << QStringLiteral("%1: no menu %2").arg(steps.join(QStringLiteral(" ▸ ")), steps.at(0));
            continue;
        }
        Q_EMIT menu->aboutToShow();
        // "Edit ▸ Preferences… ▸ Sealing": a page of the dialog, not a menu; only the entry is checked.
        const QString entry = steps.value(1).section(QStringLiteral(" ("), 0, 0).trimmed();
        if (!entries(menu).contains(entry))
            wrong << QStringLiteral("%1: %2 has no entry %3 (it has: %4)")
                         .arg(steps.join(QStringLiteral(" ▸ ")), steps.at(0), entry,
                              entries(menu).join(QStringLiteral(", ")));
    }
    QVERIFY2(checked >= 20, qPrintable(QStringLiteral("only %1 menu paths found").arg(checked)));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestGuiHandbook::contentsBackAndFind() {
    useLanguage(QStringLiteral("en"));
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    HandbookWindow* handbook = openHandbook(*window);
    QVERIFY(handbook);
    QTextBrowser* browser = handbook->browser();
    auto* back = handbook->findChild<QAction*>(QStringLiteral("actionHandbookBack"));
    QVERIFY(back && !back->isEnabled());
    const QUrl start = browser->source();

    // A link of the table of contents jumps down to its section, and Back returns.
    QVERIFY(browser->toHtml().contains(QStringLiteral("#troubleshooting")));
    browser->setSource(start.resolved(QUrl(QStringLiteral("#troubleshooting"))));
    QCOMPARE(browser->source().fragment(), QStringLiteral("troubleshooting"));
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    QVERIFY(back->isEnabled());
    back->trigger();
    QCOMPARE(browser->source().fragment(), QString());

    // Ctrl+F shows the find bar; the text is found, a word it does not hold is not.
    handbook->findChild<QAction*>(QStringLiteral("actionHandbookFind"))->trigger();
    QVERIFY(handbook->findChild<QToolBar*>(QStringLiteral("handbookFindBar"))->isVisible());
    QVERIFY(handbook->find(QStringLiteral("recovery key")));
    QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("recovery key"));
    QVERIFY(!handbook->find(QStringLiteral("xylophone quartet")));
}

void TestGuiHandbook::missingHandbookSaysWhereItLooked() {
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const QStringList folders{empty.path(), empty.filePath(QStringLiteral("absent"))};
    QCOMPARE(HandbookWindow::locate(folders, QStringLiteral("en")), QString());
    QCOMPARE(HandbookWindow::locate(folders, QStringLiteral("de")), QString());
    const QString message = HandbookWindow::notFoundMessage(folders);
    for (const QString& folder : folders)
        QVERIFY2(message.contains(folder), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("handbook.html")));

    // Where the window looks: beside the program first.
    const QStringList searched = HandbookWindow::searchFolders();
    QVERIFY(!searched.isEmpty());
    QCOMPARE(searched.first(), QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                               QStringLiteral("/../share/countersign/handbook")));
}

void TestGuiHandbook::germanFallsBackToEnglish() {
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    QFile english(first.filePath(QStringLiteral("handbook.html")));
    QVERIFY(english.open(QIODevice::WriteOnly));
    english.close();
    // German only in the second folder: the language wins over the folder's order.
    QFile german(second.filePath(QStringLiteral("handbook.de.html")));
    QVERIFY(german.open(QIODevice::WriteOnly));
    german.close();
    const QStringList folders{first.path(), second.path()};
    QCOMPARE(HandbookWindow::locate(folders, QStringLiteral("de")), QFileInfo(german).absoluteFilePath());
    QCOMPARE(HandbookWindow::locate(folders, QStringLiteral("en")), QFileInfo(english).absoluteFilePath());
    QCOMPARE(HandbookWindow::locate({first.path()}, QStringLiteral("de")),
             QFileInfo(english).absoluteFilePath());
    useLanguage(QStringLiteral("de"));
    QCOMPARE(HandbookWindow::language(), QStringLiteral("de"));
    useLanguage(QStringLiteral("en"));
    QCOMPARE(HandbookWindow::language(), QStringLiteral("en"));
}

QTEST_MAIN(TestGuiHandbook)
#include "tst_gui_handbook.moc"
