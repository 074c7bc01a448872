#include "report/PdfEvidenceReader.h"

#include "report/PdfModule.h"

Result<QString> PdfEvidenceReader::text(const QString& path) {
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    return backend.value()->pageText(path);
}

PdfEvidenceReader::Outcome PdfEvidenceReader::read(const QString& path) {
    const Result<QString> pages = text(path);
    if (!pages)
        return {false, pages.failure()};
    return {true, PdfEvidence::read(pages.value())};
}
