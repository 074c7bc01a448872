#pragma once

#include "report/ReportFontSet.h"

#include <QList>
#include <QString>

// A piece of text in one typeface role.
struct ReportSpan {
    QString text;
    ReportFontSet::Role role = ReportFontSet::Regular;
};

// Item texts keep their inline Markdown as written ("**b**", "`code`",
// "\|"). On paper the markers go, as they do in the grid: strong text is
// bold, code is monospaced, links show their words, <br> breaks the line.
class ReportMarkup {
public:
    static QList<ReportSpan> spans(const QString& markdown,
                                   ReportFontSet::Role base = ReportFontSet::Regular);
    // The words alone, as the grid shows them.
    static QString plainText(const QString& markdown);
};
