// The German translation end to end: ctest runs this with LANG=de_DE.UTF-8
// (tests/packaging.cmake), the translators are installed exactly as
// app/main.cpp installs them, and a real MainWindow must show German menus,
// German engine messages and Qt's own German buttons, with no two entries of
// one menu sharing a keyboard accelerator.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/ItemStatus.h"
#include "io/BuiltInTemplate.h"
#include "ui/AppTranslations.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace {

bool qtShipsGerman() {
    return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm");
}

// "menu: 'x' in A and B" for each accelerator two visible entries of one menu share.
QStringList clashes(const QString& menuName, const QList<QAction*>& actions) {
    QStringList found;
    QHash<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = GuiTestSupport::mnemonic(action->text());
        if (key.isNull())
            continue;
        if (taken.contains(key))
            found << QStringLiteral("%1: '%2' in %3 and %4")
                         .arg(menuName, key, taken.value(key), action->text());
        else
            taken.insert(key, action->text());
    }
    return found;
}

} // namespace

class TestGuiTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void systemLocaleIsGerman();
    void menusAreGerman();
    void acceleratorsAreUniqueInEveryMenu();
    void engineMessagesAreGerman();
    void qtDialogButtonsAreGerman();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    int m_installed = 0;
};

void TestGuiTranslations::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_translations"));
    // What app/main.cpp does right after constructing the application.
    m_installed = AppTranslations::install(*qApp);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened =
        m_store->open(m_dir.filePath(QStringLiteral("de.sqlite")), ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestGuiTranslations::init() {
    TestSupport::strictWarnings();
}

void TestGuiTranslations::systemLocaleIsGerman() {
    // The environment, not the test, picks the language: LANG=de_DE.UTF-8 with LC_ALL unset.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(m_installed, qtShipsGerman() ? 2 : 1);
    QVERIFY(QFileInfo::exists(AppTranslations::kResourceFolder + u"/countersign_de.qm"));
}

void TestGuiTranslations::menusAreGerman() {
    MainWindow window(m_store.get());
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    for (const char* expected : {"&Datei", "&Bearbeiten", "&Ansicht", "E&xtras", "&Hilfe"})
        QVERIFY2(titles.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("%1 is not among the menus %2")
                                .arg(QLatin1String(expected), titles.join(QStringLiteral(", ")))));
    QVERIFY2(!titles.contains(QStringLiteral("&File")), qPrintable(titles.join(QStringLiteral(", "))));
    auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Beenden"));
}

void TestGuiTranslations::acceleratorsAreUniqueInEveryMenu() {
    MainWindow window(m_store.get());
    QStringList found = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
    const QList<QMenu*> menus = window.findChildren<QMenu*>();
    QVERIFY(!menus.isEmpty());
    for (QMenu* menu : menus) {
        // A menu fills some entries when it opens (the export and signing entries, say).
        Q_EMIT menu->aboutToShow();
        found += clashes(menu->title().isEmpty() ? menu->objectName() : menu->title(), menu->actions());
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
}

void TestGuiTranslations::engineMessagesAreGerman() {
    QCOMPARE(ItemStatusText::label(ItemStatus::Done), QStringLiteral("Erledigt"));
    QCOMPARE(ItemStatusText::label(ItemStatus::NotApplicable), QStringLiteral("Entfällt"));
    // An error the store returns and the window shows as it is.
    ChecklistStore missing;
    missing.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = missing.open(m_dir.filePath(QStringLiteral("nowhere.sqlite")),
                                       ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("keine Datenbank")), qPrintable(opened.error()));
}

void TestGuiTranslations::qtDialogButtonsAreGerman() {
    if (!qtShipsGerman())
        QSKIP("Qt's German translation (Debian: qt6-translations-l10n) is not installed");
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
