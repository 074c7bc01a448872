#include "TestSupport.h"

#include "ReferenceCanonicalJson.h"
#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/ContentDigest.h"
#include "core/Sha256.h"
#include "core/UtcTime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// The hand-written JSON writer and time helpers must give exactly the bytes
// Qt gives: every stored audit hash and signed content digest was taken over
// Qt's form, and existing databases must still verify. Each check here builds
// the reference with Qt's own QJsonDocument, QDateTime::toString and
// QDateTime::fromString, as the engine did before the fast paths.
class TestCanonicalJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }

    void writesStringsAsQtDoes_data();
    void writesStringsAsQtDoes();
    void writesEveryUtf16CodeUnitAsQtDoes();
    void writesArraysAsQtDoes();
    void rowHashMatchesQtJson_data();
    void rowHashMatchesQtJson();
    void timeTextMatchesQt_data();
    void timeTextMatchesQt();
    void timeTextMatchesQtOverManyTimes();
    void parseMatchesQt_data();
    void parseMatchesQt();
    void parseReadsBackWhatTextWrote();
    void contentDigestMatchesQtJson();
    void content2IsByteExact();
    void content1IgnoresWhatOnlyContent2Signs();
};

namespace {

// What QJsonDocument::Compact writes for one string, without the [ ].
QByteArray qtString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray fastString(const QString& text) {
    QByteArray out;
    CanonicalJsonWriter::appendString(out, text);
    return out;
}

// The row hash as the engine computed it before CanonicalJsonWriter.
QString qtRowHash(const QString& previousHash, const AuditEntry& entry) {
    const QJsonArray fields{
        previousHash,
        QString::number(entry.recordId),
        QString::number(entry.itemId),
        entry.action,
        entry.field,
        entry.oldValue,
        entry.newValue,
        entry.actor,
        entry.at.toUTC().toString(Qt::ISODateWithMs),
    };
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString qtTimeText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The store's reading of a stored time before UtcTime::parse.
QDateTime qtParse(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString awkward(int which) {
    switch (which) {
    case 0:
        return QString();
    case 1:
        return QStringLiteral("");
    case 2:
        return QStringLiteral("say \"no\" \\ or / yes");
    case 3:
        return QStringLiteral("tab\there\nnew line\r\b\f\x01\x1f end");
    case 4:
        return QStringLiteral("Zoë, Ørsted, Łódź, 東京, ☃ and ✓");
    case 5:
        return QStringLiteral("emoji 😀 and 👩🏽‍🚀 together");
    case 6:
        return QString(QChar(0xd800)) + QStringLiteral("lone high");
    case 7:
        return QStringLiteral("lone low at the end ") + QChar(0xdc00);
    case 8:
        return QString(QChar(0xdc00)) + QChar(0xd800); // a pair the wrong way round
    default:
        return QStringLiteral("DEL \x7f and NUL ") + QChar(0) + QStringLiteral(" inside");
    }
}
constexpr int kAwkwardCount = 10;

QList<QDateTime> auditTimes() {
    return {
        QDateTime(QDate(2026, 11, 27), QTime(4, 47, 8, 123), Qt::UTC),
        QDateTime(QDate(2026, 11, 27), QTime(6, 47, 8, 5), Qt::OffsetFromUTC, 2 * 3600),
        QDateTime(QDate(999, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
        QDateTime(QDate(12000, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(),
    };
}

} // namespace

void TestCanonicalJson::writesStringsAsQtDoes_data() {
    QTest::addColumn<QString>("text");
    for (int i = 0; i < kAwkwardCount; ++i)
        QTest::addRow("awkward %d", i) << awkward(i);
}

void TestCanonicalJson::writesStringsAsQtDoes() {
    QFETCH(QString, text);
    QCOMPARE(fastString(text), qtString(text));
}

void TestCanonicalJson::writesEveryUtf16CodeUnitAsQtDoes() {
    // Alone and between plain text: every escape, every UTF-8 length, every
    // surrogate (alone, they are broken UTF-16 and must still match Qt).
    for (char32_t u = 0; u <= 0xffff; ++u) {
        const QChar c(static_cast<char16_t>(u));
        const QString alone(c);
        const QString inside = QStringLiteral("a") + c + QStringLiteral("b");
        if (fastString(alone) != qtString(alone) || fastString(inside) != qtString(inside))
            QFAIL(qPrintable(
                QStringLiteral("U+%1 is written unlike Qt").arg(uint(u), 4, 16, QLatin1Char('0'))));
    }
    // Every plane's first and last code point as a surrogate pair.
    for (char32_t plane = 1; plane <= 16; ++plane) {
        for (const char32_t code : {plane << 16, (plane << 16) | 0xffff}) {
            const QString text = QString::fromUcs4(&code, 1);
            QCOMPARE(fastString(text), qtString(text));
        }
    }
}

void TestCanonicalJson::writesArraysAsQtDoes() {
    QStringList list;
    QJsonArray reference;
    for (int i = 0; i < kAwkwardCount; ++i) {
        list.append(awkward(i));
        reference.append(awkward(i));
    }
    CanonicalJsonWriter w;
    w.raw('[');
    w.stringList(list);
    w.raw(',');
    w.integer(-42);
    w.raw(',');
    w.integerString(9007199254740993);
    w.raw(',');
    w.boolean(true);
    w.raw(']');
    const QJsonArray whole{reference, -42, QStringLiteral("9007199254740993"), true};
    QCOMPARE(w.take(), QJsonDocument(whole).toJson(QJsonDocument::Compact));

    // Through a sink, in chunks, the hash is that of the whole document, as
    // Qt's own SHA-256 (an implementation independent of libsodium's) takes it.
    Sha256 hash;
    CanonicalJsonWriter sunk(&hash);
    QJsonArray big;
    sunk.raw('[');
    for (int i = 0; i < 20000; ++i) {
        if (i > 0)
            sunk.raw(',');
        sunk.string(awkward(i % kAwkwardCount));
        big.append(awkward(i % kAwkwardCount));
    }
    sunk.raw(']');
    sunk.finish();
    QCOMPARE(hash.result(), QCryptographicHash::hash(QJsonDocument(big).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256));
}

void TestCanonicalJson::rowHashMatchesQtJson_data() {
    QTest::addColumn<int>("time");
    QTest::addColumn<int>("strings");
    for (int t = 0; t < auditTimes().size(); ++t) {
        for (int i = 0; i < kAwkwardCount; ++i)
            QTest::addRow("time %d, strings %d", t, i) << t << i;
    }
}

void TestCanonicalJson::rowHashMatchesQtJson() {
    QFETCH(int, time);
    QFETCH(int, strings);
    AuditEntry entry;
    entry.recordId = 1000 + strings;
    entry.itemId = strings % 2 ? 0 : 98765432101;
    entry.action = QStringLiteral("notes");
    entry.field = awkward((strings + 1) % kAwkwardCount);
    entry.oldValue = awkward(strings);
    entry.newValue = awkward((strings + 3) % kAwkwardCount);
    entry.actor = awkward((strings + 4) % kAwkwardCount);
    entry.at = auditTimes().at(time);
    for (const QString& previous : {AuditChain::genesis(), QStringLiteral("ab12"), awkward(5)})
        QCOMPARE(AuditChain::rowHash(previous, entry), qtRowHash(previous, entry));
}

void TestCanonicalJson::timeTextMatchesQt_data() {
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 27), QTime(4, 47, 8, 123), Qt::UTC);
    QTest::newRow("offset") << QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 5 * 3600);
    QTest::newRow("local") << QDateTime(QDate(2026, 7, 1), QTime(12, 30, 1, 2), Qt::LocalTime);
    QTest::newRow("year 1000") << QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year -1") << QDateTime(QDate(-1, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 275000") << QDateTime(QDate(275000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("invalid") << QDateTime();
}

void TestCanonicalJson::timeTextMatchesQt() {
    QFETCH(QDateTime, time);
    QCOMPARE(UtcTime::text(time), qtTimeText(time));
}

void TestCanonicalJson::timeTextMatchesQtOverManyTimes() {
    QRandomGenerator random(20261127);
    const qint64 from = QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(from + qint64(random.bounded(double(to - from))), Qt::UTC);
        const QString text = UtcTime::text(t);
        if (text != qtTimeText(t))
            QFAIL(qPrintable(QStringLiteral("%1 is written unlike Qt: %2").arg(qtTimeText(t), text)));
        if (UtcTime::parse(text) != qtParse(text))
            QFAIL(qPrintable(QStringLiteral("%1 is read unlike Qt").arg(text)));
    }
}

void TestCanonicalJson::parseMatchesQt_data() {
    QTest::addColumn<QString>("text");
    for (const char* text : {"2026-11-27T04:47:08.123Z",
                             "1000-01-01T00:00:00.000Z",
                             "9999-12-31T23:59:59.999Z",
                             "0999-12-31T23:59:59.999Z",
                             "0000-01-01T00:00:00.000Z",
                             "2024-02-29T12:00:00.000Z",
                             "2023-02-29T12:00:00.000Z",
                             "2026-13-01T00:00:00.000Z",
                             "2026-11-27T24:00:00.000Z",
                             "2026-11-27T23:59:60.000Z",
                             "2026-11-27T23:60:00.000Z",
                             "2026-11-27T04:47:08Z",
                             "2026-11-27T04:47:08.123",
                             "2026-11-27T04:47:08.123+02:00",
                             "2026-11-27 04:47:08.123Z",
                             "2026-11-27T04:47:08.12Z",
                             "2026-11-27",
                             "+2026-11-27T04:47:08.123Z",
                             "not a time",
                             "",
                             "2026-11-27T04:47:08.123z",
                             "２０２６-11-27T04:47:08.123Z"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestCanonicalJson::parseMatchesQt() {
    QFETCH(QString, text);
    const QDateTime fast = UtcTime::parse(text);
    const QDateTime qt = qtParse(text);
    QCOMPARE(fast.isValid(), qt.isValid());
    if (qt.isValid()) {
        QCOMPARE(fast, qt);
        QCOMPARE(fast.timeSpec(), Qt::UTC);
        QCOMPARE(UtcTime::text(fast), qtTimeText(qt));
    }
}

void TestCanonicalJson::parseReadsBackWhatTextWrote() {
    const QDateTime t(QDate(2026, 11, 27), QTime(4, 47, 8, 123), Qt::OffsetFromUTC, -3 * 3600);
    const QDateTime back = UtcTime::parse(UtcTime::text(t));
    QCOMPARE(back, t);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QVERIFY(!UtcTime::parse(QString()).isValid());
}

void TestCanonicalJson::contentDigestMatchesQtJson() {
    Record record;
    record.id = 7;
    record.templateTitle = awkward(4);
    record.templateVersion = 3;
    record.info.title = awkward(5);
    record.info.releaseVersion = awkward(2);
    record.info.environment = awkward(6);
    record.description = awkward(3);
    record.createdBy = awkward(9);
    record.createdAt = QDateTime(QDate(999, 1, 1), QTime(1, 2, 3, 4), Qt::UTC);
    for (int s = 0; s < 3; ++s) {
        ChecklistSection section;
        section.title = awkward(s + 4);
        section.kind = s == 1 ? SectionKind::Text : SectionKind::Checklist;
        section.description = awkward(s);
        section.columns = {awkward(s + 1), QStringLiteral("Status"), QStringLiteral("Notes")};
        section.statusColumn = 1;
        section.notesColumn = s == 2 ? -1 : 2;
        section.taskList = s == 2;
        for (int i = 0; i < 25; ++i) {
            ChecklistItem item;
            item.id = s * 100 + i + 1;
            item.text = awkward(i % kAwkwardCount);
            item.notes = awkward((i + 3) % kAwkwardCount);
            item.isGroupHeader = i % 7 == 0;
            item.status = static_cast<ItemStatus>(i % 4);
            if (i % 3 == 0)
                item.extra = {awkward((i + 5) % kAwkwardCount), QString()};
            item.updatedBy = awkward((i + 6) % kAwkwardCount);
            if (i % 5 == 1)
                item.detail = awkward((i + 2) % kAwkwardCount);
            if (i % 2 == 0)
                item.updatedAt =
                    QDateTime(QDate(2026 + i * 400, 1 + i % 12, 1), QTime(i % 24, 0, 0, i), Qt::UTC);
            section.items.append(item);
        }
        record.sections.append(section);
    }

    const QByteArray reference = referenceCanonicalJson(record);
    QCOMPARE(ContentDigest::canonicalJson(record), reference);
    QCOMPARE(ContentDigest::digest(record),
             QString::fromLatin1(QCryptographicHash::hash(reference, QCryptographicHash::Sha256).toHex()));
    QVERIFY(reference.contains("\"detail\":"));
    QVERIFY(reference.contains("\"task_list\":true"));

    // Without details and task lists, the keys are absent: records made
    // before they existed digest as they always did.
    const QString withDetails = ContentDigest::digest(record);
    for (ChecklistSection& section : record.sections) {
        section.taskList = false;
        for (ChecklistItem& item : section.items)
            item.detail.clear();
    }
    const QByteArray plain = ContentDigest::canonicalJson(record);
    QCOMPARE(plain, referenceCanonicalJson(record));
    QVERIFY(!plain.contains("\"detail\""));
    QVERIFY(!plain.contains("\"task_list\""));
    QVERIFY(ContentDigest::digest(record) != withDetails);
}

namespace {

QDateTime at(int minute, int ms = 0) {
    return QDateTime(QDate(2026, 12, 3), QTime(8, minute, 0, ms), Qt::UTC);
}

// A small record with every field content/2 signs: column roles, a group
// marked not applicable, stamps of status and note, attachments (one removed),
// and a sign-off table whose text sets "any time" and "any order".
Record smallRecord() {
    Record r;
    r.id = 3;
    r.databaseId = QStringLiteral("8c1f2e4a-0b6d-4c3e-9f10-2a3b4c5d6e7f");
    r.templateTitle = QStringLiteral("Production Deployment Checklist");
    r.templateVersion = 1;
    r.templateSha256 = QString(64, u'a');
    r.info = {QStringLiteral("Release 2.4"), QStringLiteral("2.4.0"), QStringLiteral("Production")};
    r.description = QStringLiteral("Line \"one\"\nLine two");
    r.createdAt = at(0);
    r.createdBy = QStringLiteral("alice");

    ChecklistSection checks;
    checks.kind = SectionKind::Checklist;
    checks.title = QStringLiteral("Pre-Deployment Verification");
    checks.columns = {QStringLiteral("Prüfpunkt"), QStringLiteral("Erledigt"), QStringLiteral("Anmerkungen"),
                      QStringLiteral("Owner")};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    ChecklistItem group;
    group.id = 16;
    group.isGroupHeader = true;
    group.text = QStringLiteral("Legacy");
    group.extra = {QString()};
    group.notApplicable = {QStringLiteral("bob"), at(5, 250), QStringLiteral("No legacy hosts")};
    ChecklistItem item;
    item.id = 17;
    item.text = QStringLiteral("All acceptance tests pass");
    item.detail = QStringLiteral("- unit\n- e2e");
    item.extra = {QStringLiteral("qa")};
    item.status = ItemStatus::Done;
    item.updatedBy = QStringLiteral("alice");
    item.updatedAt = at(6);
    item.notes = QStringLiteral("pipeline #4711");
    item.notesBy = QStringLiteral("ci");
    item.notesAt = at(7, 1);
    AttachmentEntry report;
    report.id = 5;
    report.name = QStringLiteral("report.html");
    report.size = 48213;
    report.mediaType = QStringLiteral("text/html");
    report.sha256 = QString(64, u'b');
    report.addedBy = QStringLiteral("ci");
    report.addedAt = at(8);
    AttachmentEntry removed = report;
    removed.id = 6;
    removed.name = QStringLiteral("old.log");
    removed.size = 0;
    removed.mediaType = QStringLiteral("text/plain");
    removed.removedBy = QStringLiteral("alice");
    removed.removedAt = at(9);
    removed.removedReason = QStringLiteral("wrong run");
    item.attachments = {report, removed};
    ChecklistItem pending;
    pending.id = 18;
    pending.text = QStringLiteral("Smoke test");
    pending.extra = {QString()};
    checks.items = {group, item, pending};
    r.sections << checks;

    ChecklistSection text;
    text.kind = SectionKind::Text;
    text.title = QStringLiteral("Notes");
    text.description = QStringLiteral("Nothing here.");
    text.notApplicable = {QStringLiteral("carol"), at(10), QStringLiteral("Not this time")};
    r.sections << text;

    ChecklistSection signOff;
    signOff.kind = SectionKind::SignOff;
    signOff.title = QStringLiteral("Sign-off");
    signOff.description = QStringLiteral("Roles may sign in any order.");
    signOff.columns = {QStringLiteral("Role"), QStringLiteral("Meaning"), QStringLiteral("When")};
    ChecklistItem qa;
    qa.id = 30;
    qa.text = QStringLiteral("QA Lead");
    qa.extra = {QStringLiteral("Verified"), QStringLiteral("any time")};
    ChecklistItem po;
    po.id = 31;
    po.text = QStringLiteral("Product Owner");
    po.extra = {QStringLiteral("Approved"), QString()};
    signOff.items = {qa, po};
    r.sections << signOff;
    r.rolePolicies.insert(QStringLiteral("QA Lead"), RolePolicy{2, true});
    return r;
}

} // namespace

// countersign-record-content/2 of a small record, byte for byte as
// docs/CANONICAL-JSON.md specifies it (written out by hand from the
// specification): a change of the format cannot slip through unnoticed.
void TestCanonicalJson::content2IsByteExact() {
    const QByteArray expected =
        R"({"created_at":"2026-12-03T08:00:00.000Z","created_by":"alice",)"
        R"("database_id":"8c1f2e4a-0b6d-4c3e-9f10-2a3b4c5d6e7f","description":"Line \"one\"\nLine two",)"
        R"("environment":"Production","format":"countersign-record-content/2","id":"3",)"
        R"("policy":{"any_order":true,"roles":[)"
        R"({"any_time":true,"independent":true,"meanings":["Verified","Approved"],"position":0,)"
        R"("role":"QA Lead","signers_required":2},)"
        R"({"any_time":false,"independent":false,"meanings":["Approved","Verified"],"position":1,)"
        R"("role":"Product Owner","signers_required":1}]},)"
        R"("release_version":"2.4.0","sections":[)"
        R"({"columns":[{"role":"item","title":"Prüfpunkt"},{"role":"status","title":"Erledigt"},)"
        R"({"role":"notes","title":"Anmerkungen"},{"role":"extra","title":"Owner"}],"description":"","items":[)"
        R"({"attachments":[],"checked_at":"","checked_by":"","detail":"","extra":[""],"group_header":true,)"
        R"("id":"16","not_applicable":{"at":"2026-12-03T08:05:00.250Z","by":"bob","reason":"No legacy hosts"},)"
        R"("notes":"","notes_at":"","notes_by":"","status":"pending","text":"Legacy"},)"
        R"({"attachments":[)"
        R"({"added_at":"2026-12-03T08:08:00.000Z","added_by":"ci","id":"5","media_type":"text/html",)"
        R"("name":"report.html","removed":null,)"
        R"("sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","size":48213},)"
        R"({"added_at":"2026-12-03T08:08:00.000Z","added_by":"ci","id":"6","media_type":"text/plain",)"
        R"("name":"old.log","removed":{"at":"2026-12-03T08:09:00.000Z","by":"alice","reason":"wrong run"},)"
        R"("sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","size":0}],)"
        R"("checked_at":"2026-12-03T08:06:00.000Z","checked_by":"alice","detail":"- unit\n- e2e",)"
        R"("extra":["qa"],"group_header":false,"id":"17","not_applicable":null,"notes":"pipeline #4711",)"
        R"("notes_at":"2026-12-03T08:07:00.001Z","notes_by":"ci","status":"done",)"
        R"("text":"All acceptance tests pass"},)"
        R"({"attachments":[],"checked_at":"","checked_by":"","detail":"","extra":[""],"group_header":false,)"
        R"("id":"18","not_applicable":null,"notes":"","notes_at":"","notes_by":"","status":"pending",)"
        R"("text":"Smoke test"}],)"
        R"("kind":"checklist","not_applicable":null,"title":"Pre-Deployment Verification"},)"
        R"({"columns":[],"description":"Nothing here.","items":[],"kind":"text",)"
        R"("not_applicable":{"at":"2026-12-03T08:10:00.000Z","by":"carol","reason":"Not this time"},)"
        R"("title":"Notes"},)"
        R"({"columns":[{"role":"item","title":"Role"},{"role":"extra","title":"Meaning"},)"
        R"({"role":"extra","title":"When"}],"description":"Roles may sign in any order.","items":[)"
        R"({"attachments":[],"checked_at":"","checked_by":"","detail":"","extra":["Verified","any time"],)"
        R"("group_header":false,"id":"30","not_applicable":null,"notes":"","notes_at":"","notes_by":"",)"
        R"("status":"pending","text":"QA Lead"},)"
        R"({"attachments":[],"checked_at":"","checked_by":"","detail":"","extra":["Approved",""],)"
        R"("group_header":false,"id":"31","not_applicable":null,"notes":"","notes_at":"","notes_by":"",)"
        R"("status":"pending","text":"Product Owner"}],)"
        R"("kind":"signoff","not_applicable":null,"title":"Sign-off"}],)"
        R"("template":{"source_sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",)"
        R"("title":"Production Deployment Checklist","version":1},"title":"Release 2.4"})";
    const Record record = smallRecord();
    const QByteArray bytes = ContentDigest::canonicalJson(record, ContentFormat::V2);
    QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(expected));
    // The same bytes as Qt's own compact writer of the parsed object: sorted keys, Qt's escapes.
    QCOMPARE(QJsonDocument(QJsonDocument::fromJson(bytes).object()).toJson(QJsonDocument::Compact), bytes);
    const QString digest = ContentDigest::digest(record, ContentFormat::V2);
    QCOMPARE(digest,
             QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(digest, QStringLiteral("358b37a87cc57eaef934264a050705f8e528b01aad2ab20946bd0619f1d4775a"));
}

// content/1 stays byte for byte what it was: nothing only content/2 signs
// (database, template hash, note stamps, attachments, not applicable, policy)
// enters it, so every signature made before content/2 keeps verifying.
void TestCanonicalJson::content1IgnoresWhatOnlyContent2Signs() {
    Record record = smallRecord();
    const QByteArray before = ContentDigest::canonicalJson(record);
    QCOMPARE(before, referenceCanonicalJson(record));
    QCOMPARE(ContentDigest::canonicalJson(record, ContentFormat::V1), before);
    const QString content2 = ContentDigest::digest(record, ContentFormat::V2);
    record.databaseId = QStringLiteral("another");
    record.templateSha256 = QString(64, u'c');
    record.sections[0].items[1].notesBy = QStringLiteral("mallory");
    record.sections[0].items[1].notesAt = at(59);
    record.sections[0].items[1].attachments.clear();
    record.sections[0].items[0].notApplicable = {};
    record.sections[1].notApplicable = {};
    record.rolePolicies.clear();
    QCOMPARE(ContentDigest::canonicalJson(record), before);
    QVERIFY(ContentDigest::digest(record, ContentFormat::V2) != content2);
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
