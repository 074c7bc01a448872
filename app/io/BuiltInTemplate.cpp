#include "io/BuiltInTemplate.h"

#include "io/MarkdownTemplateReader.h"

#include <QCoreApplication>
#include <QFile>

namespace {
const QString kResource = QStringLiteral(":/countersign/production-deployment-checklist.md");
} // namespace

// Its messages were the store's before the store stopped reading Markdown:
// they keep the store's translation context.
Result<ChecklistTemplate> BuiltInTemplate::load() {
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate(
            "ChecklistStore", "the built-in template is missing from this build of Countersign"));
    Result<ChecklistTemplate> builtIn = MarkdownTemplateReader::read(file.readAll());
    if (!builtIn)
        return Error(QCoreApplication::translate("ChecklistStore", "the built-in template does not read: %1")
                         .arg(builtIn.error()));
    return builtIn;
}
