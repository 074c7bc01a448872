#include "report/PdfEvidenceReader.h"

#include <QFileInfo>
#include <QRectF>

#include <poppler-qt6.h>

#include <memory>

namespace {
// Poppler writes its parser's complaints ("Couldn't find trailer dictionary")
// to stderr; the one error that matters is ours, naming the file.
void quietPoppler(const QString&, const QVariant&) {}
} // namespace

Result<QString> PdfEvidenceReader::text(const QString& path) {
    if (!QFileInfo(path).isFile())
        return Error(tr("%1 does not exist or is not a file").arg(path));
    Poppler::setDebugErrorFunction(&quietPoppler, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Error(tr("%1 cannot be opened as a PDF").arg(path));
    if (document->isLocked())
        return Error(tr("%1 is locked with a password").arg(path));
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
