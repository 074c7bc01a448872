// The main window stays readable on the screens people have: 1024×700,
// 1366×768, 1920×1080, and 1920×1080 at 200 % (960×540 in Qt's units), in
// English and German. A sealed record (every item done with a note, four
// signatures) is opened, and the test asserts what a reader would check:
// - every item text and every status pill shows whole (no text elided: each
//   wrapped item fits its row, each pill its column), and "Checked at" shows
//   its whole date and time;
// - the sign-off table's State column is never cut off, and from 1024×700 up
//   the whole table fits the page without scrolling sideways;
// - the Records dock gave way rather than the record, and still shows a
//   readable part of each title.
// The process runs itself once per further screen (the offscreen platform's
// screen is fixed for the life of a QApplication). With
// COUNTERSIGN_SCREENSHOTS=DIR each screen's window is saved as a PNG there.

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "support/GuiTestSupport.h"
#include "support/TestAdministrator.h"
#include "support/TestSupport.h"
#include "ui/AppTranslations.h"
#include "ui/AuditTrailModel.h"
#include "ui/ChecklistTableModel.h"
#include "ui/DockLayout.h"
#include "ui/MainWindow.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/signing/SignOffPanel.h"
#include "ui/signing/SignOffTableModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple");
const char* const kScreenVariable = "COUNTERSIGN_LAYOUT_SCREEN";

// "WIDTHxHEIGHT" or "WIDTHxHEIGHT@SCALE"; 1024×700 when unset.
struct Screen {
    QSize size{1024, 700};
    int scale = 1;
    QString name() const {
        return QStringLiteral("%1x%2%3")
            .arg(size.width())
            .arg(size.height())
            .arg(scale == 1 ? QString() : QStringLiteral("@%1").arg(scale));
    }
    static Screen fromEnvironment() {
        Screen screen;
        const QString text = qEnvironmentVariable(kScreenVariable);
        if (text.isEmpty())
            return screen;
        const QStringList scaled = text.split(u'@');
        const QStringList sides = scaled.first().split(u'x');
        screen.size = QSize(sides.value(0).toInt(), sides.value(1).toInt());
        screen.scale = scaled.size() > 1 ? scaled.at(1).toInt() : 1;
        return screen;
    }
};

// The item view's public sizeHintForColumn(); QTableView's override is protected.
int hintForColumn(const QAbstractItemView* view, int column) {
    return view->sizeHintForColumn(column);
}
} // namespace

class TestGuiLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    Screen m_screen = Screen::fromEnvironment();

private Q_SLOTS:
    void initTestCase();
    void init();
    void theSealedRecordReads_data();
    void theSealedRecordReads();
    void sealingReadsInWords();
    void everyOtherScreen_data();
    void everyOtherScreen();

private:
    void checkGrid(const SectionGrid* grid, const QString& where);
    void checkSignOff(const SignOffPanel* panel, const QScrollArea* page, const QString& where);
};

void TestGuiLayout::initTestCase() {
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("layout"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(
        m_store
            ->open(m_dir.filePath(QStringLiteral("layout.sqlite")), ChecklistStore::OpenMode::CreateIfMissing)
            .ok());
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(templateId.ok());
    const Result<qint64> id = m_store->createRecord(
        *templateId, {QStringLiteral("Release 2.4"), QStringLiteral("2.4.0"), QStringLiteral("Production")},
        QStringLiteral("Quinn Anders"));
    QVERIFY(id.ok());
    m_recordId = *id;
    const Record record = *m_store->loadRecord(m_recordId);
    int n = 0;
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                continue;
            const QString note = QStringLiteral("checked in pipeline #47%1, see the build log").arg(++n);
            QVERIFY(
                m_store
                    ->updateItem(item.id, {ItemStatus::Done, note}, QStringLiteral("Maximilian Wolkenstein"))
                    .ok());
        }
    }
    SignOffService service(*m_store);
    const QStringList roles = {QStringLiteral("Deployment Manager"), QStringLiteral("QA Lead"),
                               QStringLiteral("Development Lead"), QStringLiteral("Product Owner")};
    const QStringList names = {QStringLiteral("Dana Meyer-Lindqvist"), QStringLiteral("Quinn Anders"),
                               QStringLiteral("Rafael Ortega-Villanueva"), QStringLiteral("Paula Owens")};
    for (int i = 0; i < roles.size(); ++i) {
        const QString login = QStringLiteral("signer%1").arg(i);
        QVERIFY(TestAdministrator::registerSigner(service, *m_store, login, names.at(i), {roles.at(i)},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"))
                    .ok());
        const Result<SignatureEntry> signedEntry = service.sign({m_recordId,
                                                                 roles.at(i),
                                                                 login,
                                                                 SecretBytes::fromText(kPassword),
                                                                 QStringLiteral("Approved"),
                                                                 {},
                                                                 true});
        QVERIFY2(signedEntry.ok(), qPrintable(signedEntry.error()));
    }
}

void TestGuiLayout::init() {
    TestSupport::strictWarnings();
    GuiTestSupport::rejectUnexpectedDialogs();
}

void TestGuiLayout::theSealedRecordReads_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestGuiLayout::theSealedRecordReads() {
    QFETCH(QString, language);
    QVERIFY(GuiTestSupport::useLanguage(language));

    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    QVERIFY(window->openRecord(m_recordId));
    auto* view = window->findChild<RecordView*>();
    QVERIFY(view);
    const QList<SectionGrid*> grids = view->grids(); // builds every section
    QVERIFY(grids.size() >= 3);
    QTest::qWait(50); // the docks give way once the window's layout settled
    QCoreApplication::processEvents();
    const QString where = m_screen.name() + u' ' + language;
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(where + QStringLiteral(": window off screen")));

    // The docks gave way before the record did.
    const auto* records = window->findChild<QDockWidget*>(QStringLiteral("recordDock"));
    QVERIFY(records);
    const int central = window->centralWidget()->width();
    const int sideMinimum = window->fontMetrics().averageCharWidth() * 26;
    QVERIFY2(central >= DockLayout::readableWidth(window.get()) || records->width() <= sideMinimum + 2,
             qPrintable(QStringLiteral("%1: the record is %2 px wide beside a %3 px Records dock")
                            .arg(where)
                            .arg(central)
                            .arg(records->width())));
    const auto* list = window->findChild<QTreeView*>(QStringLiteral("recordList"));
    QVERIFY(list);
    QVERIFY2(list->header()->sectionSize(0) >= list->fontMetrics().averageCharWidth() * 16 ||
                 list->header()->sectionSize(0) >= hintForColumn(list, 0),
             qPrintable(where + QStringLiteral(": the record titles are cut to a sliver")));

    for (const SectionGrid* grid : grids)
        checkGrid(grid, where);
    const auto* page = view->findChild<QScrollArea*>();
    QVERIFY(page);
    QVERIFY(view->signOffPanel());
    checkSignOff(view->signOffPanel(), page, where);

    if (const QString folder = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        window->grab().save(
            QDir(folder).filePath(QStringLiteral("layout-%1-%2.png").arg(m_screen.name(), language)));
        page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        window->grab().save(
            QDir(folder).filePath(QStringLiteral("layout-%1-%2-signoff.png").arg(m_screen.name(), language)));
    }
}

void TestGuiLayout::checkGrid(const SectionGrid* grid, const QString& where) {
    const auto* model = qobject_cast<const ChecklistTableModel*>(grid->model());
    QVERIFY(model);
    const QString name = where + u' ' + model->section().title;
    const QHeaderView* header = grid->horizontalHeader();
    const QFontMetrics metrics = grid->fontMetrics();
    const int itemColumn = model->columnOf(ChecklistTableModel::Item);
    const int statusColumn = model->columnOf(ChecklistTableModel::Status);
    const int atColumn = model->columnOf(ChecklistTableModel::CheckedAt);
    QVERIFY2(
        header->sectionSize(itemColumn) >= metrics.averageCharWidth() * 20,
        qPrintable(QStringLiteral("%1: Item column %2 px").arg(name).arg(header->sectionSize(itemColumn))));
    // Every section's columns inside the grid: nothing hidden past its right edge.
    QVERIFY2(header->length() <= grid->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1: columns %2 px in a %3 px grid")
                            .arg(name)
                            .arg(header->length())
                            .arg(grid->viewport()->width())));
    QStringList problems;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ChecklistTableModel::IsGroupHeaderRole).toBool())
            continue;
        const QString text = model->index(row, itemColumn).data().toString();
        const int textWidth = header->sectionSize(itemColumn) - 8;
        const int needed =
            metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, text).height();
        if (needed > grid->rowHeight(row))
            problems << QStringLiteral("item “%1” needs %2 px in a %3 px row")
                            .arg(text)
                            .arg(needed)
                            .arg(grid->rowHeight(row));
        const QModelIndex status = model->index(row, statusColumn);
        const int pill = grid->itemDelegateForIndex(status)->sizeHint(QStyleOptionViewItem(), status).width();
        if (pill > header->sectionSize(statusColumn) + 12)
            problems << QStringLiteral("status “%1” needs %2 px").arg(status.data().toString()).arg(pill);
        const QString at = model->index(row, atColumn).data().toString();
        if (metrics.horizontalAdvance(at) > header->sectionSize(atColumn) - 6)
            problems
                << QStringLiteral("“%1” cut in a %2 px column").arg(at).arg(header->sectionSize(atColumn));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
}

void TestGuiLayout::checkSignOff(const SignOffPanel* panel, const QScrollArea* page, const QString& where) {
    const QTableView* table = panel->view();
    const QHeaderView* header = table->horizontalHeader();
    QCOMPARE(panel->model()->rowCount(), 4);
    const int state = SignOffTableModel::StateColumn;
    QVERIFY2(header->sectionSize(state) >= hintForColumn(table, state),
             qPrintable(QStringLiteral("%1: State column %2 px, needs %3")
                            .arg(where)
                            .arg(header->sectionSize(state))
                            .arg(hintForColumn(table, state))));
    QVERIFY2(header->length() <= table->viewport()->width() + 1,
             qPrintable(where + QStringLiteral(": sign-off columns run past the table")));
    // 1024 px wide and up, the page needs no sideways scrolling for it.
    if (m_screen.size.width() / m_screen.scale >= 1024) {
        QVERIFY2(page->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1: the page scrolls sideways by %2 px")
                                .arg(where)
                                .arg(page->horizontalScrollBar()->maximum())));
    }
}

// The audit trail names the record's states in words, not as stored keys.
void TestGuiLayout::sealingReadsInWords() {
    QVERIFY(GuiTestSupport::useLanguage(QStringLiteral("en")));
    AuditTrailModel model(m_store.get());
    model.setRecord(m_recordId);
    QStringList sealing;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AuditTrailModel::Action).data().toString() == u"Sealed")
            sealing << model.index(row, AuditTrailModel::Change).data().toString();
    }
    QCOMPARE(sealing, QStringList{QStringLiteral("Partly signed → Sealed")});
}

void TestGuiLayout::everyOtherScreen_data() {
    QTest::addColumn<QString>("screen");
    QTest::newRow("1366×768") << QStringLiteral("1366x768");
    QTest::newRow("1920×1080") << QStringLiteral("1920x1080");
    QTest::newRow("1920×1080 at 200 %") << QStringLiteral("1920x1080@2");
}

void TestGuiLayout::everyOtherScreen() {
    if (qEnvironmentVariableIsSet(kScreenVariable))
        QSKIP("this run checks one screen; the first run starts the others");
    QFETCH(QString, screen);
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kScreenVariable), screen);
    run.setProcessEnvironment(environment);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QCoreApplication::applicationFilePath(), {QStringLiteral("theSealedRecordReads")});
    QVERIFY(run.waitForFinished(120000));
    const QByteArray output = run.readAll();
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, output.constData());
}

int main(int argc, char** argv) {
    const Screen screen = Screen::fromEnvironment();
    QTemporaryDir configDir;
    if (!configDir.isValid())
        qFatal("no temporary folder for the screen's configuration");
    // At 200 % a 1920×1080 screen is 960×540 in Qt's units, as on a laptop set to that scale.
    GuiTestSupport::useOffscreenScreen(screen.size, configDir.path());
    if (screen.scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(screen.scale));
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestGuiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_layout.moc"
