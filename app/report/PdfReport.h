#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "report/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The record as the PDF a team files and an auditor reads years later:
// PDF/A-1b, every font embedded, real text, vector signatures.
//
//   PdfReport::write(*store.loadRecord(id), store.auditTrail(id),
//                    {.generatedBy = actor}, path, progress);
//
// Needs a QGuiApplication (fonts come from the platform's font database).
// countersign-cli builds one for `export --pdf` with the offscreen platform:
//   qputenv("QT_QPA_PLATFORM", "offscreen"); QGuiApplication app(argc, argv);
// Fonts: DejaVu Sans (fonts-dejavu-core); Japanese, Chinese and Korean text
// through Qt's fallback, Noto Sans CJK JP first (fonts-noto-cjk); typed
// signatures in Dancing Script (fonts-dancingscript) when installed.
//
// The file is written atomically (QSaveFile): a failure or a cancel (the
// progress callback returned false) leaves no file and no partial file.
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    static Status write(const Record& record, const QList<AuditEntry>& auditTrail,
                        const ReportOptions& options, const QString& path,
                        const ReportProgress& progress = {});
    // The same document in memory.
    static Result<QByteArray> bytes(const Record& record, const QList<AuditEntry>& auditTrail,
                                    const ReportOptions& options, const ReportProgress& progress = {});
};
