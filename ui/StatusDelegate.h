#pragma once

#include <QStyledItemDelegate>

// Paints an item's status as a coloured mark and word in a rounded pill
// (☑ Done green, ☐ Pending, ✗ Failed red, N/A grey). Statuses are changed
// by a click, Space or the context menu, never by an in-place editor.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    // The model's check state is for assistive technology: the pill shows the
    // status, so no check box is drawn, and the grid alone toggles it.
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
