// The report in the window, offscreen, through a real MainWindow on a real
// SQLite file: File ▸ Export PDF… (by its shortcut) with the save dialog
// answered through Prompts' hook, read back with pdftotext; a cancelled
// export and a failed one leave no file and say why; Print Preview… paints
// pages; Print… to a PDF file draws the same report.
#include "GuiTestSupport.h"
#include "PdfText.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/RecordView.h"
#include "ui/ReportActions.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace {

const QString kActor = QStringLiteral("Quinn QA");
const QString kTitle = QStringLiteral("Release 2.4 to production");
const QString kNote = QStringLiteral("pipeline #4711 green");
const QString kPassword = QStringLiteral("correct horse 1");

} // namespace

// Receives what QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestGuiReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void exportPdfWritesTheRecord();
    void cancelledExportLeavesNoFile();
    void failedExportSaysWhatAndWhatToDo();
    void printPreviewPaintsPages();
    void printToFileDrawsTheReport();

private:
    std::unique_ptr<MainWindow> windowWithRecord();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    QStringList m_itemTexts;
    QList<Prompts::Message> m_messages;
    UrlCatcher m_urls;
};

void TestGuiReport::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_report"));
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDF back");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "open");

    m_path = m_dir.filePath(QStringLiteral("report.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store->open(m_path, ChecklistStore::OpenMode::CreateIfMissing).ok());
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(templateId.ok());
    const Result<qint64> id = m_store->createRecord(
        *templateId, {kTitle, QStringLiteral("2.4.0"), QStringLiteral("Production")}, kActor);
    QVERIFY(id.ok());
    m_recordId = *id;
    // Every item done, the first with a note; the Deployment Manager signs.
    const Record record = *m_store->loadRecord(m_recordId);
    bool first = true;
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                continue;
            m_itemTexts << item.text;
            QVERIFY(m_store->updateItem(item.id, {ItemStatus::Done, first ? kNote : QString()}, kActor).ok());
            first = false;
        }
    }
    SignOffService service(*m_store);
    QVERIFY(TestAdministrator::registerSigner(
                service, *m_store, QStringLiteral("dana"), QStringLiteral("Dana Meyer"),
                {QStringLiteral("Deployment Manager")}, SecretBytes::fromText(kPassword), kActor)
                .ok());
    QVERIFY(service
                .sign({m_recordId,
                       QStringLiteral("Deployment Manager"),
                       QStringLiteral("dana"),
                       SecretBytes::fromText(kPassword),
                       QStringLiteral("Approved"),
                       {},
                       true})
                .ok());
}

void TestGuiReport::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    m_urls.opened.clear();
    Prompts::resetHooks();
    ReportActions::setProgressHook({});
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
    Prompts::setSaveFileHook([](const QString& caption, const QString&, const QString&) {
        qCritical("unexpected save dialog %s", qPrintable(caption));
        return QString();
    });
}

void TestGuiReport::cleanup() {
    Prompts::resetHooks();
    ReportActions::setProgressHook({});
}

void TestGuiReport::cleanupTestCase() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

std::unique_ptr<MainWindow> TestGuiReport::windowWithRecord() {
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    if (!window->openRecord(m_recordId))
        qWarning("the record did not open");
    return window;
}

void TestGuiReport::exportPdfWritesTheRecord() {
    auto window = windowWithRecord();
    auto* exportPdf = window->findChild<QAction*>(QStringLiteral("actionExportPdf"));
    auto* openWhenDone = window->findChild<QAction*>(QStringLiteral("actionOpenPdfWhenDone"));
    QVERIFY(exportPdf && openWhenDone);
    QVERIFY(exportPdf->isEnabled());
    QCOMPARE(exportPdf->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    openWhenDone->setChecked(true);

    const QString target = m_dir.filePath(QStringLiteral("release-report"));
    QString suggested;
    QString caption;
    Prompts::setSaveFileHook([&](const QString& c, const QString& path, const QString&) {
        caption = c;
        suggested = path;
        return target; // typed without the extension
    });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(caption, QStringLiteral("Export PDF"));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Release 2.4 to production.pdf"));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    const QString written = target + QStringLiteral(".pdf");
    QVERIFY(QFile::exists(written));
    // Written to a temporary file and renamed: nothing else is left in the folder.
    const QStringList pdfs = QDir(m_dir.path()).entryList({QStringLiteral("release-report*")}, QDir::Files);
    QCOMPARE(pdfs, QStringList{QStringLiteral("release-report.pdf")});

    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith("%PDF-"));
    file.close();
    const QString text = TestSupport::pdfText(written, TestSupport::PdfTextOrder::Layout).simplified();
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the export");
    QVERIFY(text.contains(kTitle));
    QVERIFY(text.contains(kNote));
    QVERIFY(text.contains(QStringLiteral("Dana Meyer")));
    for (const QString& item : std::as_const(m_itemTexts))
        QVERIFY2(text.contains(item.simplified()), qPrintable(item));

    QVERIFY2(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(written)),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(m_urls.opened, QList<QUrl>{QUrl::fromLocalFile(written)});

    // Unticked, the preference is remembered and nothing is opened.
    openWhenDone->setChecked(false);
    QCOMPARE(QSettings().value(SettingsKeys::kOpenReportWhenDone).toBool(), false);
    m_urls.opened.clear();
    exportPdf->trigger();
    QVERIFY(m_urls.opened.isEmpty());
    QVERIFY(QFile::exists(written));
}

void TestGuiReport::cancelledExportLeavesNoFile() {
    auto window = windowWithRecord();
    const QString target = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    Prompts::setSaveFileHook([&](const QString&, const QString&, const QString&) { return target; });
    int steps = 0;
    int maximum = 0;
    ReportActions::setProgressHook([&](QProgressDialog& progress) {
        ++steps;
        maximum = progress.maximum();
        if (progress.value() > 0)
            progress.cancel(); // the user clicks Cancel part way
    });
    window->findChild<QAction*>(QStringLiteral("actionExportPdf"))->trigger();
    QVERIFY(steps > 0);
    QVERIFY(maximum > 1);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
    QVERIFY(m_messages.isEmpty()); // a cancel is not an error
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}

void TestGuiReport::failedExportSaysWhatAndWhatToDo() {
    auto window = windowWithRecord();
    const QString target = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    Prompts::setSaveFileHook([&](const QString&, const QString&, const QString&) { return target; });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^PDF export of record \\d+ failed")));
    window->findChild<QAction*>(QStringLiteral("actionExportPdf"))->trigger();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Critical);
    const QString text = m_messages.first().text;
    QVERIFY2(text.contains(QStringLiteral("was not written")) &&
                 text.contains(QDir::toNativeSeparators(target)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Choose another folder")), qPrintable(text));
    QVERIFY(!QFile::exists(target));
}

void TestGuiReport::printPreviewPaintsPages() {
    auto window = windowWithRecord();
    auto* preview = window->findChild<QAction*>(QStringLiteral("actionPrintPreview"));
    QVERIFY(preview && preview->isEnabled());
    int pages = 0;
    QImage shot;
    bool answered = false;
    Prompts::setDialogHook([&](QDialog& dialog) {
        answered = true;
        auto* previewDialog = qobject_cast<QPrintPreviewDialog*>(&dialog);
        if (!previewDialog)
            return int(QDialog::Rejected);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return int(QDialog::Rejected);
        auto* widget = dialog.findChild<QPrintPreviewWidget*>();
        if (!widget)
            return int(QDialog::Rejected);
        QTest::qWait(50);
        pages = widget->pageCount();
        shot = dialog.grab().toImage();
        dialog.reject();
        return dialog.result();
    });
    preview->trigger();
    QVERIFY(answered);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QVERIFY(pages > 0);
    QVERIFY(!shot.isNull());
    // Pages were painted: the preview is not one flat colour.
    bool varied = false;
    const QRgb corner = shot.pixel(0, 0);
    for (int y = 0; y < shot.height() && !varied; y += 7) {
        for (int x = 0; x < shot.width() && !varied; x += 7)
            varied = shot.pixel(x, y) != corner;
    }
    QVERIFY(varied);
    // Closed: no preview window is left behind.
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QPrintPreviewDialog*>(top) || !top->isVisible());
}

void TestGuiReport::printToFileDrawsTheReport() {
    auto window = windowWithRecord();
    auto* print = window->findChild<QAction*>(QStringLiteral("actionPrint"));
    QVERIFY(print && print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    const QString target = m_dir.filePath(QStringLiteral("printed.pdf"));
    Prompts::setDialogHook([&](QDialog& dialog) {
        auto* printDialog = qobject_cast<QPrintDialog*>(&dialog);
        if (!printDialog)
            return int(QDialog::Rejected);
        printDialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        printDialog->printer()->setOutputFileName(target);
        return int(QDialog::Accepted);
    });
    print->trigger();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QVERIFY(QFile::exists(target));
    const QString text = TestSupport::pdfText(target, TestSupport::PdfTextOrder::Layout).simplified();
    QVERIFY2(text.contains(kTitle), qPrintable(text.left(400)));
    QVERIFY(text.contains(m_itemTexts.first()));
    QVERIFY(text.contains(kNote));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("printed.pdf")));
}

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
