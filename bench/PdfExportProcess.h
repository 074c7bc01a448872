#pragma once

// The PDF export of one record as a process of its own, with either writer,
// so that both are timed the way `countersign-cli export --pdf` is: a new
// process that opens the database, loads the record and its audit trail and
// writes the file. pdf_benchmark starts itself in one of these modes:
//
//   pdf_benchmark --export DB RECORD OUT [TIME]             PdfReport (PdfDocumentWriter)
//   pdf_benchmark --export-qpdfwriter DB RECORD OUT [TIME]  QPdfWriter, PDF/A-1b, via ReportRenderer
//
// TIME (ISO 8601) is the report's "generated at"; without it, now.
// Each prints its phases and its peak memory on stdout, one "key value" a
// line, for the parent to read back (Phases::parse).

#include <QByteArray>
#include <QString>

namespace PdfExportProcess {

enum class Writer {
    Countersign, // PdfReport::write: the report's own PDF/A-1b writer
    QtPdfWriter, // the same pages painted by ReportRenderer on a QPdfWriter
};

// The mode's command-line switch: "--export" or "--export-qpdfwriter".
QString switchFor(Writer writer);
// The writer that argv asks for, if any.
bool find(int argc, char* argv[], Writer* writer);
// Runs the mode; the process's exit status.
int run(int argc, char* argv[], Writer writer);

// What one export process printed. Negative: not printed.
struct Phases {
    double loadMs = -1;   // open the database, load the record and its trail
    double layoutMs = -1; // QPdfWriter only: ReportRenderer::layout (PdfReport overlaps it with writing)
    double reportMs = -1; // record in hand to file closed: layout, painting or writing, the file
    double peakMiB = -1;  // VmHWM at the end
    static Phases parse(const QByteArray& output);
};

} // namespace PdfExportProcess
