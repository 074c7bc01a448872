// countersign-cli, end to end: the item command (app/cli/ItemCommands.cpp): set, finding an item by its text
// or id, notes and who did it. Every test runs the built binary on a database of its own (CliTestFixture).

#include "CliTestFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

class TestCliItems : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setByTextAnyCaseAndById();
    void ambiguousItemListsCandidates();
    void unknownItemListsCandidates();
    void groupHeadingIsNotAnItem();
    void notApplicableNeedsNote();
    void noteStaysWithoutNoteOption();
    void actorDefaults();
    void aNoteHasItsOwnAuthorAndTime();
    void naMarksAGroupAndTheRecordShowsIt();
};

void TestCliItems::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliItems::init() {
    QVERIFY(startTest());
}

void TestCliItems::cleanup() {
    finishTest();
}

void TestCliItems::setByTextAnyCaseAndById() {
    const qint64 id = newRecord();
    const Run byText =
        db({QStringLiteral("set"), QString::number(id), QStringLiteral("all ACCEPTANCE tests pass"),
            QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(byText.exitCode, 0);
    QCOMPARE(
        byText.outText(),
        QStringLiteral(
            "Record %1: \"All acceptance tests pass\" is now Done (Pre-Deployment 1/10 · Overall 1/32)\n")
            .arg(id));
    QCOMPARE(item(id, QStringLiteral("All acceptance tests pass")).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));

    const qint64 itemId =
        item(id, QStringLiteral("Tag release version")).value(QStringLiteral("id")).toInteger();
    QVERIFY(itemId > 0);
    const Run byId = db({QStringLiteral("set"), QString::number(id), QString::number(itemId),
                         QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(byId.exitCode, 0);
    QVERIFY2(
        byId.outText().contains(QStringLiteral("\"Tag release version\" is now Done (Deployment Steps 1/16 · "
                                               "Overall 2/32)")),
        byId.out.constData());
    QCOMPARE(item(id, QStringLiteral("Tag release version")).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));

    const QJsonObject record = recordEntry(id);
    QCOMPARE(record.value(QStringLiteral("done")).toInt(), 2);
    QVERIFY(db({QStringLiteral("records")}).outText().contains(QStringLiteral("2/32")));

    // Failed shows in the summary and in the records list.
    const Run failed =
        db({QStringLiteral("set"), QString::number(id), QStringLiteral("Security scan completed"),
            QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--note"),
            QStringLiteral("two high CVEs")});
    QCOMPARE(failed.exitCode, 0);
    QVERIFY(failed.outText().endsWith(QStringLiteral("(Pre-Deployment 1/10 · Overall 2/32 · 1 failed)\n")));
    QVERIFY(db({QStringLiteral("records")}).outText().contains(QStringLiteral("2/32 · 1 failed")));
    QCOMPARE(recordEntry(id).value(QStringLiteral("failed")).toInt(), 1);

    // Items of another record are not items of this one.
    const qint64 other = newRecord(QStringLiteral("Other"));
    const qint64 otherItem =
        item(other, QStringLiteral("Tag release version")).value(QStringLiteral("id")).toInteger();
    const Run foreign = db({QStringLiteral("set"), QString::number(id), QString::number(otherItem),
                            QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(foreign.exitCode, 1);
    QCOMPARE(item(other, QStringLiteral("Tag release version")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));

    const Run badStatus = db({QStringLiteral("set"), QString::number(id), QString::number(itemId),
                              QStringLiteral("--status"), QStringLiteral("finished")});
    QCOMPARE(badStatus.exitCode, 1);
    QVERIFY(badStatus.errText().contains(QStringLiteral("pending, done, na or failed")));

    const Run noRecord =
        db({QStringLiteral("set"), QStringLiteral("999"), QStringLiteral("Tag release version"),
            QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(noRecord.exitCode, 1);
    QVERIFY(noRecord.errText().contains(QStringLiteral("999")));
}

void TestCliItems::ambiguousItemListsCandidates() {
    const qint64 id = newRecord();
    const qint64 staging =
        item(id, QStringLiteral("Verify logs for errors"), QStringLiteral("Staging Deployment"))
            .value(QStringLiteral("id"))
            .toInteger();
    const qint64 production =
        item(id, QStringLiteral("Verify logs for errors"), QStringLiteral("Production Deployment"))
            .value(QStringLiteral("id"))
            .toInteger();
    QVERIFY(staging > 0);
    QVERIFY(production > 0);
    QVERIFY(staging != production);
    const QByteArray before = db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out;
    QVERIFY(!before.isEmpty());

    const Run run = db({QStringLiteral("set"), QString::number(id), QStringLiteral("verify logs for errors"),
                        QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = run.errText();
    QVERIFY2(err.startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
    const QStringList lines = err.split(QLatin1Char('\n'));
    const auto candidateLine = [&lines](qint64 itemId, const QString& group) {
        const QRegularExpression re(
            QStringLiteral("^\\s*%1\\s+Deployment Steps\\s+%2\\s+Verify logs for errors")
                .arg(itemId)
                .arg(group));
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&re](const QString& l) { return re.match(l).hasMatch(); });
    };
    QVERIFY2(candidateLine(staging, QStringLiteral("Staging Deployment")), run.err.constData());
    QVERIFY2(candidateLine(production, QStringLiteral("Production Deployment")), run.err.constData());
    QVERIFY(!err.contains(QStringLiteral("Verify monitoring tools")));

    // Nothing changed.
    QCOMPARE(db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out, before);
    QCOMPARE(recordEntry(id).value(QStringLiteral("done")).toInt(), 0);

    // The id picks one of them.
    const Run picked = db({QStringLiteral("set"), QString::number(id), QString::number(production),
                           QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(picked.exitCode, 0);
    QCOMPARE(item(id, QStringLiteral("Verify logs for errors"), QStringLiteral("Production Deployment"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(item(id, QStringLiteral("Verify logs for errors"), QStringLiteral("Staging Deployment"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
}

void TestCliItems::unknownItemListsCandidates() {
    const qint64 id = newRecord();
    const Run close = db({QStringLiteral("set"), QString::number(id), QStringLiteral("Deploy to the moon"),
                          QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(close.exitCode, 1);
    QVERIFY2(close.errText().contains(QStringLiteral("Deploy to staging environment")),
             close.err.constData());
    QVERIFY(close.errText().contains(QStringLiteral("Deploy to production environment")));
    QVERIFY(!close.errText().contains(QStringLiteral("User feedback collected")));

    const Run nothing = db({QStringLiteral("set"), QString::number(id), QStringLiteral("xyzzy"),
                            QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(nothing.exitCode, 1);
    // No word matches: every item is listed, with its id.
    const qint64 feedback =
        item(id, QStringLiteral("User feedback collected")).value(QStringLiteral("id")).toInteger();
    QVERIFY(nothing.errText().contains(QRegularExpression(
        QStringLiteral("\\n\\s*%1\\s+Post-Deployment Verification\\s+User feedback collected")
            .arg(feedback))));
    QVERIFY(nothing.errText().contains(QStringLiteral("All acceptance tests pass")));
    QCOMPARE(recordEntry(id).value(QStringLiteral("done")).toInt(), 0);
}

void TestCliItems::groupHeadingIsNotAnItem() {
    const qint64 id = newRecord();
    const Run run = db({QStringLiteral("set"), QString::number(id), QStringLiteral("Preparation"),
                        QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("group heading")), run.err.constData());

    const Run step = db({QStringLiteral("set"), QString::number(id), QStringLiteral("Restore from backup"),
                         QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(step.exitCode, 1);
    QCOMPARE(recordEntry(id).value(QStringLiteral("done")).toInt(), 0);
}

void TestCliItems::notApplicableNeedsNote() {
    const qint64 id = newRecord();
    const QByteArray before = db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out;
    const QByteArray auditBefore =
        db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out;
    QVERIFY(!before.isEmpty());

    for (const QString& status : {QStringLiteral("na"), QStringLiteral("failed")}) {
        const Run run = db({QStringLiteral("set"), QString::number(id),
                            QStringLiteral("Security scan completed"), QStringLiteral("--status"), status});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("note")), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    const Run blank = db({QStringLiteral("set"), QString::number(id),
                          QStringLiteral("Security scan completed"), QStringLiteral("--status"),
                          QStringLiteral("na"), QStringLiteral("--note"), QStringLiteral("   ")});
    QCOMPARE(blank.exitCode, 1);
    QCOMPARE(db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out, before);
    QCOMPARE(db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out, auditBefore);

    const Run withNote =
        db({QStringLiteral("set"), QString::number(id), QStringLiteral("Security scan completed"),
            QStringLiteral("--status"), QStringLiteral("na"), QStringLiteral("--note"),
            QStringLiteral("scanned upstream")});
    QCOMPARE(withNote.exitCode, 0);
    QVERIFY(withNote.outText().contains(QStringLiteral("is now N/A (Pre-Deployment 1/10 · Overall 1/32)")));
    const QJsonObject scanned = item(id, QStringLiteral("Security scan completed"));
    QCOMPARE(scanned.value(QStringLiteral("status")).toString(), QStringLiteral("na"));
    QCOMPARE(scanned.value(QStringLiteral("notes")).toString(), QStringLiteral("scanned upstream"));
    QCOMPARE(recordEntry(id).value(QStringLiteral("na")).toInt(), 1);
}

void TestCliItems::noteStaysWithoutNoteOption() {
    const qint64 id = newRecord();
    const QString text = QStringLiteral("Performance meets acceptance criteria");
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                 QStringLiteral("failed"), QStringLiteral("--note"), QStringLiteral("p99 too high")})
                 .exitCode,
             0);
    // Without --note the notes stay: they still explain the failure, then the fix.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                 QStringLiteral("done")})
                 .exitCode,
             0);
    QJsonObject after = item(id, text);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(after.value(QStringLiteral("notes")).toString(), QStringLiteral("p99 too high"));

    // --note replaces them.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                 QStringLiteral("done"), QStringLiteral("--note"), QStringLiteral("fixed in 2.4.0-rc2")})
                 .exitCode,
             0);
    QCOMPARE(item(id, text).value(QStringLiteral("notes")).toString(), QStringLiteral("fixed in 2.4.0-rc2"));

    // Setting what is already there changes nothing and says so.
    const QByteArray auditBefore =
        db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out;
    const Run same = db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                         QStringLiteral("done")});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.outText().contains(QStringLiteral("already Done")), same.out.constData());
    QCOMPARE(db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out, auditBefore);
}

void TestCliItems::actorDefaults() {
    const qint64 id = newRecord();
    // No --by and no Preferences: the login name.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done")})
                 .exitCode,
             0);
    QCOMPARE(item(id, QStringLiteral("Update changelog")).value(QStringLiteral("updated_by")).toString(),
             kTestUser);

    // The name set in the desktop app's Preferences (the shared QSettings).
    const QString settingsDir = m_dir->filePath(QStringLiteral("xdg-config/countersign"));
    QVERIFY(QDir().mkpath(settingsDir));
    QFile settings(settingsDir + QStringLiteral("/countersign.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[identity]\nname=Dana Reviewer\n");
    settings.close();
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("pending")})
                 .exitCode,
             0);
    QCOMPARE(item(id, QStringLiteral("Update changelog")).value(QStringLiteral("updated_by")).toString(),
             QStringLiteral("Dana Reviewer"));

    // --by wins over both.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--by"),
                 QStringLiteral("ci-bot")})
                 .exitCode,
             0);
    QCOMPARE(item(id, QStringLiteral("Update changelog")).value(QStringLiteral("updated_by")).toString(),
             QStringLiteral("ci-bot"));
}

// "updated_by"/"updated_at" say who checked the item and when: a later note
// leaves them, and carries its own "notes_by"/"notes_at" (show --json, show,
// and the audit trail's row of the note).
void TestCliItems::aNoteHasItsOwnAuthorAndTime() {
    const qint64 id = newRecord();
    const QString text = QStringLiteral("Update changelog");
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                 QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("Ada Admin")})
                 .exitCode,
             0);
    const QJsonObject ticked = item(id, text);
    QCOMPARE(ticked.value(QStringLiteral("notes_by")).toString(), QString());
    QVERIFY(ticked.value(QStringLiteral("notes_at")).isNull());
    QTest::qWait(20); // the store's times have milliseconds
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), text, QStringLiteral("--status"),
                 QStringLiteral("done"), QStringLiteral("--note"), QStringLiteral("smoke test green"),
                 QStringLiteral("--by"), QStringLiteral("Bo Builder")})
                 .exitCode,
             0);
    const QJsonObject noted = item(id, text);
    QCOMPARE(noted.value(QStringLiteral("updated_by")).toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(noted.value(QStringLiteral("updated_at")), ticked.value(QStringLiteral("updated_at")));
    QCOMPARE(noted.value(QStringLiteral("notes_by")).toString(), QStringLiteral("Bo Builder"));
    const QDateTime notesAt =
        QDateTime::fromString(noted.value(QStringLiteral("notes_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(notesAt >
            QDateTime::fromString(ticked.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs));

    // The audit trail's row of the note says the same who and when.
    const QJsonArray trail =
        QJsonDocument::fromJson(
            db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out)
            .array();
    bool found = false;
    for (const QJsonValue& row : trail) {
        const QJsonObject entry = row.toObject();
        if (entry.value(QStringLiteral("action")).toString() != u"notes")
            continue;
        found = true;
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("Bo Builder"));
        QCOMPARE(entry.value(QStringLiteral("at")), noted.value(QStringLiteral("notes_at")));
    }
    QVERIFY(found);

    // The text shows the note with its author and time; By and At stay the checker's.
    const Run shown = db({QStringLiteral("show"), QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    const QString line = QStringLiteral("smoke test green (Bo Builder, %1)")
                             .arg(notesAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY2(shown.outText().contains(line), qPrintable(shown.outText()));
    QVERIFY2(shown.outText().contains(QStringLiteral("Ada Admin")), qPrintable(shown.outText()));
}

// na: a hotfix record marks Staging Deployment not applicable in one step;
// show and show --json carry the mark, a second mark and unknown titles are refused.
void TestCliItems::naMarksAGroupAndTheRecordShowsIt() {
    const qint64 id = newRecord();
    const QString reason = QStringLiteral("Hotfix: no staging for this patch");
    const Run marked = db({QStringLiteral("na"), QString::number(id), QStringLiteral("--section"),
                           QStringLiteral("deployment steps"), QStringLiteral("--group"),
                           QStringLiteral("Staging Deployment"), QStringLiteral("--reason"), reason,
                           QStringLiteral("--by"), QStringLiteral("Hal Hotfix")});
    QCOMPARE(marked.exitCode, 0);
    QCOMPARE(marked.outText(),
             QStringLiteral("Record %1: \"Staging Deployment\" is not applicable (items set to N/A: 5): %2\n")
                 .arg(id)
                 .arg(reason));
    for (const QString& text :
         {QStringLiteral("Deploy to staging environment"), QStringLiteral("Run smoke tests in staging")}) {
        const QJsonObject it = item(id, text);
        QCOMPARE(it.value(QStringLiteral("status")).toString(), QStringLiteral("na"));
        QCOMPARE(it.value(QStringLiteral("notes")).toString(), reason);
        QCOMPARE(it.value(QStringLiteral("updated_by")).toString(), QStringLiteral("Hal Hotfix"));
    }
    QCOMPARE(
        item(id, QStringLiteral("Schedule deployment window")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pending"));

    const QJsonArray sections = showJson(id).value(QStringLiteral("sections")).toArray();
    bool shownInJson = false;
    for (const QJsonValue& value : sections) {
        const QJsonObject section = value.toObject();
        if (section.value(QStringLiteral("title")).toString() != u"Deployment Steps")
            continue;
        QVERIFY(section.value(QStringLiteral("not_applicable")).isNull());
        const QJsonArray groups = section.value(QStringLiteral("groups_not_applicable")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QVERIFY(group.value(QStringLiteral("group")).toString().contains(u"Staging Deployment"));
        QCOMPARE(group.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(group.value(QStringLiteral("by")).toString(), QStringLiteral("Hal Hotfix"));
        QVERIFY(!group.value(QStringLiteral("at")).toString().isEmpty());
        shownInJson = true;
    }
    QVERIFY(shownInJson);
    const Run shown = db({QStringLiteral("show"), QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.outText().contains(QStringLiteral("Not applicable: %1 (Hal Hotfix, ").arg(reason)),
             qPrintable(shown.outText()));

    // Once is enough; a group or section that is not there names those that are.
    const Run again =
        db({QStringLiteral("na"), QString::number(id), QStringLiteral("--section"),
            QStringLiteral("Deployment Steps"), QStringLiteral("--group"),
            QStringLiteral("staging deployment"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(u"already marked not applicable"), again.err.constData());
    const Run noGroup = db({QStringLiteral("na"), QString::number(id), QStringLiteral("--section"),
                            QStringLiteral("Deployment Steps"), QStringLiteral("--group"),
                            QStringLiteral("Canary"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(noGroup.exitCode, 1);
    QVERIFY2(noGroup.errText().contains(u"Its groups: Preparation, Staging Deployment"),
             noGroup.err.constData());
    const Run noSection =
        db({QStringLiteral("na"), QString::number(id), QStringLiteral("--section"),
            QStringLiteral("Rollback Procedure"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(noSection.exitCode, 1);
    QVERIFY2(noSection.errText().contains(u"no checklist section"), noSection.err.constData());
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliItems)
#include "tst_cli_items.moc"
