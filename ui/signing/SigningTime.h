#pragma once

#include <QDateTime>
#include <QString>

// How sign-off times read on screen: local time with its UTC offset, so a
// reader in another time zone knows the instant. The stored value stays UTC.
// The desktop's wording of them; UtcTime writes the times.
namespace SigningTime {
// "2025-03-14 09:26:53 (UTC+01:00)"
QString localText(const QDateTime& at);
// "UTC+01:00", "UTC-05:30", "UTC+00:00": the offset of at in local time.
QString offsetText(const QDateTime& at);
// "2025-03-14 08:26:53 UTC"
QString utcText(const QDateTime& at);
} // namespace SigningTime
