#pragma once

#include "core/PdfEvidence.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// A PDF's evidence block read back through poppler, as a filed report's
// reader would: the text of every page in order, pages apart by a form feed
// (as pdftotext writes them), then PdfEvidence::read.
class PdfEvidenceReader {
    Q_DECLARE_TR_FUNCTIONS(PdfEvidenceReader)
public:
    // `opened` tells a file that is no readable PDF (a user's error) apart
    // from a PDF without a whole evidence block (a failed check).
    struct Outcome {
        bool opened = false;
        Result<PdfEvidence> evidence = Error();
    };
    static Outcome read(const QString& path);
    // Every page's text, pages apart by a form feed; fails when it is no readable PDF.
    static Result<QString> text(const QString& path);
};
