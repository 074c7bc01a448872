#pragma once

class QTableView;

// Grids on the record page show all their rows: no scroll bar of their own
// inside the page's scroll area.
namespace TableFit {
// Turns off the table's own scroll bars and fixes its height to its rows.
void prepare(QTableView* table);
// Resizes rows to their wrapped text and fixes the table's height to them.
void fitHeight(QTableView* table);
// fitHeight() once control returns to the event loop: column widths settle
// after the resize that changes them, and many changes make one fit.
void fitHeightLater(QTableView* table);
} // namespace TableFit
