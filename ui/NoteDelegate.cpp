#include "ui/NoteDelegate.h"

#include "ui/ChecklistTableModel.h"

QWidget* NoteDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor) {
        const QString item = index.siblingAtColumn(ChecklistTableModel::Item).data().toString();
        editor->setAccessibleName(tr("Note on “%1”").arg(item));
    }
    return editor;
}
