#include "report/ReportMarkup.h"

namespace {

bool mayHaveMarkup(const QString& text) {
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'*':
        case u'_':
        case u'`':
        case u'~':
        case u'[':
        case u'<':
        case u'\\':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool isEscapable(QChar c) {
    static const QString punctuation = QStringLiteral("\\`*_{}[]()#+-.!|~<>");
    return punctuation.contains(c);
}

// The closing run of `marker` after `from` that ends a span: not preceded by a space.
qsizetype closingMarker(const QString& text, qsizetype from, QStringView marker) {
    qsizetype at = from;
    while ((at = text.indexOf(marker, at)) >= 0) {
        if (at > from && !text.at(at - 1).isSpace())
            return at;
        at += marker.size();
    }
    return -1;
}

class Scanner {
public:
    Scanner(const QString& text, ReportFontSet::Role base)
        : m_text(text)
        , m_base(base) {}

    QList<ReportSpan> run() {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
            if (c == u'\\' && i + 1 < n && isEscapable(next)) {
                m_current += next;
                i += 2;
            } else if (c == u'`') {
                const qsizetype close = m_text.indexOf(u'`', i + 1);
                if (close < 0) {
                    m_current += c;
                    ++i;
                    continue;
                }
                flush();
                m_spans.append({m_text.mid(i + 1, close - i - 1), ReportFontSet::Mono});
                i = close + 1;
            } else if ((c == u'*' || c == u'_') && next == c && i + 2 < n && !m_text.at(i + 2).isSpace() &&
                       !m_bold && closingMarker(m_text, i + 2, QStringView(m_text).mid(i, 2)) > 0) {
                flush();
                m_bold = true;
                m_boldMarker = m_text.mid(i, 2);
                i += 2;
            } else if (m_bold && QStringView(m_text).mid(i, 2) == m_boldMarker && i > 0 &&
                       !m_text.at(i - 1).isSpace()) {
                flush();
                m_bold = false;
                i += 2;
            } else if (c == u'~' && next == u'~') {
                i += 2; // strikethrough: the words stay, the markers go
            } else if ((c == u'*' || c == u'_') && i + 1 < n && !next.isSpace() &&
                       (i == 0 || !m_text.at(i - 1).isLetterOrNumber()) &&
                       closingMarker(m_text, i + 1, QStringView(&m_text.constData()[i], 1)) > 0) {
                const qsizetype close = closingMarker(m_text, i + 1, QStringView(&m_text.constData()[i], 1));
                m_current += m_text.mid(i + 1, close - i - 1); // emphasis: no italic face on paper
                i = close + 1;
            } else if (c == u'[') {
                const qsizetype mid = m_text.indexOf(QStringLiteral("]("), i + 1);
                const qsizetype end = mid < 0 ? -1 : m_text.indexOf(u')', mid + 2);
                if (end < 0) {
                    m_current += c;
                    ++i;
                    continue;
                }
                m_current += m_text.mid(i + 1, mid - i - 1);
                i = end + 1;
            } else if (c == u'<' && isBreak(i)) {
                m_current += u'\n';
                i = m_text.indexOf(u'>', i) + 1;
            } else {
                m_current += c;
                ++i;
            }
        }
        flush();
        return m_spans;
    }

private:
    bool isBreak(qsizetype at) const {
        const qsizetype close = m_text.indexOf(u'>', at);
        if (close < 0)
            return false;
        QString tag = m_text.mid(at + 1, close - at - 1).remove(u' ').toLower();
        return tag == u"br" || tag == u"br/";
    }

    void flush() {
        if (m_current.isEmpty())
            return;
        m_spans.append({m_current, m_bold ? ReportFontSet::Bold : m_base});
        m_current.clear();
    }

    const QString& m_text;
    ReportFontSet::Role m_base;
    QList<ReportSpan> m_spans;
    QString m_current;
    bool m_bold = false;
    QString m_boldMarker;
};

} // namespace

QList<ReportSpan> ReportMarkup::spans(const QString& markdown, ReportFontSet::Role base) {
    const QString text = markdown.trimmed();
    if (!mayHaveMarkup(text))
        return {{text, base}};
    return Scanner(text, base).run();
}

QString ReportMarkup::plainText(const QString& markdown) {
    QString text;
    for (const ReportSpan& span : spans(markdown))
        text += span.text;
    return text;
}
