#pragma once

#include <QStyledItemDelegate>

// Draws the Signature column of SignOffTableModel: the strokes (scaled to the
// cell, via SignatureRenderer) or the typed name in the script font; greyed
// for a revoked signature. Other cells, and "Not signed", draw as usual.
//
//   view->setItemDelegateForColumn(SignOffTableModel::SignatureColumn, new SignatureDelegate(view));
class SignatureDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
