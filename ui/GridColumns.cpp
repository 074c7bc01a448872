#include "ui/GridColumns.h"

#include "ui/ChecklistTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>

namespace {
constexpr int kStatusColumnWidth = 124;
constexpr int kEvidenceColumnWidth = 40;
// In average characters of the grid's font.
constexpr int kItemMinimumChars = 24;
constexpr int kNotesMinimumChars = 18;
constexpr int kCheckedByChars = 16; // most names; the tooltip has the rest
constexpr int kCheckedByMinimumChars = 6;
constexpr int kCellPadding = 16;
// Of the width the text columns share, the note gets this much; the item text the rest.
constexpr double kNotesShare = 0.4;

// Who and when on one line: a name wrapped over two lines makes every row
// taller, and a time cut in two reads as two values.
class OneLineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideRight;
    }
};

int chars(const QTableView* grid, int count) {
    return grid->fontMetrics().averageCharWidth() * count;
}

int titleWidth(const QTableView* grid, const ChecklistTableModel& model, int column) {
    return grid->fontMetrics().horizontalAdvance(model.headerData(column, Qt::Horizontal).toString()) +
           kCellPadding;
}

int checkedAtWidth(const QTableView* grid, const ChecklistTableModel& model, int column) {
    const QString widest =
        ChecklistTableModel::shortTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59), Qt::UTC));
    return std::max(grid->fontMetrics().horizontalAdvance(widest) + kCellPadding,
                    titleWidth(grid, model, column));
}

int fullCheckedByWidth(const QTableView* grid, const ChecklistTableModel& model, int column) {
    return std::max(chars(grid, kCheckedByChars) + kCellPadding, titleWidth(grid, model, column));
}

int evidenceWidth(const QTableView* grid) {
    return std::max(kEvidenceColumnWidth, chars(grid, 3) + kCellPadding);
}

int checkedByMinimum(const QTableView* grid) {
    return chars(grid, kCheckedByMinimumChars) + kCellPadding;
}

// The columns that keep their width whatever the grid's: all but Item, Notes and Checked by.
int keptWidth(const QTableView* grid, const ChecklistTableModel& model) {
    int width = 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        switch (model.columnKind(column)) {
        case ChecklistTableModel::Item:
        case ChecklistTableModel::Notes:
        case ChecklistTableModel::CheckedBy:
            break;
        default:
            width += grid->horizontalHeader()->sectionSize(column);
        }
    }
    return width;
}
} // namespace

namespace GridColumns {

void setUp(QTableView* grid, const ChecklistTableModel& model) {
    QHeaderView* header = grid->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(std::min({60, checkedByMinimum(grid), evidenceWidth(grid)}));
    auto* oneLine = new OneLineDelegate(grid);
    for (int column = 0; column < model.columnCount(); ++column) {
        switch (model.columnKind(column)) {
        case ChecklistTableModel::Item:
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            break;
        case ChecklistTableModel::Status:
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, kStatusColumnWidth);
            break;
        case ChecklistTableModel::Notes:
            header->setSectionResizeMode(column, QHeaderView::Fixed); // sized by share()
            header->resizeSection(column, chars(grid, kNotesMinimumChars));
            break;
        case ChecklistTableModel::Extra:
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
            break;
        case ChecklistTableModel::CheckedBy:
            // Fixed widths, so the grids on the page line up whether or not anything is checked yet.
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, fullCheckedByWidth(grid, model, column));
            grid->setItemDelegateForColumn(column, oneLine);
            break;
        case ChecklistTableModel::CheckedAt:
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, checkedAtWidth(grid, model, column));
            grid->setItemDelegateForColumn(column, oneLine);
            break;
        case ChecklistTableModel::Evidence:
            // The paperclip over a count: narrow, whatever the grid's width.
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, evidenceWidth(grid));
            break;
        }
    }
    grid->setMinimumWidth(keptWidth(grid, model) + chars(grid, kItemMinimumChars + kNotesMinimumChars) +
                          checkedByMinimum(grid) + 2 * grid->frameWidth());
}

void share(QTableView* grid, const ChecklistTableModel& model) {
    QHeaderView* header = grid->horizontalHeader();
    const int itemMinimum = chars(grid, kItemMinimumChars);
    const int notesMinimum = chars(grid, kNotesMinimumChars);
    int free = grid->viewport()->width() - keptWidth(grid, model);

    // Every grid has Item, Status, Notes, Checked by and Checked at (ChecklistTableModel::columnOf);
    // who shrinks before the texts do.
    const int checkedByColumn = model.columnOf(ChecklistTableModel::CheckedBy);
    const int checkedByWidth = std::clamp(free - itemMinimum - notesMinimum, checkedByMinimum(grid),
                                          fullCheckedByWidth(grid, model, checkedByColumn));
    if (header->sectionSize(checkedByColumn) != checkedByWidth)
        header->resizeSection(checkedByColumn, checkedByWidth);
    free -= checkedByWidth;
    const int notesColumn = model.columnOf(ChecklistTableModel::Notes);
    // QHeaderView stretches columns evenly; item texts are longer than notes, so share by hand.
    const int notesWidth = std::max(notesMinimum, std::min(int(free * kNotesShare), free - itemMinimum));
    if (header->sectionSize(notesColumn) != notesWidth)
        header->resizeSection(notesColumn, notesWidth);
}

} // namespace GridColumns
