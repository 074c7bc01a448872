#include "ui/InlineMarkupHtml.h"

#include "io/InlineMarkup.h"

#include <QStringList>

namespace {

QString wrapped(const QString& html, const QString& tag) {
    return u'<' + tag + u'>' + html + QStringLiteral("</") + tag + u'>';
}

QString runHtml(const InlineRun& run) {
    QString html = run.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (run.code)
        html = wrapped(html, QStringLiteral("code"));
    if (run.strong)
        html = wrapped(html, QStringLiteral("b"));
    if (run.emphasis)
        html = wrapped(html, QStringLiteral("i"));
    if (run.strikethrough)
        html = wrapped(html, QStringLiteral("s"));
    if (!run.link.isEmpty())
        html = QStringLiteral("<a href=\"%1\">%2</a>").arg(run.link.toHtmlEscaped(), html);
    return html;
}

} // namespace

QString InlineMarkupHtml::paragraphs(const QString& markdown) {
    QString html;
    for (const QString& paragraph : markdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QString body;
        for (const InlineRun& run : InlineMarkup::runs(paragraph.simplified()))
            body += runHtml(run);
        if (!body.isEmpty())
            html += wrapped(body, QStringLiteral("p"));
    }
    return html;
}
