#include "io/MarkdownSource.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

QByteArray withLfLineEnds(const QByteArray& bytes) {
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\r') {
            out.append('\n');
            if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

// The first control character in a line other than a tab, as (index, character).
std::optional<std::pair<qsizetype, char32_t>> firstControlCharacter(const QString& line) {
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != u'\t' && c.category() == QChar::Other_Control)
            return std::make_pair(i, char32_t(c.unicode()));
    }
    return std::nullopt;
}

} // namespace

Result<MarkdownSource> MarkdownSource::fromUtf8(const QByteArray& bytes) {
    MarkdownSource source;
    static const QByteArray bom("\xEF\xBB\xBF");
    source.m_bytes = withLfLineEnds(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);

    const QByteArray& text = source.m_bytes;
    qsizetype start = 0;
    while (start < text.size()) {
        source.m_lineStarts.append(start);
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        // Decoding line by line lets the error name the line with the bad bytes.
        // ConvertInitialBom: a U+FEFF that starts a line is text (the file's own BOM is
        // gone already); dropping it would make the same text read differently.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        QString line = decoder.decode(QByteArrayView(text).sliced(start, end - start));
        if (decoder.hasError()) {
            return Error(
                QStringLiteral("line %1: the text is not valid UTF-8; save the file with UTF-8 encoding")
                    .arg(source.m_lineStarts.size()));
        }
        // A NUL, an escape sequence or a backspace in a cell would reach the grid, the
        // terminal of countersign-cli and the signed content unseen: refuse it here.
        if (const auto control = firstControlCharacter(line)) {
            return Error(
                QCoreApplication::translate("MarkdownSource",
                                            "line %1, column %2: the text holds the control character "
                                            "U+%3, which a checklist cannot show; remove it")
                    .arg(source.m_lineStarts.size())
                    .arg(control->first + 1)
                    .arg(QString::number(uint(control->second), 16).toUpper().rightJustified(4, u'0')));
        }
        source.m_lines.append(line);
        start = end + 1;
    }
    return source;
}

MarkdownSource MarkdownSource::withFirstLinesBlank(int last) const {
    MarkdownSource blanked = *this;
    if (last <= 0)
        return blanked;
    last = std::min(last, lineCount());
    const qsizetype rest = last < lineCount() ? m_lineStarts.at(last) : m_bytes.size();
    blanked.m_bytes = QByteArray(last, '\n') + m_bytes.mid(rest);
    if (last == lineCount() && !m_bytes.endsWith('\n'))
        blanked.m_bytes.chop(1);
    for (int n = 0; n < last; ++n) {
        blanked.m_lineStarts[n] = n;
        blanked.m_lines[n].clear();
    }
    const qsizetype shift = rest - last;
    for (qsizetype n = last; n < m_lineStarts.size(); ++n)
        blanked.m_lineStarts[n] = m_lineStarts.at(n) - shift;
    return blanked;
}

int MarkdownSource::lineAt(const char* p) const {
    const char* begin = m_bytes.constData();
    if (p < begin || p >= begin + m_bytes.size())
        return 0;
    const qsizetype offset = p - begin;
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(next - m_lineStarts.cbegin());
}

QString MarkdownSource::line(int n) const {
    return n >= 1 && n <= lineCount() ? m_lines.at(n - 1) : QString();
}

bool MarkdownSource::isBlank(int n) const {
    return line(n).trimmed().isEmpty();
}

int MarkdownSource::nextNonBlankLine(int after) const {
    for (int n = std::max(after + 1, 1); n <= lineCount(); ++n) {
        if (!isBlank(n))
            return n;
    }
    return 0;
}
