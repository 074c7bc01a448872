// Evidence in the window, offscreen, through a real MainWindow on a real
// SQLite file: the grid's paperclip column counts an item's files; files
// dropped on a row (a QDropEvent with file URLs) and Item ▸ Attach Evidence…
// attach them; a big file's progress can be cancelled; a file over the
// database's limit is refused with what to do; the evidence list opens,
// saves and removes (with a reason, audited); a signed record takes none;
// and the PDF exported from the window shows each file's SHA-256 and a
// thumbnail of the screenshot.
#include "GuiTestSupport.h"
#include "PdfText.h"
#include "ProcessRun.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/ChecklistTableModel.h"
#include "ui/EvidenceDialog.h"
#include "ui/EvidenceFiles.h"
#include "ui/MainWindow.h"
#include "ui/RecordView.h"
#include "ui/RemoveEvidenceDialog.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <memory>

namespace {

const QString kActor = QStringLiteral("Quinn QA");
const QString kPassword = QStringLiteral("correct horse 1");
const QString kAcceptance = QStringLiteral("All acceptance tests pass");

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Receives what QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestGuiEvidence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void theGridCountsEachItemsFiles();
    void droppedFilesAreAttachedToTheirRow();
    void itemMenuAttachesTheChosenFile();
    void cancellingABigFileAttachesNothing();
    void aFileOverTheLimitSaysWhatToDo();
    void theListOpensSavesAndRemovesWithAReason();
    void aSignedRecordTakesNoEvidence();
    void thePdfShowsHashesAndAThumbnail();

private:
    qint64 newRecord(const QString& title);
    std::unique_ptr<MainWindow> windowWith(qint64 recordId);
    // The grid and row of the item with this text in the window's open record.
    std::pair<SectionGrid*, int> rowOf(MainWindow& window, const QString& text);
    QString writeFile(const QString& name, const QByteArray& bytes);
    QList<AttachmentEntry> attachmentsOf(qint64 recordId, const QString& text);
    void drop(SectionGrid* grid, int row, const QStringList& paths);

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_templateId = 0;
    QByteArray m_report;
    QByteArray m_screenshot;
    QList<Prompts::Message> m_messages;
    UrlCatcher m_urls;
};

void TestGuiEvidence::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_evidence"));
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    QVERIFY(m_dir.isValid());
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "open");
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(m_store
                ->open(m_dir.filePath(QStringLiteral("evidence.sqlite")),
                       ChecklistStore::OpenMode::CreateIfMissing)
                .ok());
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    QVERIFY(templateId.ok());
    m_templateId = *templateId;

    m_report = QByteArrayLiteral("Acceptance suite 2.5.0: 412 passed, 0 failed, 3 skipped.\n");
    QImage shot(640, 400, QImage::Format_ARGB32);
    shot.fill(QColor(0, 0, 0, 0)); // a transparent margin, as a window's screenshot has
    QPainter painter(&shot);
    painter.fillRect(QRect(40, 40, 560, 320), QColor(30, 90, 160));
    painter.fillRect(QRect(60, 80, 300, 24), Qt::white);
    painter.end();
    QVERIFY(shot.save(m_dir.filePath(QStringLiteral("source.png")), "PNG"));
    m_screenshot = fileBytes(m_dir.filePath(QStringLiteral("source.png")));
}

void TestGuiEvidence::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    m_urls.opened.clear();
    Prompts::resetHooks();
    EvidenceFiles::setProgressHook({});
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
}

void TestGuiEvidence::cleanup() {
    Prompts::resetHooks();
    EvidenceFiles::setProgressHook({});
}

void TestGuiEvidence::cleanupTestCase() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

qint64 TestGuiEvidence::newRecord(const QString& title) {
    const Result<qint64> id = m_store->createRecord(
        m_templateId, {title, QStringLiteral("2.5.0"), QStringLiteral("Production")}, kActor);
    return id.ok() ? *id : 0;
}

std::unique_ptr<MainWindow> TestGuiEvidence::windowWith(qint64 recordId) {
    std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
    if (!window->openRecord(recordId))
        qWarning("the record did not open");
    return window;
}

std::pair<SectionGrid*, int> TestGuiEvidence::rowOf(MainWindow& window, const QString& text) {
    for (SectionGrid* grid : window.recordView()->grids()) {
        for (int row = 0; row < grid->checklistModel()->rowCount(); ++row) {
            if (grid->checklistModel()->itemAt(row)->text == text)
                return {grid, row};
        }
    }
    return {nullptr, -1};
}

QString TestGuiEvidence::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QList<AttachmentEntry> TestGuiEvidence::attachmentsOf(qint64 recordId, const QString& text) {
    const Result<Record> record = m_store->loadRecord(recordId);
    for (const ChecklistSection& section : record->sections) {
        for (const ChecklistItem& item : section.items) {
            if (item.text == text)
                return item.attachments;
        }
    }
    return {};
}

void TestGuiEvidence::drop(SectionGrid* grid, int row, const QStringList& paths) {
    QMimeData data;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    data.setUrls(urls);
    const QPoint at = grid->visualRect(grid->model()->index(
                                           row, grid->checklistModel()->columnOf(ChecklistTableModel::Item)))
                          .center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &move);
    QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &dropped);
    QCoreApplication::processEvents(); // the attach is queued after the drop
}

void TestGuiEvidence::theGridCountsEachItemsFiles() {
    const qint64 recordId = newRecord(QStringLiteral("Counting"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    ChecklistTableModel* model = grid->checklistModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Item, Status, Notes, Checked by, Checked at, and the paperclip last.
    QCOMPARE(model->columnCount(), 6);
    const int evidence = model->columnOf(ChecklistTableModel::Evidence);
    QCOMPARE(evidence, 5);
    QCOMPARE(model->columnKind(evidence), ChecklistTableModel::Evidence);
    QVERIFY(model->headerData(evidence, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull() == false);
    QCOMPARE(model->headerData(evidence, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Evidence"));
    QCOMPARE(model->index(row, evidence).data().toString(), QString());
    // The column stays narrow: the paperclip and a count.
    QVERIFY(grid->columnWidth(evidence) < 60);

    const QString path = writeFile(QStringLiteral("count.txt"), m_report);
    const qint64 itemId = model->itemAt(row)->id;
    QVERIFY(m_store->attach(recordId, itemId, path, QString(), kActor).ok());
    QCOMPARE(model->index(row, evidence).data().toString(), QStringLiteral("1"));
    QVERIFY(
        model->index(row, evidence).data(Qt::ToolTipRole).toString().contains(QStringLiteral("count.txt")));
    QCOMPARE(model->index(row, evidence).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("1 file(s) attached"));
}

void TestGuiEvidence::droppedFilesAreAttachedToTheirRow() {
    const qint64 recordId = newRecord(QStringLiteral("Dropping"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    const QString report = writeFile(QStringLiteral("acceptance-report.txt"), m_report);
    const QString screenshot = writeFile(QStringLiteral("screenshot.png"), m_screenshot);
    drop(grid, row, {report, screenshot});
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    const QList<AttachmentEntry> attached = attachmentsOf(recordId, kAcceptance);
    QCOMPARE(attached.size(), 2);
    QCOMPARE(attached.at(0).name, QStringLiteral("acceptance-report.txt"));
    QCOMPARE(attached.at(0).sha256, sha256(m_report));
    QCOMPARE(attached.at(0).addedBy, kActor);
    QCOMPARE(attached.at(1).name, QStringLiteral("screenshot.png"));
    QCOMPARE(attached.at(1).sha256, sha256(m_screenshot));
    QCOMPARE(attached.at(1).mediaType, QStringLiteral("image/png"));
    const int evidence = grid->checklistModel()->columnOf(ChecklistTableModel::Evidence);
    QCOMPARE(grid->checklistModel()->index(row, evidence).data().toString(), QStringLiteral("2"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("screenshot.png")),
             qPrintable(window->statusBar()->currentMessage()));

    // A drop on a group heading goes nowhere.
    for (int r = 0; r < grid->checklistModel()->rowCount(); ++r) {
        if (grid->checklistModel()->itemAt(r)->isGroupHeader) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(report)});
            const QPoint at = grid->visualRect(grid->model()->index(r, 0)).center();
            QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(grid->viewport(), &move);
            QVERIFY(!move.isAccepted());
            break;
        }
    }
}

void TestGuiEvidence::itemMenuAttachesTheChosenFile() {
    const qint64 recordId = newRecord(QStringLiteral("Menu"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, 0));
    auto* attach = window->findChild<QAction*>(QStringLiteral("actionAttachEvidence"));
    QVERIFY(attach);
    QCOMPARE(attach->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto* menu = window->findChild<QMenu*>(QStringLiteral("menuItem"));
    QVERIFY(menu && menu->actions().contains(attach));
    QVERIFY(attach->isEnabled());
    const QString path = writeFile(QStringLiteral("menu-report.txt"), m_report);
    QString caption;
    Prompts::setOpenFileHook([&](const QString& c, const QString&, const QString&) {
        caption = c;
        return path;
    });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QCOMPARE(caption, QStringLiteral("Attach Evidence to “%1”").arg(kAcceptance));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    const QList<AttachmentEntry> attached = attachmentsOf(recordId, kAcceptance);
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().name, QStringLiteral("menu-report.txt"));
    // Not on the undo stack: taking a file back needs a reason.
    QCOMPARE(window->undoStack()->count(), 0);
}

void TestGuiEvidence::cancellingABigFileAttachesNothing() {
    const qint64 recordId = newRecord(QStringLiteral("Big"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    const QString path = writeFile(QStringLiteral("big.bin"), QByteArray(3 * 1024 * 1024 + 17, 'x'));
    int steps = 0;
    EvidenceFiles::setProgressHook([&](QProgressDialog& progress) {
        QCOMPARE(progress.windowModality(), Qt::WindowModal);
        if (++steps == 2)
            progress.cancel();
    });
    drop(grid, row, {path});
    QVERIFY(steps >= 2);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QVERIFY(attachmentsOf(recordId, kAcceptance).isEmpty());
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window->statusBar()->currentMessage()));

    // Not cancelled, the same file is read with progress and attached.
    steps = 0;
    EvidenceFiles::setProgressHook([&](QProgressDialog&) { ++steps; });
    drop(grid, row, {path});
    QVERIFY(steps >= 3);
    QCOMPARE(attachmentsOf(recordId, kAcceptance).size(), 1);
}

void TestGuiEvidence::aFileOverTheLimitSaysWhatToDo() {
    const qint64 recordId = newRecord(QStringLiteral("Limit"));
    const Result<qint64> limit = m_store->attachmentSizeLimit();
    QVERIFY(limit.ok());
    QVERIFY(m_store->setAttachmentSizeLimit(1024, kActor).ok());
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    drop(grid, row, {writeFile(QStringLiteral("too-big.log"), QByteArray(4096, 'y'))});
    QVERIFY(m_store->setAttachmentSizeLimit(*limit, kActor).ok());
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Critical);
    QVERIFY2(m_messages.first().text.contains(QStringLiteral("too-big.log was not attached")),
             qPrintable(m_messages.first().text));
    QVERIFY2(m_messages.first().text.contains(QStringLiteral("attachment-limit")),
             qPrintable(m_messages.first().text));
    QVERIFY(attachmentsOf(recordId, kAcceptance).isEmpty());

    // A file that cannot be read says so, and what to check.
    m_messages.clear();
    drop(grid, row, {m_dir.filePath(QStringLiteral("no-such-file.txt"))});
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().text.contains(QStringLiteral("could not be read")),
             qPrintable(m_messages.first().text));
}

void TestGuiEvidence::theListOpensSavesAndRemovesWithAReason() {
    const qint64 recordId = newRecord(QStringLiteral("Listing"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    const qint64 itemId = grid->checklistModel()->itemAt(row)->id;
    QVERIFY(m_store
                ->attach(recordId, itemId, writeFile(QStringLiteral("list-report.txt"), m_report), QString(),
                         kActor)
                .ok());
    QVERIFY(m_store
                ->attach(recordId, itemId, writeFile(QStringLiteral("list-shot.png"), m_screenshot),
                         QString(), kActor)
                .ok());
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, 0));

    const QString copy = m_dir.filePath(QStringLiteral("saved-copy.txt"));
    Prompts::setSaveFileHook([&](const QString&, const QString& suggested, const QString&) {
        return QFileInfo(suggested).fileName() == u"list-report.txt" ? copy : QString();
    });
    bool shown = false;
    Prompts::setDialogHook([&](QDialog& dialog) {
        if (auto* remove = qobject_cast<RemoveEvidenceDialog*>(&dialog)) {
            auto* confirm = GuiTestSupport::child<QPushButton>(remove, QStringLiteral("removeConfirmButton"));
            [&] {
                QVERIFY(!confirm->isEnabled());
            }(); // a reason first
            GuiTestSupport::child<QPlainTextEdit>(remove, QStringLiteral("removeReasonEdit"))
                ->setPlainText(QStringLiteral("Report of the wrong build"));
            [&] {
                QVERIFY(confirm->isEnabled());
            }();
            return int(QDialog::Accepted);
        }
        auto* list = qobject_cast<EvidenceDialog*>(&dialog);
        if (!list)
            return int(QDialog::Rejected);
        shown = true;
        [&] {
            QTreeWidget* files = list->list();
            QCOMPARE(files->topLevelItemCount(), 2);
            QCOMPARE(files->topLevelItem(0)->text(EvidenceDialog::Name), QStringLiteral("list-report.txt"));
            QCOMPARE(files->topLevelItem(0)->text(EvidenceDialog::Sha256), sha256(m_report));
            QCOMPARE(files->topLevelItem(0)->text(EvidenceDialog::AttachedBy), kActor);
            QCOMPARE(files->topLevelItem(1)->text(EvidenceDialog::Type), QStringLiteral("image/png"));
            files->setCurrentItem(files->topLevelItem(0));
            GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceOpen"))->click();
            QCOMPARE(m_urls.opened.size(), 1);
            QCOMPARE(fileBytes(m_urls.opened.first().toLocalFile()), m_report);
            QCOMPARE(m_urls.opened.first().fileName(), QStringLiteral("list-report.txt"));
            GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceSaveCopy"))->click();
            QCOMPARE(fileBytes(copy), m_report);
            auto* remove = GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceRemove"));
            QVERIFY(remove->isEnabled());
            remove->click();
            // The list follows the store: the file stays, marked removed with the reason.
            QCOMPARE(files->topLevelItemCount(), 2);
            QVERIFY(files->topLevelItem(0)
                        ->text(EvidenceDialog::Removed)
                        .contains(QStringLiteral("Report of the wrong build")));
            files->setCurrentItem(files->topLevelItem(0));
            QVERIFY(!remove->isEnabled());
        }();
        return int(QDialog::Rejected);
    });
    auto* show = window->findChild<QAction*>(QStringLiteral("actionShowEvidence"));
    QVERIFY(show && show->isEnabled());
    show->trigger();
    QVERIFY(shown);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));

    const QList<AttachmentEntry> attached = attachmentsOf(recordId, kAcceptance);
    QCOMPARE(attached.size(), 2);
    QVERIFY(attached.at(0).isRemoved());
    QCOMPARE(attached.at(0).removedBy, kActor);
    QCOMPARE(attached.at(0).removedReason, QStringLiteral("Report of the wrong build"));
    // The grid counts the standing file only.
    const int evidence = grid->checklistModel()->columnOf(ChecklistTableModel::Evidence);
    QCOMPARE(grid->checklistModel()->index(row, evidence).data().toString(), QStringLiteral("1"));
}

void TestGuiEvidence::aSignedRecordTakesNoEvidence() {
    const qint64 recordId = newRecord(QStringLiteral("Signed"));
    const Record record = *m_store->loadRecord(recordId);
    qint64 itemId = 0;
    // Every item done, so a role may sign.
    for (const ChecklistSection& section : record.sections) {
        for (const ChecklistItem& item : section.items) {
            if (item.text == kAcceptance)
                itemId = item.id;
            if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                QVERIFY(m_store->updateItem(item.id, {ItemStatus::Done, {}}, kActor).ok());
        }
    }
    QVERIFY(
        m_store
            ->attach(recordId, itemId, writeFile(QStringLiteral("signed.txt"), m_report), QString(), kActor)
            .ok());
    SignOffService service(*m_store);
    QVERIFY(TestAdministrator::registerSigner(
                service, *m_store, QStringLiteral("dana"), QStringLiteral("Dana Meyer"),
                {QStringLiteral("Deployment Manager")}, SecretBytes::fromText(kPassword), kActor)
                .ok());
    QVERIFY(service
                .sign({recordId,
                       QStringLiteral("Deployment Manager"),
                       QStringLiteral("dana"),
                       SecretBytes::fromText(kPassword),
                       QStringLiteral("Approved"),
                       {},
                       true})
                .ok());
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, 0));
    auto* attach = window->findChild<QAction*>(QStringLiteral("actionAttachEvidence"));
    auto* show = window->findChild<QAction*>(QStringLiteral("actionShowEvidence"));
    QVERIFY(!attach->isEnabled());
    QVERIFY2(attach->toolTip().contains(QStringLiteral("signed")), qPrintable(attach->toolTip()));
    QVERIFY(show->isEnabled()); // the files can still be read

    // A drop is refused before it lands.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("late.txt"), m_report))});
    const QPoint at = grid->visualRect(grid->model()->index(row, 0)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    drop(grid, row, {m_dir.filePath(QStringLiteral("late.txt"))});
    QCOMPARE(attachmentsOf(recordId, kAcceptance).size(), 1);

    bool shown = false;
    Prompts::setDialogHook([&](QDialog& dialog) {
        auto* list = qobject_cast<EvidenceDialog*>(&dialog);
        if (!list)
            return int(QDialog::Rejected);
        shown = true;
        [&] {
            auto* attachButton = GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceAttach"));
            auto* removeButton = GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceRemove"));
            QVERIFY(!attachButton->isEnabled() && !removeButton->isEnabled());
            QVERIFY(removeButton->toolTip().contains(QStringLiteral("signed")));
            QVERIFY(GuiTestSupport::child<QPushButton>(list, QStringLiteral("evidenceOpen"))->isEnabled());
        }();
        return int(QDialog::Rejected);
    });
    show->trigger();
    QVERIFY(shown);
}

void TestGuiEvidence::thePdfShowsHashesAndAThumbnail() {
    const qint64 recordId = newRecord(QStringLiteral("Filed"));
    auto window = windowWith(recordId);
    auto [grid, row] = rowOf(*window, kAcceptance);
    QVERIFY(grid);
    drop(grid, row,
         {writeFile(QStringLiteral("acceptance-report.txt"), m_report),
          writeFile(QStringLiteral("screenshot.png"), m_screenshot)});
    QCOMPARE(attachmentsOf(recordId, kAcceptance).size(), 2);
    const QString pdf = m_dir.filePath(QStringLiteral("filed.pdf"));
    Prompts::setSaveFileHook([&](const QString&, const QString&, const QString&) { return pdf; });
    window->findChild<QAction*>(QStringLiteral("actionOpenPdfWhenDone"))->setChecked(false);
    window->findChild<QAction*>(QStringLiteral("actionExportPdf"))->trigger();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QString text = TestSupport::pdfText(pdf, TestSupport::PdfTextOrder::Drawn);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY(text.contains(QStringLiteral("acceptance-report.txt")));
    QVERIFY(text.count(sha256(m_report)) >= 2);
    QVERIFY(text.count(sha256(m_screenshot)) >= 2);
    TestSupport::ProcessOptions options;
    const TestSupport::ProcessRun images =
        TestSupport::runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, options);
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.outText().split(u'\n', Qt::SkipEmptyParts).size(),
             3); // the header's two lines and one image
    QVERIFY(!fileBytes(pdf).contains("/SMask"));
}

QTEST_MAIN(TestGuiEvidence)
#include "tst_gui_evidence.moc"
