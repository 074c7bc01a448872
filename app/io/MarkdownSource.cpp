#include "MarkdownSource.h"

#include <QStringDecoder>

#include <algorithm>

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
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        QString line = decoder.decode(QByteArrayView(text).sliced(start, end - start));
        if (decoder.hasError()) {
            return Error(
                QStringLiteral("line %1: the text is not valid UTF-8; save the file with UTF-8 encoding")
                    .arg(source.m_lineStarts.size()));
        }
        source.m_lines.append(line);
        start = end + 1;
    }
    return source;
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
