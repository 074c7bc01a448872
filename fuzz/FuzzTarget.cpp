#include "FuzzTarget.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <cstdio>
#include <cstdlib>

void fuzzFailure(const char* what, const char* detail) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail ? detail : "");
    std::fflush(stderr);
    std::abort();
}

namespace {
int lineCount(const QByteArray& bytes) {
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' ||
            (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}
} // namespace

void checkRefusalNamesARealLine(const QByteArray& input, const QString& error) {
    FUZZ_CHECK(!error.isEmpty(), "a refused input must say why");
    static const QRegularExpression linePrefix(QStringLiteral("^line (\\d+)(, column \\d+)?: \\S"));
    const QRegularExpressionMatch match = linePrefix.match(error);
    if (!match.hasMatch())
        return; // errors about the whole input name no line
    const int line = match.captured(1).toInt();
    FUZZ_CHECK(line >= 1 && line <= lineCount(input), qPrintable(error));
}
