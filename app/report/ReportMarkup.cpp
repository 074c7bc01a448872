#include "report/ReportMarkup.h"

#include "io/InlineMarkup.h"

#include <QRegularExpression>

QList<ReportSpan> ReportMarkup::spans(const QString& markdown, ReportFontSet::Role base) {
    const QList<InlineRun> runs = InlineMarkup::runs(markdown);
    if (runs.isEmpty())
        return {{QString(), base}}; // an empty cell still lays out its one empty line
    QList<ReportSpan> spans;
    spans.reserve(runs.size());
    for (const InlineRun& run : runs) {
        const ReportFontSet::Role role = run.code     ? ReportFontSet::Mono
                                         : run.strong ? ReportFontSet::Bold
                                                      : base;
        if (!spans.isEmpty() && spans.last().role == role)
            spans.last().text += run.text;
        else
            spans.append({run.text, role});
    }
    return spans;
}

namespace {

// %1..%9 replaced by args in one pass, so an argument holding "%2" stays as it is.
QString filled(const QString& text, const QStringList& args) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const int n = text.at(i + 1).unicode() - u'1';
            if (n < args.size()) {
                out += args.at(n);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

QList<ReportSpan> ReportMarkup::commandSpans(const QString& text, const QStringList& args) {
    QList<ReportSpan> spans;
    const QStringList parts = text.split(u'`');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // An odd part is a command, unless its closing backtick is missing.
        const bool command = i % 2 == 1 && i + 1 < parts.size();
        QString part = filled(parts.at(i), args);
        if (i % 2 == 1 && !command)
            part.prepend(u'`');
        if (!part.isEmpty())
            spans.append({part, command ? ReportFontSet::Mono : ReportFontSet::Regular});
    }
    return spans;
}

QList<QList<ReportSpan>> ReportMarkup::detailLines(const QString& markdown) {
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+(.*)$"));
    QList<QList<ReportSpan>> out;
    QString fence; // the open fence's marker ("```" or "~~~"), empty outside one
    for (const QString& line : markdown.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty() &&
            (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~")))) {
            fence = trimmed.left(3);
            continue;
        }
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence)) {
                fence.clear();
                continue;
            }
            out.append({ReportSpan{line.isEmpty() ? QStringLiteral(" ") : line, ReportFontSet::Mono}});
            continue;
        }
        if (trimmed.isEmpty())
            continue;
        const QRegularExpressionMatch item = bullet.match(line);
        if (item.hasMatch()) {
            QList<ReportSpan> spans{
                {QString(item.capturedLength(1), u' ') + QStringLiteral("• "), ReportFontSet::Regular}};
            spans += ReportMarkup::spans(item.captured(2));
            out.append(spans);
            continue;
        }
        out.append(ReportMarkup::spans(line));
    }
    return out;
}
