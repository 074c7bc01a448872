#pragma once

#include "core/Checklist.h"
#include "report/ReportFlow.h"

#include <QList>
#include <QString>

#include <vector>

// A table in the flow: a shaded header of column titles, repeated on every
// page the table runs over; rows that move whole to the next page unless one
// alone is taller than a page, which then continues line by line; group rows
// that keep with the row below. One table is open at a time.
class ReportTable {
public:
    struct Column {
        QString title;
        float width = 0;
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Cell {
        ReportTextBlock text;
        Qt::Alignment align = Qt::AlignLeft;
        const SignatureEntry* signature = nullptr; // drawn in the cell: strokes or the typed name
        bool signatureLine = false;                // the line a signature stands on
        float minHeight = 0;
        void clear();
    };
    using Row = std::vector<Cell>;
    enum class RowStyle { Normal, Total, Muted };

    explicit ReportTable(ReportFlow& flow);

    // Opens a table at the cursor: its header and at least two rows together, or a new page.
    void begin(const QList<Column>& columns);
    void end();

    const Column& column(int column) const { return m_columns.at(column); }
    // The width text has inside a cell of the column.
    float textWidth(int column) const;
    // A cell of the open table, its text wrapped to the column.
    Cell textCell(int column, const QString& text, float size, QRgb color,
                  ReportFontSet::Role role = ReportFontSet::Regular);
    Cell spanCell(int column, const QList<ReportSpan>& spans, float size, QRgb color);
    // The row the hot paths fill: its cells keep their memory from row to row.
    Row& scratchRow(int cells);

    void addRow(const Row& cells, RowStyle style = RowStyle::Normal);
    // A shaded row across all columns that heads the rows below it.
    void addGroupRow(const QString& text);

private:
    void drawHeader();
    float rowHeight(const Row& cells) const;
    void drawCells(const Row& cells, float top, float height);
    void splitRow(const Row& cells);

    ReportFlow& m_flow;
    QList<Column> m_columns;
    QList<float> m_columnX;
    Row m_scratch;
};
