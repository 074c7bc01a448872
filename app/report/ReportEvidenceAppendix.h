#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// The appendix "Evidence" (after the audit trail's): every file attached to the record's items, in
// the order of the items, with its SHA-256, size, type, who attached it
// when, and for a removed one who removed it, when and why (its bytes stay
// in the database). A PNG or JPEG file shows its thumbnail
// (ReportOptions::thumbnails). Nothing when no item has evidence.
class ReportEvidenceAppendix {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportEvidenceAppendix(const ReportContext& context)
        : m_context(context) {}

    // Returns early when the caller cancels.
    void compose();

    // The line under an item in its checklist table: name, size and SHA-256.
    static QString itemLine(const AttachmentEntry& attachment);
    // "12.3 KB (12,601 bytes)".
    static QString sizeText(qint64 bytes);
    // Layout steps: one per attachment.
    static int unitsFor(const Record& record);

private:
    void composeEntry(const ChecklistItem& item, const AttachmentEntry& attachment);

    const ReportContext& m_context;
};
