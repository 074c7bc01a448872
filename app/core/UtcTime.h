#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

// The one text form of a moment that Countersign stores, hashes and signs:
// Qt::ISODateWithMs of the UTC time ("2026-11-27T04:47:08.123Z"). Written and
// read here without QDateTime's general ISO formatter and parser, which cost
// more than the SQL itself when a record of 10,000 items is loaded or digested
// and on every audited change. Anything outside the common four-digit form
// goes to Qt, so the text is always exactly what Qt would write or read.
namespace UtcTime {

// Qt::ISODateWithMs of t in UTC; empty for an invalid time.
QString text(const QDateTime& t);
// The time that text() wrote, in UTC. Other ISO 8601 forms are read by Qt's
// parser, and a time without an offset is taken as UTC; empty text or text Qt
// cannot read gives an invalid time.
QDateTime parse(QStringView text);

} // namespace UtcTime
