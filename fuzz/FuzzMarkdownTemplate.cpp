// Fuzz target: the Markdown template importer (File > Import Template…,
// countersign-cli import-template) over arbitrary bytes. A template either
// reads into a consistent shape or fails with a message naming a real line;
// it never crashes, hangs or reads out of bounds.
//
// With COUNTERSIGN_FUZZ_ROUNDTRIP=1 it also checks the writer's promise
// (MarkdownWriter.h): what it writes from a read template reads back, and
// writing that again gives the same text.

#include "FuzzTarget.h"

#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace {

bool g_roundTrip = false;

void checkShape(const ChecklistTemplate& tmpl) {
    FUZZ_CHECK(!tmpl.title.trimmed().isEmpty(), "a read template has a title");
    for (const ChecklistSection& section : tmpl.sections) {
        FUZZ_CHECK(!section.title.trimmed().isEmpty(), qPrintable(tmpl.title));
        switch (section.kind) {
        case SectionKind::Checklist: {
            if (section.taskList) {
                // A task list has no columns: each task has a text, only what it read.
                FUZZ_CHECK(section.columns.isEmpty() && section.statusColumn == -1 &&
                               section.notesColumn == -1,
                           qPrintable(section.title));
                for (const ChecklistItem& item : section.items) {
                    FUZZ_CHECK(!item.text.trimmed().isEmpty() && item.extra.isEmpty() && item.notes.isEmpty(),
                               qPrintable(section.title));
                }
                break;
            }
            const int columns = int(section.columns.size());
            FUZZ_CHECK(section.statusColumn >= 1 && section.statusColumn < columns,
                       qPrintable(section.title));
            FUZZ_CHECK(section.notesColumn == -1 ||
                           (section.notesColumn >= 1 && section.notesColumn < columns &&
                            section.notesColumn != section.statusColumn),
                       qPrintable(section.title));
            const qsizetype extras = section.extraColumns().size();
            for (const ChecklistItem& item : section.items) {
                FUZZ_CHECK(item.extra.size() == extras, qPrintable(item.text));
                FUZZ_CHECK(item.isGroupHeader || !item.text.isEmpty(), qPrintable(section.title));
            }
            break;
        }
        case SectionKind::SignOff:
            for (const ChecklistItem& item : section.items) {
                FUZZ_CHECK(!item.text.isEmpty(), qPrintable(section.title));
                FUZZ_CHECK(item.extra.size() == section.columns.size() - 1, qPrintable(item.text));
            }
            break;
        case SectionKind::Procedure:
            for (const ChecklistItem& item : section.items)
                FUZZ_CHECK(!item.text.trimmed().isEmpty(), qPrintable(section.title));
            break;
        case SectionKind::Text:
            FUZZ_CHECK(section.items.isEmpty(), qPrintable(section.title));
            break;
        }
    }
}

void checkRoundTrip(const ChecklistTemplate& tmpl) {
    const QString written = MarkdownWriter::writeTemplate(tmpl);
    const Result<ChecklistTemplate> reread = MarkdownTemplateReader::read(written.toUtf8());
    FUZZ_CHECK(reread.ok(), qPrintable(reread.error() + QStringLiteral("\n---\n") + written));
    const QString rewritten = MarkdownWriter::writeTemplate(*reread);
    FUZZ_CHECK(rewritten == written, qPrintable(written + QStringLiteral("\n---\n") + rewritten));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    g_roundTrip = qEnvironmentVariableIntValue("COUNTERSIGN_FUZZ_ROUNDTRIP") == 1;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(input);
    if (!tmpl) {
        checkRefusalNamesARealLine(input, tmpl.error());
        return 0;
    }
    checkShape(*tmpl);
    if (g_roundTrip)
        checkRoundTrip(*tmpl);
    return 0;
}
