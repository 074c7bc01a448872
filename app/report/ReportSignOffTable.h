#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// The sign-off section as a table: one row per role with its standing
// signature (printed name, the drawn or typed signature, meaning, when,
// whether it still holds), or an empty signature line; below it the role's
// revoked signatures, then a note on what a signature binds.
class ReportSignOffTable {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportSignOffTable(const ReportContext& context)
        : m_context(context) {}

    // Returns early when the caller cancels.
    void compose(const ChecklistSection& section);
    // What the section's heading keeps below it: the table's header (up to
    // three lines, as German's column titles wrap) and two rows, each at
    // least a signature's box high, which the table keeps with its header.
    // The default (ReportFlow::kKeptBelow) is less than that.
    static float keptBelowHeading();

private:
    // A refusal to sign: who, when, and the reason, in the failed colour.
    void addDeclineRow(const ChecklistItem& roleRow, const SignatureEntry& decline);
    // slot: which of the role's signers the row is, and its policy ("Signer 1 of 2 · independent").
    void addSignatureRow(const ChecklistItem& roleRow, const SignatureEntry* signature,
                         const QString& slot = {});
    ReportTextBlock wrap(int column, const QString& text, float size, QRgb color,
                         ReportFontSet::Role role = ReportFontSet::Regular) const;

    const ReportContext& m_context;
    bool m_madeBeforeRegistry = false; // a row printed "Before the registry": the legend says what it means
};
