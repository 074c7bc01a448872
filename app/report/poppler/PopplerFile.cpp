#include "report/poppler/PopplerFile.h"

#include <QFileInfo>

#include <poppler-qt6.h>

namespace {
void ignore(const QString&, const QVariant&) {}
} // namespace

void PopplerFile::silence() {
    Poppler::setDebugErrorFunction(&ignore, QVariant());
}

Result<std::unique_ptr<Poppler::Document>> PopplerFile::open(const QString& path) {
    if (!QFileInfo(path).isFile())
        return Error(tr("%1 does not exist or is not a file").arg(path));
    silence();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Error(tr("%1 cannot be opened as a PDF").arg(path));
    if (document->isLocked())
        return Error(tr("%1 is locked with a password").arg(path));
    return document;
}
