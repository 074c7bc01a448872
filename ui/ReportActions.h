#pragma once

#include "core/Checklist.h"
#include "report/ReportOptions.h"

#include <QObject>

#include <functional>
#include <optional>

class ChecklistStore;
class QAction;
class QProgressDialog;
class QWidget;
class RecordView;

// File ▸ Export PDF… (Ctrl+E), File ▸ Print… and File ▸ Print Preview… for
// the open record. All three draw the same pages, laid out by app/report:
// the PDF through PdfReport (PDF/A-1b, written to a temporary file and
// renamed into place, so a failure or a cancel leaves no file), the printer
// and the preview through ReportRenderer on a QPrinter.
//
// Long records show a progress dialog with Cancel. File dialogs and message
// boxes go through Prompts, so tests answer them with hooks; a test can also
// watch (and cancel) the progress dialog with setProgressHook().
//
//   auto* report = new ReportActions(store, recordView, &UserSettings::actorName, window);
//   fileMenu->addAction(report->exportPdfAction());
//   connect(report, &ReportActions::statusMessage, statusBar(), ...);
class ReportActions : public QObject {
    Q_OBJECT
public:
    // Called at every step a progress dialog shows (tests cancel through it).
    using ProgressHook = std::function<void(QProgressDialog& progress)>;

    ReportActions(ChecklistStore* store, RecordView* recordView, std::function<QString()> actor,
                  QWidget* window);

    QAction* exportPdfAction() const { return m_exportPdfAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* printPreviewAction() const { return m_printPreviewAction; }
    // Checkable, remembered: open the PDF in the system's viewer once written.
    QAction* openWhenDoneAction() const { return m_openWhenDoneAction; }

    // Each returns true when it finished (written, printed, previewed); false
    // when cancelled or refused, with the reason already told.
    bool exportPdf();
    bool print();
    bool printPreview();

    static void setProgressHook(ProgressHook hook);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    struct Source {
        Record record;
        QList<AuditEntry> auditTrail;
        PdfEvidence evidence;
        QString registryRoot; // the signer registry's root fingerprint, "" without one
    };
    std::optional<Source> loadOpenRecord(const QString& title);
    ReportOptions options(const Source& source) const;
    void updateActions();

    ChecklistStore* m_store;
    RecordView* m_recordView;
    std::function<QString()> m_actor;
    QWidget* m_window;
    QAction* m_exportPdfAction;
    QAction* m_printAction;
    QAction* m_printPreviewAction;
    QAction* m_openWhenDoneAction;
};
