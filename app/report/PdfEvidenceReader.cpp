#include "report/PdfEvidenceReader.h"

#include "report/PopplerFile.h"

#include <QRectF>

#include <poppler-qt6.h>

#include <memory>

Result<QString> PdfEvidenceReader::text(const QString& path) {
    Result<std::unique_ptr<Poppler::Document>> opened = PopplerFile::open(path);
    if (!opened)
        return opened.failure();
    const std::unique_ptr<Poppler::Document> document = std::move(opened).value();
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (i > 0)
            text += QLatin1Char('\f');
        if (page)
            text += page->text(QRectF());
    }
    return text;
}

PdfEvidenceReader::Outcome PdfEvidenceReader::read(const QString& path) {
    const Result<QString> pages = text(path);
    if (!pages)
        return {false, pages.failure()};
    return {true, PdfEvidence::read(pages.value())};
}
