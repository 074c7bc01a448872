#include "report/ReportMarkup.h"

#include "io/InlineMarkup.h"

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
