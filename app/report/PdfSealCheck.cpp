#include "report/PdfSealCheck.h"

#include "report/NssDatabase.h"
#include "report/PdfModule.h"

Result<QList<SealReport>> PdfSealCheck::check(const QString& path, const QString& nssDir, bool withTrust) {
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    if (!nssDir.isEmpty()) {
        const Status opened = NssDatabase::open(nssDir);
        if (!opened)
            return opened.failure();
    }
    return backend.value()->checkSeals(path, withTrust);
}
