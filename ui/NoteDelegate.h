#pragma once

#include <QStyledItemDelegate>

// The note column's editor: a line edit named after its item, so a screen
// reader says whose note is being typed instead of an unnamed text field.
class NoteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
};
