#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

// A filed PDF opened with poppler: the one place that says what can be wrong
// with the file (not there, not a PDF, locked), for reading its evidence
// block and for checking its seals alike.
class PopplerFile {
    Q_DECLARE_TR_FUNCTIONS(PopplerFile)
public:
    static Result<std::unique_ptr<Poppler::Document>> open(const QString& path);
    // Poppler writes its parser's complaints ("Couldn't find trailer
    // dictionary") to stderr; the error that matters is ours, naming the file.
    static void silence();
};
