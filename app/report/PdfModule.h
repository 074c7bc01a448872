#pragma once

#include "core/Result.h"
#include "report/PdfBackend.h"

#include <QCoreApplication>
#include <QString>

// Finds and loads the PDF module (PdfBackend) the first time a PDF is read
// or a seal made or checked, once per process. It lies at a fixed place
// relative to the running program, the same in the build tree and installed
// (bin/../<libdir>/countersign/countersign_pdf.so); COUNTERSIGN_PDF_MODULE_DIR
// names another folder (the tests point it at an empty one).
class PdfModule {
    Q_DECLARE_TR_FUNCTIONS(PdfModule)
public:
    // The module's table; when it is missing or cannot be loaded, an error
    // that names the file and says to reinstall.
    static Result<const PdfBackend*> backend();
    // Where the module is looked for in this process.
    static QString path();
};
