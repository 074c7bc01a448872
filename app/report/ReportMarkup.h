#pragma once

#include "report/ReportFontSet.h"

#include <QList>
#include <QString>
#include <QStringList>

// A piece of text in one typeface role.
struct ReportSpan {
    QString text;
    ReportFontSet::Role role = ReportFontSet::Regular;
};

// Item texts keep their inline Markdown as written ("**b**", "`code`",
// "\|"); InlineMarkup reads it, for the grid and the report alike. On paper
// the markers go: strong text is bold, code is monospaced, emphasis and
// struck-out text keep the face around them (the report has no italic),
// links show their words and then their target, as the grid does (what is
// signed is what is shown), <br> breaks the line.
class ReportMarkup {
public:
    static QList<ReportSpan> spans(const QString& markdown,
                                   ReportFontSet::Role base = ReportFontSet::Regular);
    // The report's own sentences that name a command between backticks
    // ("`countersign-cli verify` checks..."): the command in the monospaced
    // face, the backticks gone. %1, %2... take `args` as they are (a name is
    // not Markdown), in one pass.
    static QList<ReportSpan> commandSpans(const QString& text, const QStringList& args = {});

    // A task's detail (the Markdown kept under a task-list item) as lines on
    // paper: a fenced block's lines in the monospaced face without its
    // fences, list items with a bullet ("• ", indented by level), other lines
    // through spans(); blank lines dropped. Nothing of the text is lost, only
    // the Markdown's block markers.
    static QList<QList<ReportSpan>> detailLines(const QString& markdown);
};
