#pragma once

class ChecklistTableModel;
class QTableView;

// How a section grid shares its width among its columns, so that a record
// stays readable from 1024×700 to a wide screen:
// - Status, Checked at and the evidence count keep their width (a pill, a
//   whole date and time, a paperclip);
// - Checked by shrinks first, down to a few letters, on one line, elided
//   (the tooltip has the whole name);
// - Notes get 40 % of what is left and Item the rest, neither below a
//   readable minimum; below that the grid stops narrowing and the record's
//   page scrolls sideways instead.
namespace GridColumns {
// Resize modes, one-line who/when cells, first widths and the grid's minimum width.
void setUp(QTableView* grid, const ChecklistTableModel& model);
// Shares the grid's current width; call after every resize.
void share(QTableView* grid, const ChecklistTableModel& model);
} // namespace GridColumns
