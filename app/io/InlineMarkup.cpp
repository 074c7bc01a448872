#include "io/InlineMarkup.h"

#include <md4c.h>

#include <QRegularExpression>

#include <algorithm>

namespace {

// Most texts are plain words: they skip the parser. A line break counts, since
// md4c would drop a continuation line's indent.
bool mayHaveMarkup(QStringView text) {
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'*':
        case u'_':
        case u'`':
        case u'~':
        case u'[':
        case u'<':
        case u'\\':
        case u'\n':
        case u'\r':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Whether the text from a line's first '[' on reads as a link reference
// definition's label and colon. A label may run over several lines, and a
// definition shows nothing of itself: "[3 HIGH CVEs\nwaived]: x" would hide
// its words, so the label is matched past the line's end.
bool opensDefinition(QStringView fromBracket) {
    static const QRegularExpression definition(QStringLiteral(R"(^\[(?:[^\]\\]|\\.)*\]:)"));
    return definition.match(fromBracket.toString()).hasMatch();
}

// Where a line would open a block other than a paragraph (a heading, a quote,
// a list item, a rule, a heading's underline, a code fence, a link reference
// definition): the index of the character to escape so that the line stays
// text, or -1. `toEnd` is the text from the line's start to the text's end.
qsizetype blockMarker(QStringView line, QStringView toEnd) {
    qsizetype p = 0;
    while (p < line.size() && (line[p] == u' ' || line[p] == u'\t'))
        ++p;
    const QStringView rest = line.mid(p);
    if (rest.isEmpty())
        return -1;
    if (rest[0] == u'[')
        return opensDefinition(toEnd.mid(p)) ? p : -1;
    const auto spaceOrEnd = [&](qsizetype i) {
        return i >= rest.size() || rest[i] == u' ' || rest[i] == u'\t';
    };
    const QChar c = rest[0];
    if (c == u'>')
        return p;
    if ((c == u'-' || c == u'+' || c == u'*') && spaceOrEnd(1))
        return p;
    if (c == u'#') {
        qsizetype hashes = 1;
        while (hashes < rest.size() && rest[hashes] == u'#')
            ++hashes;
        return hashes <= 6 && spaceOrEnd(hashes) ? p : -1;
    }
    if (c == u'-' || c == u'*' || c == u'_' || c == u'=') {
        for (const QChar r : rest) {
            if (r != c && r != u' ' && r != u'\t')
                return -1;
        }
        return p;
    }
    if ((c == u'`' || c == u'~') && rest.startsWith(QString(3, c)))
        return p;
    if (isAsciiDigit(c)) {
        qsizetype digits = 1;
        while (digits < rest.size() && isAsciiDigit(rest[digits]))
            ++digits;
        if (digits <= 9 && digits < rest.size() && (rest[digits] == u'.' || rest[digits] == u')') &&
            spaceOrEnd(digits + 1))
            return p + digits; // "1\. " keeps the number and its dot
        return -1;
    }
    return -1;
}

// The end of the code span whose backticks start at `at`: past the run of as
// many backticks that closes it on the same line, or past the opening run
// when none does (the backticks are then literal).
qsizetype pastCodeSpan(QStringView text, qsizetype at, qsizetype lineEnd) {
    qsizetype opened = at;
    while (opened < lineEnd && text[opened] == u'`')
        ++opened;
    const qsizetype length = opened - at;
    for (qsizetype i = opened; i < lineEnd;) {
        if (text[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype run = i;
        while (run < lineEnd && text[run] == u'`')
            ++run;
        if (run - i == length)
            return run;
        i = run;
    }
    return opened;
}

// The text made one paragraph for md4c: each line's block marker escaped, and
// a single '*' between letters or digits escaped ("2*3*4", "a*b"), which
// people mean as a star and CommonMark would read as emphasis. Code spans are
// copied as they are, since a backslash inside one is literal, but for "\|":
// the texts are table cells, whose pipes are escaped.
QString asParagraph(const QString& text) {
    const qsizetype n = text.size();
    QString out;
    out.reserve(n + 8);
    qsizetype lineEnd = -1;
    qsizetype escapeAt = -1;
    for (qsizetype i = 0; i < n;) {
        if (i > lineEnd) {
            lineEnd = text.indexOf(u'\n', i);
            if (lineEnd < 0)
                lineEnd = n;
            const qsizetype marker =
                blockMarker(QStringView(text).mid(i, lineEnd - i), QStringView(text).mid(i));
            escapeAt = marker < 0 ? -1 : i + marker;
        }
        const QChar c = text[i];
        if (i == escapeAt)
            out += u'\\';
        if (c == u'\\' && i + 1 < lineEnd) {
            out += QStringView(text).mid(i, 2);
            i += 2;
        } else if (c == u'`') {
            // A cell's escaped pipe is a pipe, in code too, as in GFM's tables.
            const qsizetype past = pastCodeSpan(text, i, lineEnd);
            out += text.mid(i, past - i).replace(QStringLiteral("\\|"), QStringLiteral("|"));
            i = past;
        } else if (c == u'*' && i > 0 && i + 1 < n && text[i - 1].isLetterOrNumber() &&
                   text[i + 1].isLetterOrNumber()) {
            out += QStringLiteral("\\*");
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString attributeText(const MD_ATTRIBUTE& attribute) {
    return QString::fromUtf8(attribute.text, qsizetype(attribute.size)); // entities as written
}

// Where a link or an image points, and what its title says: md4c reads them
// out of the text, and a reader would never see them. They are signed, so
// they are shown after the words, as "words (target "title")".
struct Target {
    QString target;
    QString title;
    qsizetype wordsFrom = 0; // where the link's words start in the text shown so far
};

struct Collector {
    QList<InlineRun> runs;
    InlineRun style; // the style the next text takes; its text stays empty
    int strong = 0;
    int emphasis = 0;
    int code = 0;
    int strikethrough = 0;
    QStringList links;
    QList<Target> targets; // of the links and images open now, innermost last
    QString shown;         // the runs' texts, joined
    QString shownAsWords;  // the targets not repeated since the words spell them
    int paragraphs = 0;

    void append(const QString& text) {
        if (text.isEmpty())
            return;
        shown += text;
        style.strong = strong > 0;
        style.emphasis = emphasis > 0;
        style.code = code > 0;
        style.strikethrough = strikethrough > 0;
        style.link = links.isEmpty() ? QString() : links.last();
        if (!runs.isEmpty() && runs.last().sameStyle(style)) {
            runs.last().text += text;
            return;
        }
        InlineRun run = style;
        run.text = text;
        runs.append(run);
    }

    void openTarget(const MD_ATTRIBUTE& target, const MD_ATTRIBUTE& title) {
        targets.append({attributeText(target), attributeText(title), shown.size()});
    }

    // After a link's or an image's words: its target and title, as plain text
    // outside the link. An autolink's words are its target already ("<https://…>",
    // "<me@example.org>", which md4c points at "mailto:me@example.org").
    void closeTarget() {
        if (targets.isEmpty())
            return;
        const Target closed = targets.takeLast();
        const QString words = shown.mid(closed.wordsFrom);
        QStringList parts;
        if (closed.target == words || closed.target == QStringLiteral("mailto:") + words)
            shownAsWords += words;
        else if (!closed.target.isEmpty())
            parts << closed.target;
        if (!closed.title.isEmpty())
            parts << u'"' + closed.title + u'"';
        if (parts.isEmpty())
            return;
        const QString hidden = u'(' + parts.join(u' ') + u')';
        append(shown.isEmpty() || shown.back().isSpace() ? hidden : u' ' + hidden);
    }
};

int enterBlock(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
    auto* collector = static_cast<Collector*>(userdata);
    // A blank line starts another paragraph; it shows as the empty line it was.
    if (type == MD_BLOCK_P && collector->paragraphs++ > 0)
        collector->append(QStringLiteral("\n\n"));
    return 0;
}

int leaveBlock(MD_BLOCKTYPE, void*, void*) {
    return 0;
}

int changeSpan(MD_SPANTYPE type, void* detail, Collector& collector, int step) {
    switch (type) {
    case MD_SPAN_STRONG:
        collector.strong += step;
        break;
    case MD_SPAN_EM:
        collector.emphasis += step;
        break;
    case MD_SPAN_CODE:
        collector.code += step;
        break;
    case MD_SPAN_DEL:
        collector.strikethrough += step;
        break;
    case MD_SPAN_A:
        if (step > 0) {
            const auto* link = static_cast<MD_SPAN_A_DETAIL*>(detail);
            collector.links.append(attributeText(link->href));
            collector.openTarget(link->href, link->title);
        } else {
            if (!collector.links.isEmpty())
                collector.links.removeLast();
            collector.closeTarget(); // outside the link: the target is plain text
        }
        break;
    case MD_SPAN_IMG:
        if (step > 0) {
            const auto* image = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
            collector.openTarget(image->src, image->title);
        } else {
            collector.closeTarget();
        }
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    return changeSpan(type, detail, *static_cast<Collector*>(userdata), 1);
}

int leaveSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    return changeSpan(type, detail, *static_cast<Collector*>(userdata), -1);
}

int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    auto* collector = static_cast<Collector*>(userdata);
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        collector->append(QStringLiteral("\n"));
        break;
    case MD_TEXT_NULLCHAR:
        collector->append(QString(QChar::ReplacementCharacter));
        break;
    default: // words, code, and entities and HTML as written
        collector->append(QString::fromUtf8(text, qsizetype(size)));
        break;
    }
    return 0;
}

// "<br>" is how a Markdown table cell breaks a line; in code it is what it
// says. A break at either end of the text is dropped, as trimming does.
void breakLines(QList<InlineRun>& runs) {
    static const QRegularExpression lineBreak(QStringLiteral(R"(<br\s*/?>)"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (InlineRun& run : runs) {
        if (!run.code && run.text.contains(u'<'))
            run.text.replace(lineBreak, QStringLiteral("\n"));
    }
    while (!runs.isEmpty() && !runs.first().code) {
        QString& first = runs.first().text;
        qsizetype blank = 0;
        while (blank < first.size() && first[blank].isSpace())
            ++blank;
        first.remove(0, blank);
        if (!first.isEmpty())
            break;
        runs.removeFirst();
    }
    while (!runs.isEmpty() && !runs.last().code) {
        QString& last = runs.last().text;
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        if (!last.isEmpty())
            break;
        runs.removeLast();
    }
}

// The letters and digits of a text, sorted.
QList<char32_t> wordCharacters(const QString& text) {
    QList<char32_t> found;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            found.append(c);
    }
    std::sort(found.begin(), found.end());
    return found;
}

// What is signed is the text as written, so what is shown must hold every
// letter and digit of it: reading Markdown may drop markers and spacing,
// never words. Links and images show their targets, definitions and HTML
// stay text; a reading that still hides some shows the text as written
// instead. One is known: "[me@example.org](mailto:me@example.org)" reads as
// the autolink "<me@example.org>" does, whose words alone are shown.
bool showsEveryWord(const QString& written, const QString& shown) {
    const QList<char32_t> wanted = wordCharacters(written);
    const QList<char32_t> found = wordCharacters(shown);
    return std::includes(found.cbegin(), found.cend(), wanted.cbegin(), wanted.cend());
}

InlineRun unstyled(const QString& text) {
    InlineRun run;
    run.text = text;
    return run;
}

} // namespace

QList<InlineRun> InlineMarkup::runs(const QString& markdown) {
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return {};
    if (!mayHaveMarkup(text))
        return {unstyled(text)};

    MD_PARSER parser{};
    parser.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = ::text;

    Collector collector;
    const QByteArray source = asParagraph(text).toUtf8();
    if (md_parse(source.constData(), MD_SIZE(source.size()), &parser, &collector) != 0)
        return {unstyled(text)}; // md4c ran out of memory: the text as written beats none
    if (!showsEveryWord(text, collector.shown + collector.shownAsWords))
        return {unstyled(text)};
    breakLines(collector.runs);
    return collector.runs;
}

QString InlineMarkup::plainText(const QString& markdown) {
    const QList<InlineRun> parts = runs(markdown);
    if (parts.size() == 1)
        return parts.first().text;
    QString plain;
    for (const InlineRun& run : parts)
        plain += run.text;
    return plain;
}
