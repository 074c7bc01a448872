#pragma once

#include "report/ReportContext.h"

// A procedure section: its steps numbered, group headers in bold between them.
class ReportProcedureList {
public:
    explicit ReportProcedureList(const ReportContext& context)
        : m_context(context) {}

    // Returns early when the caller cancels.
    void compose(const ChecklistSection& section);

private:
    const ReportContext& m_context;
};
