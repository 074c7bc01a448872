#include "core/UtcTime.h"

namespace UtcTime {

namespace {

constexpr qint64 kDay = 86400;

// Rounds towards minus infinity, for times before 1970.
qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : (a - b + 1) / b;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(qint64 days, int& year, int& month, int& day) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void twoDigits(char* out, int v) {
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

// What Qt::ISODateWithMs writes for a UTC time with a four-digit year.
constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
constexpr int kLength = 24;

QString qtText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime qtParse(QStringView text) {
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QString text(const QDateTime& t) {
    if (!t.isValid())
        return QString();
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    // Qt writes other years with a sign or more digits: leave those to it.
    if (d.year() < 1000 || d.year() > 9999)
        return qtText(t);
    const QTime tm = u.time();
    char16_t buffer[kLength];
    auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    buffer[4] = u'-';
    put(5, d.month(), 2);
    buffer[7] = u'-';
    put(8, d.day(), 2);
    buffer[10] = u'T';
    put(11, tm.hour(), 2);
    buffer[13] = u':';
    put(14, tm.minute(), 2);
    buffer[16] = u':';
    put(17, tm.second(), 2);
    buffer[19] = u'.';
    put(20, tm.msec(), 3);
    buffer[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(buffer), kLength);
}

QDateTime parse(QStringView text) {
    if (text.isEmpty())
        return {};
    if (text.size() != kLength)
        return qtParse(text);
    for (int i = 0; i < kLength; ++i) {
        const char16_t c = text[i].unicode();
        if (kShape[i] == 'd' ? (c < u'0' || c > u'9') : c != char16_t(kShape[i]))
            return qtParse(text);
    }
    auto number = [text](int at, int digits) {
        int n = 0;
        for (int i = at; i < at + digits; ++i)
            n = n * 10 + (text[i].unicode() - u'0');
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    // Year 0, 24:00 and leap seconds are Qt's to judge.
    if (!date.isValid() || !time.isValid())
        return qtParse(text);
    return QDateTime(date, time, Qt::UTC);
}

ZoneText ZoneText::local() {
    return ZoneText();
}

ZoneText ZoneText::utc() {
    return ZoneText(QTimeZone::utc());
}

ZoneText::ZoneText(const QTimeZone& zone)
    : m_zone(zone) {}

int ZoneText::offsetSeconds(const QDateTime& t) const {
    const qint64 quarter = floorDiv(t.toSecsSinceEpoch(), 900);
    auto it = m_offsets.constFind(quarter);
    if (it != m_offsets.constEnd())
        return *it;
    const int offset = m_zone ? m_zone->offsetFromUtc(t) : t.toLocalTime().offsetFromUtc();
    m_offsets.insert(quarter, offset);
    return offset;
}

QDateTime ZoneText::inZone(const QDateTime& t) const {
    return m_zone ? t.toTimeZone(*m_zone) : t.toLocalTime();
}

QString ZoneText::dateTime(const QDateTime& t, Precision precision) const {
    if (!t.isValid())
        return {};
    const bool seconds = precision == Precision::Seconds;
    const qint64 local = floorDiv(t.toMSecsSinceEpoch(), 1000) + offsetSeconds(t);
    const qint64 days = floorDiv(local, kDay);
    const int secondOfDay = int(local - days * kDay);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1000 || year > 9999)
        return inZone(t).toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                          : QStringLiteral("yyyy-MM-dd HH:mm"));
    // yyyy-MM-dd HH:mm[:ss]
    char text[19];
    twoDigits(text, year / 100);
    twoDigits(text + 2, year % 100);
    text[4] = '-';
    twoDigits(text + 5, month);
    text[7] = '-';
    twoDigits(text + 8, day);
    text[10] = ' ';
    twoDigits(text + 11, secondOfDay / 3600);
    text[13] = ':';
    twoDigits(text + 14, secondOfDay / 60 % 60);
    text[16] = ':';
    twoDigits(text + 17, secondOfDay % 60);
    return QString::fromLatin1(text, seconds ? 19 : 16);
}

QString ZoneText::dateTimeWithOffset(const QDateTime& t, Precision precision) const {
    if (!t.isValid())
        return {};
    return dateTime(t, precision) + u' ' + offset(t);
}

QString ZoneText::clock(const QDateTime& t) const {
    return dateTime(t, Precision::Minutes).right(5); // whatever the year's width
}

QString ZoneText::offset(const QDateTime& t) const {
    const int offset = offsetSeconds(t);
    const int minutes = qAbs(offset) / 60;
    char text[6] = {offset < 0 ? '-' : '+', 0, 0, ':', 0, 0};
    twoDigits(text + 1, minutes / 60);
    twoDigits(text + 4, minutes % 60);
    return QString::fromLatin1(text, 6);
}

QString ZoneText::sharedOffset(const QList<QDateTime>& times, const QDateTime& fallback) const {
    QString shared;
    int seconds = 0;
    bool any = false;
    for (const QDateTime& t : times) {
        if (!t.isValid())
            continue;
        const int o = offsetSeconds(t);
        if (any && o != seconds)
            return {};
        seconds = o;
        if (!any)
            shared = offset(t);
        any = true;
    }
    return any ? shared : offset(fallback);
}

QString local(const QDateTime& t, Precision precision) {
    return ZoneText::local().dateTime(t, precision);
}

QString utc(const QDateTime& t, Precision precision) {
    return ZoneText::utc().dateTime(t, precision);
}

QString localClock(const QDateTime& t) {
    return ZoneText::local().clock(t);
}

QString localOffset(const QDateTime& t) {
    return ZoneText::local().offset(t);
}

QString localeText(const QDateTime& t, QLocale::FormatType format, const QLocale& locale) {
    return locale.toString(t.toLocalTime(), format);
}

} // namespace UtcTime
