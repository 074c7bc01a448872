#include "report/PdfModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

const char* const kDirVariable = "COUNTERSIGN_PDF_MODULE_DIR";

// The running program's folder; without a QCoreApplication (a test's own
// main, a tool) the kernel's name for the executable.
QString programDirectory() {
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}

Result<const PdfBackend*> load() {
    const QString file = PdfModule::path();
    if (!QFileInfo(file).isFile())
        return Error(PdfModule::tr("the PDF reading module %1 is missing: reinstall Countersign").arg(file));
    // Never unloaded: the table's functions are used until the process ends.
    QLibrary library(file);
    if (!library.load())
        return Error(PdfModule::tr("the PDF reading module %1 cannot be loaded (%2): reinstall Countersign")
                         .arg(file, library.errorString()));
    using Entry = const PdfBackend* (*)();
    const auto entry = reinterpret_cast<Entry>(library.resolve(kPdfBackendEntry));
    const PdfBackend* table = entry ? entry() : nullptr;
    if (!table || table->version != PdfBackend::kVersion)
        return Error(
            PdfModule::tr("the PDF reading module %1 belongs to another version of Countersign: reinstall it")
                .arg(file));
    return table;
}

} // namespace

QString PdfModule::path() {
    const QString dir = qEnvironmentVariableIsSet(kDirVariable)
                            ? qEnvironmentVariable(kDirVariable)
                            : programDirectory() + QLatin1Char('/') + QStringLiteral(COUNTERSIGN_MODULE_DIR);
    return QDir::cleanPath(dir + QStringLiteral("/countersign_pdf.so"));
}

Result<const PdfBackend*> PdfModule::backend() {
    static const Result<const PdfBackend*> loaded = load();
    return loaded;
}
