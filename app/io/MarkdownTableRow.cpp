#include "io/MarkdownTableRow.h"

QStringList MarkdownTableRow::split(QStringView line) {
    const QStringView row = line.trimmed();
    QStringList cells;
    QString cell;
    bool endsWithPipe = false;
    qsizetype i = row.startsWith(u'|') ? 1 : 0;
    for (; i < row.size(); ++i) {
        const QChar c = row.at(i);
        endsWithPipe = false;
        if (c == u'\\' && i + 1 < row.size()) {
            cell.append(c);
            cell.append(row.at(++i));
        } else if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
            endsWithPipe = true;
        } else {
            cell.append(c);
        }
    }
    if (!endsWithPipe)
        cells.append(cell.trimmed());
    return cells;
}

QString MarkdownTableRow::join(const QStringList& cells) {
    QString row;
    for (const QString& cell : cells) {
        row += u"| " + cell;
        if (!cell.isEmpty())
            row += u' ';
    }
    return row + u'|';
}

QString MarkdownTableRow::separator(int cellCount) {
    return QStringLiteral("|---").repeated(cellCount) + u'|';
}

QString MarkdownTableRow::escapeCell(const QString& text) {
    QString flat = text;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    flat.replace(u'\r', u'\n');
    flat.replace(QStringLiteral("\n"), QStringLiteral("<br>"));
    flat = flat.trimmed();
    QString escaped;
    escaped.reserve(flat.size());
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        if (c == u'\\' && i + 1 < flat.size()) {
            escaped.append(c);
            escaped.append(flat.at(++i));
        } else if (c == u'|') {
            escaped.append(u"\\|");
        } else {
            escaped.append(c);
        }
    }
    return escaped;
}

bool MarkdownTableRow::looksLikeSeparator(QStringView line) {
    bool pipe = false;
    bool dash = false;
    for (const QChar c : line) {
        if (c == u'|')
            pipe = true;
        else if (c == u'-')
            dash = true;
        else if (c != u':' && !c.isSpace())
            return false;
    }
    return pipe && dash;
}

bool MarkdownTableRow::hasUnescapedPipe(QStringView line) {
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\')
            ++i;
        else if (line.at(i) == u'|')
            return true;
    }
    return false;
}
