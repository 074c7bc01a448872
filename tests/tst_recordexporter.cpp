#include "TestFiles.h"
#include "TestSupport.h"

#include "io/MarkdownTemplateReader.h"
#include "io/RecordExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Record recordFrom(const QString& path) {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::readFile(path));
    Record record;
    if (!tmpl)
        return record;
    record.id = 42;
    record.templateId = 3;
    record.templateTitle = tmpl->title;
    record.templateVersion = 2;
    record.description = tmpl->description;
    record.info = {u"Release 2.4 sign-off"_s, u"2.4.0"_s, u"production"_s};
    record.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 0), Qt::UTC);
    record.createdBy = u"alice"_s;
    record.sections = tmpl->sections;
    qint64 id = 100;
    for (ChecklistSection& section : record.sections) {
        for (ChecklistItem& item : section.items)
            item.id = ++id;
    }
    return record;
}

Record seedRecord() {
    Record record = recordFrom(QStringLiteral(COUNTERSIGN_SEED_PATH));
    ChecklistSection& pre = record.sections[0];
    pre.items[0].status = ItemStatus::Done;
    pre.items[0].updatedBy = u"bob"_s;
    // A local time: the export gives it in UTC with a Z.
    pre.items[0].updatedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 5), QTimeZone(2 * 3600));
    pre.items[1].status = ItemStatus::NotApplicable;
    pre.items[1].notes = u"Waived, see \"QA-7\"\nsecond line"_s;
    pre.items[1].notesBy = u"bob"_s;
    pre.items[1].notesAt = QDateTime(QDate(2024, 5, 1), QTime(10, 1), Qt::UTC);
    pre.items[2].status = ItemStatus::Failed;
    pre.items[2].notes = u"Two open"_s;
    record.sections[1].items[1].status = ItemStatus::Done; // "Create deployment branch"
    return record;
}

QJsonObject findItem(const QJsonArray& items, const QString& text) {
    for (const QJsonValue& value : items) {
        if (value.toObject().value(u"text").toString() == text)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestRecordExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }
    void init() { TestSupport::strictWarnings(); }

    void jsonRecordFields();
    void jsonProgress();
    void jsonSections();
    void jsonItems();
    void jsonGroupsAndExtraColumns();
    void jsonSignoffs();
    void jsonBytes();
    void csvRows();
    void csvQuoting();
    void csvUnicode();
    void timesKeepTheirMilliseconds();
};

void TestRecordExporter::jsonRecordFields() {
    const QJsonObject json = RecordExporter::toJson(seedRecord());
    QCOMPARE(json.value(u"id").toInteger(), 42);
    QCOMPARE(json.value(u"title").toString(), u"Release 2.4 sign-off"_s);
    QCOMPARE(json.value(u"version").toString(), u"2.4.0"_s);
    QCOMPARE(json.value(u"environment").toString(), u"production"_s);
    QCOMPARE(json.value(u"state").toString(), u"in_progress"_s);
    QCOMPARE(json.value(u"created_at").toString(), u"2024-05-01T09:30:00.000Z"_s);
    QCOMPARE(json.value(u"created_by").toString(), u"alice"_s);
    const QJsonObject tmpl = json.value(u"template").toObject();
    QCOMPARE(tmpl.value(u"id").toInteger(), 3);
    QCOMPARE(tmpl.value(u"title").toString(), u"Production Deployment Checklist"_s);
    QCOMPARE(tmpl.value(u"version").toInt(), 2);

    Record sealed = seedRecord();
    sealed.state = RecordState::Sealed;
    sealed.createdAt = QDateTime();
    const QJsonObject sealedJson = RecordExporter::toJson(sealed);
    QCOMPARE(sealedJson.value(u"state").toString(), u"sealed"_s);
    QVERIFY(sealedJson.value(u"created_at").isNull());
}

void TestRecordExporter::jsonProgress() {
    const QJsonObject progress = RecordExporter::toJson(seedRecord()).value(u"progress").toObject();
    QCOMPARE(progress.value(u"total").toInt(), 32);
    QCOMPARE(progress.value(u"done").toInt(), 2);
    QCOMPARE(progress.value(u"na").toInt(), 1);
    QCOMPARE(progress.value(u"failed").toInt(), 1);
    QCOMPARE(progress.value(u"pending").toInt(), 28);
    QCOMPARE(progress.keys(), (QStringList{u"done"_s, u"failed"_s, u"na"_s, u"pending"_s, u"total"_s}));
}

void TestRecordExporter::jsonSections() {
    const QJsonArray sections = RecordExporter::toJson(seedRecord()).value(u"sections").toArray();
    QCOMPARE(sections.size(), 5);
    QStringList kinds;
    for (const QJsonValue& s : sections)
        kinds.append(s.toObject().value(u"kind").toString());
    QCOMPARE(kinds,
             (QStringList{u"checklist"_s, u"checklist"_s, u"checklist"_s, u"procedure"_s, u"signoff"_s}));
    const QJsonObject rollback = sections.at(3).toObject();
    QCOMPARE(rollback.value(u"title").toString(), u"Rollback Procedure"_s);
    QCOMPARE(rollback.value(u"description").toString(),
             u"In case of critical issues, follow these steps to rollback:"_s);
    QCOMPARE(rollback.value(u"columns").toArray(), QJsonArray());
    QCOMPARE(rollback.value(u"items").toArray().size(), 5);
    const QJsonObject pre = sections.at(0).toObject();
    QCOMPARE(pre.value(u"columns").toArray(), (QJsonArray{u"Item"_s, u"Status"_s, u"Notes"_s}));
    QCOMPARE(pre.value(u"items").toArray().size(), 10);
}

void TestRecordExporter::jsonItems() {
    const QJsonArray items = RecordExporter::toJson(seedRecord())
                                 .value(u"sections")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"items")
                                 .toArray();
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(u"id").toInteger(), 101);
    QCOMPARE(first.value(u"group").toString(), QString());
    QCOMPARE(first.value(u"text").toString(), u"All acceptance tests pass"_s);
    QCOMPARE(first.value(u"status").toString(), u"done"_s);
    QCOMPARE(first.value(u"notes").toString(), QString());
    QCOMPARE(first.value(u"extra").toObject(), QJsonObject());
    QCOMPARE(first.value(u"updated_by").toString(), u"bob"_s);
    QCOMPARE(first.value(u"updated_at").toString(), u"2024-05-01T10:00:05.000Z"_s);
    QCOMPARE(first.value(u"detail").toString(), QString());
    QCOMPARE(first.keys(),
             (QStringList{u"detail"_s, u"extra"_s, u"group"_s, u"id"_s, u"notes"_s, u"notes_at"_s,
                          u"notes_by"_s, u"status"_s, u"text"_s, u"updated_at"_s, u"updated_by"_s}));
    // No note, so no one wrote it.
    QCOMPARE(first.value(u"notes_by").toString(), QString());
    QVERIFY(first.value(u"notes_at").isNull());

    const QJsonObject second = items.at(1).toObject();
    QCOMPARE(second.value(u"status").toString(), u"na"_s);
    QCOMPARE(second.value(u"notes").toString(), u"Waived, see \"QA-7\"\nsecond line"_s);
    QVERIFY(second.value(u"updated_at").isNull());
    QCOMPARE(second.value(u"notes_by").toString(), u"bob"_s);
    QCOMPARE(second.value(u"notes_at").toString(), u"2024-05-01T10:01:00.000Z"_s);
    QCOMPARE(items.at(2).toObject().value(u"status").toString(), u"failed"_s);
    QCOMPARE(items.at(3).toObject().value(u"status").toString(), u"pending"_s);

    // Procedure steps and sign-off roles cannot be ticked: they have no status.
    QStringList kindsWithoutStatus;
    for (const QJsonValue& section : RecordExporter::toJson(seedRecord()).value(u"sections").toArray()) {
        const QJsonObject s = section.toObject();
        const QJsonArray sectionItems = s.value(u"items").toArray();
        QVERIFY(!sectionItems.isEmpty());
        for (const QJsonValue& entry : sectionItems)
            QCOMPARE(entry.toObject().contains(u"status"), s.value(u"kind").toString() == u"checklist");
        if (!sectionItems.at(0).toObject().contains(u"status"))
            kindsWithoutStatus << s.value(u"kind").toString();
    }
    QCOMPARE(kindsWithoutStatus, (QStringList{u"procedure"_s, u"signoff"_s}));
}

void TestRecordExporter::jsonGroupsAndExtraColumns() {
    const QJsonObject json = RecordExporter::toJson(seedRecord());
    const QJsonArray steps = json.value(u"sections").toArray().at(1).toObject().value(u"items").toArray();
    // Group header rows are not items; every item names its group instead.
    QCOMPARE(steps.size(), 16);
    QVERIFY(findItem(steps, u"Preparation"_s).isEmpty());
    const QJsonObject branch = findItem(steps, u"Create deployment branch"_s);
    QCOMPARE(branch.value(u"group").toString(), u"Preparation"_s);
    QCOMPARE(branch.value(u"status").toString(), u"done"_s);
    QCOMPARE(steps.at(15).toObject().value(u"group").toString(), u"Production Deployment"_s);
    QCOMPARE(steps.at(15).toObject().value(u"text").toString(), u"Verify monitoring tools"_s);

    const Record readiness = recordFrom(QStringLiteral(COUNTERSIGN_TEST_DATA "/md-release-readiness.md"));
    const QJsonArray build = RecordExporter::toJson(readiness)
                                 .value(u"sections")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"items")
                                 .toArray();
    QCOMPARE(build.size(), 7);
    const QJsonObject bump = findItem(build, u"Bump `versionCode`"_s);
    QCOMPARE(bump.value(u"group").toString(), u"Android"_s);
    QCOMPARE(bump.value(u"extra").toObject(),
             (QJsonObject{{u"Owner"_s, u"Release manager"_s}, {u"Ticket"_s, u"REL-1"_s}}));
    QCOMPARE(bump.value(u"notes").toString(), u"Done by CI"_s);
    QCOMPARE(findItem(build, u"Purge the CDN cache"_s).value(u"group").toString(), u"Web"_s);
}

void TestRecordExporter::jsonSignoffs() {
    Record record = seedRecord();
    QJsonArray signoffs = RecordExporter::toJson(record).value(u"signoffs").toArray();
    QCOMPARE(signoffs.size(), 4);
    QCOMPARE(signoffs.at(0).toObject().value(u"role").toString(), u"Deployment Manager"_s);
    QCOMPARE(signoffs.at(0).toObject().value(u"signed"), QJsonValue(false));
    QVERIFY(signoffs.at(0).toObject().value(u"name").isNull());
    QVERIFY(signoffs.at(0).toObject().value(u"signed_at").isNull());
    QCOMPARE(signoffs.at(3).toObject().value(u"role").toString(), u"Product Owner"_s);

    SignatureEntry qa;
    qa.role = u"QA Lead"_s;
    qa.printedName = u"Grace Hopper"_s;
    qa.signedAt = QDateTime(QDate(2024, 5, 2), QTime(8, 15, 0), Qt::UTC);
    SignatureEntry revoked = qa;
    revoked.role = u"Product Owner"_s;
    revoked.revoked = true;
    record.signatures = {qa, revoked};
    signoffs = RecordExporter::toJson(record).value(u"signoffs").toArray();
    // With the role's policy (the default here) and how many signed it.
    QCOMPARE(signoffs.at(1).toObject(), (QJsonObject{{u"role"_s, u"QA Lead"_s},
                                                     {u"signed"_s, true},
                                                     {u"signers_required"_s, 1},
                                                     {u"independent"_s, false},
                                                     {u"signed_count"_s, 1},
                                                     {u"name"_s, u"Grace Hopper"_s},
                                                     {u"signed_at"_s, u"2024-05-02T08:15:00.000Z"_s}}));
    QVERIFY(signoffs.at(3).toObject().value(u"name").isNull()); // a revoked signature does not stand
    QCOMPARE(signoffs.at(3).toObject().value(u"signed"), QJsonValue(false));
}

void TestRecordExporter::jsonBytes() {
    const Record record = seedRecord();
    const QByteArray bytes = RecordExporter::toJsonBytes(record);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), RecordExporter::toJson(record));
    QVERIFY(bytes.contains("\n    \"environment\": \"production\""));
    QVERIFY(bytes.endsWith("}\n"));

    const Record unicode = recordFrom(QStringLiteral(COUNTERSIGN_TEST_DATA "/md-unicode.md"));
    QVERIFY(RecordExporter::toJsonBytes(unicode).contains("\"text\": \"ブランチを作成する\""));
}

void TestRecordExporter::csvRows() {
    const QByteArray csv = RecordExporter::toCsv(seedRecord());
    QList<QByteArray> lines = csv.split('\n');
    QVERIFY(csv.endsWith('\n'));
    QVERIFY(!csv.contains('\r'));
    QCOMPARE(lines.first(), QByteArray("section,group,text,status,notes,by,at"));
    // 32 checklist items + header; the note with a line break adds one line, the final LF an empty one.
    QCOMPARE(lines.size(), 1 + 32 + 1 + 1);
    QCOMPARE(lines.at(1), QByteArray("Pre-Deployment Verification,,All acceptance tests pass,done,,bob,"
                                     "2024-05-01T10:00:05.000Z"));
    QVERIFY(csv.contains("\nDeployment Steps,Preparation,Create deployment branch,done,,,\n"));
    QVERIFY(csv.contains("\nDeployment Steps,Production Deployment,Verify monitoring tools,pending,,,\n"));
    QVERIFY(csv.contains("\nPost-Deployment Verification,,User feedback collected,pending,,,\n"));
    // No group headers, procedure steps or sign-off rows.
    QVERIFY(!csv.contains(",Preparation,pending"));
    QVERIFY(!csv.contains("Restore from backup"));
    QVERIFY(!csv.contains("QA Lead"));
}

void TestRecordExporter::csvQuoting() {
    const QByteArray csv = RecordExporter::toCsv(seedRecord());
    QVERIFY(
        csv.contains("\nPre-Deployment Verification,,Code coverage meets target (>95% for core modules),na,"
                     "\"Waived, see \"\"QA-7\"\"\nsecond line\",,\n"));

    Record record = seedRecord();
    record.sections[0].title = u"Checks, \"final\""_s;
    record.sections[0].items[2].notes = u"a\rb"_s;
    const QByteArray quoted = RecordExporter::toCsv(record);
    QVERIFY(
        quoted.contains("\n\"Checks, \"\"final\"\"\",,All critical and high-severity issues resolved,failed,"
                        "\"a\rb\",,\n"));
    // Plain fields are never quoted.
    QVERIFY(quoted.contains("\nDeployment Steps,Preparation,Tag release version,pending,,,\n"));
}

void TestRecordExporter::csvUnicode() {
    const QByteArray csv =
        RecordExporter::toCsv(recordFrom(QStringLiteral(COUNTERSIGN_TEST_DATA "/md-unicode.md")));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(
        csv.contains(u"\nVorbereitung,,Datenbanksicherung geprüft,done,\"Größe: 1,2 GB\",,\n"_s.toUtf8()));
    QVERIFY(csv.contains(u"\nデプロイ手順,本番,本番環境にデプロイする,pending,週末のみ,,\n"_s.toUtf8()));
    QVERIFY(csv.contains(u"\nרשימת בדיקה,,אין שגיאות ביומנים,failed,נמצאו שגיאות,,\n"_s.toUtf8()));
}

void TestRecordExporter::timesKeepTheirMilliseconds() {
    // A signature covers its time to the millisecond (ContentDigest): an
    // export that dropped them would name another moment than the one signed.
    Record record = seedRecord();
    record.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 0, 7), Qt::UTC);
    record.sections[0].items[0].updatedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 5, 250), Qt::UTC);
    SignatureEntry qa;
    qa.role = u"QA Lead"_s;
    qa.printedName = u"Grace Hopper"_s;
    qa.signedAt = QDateTime(QDate(2024, 5, 2), QTime(8, 15, 0, 123), Qt::UTC);
    record.signatures = {qa};

    const QJsonObject json = RecordExporter::toJson(record);
    QCOMPARE(json.value(u"created_at").toString(), u"2024-05-01T09:30:00.007Z"_s);
    const QJsonObject first =
        json.value(u"sections").toArray().at(0).toObject().value(u"items").toArray().at(0).toObject();
    QCOMPARE(first.value(u"updated_at").toString(), u"2024-05-01T10:00:05.250Z"_s);
    const QString signedAt =
        json.value(u"signoffs").toArray().at(1).toObject().value(u"signed_at").toString();
    QCOMPARE(signedAt, u"2024-05-02T08:15:00.123Z"_s);
    // Read back, it is the very moment that was signed.
    QCOMPARE(QDateTime::fromString(signedAt, Qt::ISODateWithMs), qa.signedAt);

    const QByteArray csv = RecordExporter::toCsv(record);
    QVERIFY(csv.contains(",bob,2024-05-01T10:00:05.250Z\n"));
}

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
