#include "core/UtcTime.h"

namespace UtcTime {

namespace {

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

} // namespace UtcTime
