#include "ui/ReportActions.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "core/SettingsKeys.h"
#include "report/PdfReport.h"
#include "report/ReportRenderer.h"
#include "report/ReportThumbnail.h"
#include "ui/FileActions.h"
#include "ui/RecordView.h"
#include "ui/SealedExport.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {
// Short reports finish before a progress dialog would even appear.
constexpr int kProgressDelayMs = 400;

ReportActions::ProgressHook& progressHook() {
    static ReportActions::ProgressHook hook;
    return hook;
}

// A progress dialog that the report's layout and painting passes drive.
class ReportProgressDialog {
public:
    ReportProgressDialog(QWidget* parent, const QString& title, const QString& label)
        : m_dialog(label, QCoreApplication::translate("ReportActions", "Cancel"), 0, 1, parent) {
        m_dialog.setObjectName(QStringLiteral("reportProgress"));
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(kProgressDelayMs);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setValue(0);
    }

    // onCancel runs once, when the user cancels (a printer aborts its job, say).
    ReportProgress callback(std::function<void()> onCancel = {}) {
        return [this, onCancel](int done, int total) {
            if (m_dialog.maximum() != total)
                m_dialog.setMaximum(total);
            m_dialog.setValue(done); // a modal progress dialog handles Cancel clicks here
            if (progressHook())
                progressHook()(m_dialog);
            if (m_dialog.wasCanceled()) {
                if (onCancel && !m_cancelled)
                    onCancel();
                m_cancelled = true;
                return false;
            }
            return true;
        };
    }
    // True when the user cancelled while the report was being made (not
    // QProgressDialog::wasCanceled(), which closing the dialog also sets).
    bool wasCancelled() const { return m_cancelled; }
    void finish() { m_dialog.hide(); }

private:
    QProgressDialog m_dialog;
    bool m_cancelled = false;
};
} // namespace

ReportActions::ReportActions(ChecklistStore* store, RecordView* recordView, std::function<QString()> actor,
                             QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_recordView(recordView)
    , m_actor(std::move(actor))
    , m_window(window)
    , m_exportPdfAction(new QAction(tr("E&xport PDF…"), this))
    , m_printAction(new QAction(tr("&Print…"), this))
    , m_printPreviewAction(new QAction(tr("Print Pre&view…"), this))
    , m_openWhenDoneAction(new QAction(tr("Open PDF &After Export"), this)) {
    m_exportPdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPdfAction->setStatusTip(
        tr("Write the open record as a PDF/A report, with its signatures and audit trail; sealed when "
           "Preferences ▸ Sealing names a certificate"));
    connect(m_exportPdfAction, &QAction::triggered, this, &ReportActions::exportPdf);

    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the open record's report"));
    connect(m_printAction, &QAction::triggered, this, &ReportActions::print);

    m_printPreviewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreviewAction->setStatusTip(tr("See the open record's report page by page before printing"));
    connect(m_printPreviewAction, &QAction::triggered, this, &ReportActions::printPreview);

    m_openWhenDoneAction->setObjectName(QStringLiteral("actionOpenPdfWhenDone"));
    m_openWhenDoneAction->setCheckable(true);
    m_openWhenDoneAction->setChecked(QSettings().value(SettingsKeys::kOpenReportWhenDone, true).toBool());
    m_openWhenDoneAction->setStatusTip(tr("Open each exported PDF in the system's PDF viewer"));
    connect(m_openWhenDoneAction, &QAction::toggled, this,
            [](bool open) { QSettings().setValue(SettingsKeys::kOpenReportWhenDone, open); });

    // RecordView tells of every record opened or closed through progressChanged.
    connect(m_recordView, &RecordView::progressChanged, this, &ReportActions::updateActions);
    updateActions();
}

void ReportActions::setProgressHook(ProgressHook hook) {
    progressHook() = std::move(hook);
}

void ReportActions::updateActions() {
    const bool hasRecord = m_recordView->hasRecord();
    for (QAction* action : {m_exportPdfAction, m_printAction, m_printPreviewAction})
        action->setEnabled(hasRecord);
}

ReportOptions ReportActions::options(const Source& source) const {
    ReportOptions options;
    options.evidence = source.evidence;
    options.registryRoot = source.registryRoot;
    options.generatedBy = m_actor ? m_actor() : QString();
    options.thumbnails = ReportThumbnail::forRecord(source.record, *m_store);
    ChecklistStore* store = m_store;
    // The application's clock, the one signatures are dated by.
    options.clock = [store] {
        return store->now();
    };
    return options;
}

std::optional<ReportActions::Source> ReportActions::loadOpenRecord(const QString& title) {
    if (!m_recordView->hasRecord())
        return std::nullopt;
    // A note still being typed belongs in the report.
    m_recordView->commitPendingEdits();
    Result<Record> record = m_store->loadRecord(m_recordView->recordId());
    // A report without the audit trail it shows would leave out who changed what.
    Result<QList<AuditEntry>> trail =
        record ? m_store->auditTrail(m_recordView->recordId()) : Result<QList<AuditEntry>>(record.failure());
    // The evidence block prints each signer's key: a report that cannot read them is no witness.
    Result<QList<Signer>> signers = trail ? m_store->signers() : Result<QList<Signer>>(trail.failure());
    // The registry's root, printed for an auditor to compare.
    const Result<QString> root =
        signers ? Registry(*m_store).rootFingerprint() : Result<QString>(signers.failure());
    if (!root) {
        Prompts::critical(
            m_window, title,
            tr("The record could not be read, so there is no report.\n\n%1\n\nReload the record "
               "(View ▸ Reload Record) and try again.")
                .arg(Prompts::asSentence(root.error())));
        return std::nullopt;
    }
    Source source{std::move(record).value(), std::move(trail).value(), {}, root.value()};
    source.evidence = PdfEvidence::collect(source.record, source.auditTrail, signers.value());
    return source;
}

bool ReportActions::exportPdf() {
    const QString title = tr("Export PDF");
    const std::optional<Source> source = loadOpenRecord(title);
    if (!source)
        return false;
    const QString recordTitle = source->record.info.title;
    QString path =
        Prompts::saveFileName(m_window, title, FileActions::suggestedPath(recordTitle, QStringLiteral("pdf")),
                              tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    // "Release 2.4" typed without its extension is still a PDF, not a file of type "4".
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    UserSettings::rememberFileFolder(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    std::optional<SealedExport> seal;
    if (!UserSettings::sealCertificate().isEmpty()) {
        seal = SealedExport::prepare(m_window, *m_store, source->record, title);
        if (!seal)
            return false;
    }
    ReportOptions reportOptions = options(*source);
    if (seal)
        seal->applyTo(reportOptions);

    ReportProgressDialog progress(m_window, title, tr("Writing the PDF of “%1”…").arg(recordTitle));
    Status written;
    if (seal) {
        // Sealed into the file only once whole: the seal covers every byte.
        const Result<QByteArray> pdf =
            PdfReport::bytes(source->record, source->auditTrail, reportOptions, progress.callback());
        written = pdf ? seal->seal(pdf.value(), path) : Status(pdf.failure());
    } else {
        written =
            PdfReport::write(source->record, source->auditTrail, reportOptions, path, progress.callback());
    }
    progress.finish();
    if (progress.wasCancelled()) {
        Q_EMIT statusMessage(tr("PDF export cancelled; nothing was written"));
        return false;
    }
    if (!written) {
        qCWarning(lcUi) << "PDF export of record" << source->record.id << "failed:" << written.error();
        Prompts::critical(
            m_window, title,
            tr("The PDF of “%1” was not written to %2.\n\n%3\n\nNothing was changed on disk. Choose "
               "another folder or file name and export again.")
                .arg(recordTitle, shownPath, Prompts::asSentence(written.error())));
        return false;
    }
    QString done;
    if (seal) {
        qCInfo(lcUi) << "exported record" << source->record.id << "as a sealed PDF to" << path;
        done = tr("Exported “%1” as PDF to %2, sealed by %3")
                   .arg(recordTitle, shownPath, seal->certificate().subject);
    } else {
        qCInfo(lcUi) << "exported record" << source->record.id << "as PDF to" << path;
        done = tr("Exported “%1” as PDF to %2").arg(recordTitle, shownPath);
    }
    if (m_openWhenDoneAction->isChecked() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        done = tr("%1; no PDF viewer could open it").arg(done);
    Q_EMIT statusMessage(done);
    return true;
}

bool ReportActions::print() {
    const QString title = tr("Print");
    const std::optional<Source> source = loadOpenRecord(title);
    if (!source)
        return false;
    const QString recordTitle = source->record.info.title;
    QPrinter printer(QPrinter::HighResolution);
    // The print dialog proposes the job's name, cut at its last dot, plus ".pdf" when printing to a
    // file: a name ending in .pdf already keeps the whole title ("Release 2.4.pdf", not "Release 2.pdf").
    const QString fileName = FileActions::fileNameFor(recordTitle, QStringLiteral("pdf"));
    printer.setDocName(fileName);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print “%1”").arg(recordTitle));
    // And in the folder of the user's files. Setting the printer's output file instead would
    // preselect printing to a file, so the dialog's own field (Qt's form names it) is filled.
    if (auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("filename")))
        file->setText(UserSettings::suggestedFilePath(fileName));
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return false;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        UserSettings::rememberFileFolder(printer.outputFileName());

    ReportRenderer renderer(source->record, source->auditTrail, options(*source));
    ReportProgressDialog progress(m_window, title, tr("Printing “%1”…").arg(recordTitle));
    const Status printed = renderer.render(&printer, progress.callback([&printer] { printer.abort(); }));
    progress.finish();
    if (progress.wasCancelled()) {
        Q_EMIT statusMessage(tr("Printing cancelled"));
        return false;
    }
    if (!printed) {
        qCWarning(lcUi) << "printing record" << source->record.id << "failed:" << printed.error();
        Prompts::critical(m_window, title,
                          tr("“%1” was not printed.\n\n%2\n\nCheck that the printer is switched on and "
                             "connected, or print to a PDF file instead.")
                              .arg(recordTitle, Prompts::asSentence(printed.error())));
        return false;
    }
    const QString destination = printer.outputFileName().isEmpty()
                                    ? printer.printerName()
                                    : QDir::toNativeSeparators(printer.outputFileName());
    Q_EMIT statusMessage(
        renderer.pageCount() == 1
            ? tr("Sent “%1” to %2 (1 page)").arg(recordTitle, destination)
            : tr("Sent “%1” to %2 (%3 pages)").arg(recordTitle, destination).arg(renderer.pageCount()));
    return true;
}

bool ReportActions::printPreview() {
    const QString title = tr("Print Preview");
    const std::optional<Source> source = loadOpenRecord(title);
    if (!source)
        return false;
    const QString recordTitle = source->record.info.title;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(recordTitle);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(recordTitle));
    // A page at a readable size, within the screen the window is on.
    const QRect screen =
        m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1280, 860);
    dialog.resize(std::min(900, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));

    // Laid out once per paper size; the preview asks again when the page setup changes.
    ReportRenderer renderer(source->record, source->auditTrail, options(*source));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (!failure.isEmpty())
            return;
        if (const Status painted = renderer.render(target); !painted) {
            failure = painted.error();
            // Not from inside the preview's paint request: close once it has returned.
            QTimer::singleShot(0, &dialog, &QDialog::reject);
        }
    });
    const int result = Prompts::exec(dialog);
    if (!failure.isEmpty()) {
        qCWarning(lcUi) << "print preview of record" << source->record.id << "failed:" << failure;
        Prompts::critical(
            m_window, title,
            tr("The preview of “%1” could not be drawn.\n\n%2\n\nTry File ▸ Export PDF… instead, "
               "and tell whoever maintains Countersign.")
                .arg(recordTitle, Prompts::asSentence(failure)));
        return false;
    }
    return result == QDialog::Accepted;
}
