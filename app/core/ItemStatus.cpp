#include "core/ItemStatus.h"

#include <QCoreApplication>

namespace ItemStatusText {

QString key(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QStringLiteral("pending");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::NotApplicable:
        return QStringLiteral("na");
    case ItemStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

std::optional<ItemStatus> fromKey(const QString& text) {
    const QString k = text.trimmed().toLower();
    if (k == u"pending")
        return ItemStatus::Pending;
    if (k == u"done")
        return ItemStatus::Done;
    if (k == u"na" || k == u"n/a")
        return ItemStatus::NotApplicable;
    if (k == u"failed")
        return ItemStatus::Failed;
    return std::nullopt;
}

QString label(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QCoreApplication::translate("ItemStatus", "Pending");
    case ItemStatus::Done:
        return QCoreApplication::translate("ItemStatus", "Done");
    case ItemStatus::NotApplicable:
        return QCoreApplication::translate("ItemStatus", "N/A");
    case ItemStatus::Failed:
        return QCoreApplication::translate("ItemStatus", "Failed");
    }
    return {};
}

QString mark(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QStringLiteral("☐");
    case ItemStatus::Done:
        return QStringLiteral("☑");
    case ItemStatus::NotApplicable:
        return QStringLiteral("N/A");
    case ItemStatus::Failed:
        return QStringLiteral("☒");
    }
    return {};
}

std::optional<ItemStatus> fromMark(const QString& cellText) {
    const QString t = cellText.trimmed();
    if (t.isEmpty() || t == u"☐" || t == u"[ ]")
        return ItemStatus::Pending;
    // Emoji marks may carry a variation selector (U+FE0F) after them.
    QString bare = t;
    bare.remove(QChar(0xFE0F));
    if (bare == u"☑" || bare == u"✓" || bare == u"✔" || bare == u"✅" ||
        bare.compare(u"[x]", Qt::CaseInsensitive) == 0)
        return ItemStatus::Done;
    if (bare == u"☒" || bare == u"✗" || bare == u"✘" || bare == u"❌")
        return ItemStatus::Failed;
    if (bare.compare(u"N/A", Qt::CaseInsensitive) == 0)
        return ItemStatus::NotApplicable;
    return std::nullopt;
}

bool requiresNote(ItemStatus status) {
    return status == ItemStatus::NotApplicable || status == ItemStatus::Failed;
}

bool isResolved(ItemStatus status) {
    return status == ItemStatus::Done || status == ItemStatus::NotApplicable;
}

} // namespace ItemStatusText
