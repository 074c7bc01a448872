#include "PdfFileFacts.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStringList>

namespace {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString field(const QString& pdfinfo, const QString& name) {
    for (const QString& line : pdfinfo.split(u'\n')) {
        if (line.startsWith(name + u':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

PdfFileFacts PdfFileFacts::of(const QString& path) {
    PdfFileFacts facts;
    const QFileInfo file(path);
    if (!file.exists())
        return facts;
    facts.bytes = file.size();
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    facts.pages = field(info, QStringLiteral("Pages")).toInt();
    facts.version = field(info, QStringLiteral("PDF version"));

    // name type... encoding emb sub uni object ID: the type may have spaces,
    // so the columns are read from the right.
    facts.fontsTable = runTool(QStringLiteral("pdffonts"), {path});
    QSet<QString> types;
    const QStringList lines = facts.fontsTable.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (cols.size() < 8)
            continue;
        const qsizetype n = cols.size();
        ++facts.fonts;
        facts.embedded += cols.at(n - 5) == u"yes";
        facts.subsets += cols.at(n - 4) == u"yes";
        facts.toUnicode += cols.at(n - 3) == u"yes";
        // Between the name and the encoding; a name never has spaces in a PDF.
        types.insert(cols.mid(1, n - 7).join(u' '));
    }
    QStringList sorted(types.begin(), types.end());
    sorted.sort();
    facts.fontTypes = sorted.join(QStringLiteral(", "));

    facts.text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    return facts;
}

QString PdfFileFacts::fontSummary() const {
    if (fonts == 0)
        return QStringLiteral("no fonts listed");
    const auto part = [this](int n) {
        return n == fonts ? QStringLiteral("all") : QString::number(n);
    };
    return QStringLiteral("%1 fonts (%2): %3 embedded, %4 named as subsets, %5 with ToUnicode")
        .arg(fonts)
        .arg(fontTypes, part(embedded), part(subsets), part(toUnicode));
}

QString PdfFileFacts::compareText(const PdfFileFacts& a, const PdfFileFacts& b) {
    if (a.text.isEmpty() || b.text.isEmpty())
        return QStringLiteral("no text from pdftotext (%1 and %2 characters)")
            .arg(a.text.size())
            .arg(b.text.size());
    if (a.text == b.text)
        return QStringLiteral("the same text (%1 characters)").arg(a.text.size());
    // pdftotext follows the content streams' order, which two writers may differ in.
    QStringList wordsA = a.text.split(u' ');
    QStringList wordsB = b.text.split(u' ');
    wordsA.sort();
    wordsB.sort();
    if (wordsA == wordsB)
        return QStringLiteral("the same %1 words, in a different order").arg(wordsA.size());
    qsizetype at = 0;
    while (at < a.text.size() && at < b.text.size() && a.text.at(at) == b.text.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 30);
    return QStringLiteral("different text (%1 and %2 characters), first at %3: \"%4\" against \"%5\"")
        .arg(a.text.size())
        .arg(b.text.size())
        .arg(at)
        .arg(a.text.mid(from, 60), b.text.mid(from, 60));
}
