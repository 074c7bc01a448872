// Build-time tool: turns the handbook's Markdown (docs/handbook/*.md) into the
// HTML page that Help ▸ Handbook shows and the package installs.
//
//   countersign_handbook_html IN.md OUT.html LANG CONTENTS-TITLE
//
// md4c-html renders the Markdown (GitHub's dialect: tables, autolinks); this
// tool adds what it leaves out: an id on each section heading, so that the
// table of contents and other pages can link to it, the table of contents
// itself, and the page around it with a stylesheet that reads in light and
// dark. A heading may name its id, "## Signing {#signing}", so that both
// languages share their anchors; otherwise the id is made from its words.
#include <md4c-html.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

namespace {

// Colours are left to the reader (a browser's light or dark default, the
// window's palette in the application): only greys that read on both.
constexpr auto kStyle = R"css(
:root { color-scheme: light dark; }
body { font-family: sans-serif; line-height: 1.5; max-width: 46em; margin: 1em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
code, pre { font-family: monospace; }
pre { padding: 0.5em; border: 1px solid #999; white-space: pre-wrap; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #999; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
div.toc { border: 1px solid #999; padding: 0.2em 1em; margin: 1em 0 2em 0; }
div.toc p { font-weight: bold; margin: 0.4em 0; }
)css";

struct Heading {
    int level;
    QString id;
    QString html;
};

void appendChunk(const MD_CHAR* text, MD_SIZE size, void* userdata) {
    static_cast<QByteArray*>(userdata)->append(text, static_cast<qsizetype>(size));
}

QString plainText(QString html) {
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
}

QString slug(const QString& words) {
    QString id;
    for (const QChar c : words.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("section") : id;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 5) {
        err << "usage: countersign_handbook_html IN.md OUT.html LANG CONTENTS-TITLE\n";
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(1) << ": " << in.errorString() << "\n";
        return 1;
    }
    const QByteArray markdown = in.readAll();
    QByteArray rendered;
    if (md_html(markdown.constData(), static_cast<MD_SIZE>(markdown.size()), appendChunk, &rendered,
                MD_DIALECT_GITHUB, MD_HTML_FLAG_SKIP_UTF8_BOM) != 0) {
        err << "md4c could not render " << args.at(1) << "\n";
        return 1;
    }
    QString body = QString::fromUtf8(rendered);

    // The title is the one "# " heading; the sections are the "## " and "### " ones.
    QString title;
    QList<Heading> headings;
    QSet<QString> ids;
    static const QRegularExpression headingPattern(QStringLiteral("<h([123])>(.*?)</h\\1>"));
    static const QRegularExpression namedId(QStringLiteral("\\s*\\{#([a-z0-9-]+)\\}$"));
    QString page;
    qsizetype done = 0;
    for (auto it = headingPattern.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        page += QStringView(body).mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const int level = match.captured(1).toInt();
        QString html = match.captured(2);
        QString id;
        if (const QRegularExpressionMatch named = namedId.match(html); named.hasMatch()) {
            id = named.captured(1);
            html.truncate(named.capturedStart());
        }
        if (level == 1) {
            if (!title.isEmpty()) {
                err << args.at(1) << ": a second title (# heading): " << plainText(html) << "\n";
                return 1;
            }
            title = plainText(html);
            page += QStringLiteral("<h1>%1</h1>\n@TOC@").arg(html);
            continue;
        }
        if (id.isEmpty())
            id = slug(plainText(html));
        const QString base = id;
        for (int n = 2; ids.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        ids.insert(id);
        headings.append({level, id, html});
        // The empty <a name> as well as the id: Qt's rich text jumps to names.
        page += QStringLiteral("<h%1 id=\"%2\"><a name=\"%2\"></a>%3</h%1>").arg(level).arg(id, html);
    }
    page += QStringView(body).mid(done);
    if (title.isEmpty()) {
        err << args.at(1) << ": no title (a # heading)\n";
        return 1;
    }

    QString toc = QStringLiteral("<div class=\"toc\">\n<p>%1</p>\n<ul>\n").arg(args.at(4).toHtmlEscaped());
    // A section's subsections nest in its list item, as HTML wants them.
    bool inSub = false;
    bool openItem = false;
    for (const Heading& heading : headings) {
        const QString link = QStringLiteral("<a href=\"#%1\">%2</a>").arg(heading.id, heading.html);
        if (heading.level == 2) {
            if (inSub)
                toc += QStringLiteral("</ul>\n");
            if (openItem)
                toc += QStringLiteral("</li>\n");
            toc += QStringLiteral("<li>") + link;
            inSub = false;
            openItem = true;
            continue;
        }
        if (!inSub)
            toc += QStringLiteral("\n<ul>\n");
        inSub = true;
        toc += QStringLiteral("<li>%1</li>\n").arg(link);
    }
    if (inSub)
        toc += QStringLiteral("</ul>\n");
    if (openItem)
        toc += QStringLiteral("</li>\n");
    toc += QStringLiteral("</ul>\n</div>\n");
    page.replace(QStringLiteral("@TOC@"), toc);

    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        err << "cannot write " << args.at(2) << ": " << out.errorString() << "\n";
        return 1;
    }
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
            .arg(args.at(3), title.toHtmlEscaped(), QString::fromUtf8(kStyle), page);
    out.write(html.toUtf8());
    if (!out.commit()) {
        err << "cannot write " << args.at(2) << ": " << out.errorString() << "\n";
        return 1;
    }
    return 0;
}
