#include "ui/signing/SigningTime.h"

#include "core/UtcTime.h"

namespace SigningTime {

QString offsetText(const QDateTime& at) {
    return QStringLiteral("UTC") + UtcTime::localOffset(at);
}

QString localText(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return QStringLiteral("%1 (%2)").arg(UtcTime::local(at), offsetText(at));
}

QString utcText(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return UtcTime::utc(at) + QStringLiteral(" UTC");
}

} // namespace SigningTime
