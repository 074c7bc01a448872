#include "ui/StatusAppearance.h"

namespace StatusAppearance {

QString glyph(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QStringLiteral("☐");
    case ItemStatus::Done:
        return QStringLiteral("☑");
    case ItemStatus::Failed:
        return QStringLiteral("✗");
    case ItemStatus::NotApplicable:
        return {};
    }
    return {};
}

QString text(ItemStatus status) {
    const QString mark = glyph(status);
    const QString label = ItemStatusText::label(status);
    return mark.isEmpty() ? label : mark + QLatin1Char(' ') + label;
}

QColor foreground(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QColor(0x44, 0x4b, 0x55);
    case ItemStatus::Done:
        return QColor(0x1b, 0x6e, 0x35);
    case ItemStatus::Failed:
        return QColor(0xb4, 0x23, 0x18);
    case ItemStatus::NotApplicable:
        return QColor(0x6b, 0x6f, 0x76);
    }
    return {};
}

QColor background(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return {};
    case ItemStatus::Done:
        return QColor(0xdc, 0xf2, 0xe2);
    case ItemStatus::Failed:
        return QColor(0xfb, 0xe0, 0xdd);
    case ItemStatus::NotApplicable:
        return QColor(0xe9, 0xea, 0xec);
    }
    return {};
}

} // namespace StatusAppearance
