#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// The closing block: the record's content digest in full, and which program
// made the report, when and for whom, with how to check it.
class ReportIntegrity {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportIntegrity(const ReportContext& context)
        : m_context(context) {}

    void compose();

private:
    const ReportContext& m_context;
};
