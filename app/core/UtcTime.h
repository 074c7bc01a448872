#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

// The one place a moment becomes text.
//
// text() is the form Countersign stores, hashes, signs and exports:
// Qt::ISODateWithMs of the UTC time ("2026-11-27T04:47:08.123Z"). Written and
// read here without QDateTime's general ISO formatter and parser, which cost
// more than the SQL itself when a record of 10,000 items is loaded or digested
// and on every audited change. Anything outside the common four-digit form
// goes to Qt, so the text is always exactly what Qt would write or read.
//
// People read times in ISO order in a time zone ("2026-03-14 09:30:12",
// "+01:00"): ZoneText writes those, and local(), utc(), localClock() and
// localOffset() are its one-off shortcuts. localeText() is the locale's own
// short or long form, for screen readers and status lines.
namespace UtcTime {

// Qt::ISODateWithMs of t in UTC; empty for an invalid time.
QString text(const QDateTime& t);
// The time that text() wrote, in UTC. Other ISO 8601 forms are read by Qt's
// parser, and a time without an offset is taken as UTC; empty text or text Qt
// cannot read gives an invalid time.
QDateTime parse(QStringView text);

enum class Precision { Minutes, Seconds };

// Times as people read them in one time zone: "2026-03-14 09:30",
// "2026-03-14 09:30:12", with or without the zone's UTC offset "+01:00".
// Remembers offsets by quarter hour, as they change on quarter hours at most
// in every zone: the report writes thousands of times and a time zone
// look-up costs more than the text. An invalid time gives an empty text.
class ZoneText {
public:
    // The zone local times are in (QDateTime::toLocalTime).
    static ZoneText local();
    static ZoneText utc();
    explicit ZoneText(const QTimeZone& zone);

    // "2026-03-14 09:30" or "2026-03-14 09:30:12"
    QString dateTime(const QDateTime& t, Precision precision) const;
    // "2026-03-14 09:30 +01:00" or "2026-03-14 09:30:12 +01:00"
    QString dateTimeWithOffset(const QDateTime& t, Precision precision) const;
    // "09:30"
    QString clock(const QDateTime& t) const;
    // "+01:00", "-05:30", "+00:00"
    QString offset(const QDateTime& t) const;
    // The offset every valid time of `times` shares, or that of `fallback`
    // when none is valid; an empty text when they differ.
    QString sharedOffset(const QList<QDateTime>& times, const QDateTime& fallback) const;

private:
    ZoneText() = default;
    int offsetSeconds(const QDateTime& t) const;
    // For the years the fast path does not write.
    QDateTime inZone(const QDateTime& t) const;

    std::optional<QTimeZone> m_zone; // none: local time
    mutable QHash<qint64, int> m_offsets;
};

// "2026-03-14 09:30:12" in local time.
QString local(const QDateTime& t, Precision precision = Precision::Seconds);
// "2026-03-14 08:30:12" in UTC; the caller says "UTC" in its own words.
QString utc(const QDateTime& t, Precision precision = Precision::Seconds);
// "09:30" in local time.
QString localClock(const QDateTime& t);
// "+01:00": the UTC offset of local time at t.
QString localOffset(const QDateTime& t);
// The locale's short or long form of the local time.
QString localeText(const QDateTime& t, QLocale::FormatType format, const QLocale& locale = QLocale());

} // namespace UtcTime
