#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table with aligned columns, for people reading a terminal.
// Machines get --json instead, so the layout is free to change.
class TablePrinter {
public:
    enum class Align { Left, Right };
    struct Column {
        QString header;
        Align align = Align::Left;
    };

    explicit TablePrinter(QList<Column> columns, QString indent = {});

    void addRow(const QStringList& cells);
    // A line that spans the table (a group heading); it does not widen the columns.
    void addHeading(const QString& text);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Off for a list of "name: value" fields.
    void setHeaderVisible(bool visible) { m_headerVisible = visible; }
    // The header (unless hidden), then the rows; every line ends with '\n' and has no trailing blanks.
    QString toString() const;

    // The width a terminal gives the text: one cell per code point, none for combining marks.
    static int displayWidth(const QString& text);

private:
    struct Row {
        bool isHeading = false;
        QStringList cells;
    };
    QString formatRow(const QStringList& cells, const QList<int>& widths) const;

    QList<Column> m_columns;
    QString m_indent;
    QList<Row> m_rows;
    bool m_headerVisible = true;
};
