// Fuzz target: the spreadsheet importer (countersign-cli import-template
// FILE.csv) over arbitrary bytes: CsvReader (encodings, delimiters, quotes)
// and CsvTemplateReader. A file either reads into a consistent shape or fails
// with a message naming a real line; an accepted one keeps the round-trip
// promise (CsvTemplateReader.h): written as Markdown it reads back to the same
// template, and is written again byte for byte.

#include "FuzzTarget.h"

#include "io/CsvReader.h"
#include "io/CsvTemplateReader.h"
#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"

#include <QByteArray>

namespace {

// The reader's own promise: each record starts on a line after the last one's.
void checkRows(const QByteArray& input) {
    const Result<CsvReader::Table> table = CsvReader::read(input);
    if (!table)
        return;
    int last = 0;
    for (const CsvReader::Row& row : table->rows) {
        FUZZ_CHECK(row.line > last && !row.cells.isEmpty(), "rows in order, each with a cell");
        last = row.line;
    }
}

QString shape(const ChecklistTemplate& tmpl) {
    QString out = tmpl.title + u'\n';
    for (const ChecklistSection& section : tmpl.sections) {
        out += QStringLiteral("## %1 %2 [%3] %4 %5\n")
                   .arg(section.title, SectionKindText::key(section.kind), section.columns.join(u'|'))
                   .arg(section.statusColumn)
                   .arg(section.notesColumn);
        for (const ChecklistItem& item : section.items) {
            out += QStringLiteral("%1 %2 %3 {%4} {%5}\n")
                       .arg(item.isGroupHeader ? QStringLiteral("G") : ItemStatusText::key(item.status),
                            item.text, item.notes, item.extra.join(u'|'), item.detail);
        }
    }
    return out;
}

void checkTemplate(const ChecklistTemplate& tmpl) {
    FUZZ_CHECK(!tmpl.title.isEmpty(), "a title");
    for (const ChecklistSection& section : tmpl.sections) {
        FUZZ_CHECK(!section.title.isEmpty(), "a section title");
        if (section.kind == SectionKind::Checklist) {
            FUZZ_CHECK(section.statusColumn >= 1 && section.statusColumn < section.columns.size(),
                       qPrintable(section.title));
            for (const ChecklistItem& item : section.items) {
                FUZZ_CHECK(item.extra.size() == section.extraColumns().size(), qPrintable(item.text));
                FUZZ_CHECK(!item.text.isEmpty(), qPrintable(section.title));
            }
        }
    }
    const QString written = MarkdownWriter::writeTemplate(tmpl);
    const Result<ChecklistTemplate> reread = MarkdownTemplateReader::read(written.toUtf8());
    FUZZ_CHECK(reread.ok(), qPrintable(reread.error() + QStringLiteral("\n---\n") + written));
    FUZZ_CHECK(shape(*reread) == shape(tmpl),
               qPrintable(shape(tmpl) + QStringLiteral("\n---\n") + shape(*reread) + u'\n' + written));
    FUZZ_CHECK(MarkdownWriter::writeTemplate(*reread) == written, qPrintable(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkRows(input);
    CsvTemplateReader::Options options;
    options.title = QStringLiteral("Fuzzed");
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(input, options);
    if (!tmpl) {
        checkRefusalNamesARealLine(input, tmpl.error());
        return 0;
    }
    checkTemplate(*tmpl);
    return 0;
}
