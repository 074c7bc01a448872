#include "ui/signing/SigningTime.h"

namespace SigningTime {

QString offsetText(const QDateTime& at) {
    const int offset = at.toLocalTime().offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QChar(u'-') : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString localText(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return QStringLiteral("%1 (%2)").arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                         offsetText(at));
}

QString utcText(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

} // namespace SigningTime
