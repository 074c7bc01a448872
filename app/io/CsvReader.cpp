#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace {

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

// The line a byte offset stands on (LF, CRLF and CR each end one), for a decoding error.
int lineOfByte(const QByteArray& bytes, qsizetype offset) {
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' ||
            (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

std::optional<QString> decodeStrictly(QStringDecoder& decoder, const QByteArray& bytes) {
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder lets a lone surrogate through: it has no character.
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return std::nullopt;
    return text;
}

// A NUL, an escape sequence or a backspace in a cell would reach the grid, the
// terminal of countersign-cli and the signed content unseen (as MarkdownSource
// refuses them, in the same words).
std::optional<Error> controlCharacter(const QString& text) {
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            lineStart = i + 1;
        } else if (c != u'\t' && c != u'\r' && c.category() == QChar::Other_Control) {
            return Error(QCoreApplication::translate(
                             "MarkdownSource", "line %1, column %2: the text holds the control character "
                                               "U+%3, which a checklist cannot show; remove it")
                             .arg(line)
                             .arg(i - lineStart + 1)
                             .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
        }
    }
    return std::nullopt;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, QString* encoding) {
    const auto named = [&](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        named("UTF-16");
        if (std::optional<QString> text = decodeStrictly(utf16, bytes.mid(2)))
            return *text;
        return Error(QStringLiteral("the file starts with a UTF-16 byte order mark, but is not UTF-16 text"));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (std::optional<QString> text = decodeStrictly(utf8, bom ? bytes.mid(3) : bytes)) {
        named("UTF-8");
        return *text;
    }
    if (bom)
        return Error(QStringLiteral("the file starts with a UTF-8 byte order mark, but is not UTF-8 text"));
    // Not UTF-8: what a spreadsheet on Windows saves. Five bytes have no character there.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = uchar(bytes.at(i));
        if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D) {
            return lineError(lineOfByte(bytes, i),
                             QStringLiteral("the byte 0x%1 is neither UTF-8 nor Windows-1252 text; save the "
                                            "file as CSV in UTF-8")
                                 .arg(byte, 2, 16, QLatin1Char('0')));
        }
    }
    QStringDecoder cp1252("windows-1252", QStringDecoder::Flag::Stateless);
    if (!cp1252.isValid())
        return Error(QStringLiteral("the file is not UTF-8 text, and Windows-1252 cannot be read here"));
    std::optional<QString> text = decodeStrictly(cp1252, bytes);
    if (!text)
        return Error(QStringLiteral("the file is neither UTF-8 nor Windows-1252 text"));
    named("Windows-1252");
    return *text;
}

QChar CsvReader::detectDelimiter(QStringView text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > 0 && tab >= semicolon && tab >= comma)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

Result<QList<CsvReader::Row>> CsvReader::split(QStringView text, QChar delimiter) {
    QList<Row> rows;
    Row row{1, {}};
    QString cell;
    int line = 1;
    bool inRecord = false; // something of the record read, even an empty quoted cell
    qsizetype i = 0;
    const qsizetype n = text.size();
    // One record per round: its cells up to the line end outside quotes.
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' && cell.isEmpty()) {
            const int openedOn = line;
            ++i;
            for (;;) {
                if (i >= n) {
                    return lineError(openedOn, QStringLiteral("the quoted cell that starts here is never "
                                                              "closed: a '\"' is missing"));
                }
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == u'\r' || q == u'\n') {
                    // A line break inside quotes is part of the cell, and still a line of the file.
                    ++line;
                    if (q == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                        ++i;
                    cell.append(u'\n');
                    ++i;
                    continue;
                }
                cell.append(q);
                ++i;
            }
            if (i < n && text.at(i) != delimiter && text.at(i) != u'\r' && text.at(i) != u'\n') {
                return lineError(line, QStringLiteral("text after a quoted cell's closing quote; a quote "
                                                      "inside a quoted cell is written twice (\"\")"));
            }
            inRecord = true;
            continue;
        }
        if (c == delimiter) {
            inRecord = true;
            row.cells.append(cell);
            cell.clear();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            row.cells.append(cell);
            cell.clear();
            rows.append(row);
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++line;
            row = Row{line, {}};
            inRecord = false;
            continue;
        }
        inRecord = true;
        cell.append(c);
        ++i;
    }
    if (inRecord) {
        row.cells.append(cell);
        rows.append(row);
    }
    return rows;
}

Result<CsvReader::Table> CsvReader::read(const QByteArray& bytes) {
    Table table;
    Result<QString> text = decode(bytes, &table.encoding);
    if (!text)
        return text.failure();
    if (std::optional<Error> control = controlCharacter(*text))
        return *control;
    table.delimiter = detectDelimiter(*text);
    Result<QList<Row>> rows = split(*text, table.delimiter);
    if (!rows)
        return rows.failure();
    table.rows = *rows;
    return table;
}
