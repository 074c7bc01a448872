#include "cli/TablePrinter.h"

#include <QChar>

TablePrinter::TablePrinter(QList<Column> columns, QString indent)
    : m_columns(std::move(columns))
    , m_indent(std::move(indent)) {}

void TablePrinter::addRow(const QStringList& cells) {
    QStringList row = cells;
    // A cell is one line: notes written over several lines are joined.
    for (QString& cell : row)
        cell = cell.simplified();
    while (row.size() < m_columns.size())
        row.append(QString());
    m_rows.append({false, row});
}

void TablePrinter::addHeading(const QString& text) {
    m_rows.append({true, {text}});
}

int TablePrinter::displayWidth(const QString& text) {
    int width = 0;
    for (const char32_t codePoint : text.toUcs4()) {
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

QString TablePrinter::formatRow(const QStringList& cells, const QList<int>& widths) const {
    QString line = m_indent;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString& cell = cells.at(c);
        const QString padding(widths.at(c) - displayWidth(cell), QLatin1Char(' '));
        if (c > 0)
            line += QStringLiteral("  ");
        if (m_columns.at(c).align == Align::Right)
            line += padding + cell;
        else
            line += cell + padding;
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

QString TablePrinter::toString() const {
    QList<int> widths;
    QStringList headers;
    for (const Column& column : m_columns) {
        widths.append(m_headerVisible ? displayWidth(column.header) : 0);
        headers.append(column.header);
    }
    for (const Row& row : m_rows) {
        if (row.isHeading)
            continue;
        for (int c = 0; c < m_columns.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.cells.at(c)));
    }

    QString result = m_headerVisible ? formatRow(headers, widths) : QString();
    for (const Row& row : m_rows) {
        if (row.isHeading)
            result += m_indent + row.cells.constFirst() + QLatin1Char('\n');
        else
            result += formatRow(row.cells, widths);
    }
    return result;
}
