#include "PdfText.h"

#include "ProcessRun.h"

#include <QRegularExpression>

namespace TestSupport {

namespace {
// Generous: poppler's tools on a long report, on a shared two-core machine.
ProcessRun runPoppler(const QString& tool, const QStringList& arguments) {
    ProcessOptions options;
    options.timeoutMs = 120000;
    return runProcess(tool, arguments, options);
}
} // namespace

QString pdfText(const QString& path, PdfTextOrder order) {
    QStringList arguments;
    if (order == PdfTextOrder::Drawn)
        arguments << QStringLiteral("-raw");
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    const ProcessRun run = runPoppler(QStringLiteral("pdftotext"), arguments);
    return run.exitCode == 0 ? run.outText() : QString();
}

QStringList pdfPages(const QString& path, PdfTextOrder order) {
    QStringList pages = pdfText(path, order).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

int pdfPageCount(const QString& path) {
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {path}).outText();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace TestSupport
