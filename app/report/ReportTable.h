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
//
// The last rows added wait (copied) until the next ones come or end() is
// called, so that breaks can move earlier: the header starts a page's foot
// only with two rows below it, and a table's last row never sits alone on a
// page (with what end() is told follows it, a legend) when moving the break
// one row up leaves two rows above it.
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

    // Opens a table at the cursor; its header is drawn with its first rows.
    void begin(const QList<Column>& columns);
    // Closes the table. `keepAfter`: the height of what follows it and must
    // share the page of its last rows (a legend).
    void end(float keepAfter = 0);

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
    // note: a line in the regular face after the heading (a group marked not applicable).
    void addGroupRow(const QString& text, const QString& note = QString());

private:
    // A row added but not drawn yet.
    struct Waiting {
        bool group = false;
        QString groupText;
        QString groupNote;
        Row cells;
        RowStyle style = RowStyle::Normal;
        float height = 0;
    };
    static constexpr int kWaiting = 3;

    void hold(bool group, const QString& groupText, const Row* cells, RowStyle style,
              const QString& groupNote = QString());
    // Draws the header (a new page first unless it and `below` fit).
    void openHeader(float below);
    void drawWaitingFront();
    void drawRow(const Row& cells, RowStyle style);
    void drawGroupRow(const QString& text, const QString& note);
    ReportTextBlock groupLines(const QString& text, const QString& note) const;
    float groupRowHeight(const QString& text, const QString& note) const;
    float headerHeight() const;
    void drawHeader();
    float rowHeight(const Row& cells) const;
    void drawCells(const Row& cells, float top, float height);
    void splitRow(const Row& cells);
    // The room below a table's header on a new page.
    float freshRoom() const;
    void countRowOnPage();

    ReportFlow& m_flow;
    QList<Column> m_columns;
    QList<float> m_columnX;
    Row m_scratch;
    Waiting m_waiting[kWaiting]; // a ring: kept, with their memory, from table to table
    int m_firstWaiting = 0;
    int m_waitingCount = 0;
    bool m_headerDrawn = false;
    int m_rowsPage = -1;  // the page m_rowsOnPage counts
    int m_rowsOnPage = 0; // this table's rows drawn on that page
};
