#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// The machine-readable evidence block (core/PdfEvidence) after the integrity
// section: plain monospaced lines that pdftotext gives back, each base64 run
// cut into lines of one width so that nothing is clipped at the margin.
// Printed only when the report was given the evidence (ReportOptions).
class ReportEvidenceBlock {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportEvidenceBlock(const ReportContext& context)
        : m_context(context) {}

    void compose();

private:
    void line(const QString& text, float indent, QRgb color);

    const ReportContext& m_context;
};
