#include "ui/signing/SignatureDelegate.h"

#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureRenderer.h"
#include "ui/signing/SigningColours.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kCellWidth = 190;
constexpr int kCellHeight = 52;
} // namespace

void SignatureDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    const bool typed = index.data(SignOffTableModel::TypedRole).toBool();
    const auto strokes = index.data(SignOffTableModel::StrokesRole).value<SignatureStrokes>();
    if (!typed && strokes.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as the style draws them, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QColor ink = SignatureRenderer::defaultInk();
    if (index.data(SignOffTableModel::RevokedRole).toBool())
        ink = SigningColours::muted();
    else if (opt.state & QStyle::State_Selected)
        ink = opt.palette.color(QPalette::HighlightedText);
    const QRectF area = QRectF(opt.rect).adjusted(6, 3, -6, -3);
    if (typed)
        SignatureRenderer::paintTyped(*painter, area,
                                      index.data(SignOffTableModel::PrintedNameRole).toString(),
                                      SignatureRenderer::Fit::Ink, ink);
    else
        SignatureRenderer::paint(*painter, area, strokes, SignatureRenderer::Fit::Ink, ink);
}

QSize SignatureDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != SignOffTableModel::SignatureColumn)
        return base;
    return base.expandedTo(QSize(kCellWidth, kCellHeight));
}
