#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// A checklist section as a table: each item with its status, notes, the
// section's extra columns, and who checked it when. Group headers become
// shaded rows. When every time shares one UTC offset, the column's title
// names it once instead of every row.
class ReportChecklistTable {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportChecklistTable(const ReportContext& context)
        : m_context(context) {}

    // Returns early when the caller cancels.
    void compose(const ChecklistSection& section);

private:
    const ReportContext& m_context;
};
