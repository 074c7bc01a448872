#pragma once

#include <QString>
#include <QStringList>

// A written PDF read back with poppler's tools, as a person's viewer would
// read it: what is on the page, not what the writer meant to put there.
namespace TestSupport {

enum class PdfTextOrder {
    // pdftotext -raw: the text in the order the content stream draws it.
    Drawn,
    // pdftotext's default: the text in the order of the page's layout.
    Layout,
};

// pdftotext's reading of a PDF, or "" when it could not read it.
QString pdfText(const QString& path, PdfTextOrder order);

// The same, page by page (pdftotext ends each page with a form feed).
QStringList pdfPages(const QString& path, PdfTextOrder order);

// pdfinfo's page count, or -1 when it could not read the PDF.
int pdfPageCount(const QString& path);

} // namespace TestSupport
