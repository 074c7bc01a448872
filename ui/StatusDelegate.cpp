#include "ui/StatusDelegate.h"

#include "ui/ChecklistTableModel.h"
#include "ui/StatusAppearance.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPillPaddingX = 10;
constexpr int kPillPaddingY = 3;

QFont pillFont(const QFont& base, ItemStatus status) {
    QFont font = base;
    font.setBold(status == ItemStatus::Done || status == ItemStatus::Failed);
    font.setItalic(status == ItemStatus::NotApplicable);
    return font;
}
} // namespace

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
    const QVariant value = index.data(ChecklistTableModel::StatusRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = ItemStatus(value.toInt());
    const QFont font = pillFont(opt.font, status);
    const QFontMetrics metrics(font);
    QRect pill(0, 0, metrics.horizontalAdvance(text) + 2 * kPillPaddingX,
               metrics.height() + 2 * kPillPaddingY);
    pill.moveCenter(opt.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor background = StatusAppearance::background(status);
    if (background.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                                 pill.height() / 2.0);
    }
    painter->setFont(font);
    painter->setPen(StatusAppearance::foreground(status));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant value = index.data(ChecklistTableModel::StatusRole);
    if (!value.isValid())
        return size;
    const QFontMetrics metrics(pillFont(option.font, ItemStatus(value.toInt())));
    const int width = metrics.horizontalAdvance(index.data().toString()) + 2 * kPillPaddingX + 12;
    const int height = metrics.height() + 2 * kPillPaddingY + 8;
    return size.expandedTo(QSize(width, height));
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::HasCheckIndicator;
}

bool StatusDelegate::editorEvent(QEvent* /*event*/, QAbstractItemModel* /*model*/,
                                 const QStyleOptionViewItem& /*option*/, const QModelIndex& /*index*/) {
    return false;
}

QWidget* StatusDelegate::createEditor(QWidget* /*parent*/, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& /*index*/) const {
    return nullptr;
}
