#include "report/poppler/PopplerBackend.h"

#include "report/poppler/PopplerFile.h"

#include <QRectF>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

Result<QString> PopplerBackend::pageText(const QString& path) {
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

bool PopplerBackend::hasNss() {
    return Poppler::hasNSSSupport();
}

void PopplerBackend::setNssDirectory(const QString& dir) {
    Poppler::setNSSDir(dir);
}

extern "C" Q_DECL_EXPORT const PdfBackend* countersign_pdf_backend() {
    static const PdfBackend table = [] {
        PdfBackend t;
        t.pageText = &PopplerBackend::pageText;
        t.checkSeals = &PopplerBackend::checkSeals;
        t.hasNss = &PopplerBackend::hasNss;
        t.setNssDirectory = &PopplerBackend::setNssDirectory;
        t.signingCertificates = &PopplerBackend::signingCertificates;
        t.keyOpens = &PopplerBackend::keyOpens;
        t.sign = &PopplerBackend::sign;
        return t;
    }();
    return &table;
}
