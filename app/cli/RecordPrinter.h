#pragma once

#include "core/Checklist.h"

#include <QCoreApplication>
#include <QString>

// The text of `countersign-cli show RECORD`: a header with the progress line,
// then every section as people read it (items with status, notes, who and
// when; group headings; numbered rollback steps; sign-off roles).
class RecordPrinter {
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)
public:
    static QString toText(const Record& record);
    // "☑ Done", "☐ Pending", "N/A", "☒ Failed".
    static QString statusText(ItemStatus status);

private:
    static QString header(const Record& record);
    // "Not applicable: reason (by, when)", under a marked section or beside a marked group.
    static QString notApplicableText(const NotApplicableMark& mark);
    static QString checklistSection(const ChecklistSection& section);
    // Each item's evidence files, one line each, under the section's table.
    static QString attachmentLines(const ChecklistSection& section);
    static QString procedureSection(const ChecklistSection& section);
    static QString signOffSection(const Record& record, const ChecklistSection& section);
    // Every signature ever made, revoked ones included, with its state and digest.
    static QString signatureHistory(const Record& record);
    // Every refusal to sign, with its reason.
    static QString declineHistory(const Record& record);
    static QString description(const QString& text);
};
