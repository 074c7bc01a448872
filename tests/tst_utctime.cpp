#include "TestSupport.h"

#include "core/UtcTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The forms people read (UtcTime::ZoneText and its shortcuts) against what
// Qt's own formatter writes for the same moment in the same zone: the fast
// calendar arithmetic must never give another text.
class TestUtcTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }

    void writesDateTimesInAZone_data();
    void writesDateTimesInAZone();
    void matchesQtOverManyTimes();
    void writesOffsets();
    void sharedOffsetIsEmptyWhenOffsetsDiffer();
    void sharedOffsetFallsBackWhenNoTimeIsValid();
    void invalidTimesGiveEmptyText();
    void yearsOutsideFourDigitsGoToQt();
    void shortcutsAreLocalAndUtc();
};

void TestUtcTime::writesDateTimesInAZone_data() {
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("minutes");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("offset");
    const QDateTime winter(QDate(2026, 3, 14), QTime(8, 30, 12, 999), Qt::UTC);
    QTest::newRow("Berlin, winter") << winter << u"Europe/Berlin"_s << u"2026-03-14 09:30"_s
                                    << u"2026-03-14 09:30:12"_s << u"+01:00"_s;
    QTest::newRow("Berlin, summer") << QDateTime(QDate(2026, 7, 1), QTime(22, 15, 0), Qt::UTC)
                                    << u"Europe/Berlin"_s << u"2026-07-02 00:15"_s << u"2026-07-02 00:15:00"_s
                                    << u"+02:00"_s;
    QTest::newRow("New York, back a day") << winter.addSecs(-6 * 3600) << u"America/New_York"_s
                                          << u"2026-03-13 22:30"_s << u"2026-03-13 22:30:12"_s << u"-04:00"_s;
    QTest::newRow("Kolkata, half hours")
        << winter << u"Asia/Kolkata"_s << u"2026-03-14 14:00"_s << u"2026-03-14 14:00:12"_s << u"+05:30"_s;
    QTest::newRow("Kathmandu, quarter hours")
        << winter << u"Asia/Kathmandu"_s << u"2026-03-14 14:15"_s << u"2026-03-14 14:15:12"_s << u"+05:45"_s;
    QTest::newRow("UTC, leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC) << u"UTC"_s
                                   << u"2024-02-29 23:59"_s << u"2024-02-29 23:59:59"_s << u"+00:00"_s;
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC)
                                 << u"UTC"_s << u"1969-12-31 23:59"_s << u"1969-12-31 23:59:59"_s
                                 << u"+00:00"_s;
}

void TestUtcTime::writesDateTimesInAZone() {
    QFETCH(QDateTime, time);
    QFETCH(QString, zone);
    QFETCH(QString, minutes);
    QFETCH(QString, seconds);
    QFETCH(QString, offset);
    const UtcTime::ZoneText text{QTimeZone(zone.toUtf8())};
    QCOMPARE(text.dateTime(time, UtcTime::Precision::Minutes), minutes);
    QCOMPARE(text.dateTime(time, UtcTime::Precision::Seconds), seconds);
    QCOMPARE(text.offset(time), offset);
    QCOMPARE(text.dateTimeWithOffset(time, UtcTime::Precision::Minutes), minutes + u' ' + offset);
    QCOMPARE(text.clock(time), minutes.right(5));
    // Qt says the same.
    QCOMPARE(text.dateTime(time, UtcTime::Precision::Seconds),
             time.toTimeZone(QTimeZone(zone.toUtf8())).toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void TestUtcTime::matchesQtOverManyTimes() {
    // Across daylight saving changes of both hemispheres, with the offset cache warm.
    for (const QByteArray& id :
         {QByteArray("Europe/Berlin"), QByteArray("Australia/Sydney"), QByteArray("America/St_Johns")}) {
        const QTimeZone zone(id);
        const UtcTime::ZoneText text(zone);
        QRandomGenerator random(20261203);
        const qint64 from = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 5000; ++i) {
            const QDateTime t =
                QDateTime::fromMSecsSinceEpoch(from + qint64(random.bounded(double(to - from))), Qt::UTC);
            const QString expected = t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
            const QString written = text.dateTime(t, UtcTime::Precision::Seconds);
            if (written != expected)
                QFAIL(qPrintable(u"%1 in %2: %3, Qt: %4"_s.arg(UtcTime::text(t), QString::fromUtf8(id),
                                                               written, expected)));
        }
    }
}

void TestUtcTime::writesOffsets() {
    const UtcTime::ZoneText text{QTimeZone(-(3 * 3600 + 30 * 60))};
    QCOMPARE(text.offset(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)), u"-03:30"_s);
}

void TestUtcTime::sharedOffsetIsEmptyWhenOffsetsDiffer() {
    const UtcTime::ZoneText berlin{QTimeZone("Europe/Berlin")};
    const QDateTime winter(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(2026, 7, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(berlin.sharedOffset({winter, QDateTime(), winter.addDays(3)}, summer), u"+01:00"_s);
    QCOMPARE(berlin.sharedOffset({winter, summer}, summer), QString());
}

void TestUtcTime::sharedOffsetFallsBackWhenNoTimeIsValid() {
    const UtcTime::ZoneText berlin{QTimeZone("Europe/Berlin")};
    const QDateTime summer(QDate(2026, 7, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(berlin.sharedOffset({QDateTime()}, summer), u"+02:00"_s);
    QCOMPARE(berlin.sharedOffset({}, summer), u"+02:00"_s);
}

void TestUtcTime::invalidTimesGiveEmptyText() {
    const UtcTime::ZoneText text = UtcTime::ZoneText::utc();
    QCOMPARE(text.dateTime(QDateTime(), UtcTime::Precision::Seconds), QString());
    QCOMPARE(text.dateTimeWithOffset(QDateTime(), UtcTime::Precision::Minutes), QString());
    QCOMPARE(text.clock(QDateTime()), QString());
    QCOMPARE(UtcTime::local(QDateTime()), QString());
    QCOMPARE(UtcTime::utc(QDateTime()), QString());
    QCOMPARE(UtcTime::text(QDateTime()), QString());
}

void TestUtcTime::yearsOutsideFourDigitsGoToQt() {
    const UtcTime::ZoneText text = UtcTime::ZoneText::utc();
    for (const QDateTime& t : {QDateTime(QDate(999, 5, 1), QTime(1, 2, 3), Qt::UTC),
                               QDateTime(QDate(10000, 5, 1), QTime(1, 2, 3), Qt::UTC)}) {
        QCOMPARE(text.dateTime(t, UtcTime::Precision::Seconds), t.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(text.clock(t), u"01:02"_s);
    }
}

void TestUtcTime::shortcutsAreLocalAndUtc() {
    const QDateTime t(QDate(2026, 11, 27), QTime(4, 47, 8, 123), Qt::UTC);
    QCOMPARE(UtcTime::utc(t), u"2026-11-27 04:47:08"_s);
    QCOMPARE(UtcTime::utc(t, UtcTime::Precision::Minutes), u"2026-11-27 04:47"_s);
    QCOMPARE(UtcTime::local(t), t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(UtcTime::local(t, UtcTime::Precision::Minutes), t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QCOMPARE(UtcTime::localClock(t), t.toLocalTime().toString(u"HH:mm"_s));
    const int offset = t.toLocalTime().offsetFromUtc();
    QCOMPARE(UtcTime::localOffset(t), u"%1%2:%3"_s.arg(QChar(offset < 0 ? u'-' : u'+'))
                                          .arg(qAbs(offset) / 3600, 2, 10, QChar(u'0'))
                                          .arg(qAbs(offset) / 60 % 60, 2, 10, QChar(u'0')));
    // The stored form keeps the milliseconds.
    QCOMPARE(UtcTime::text(t), u"2026-11-27T04:47:08.123Z"_s);
}

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utctime.moc"
