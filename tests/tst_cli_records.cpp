// countersign-cli, end to end: the record commands (app/cli/RecordCommands.cpp): new, records, show and
// export, to Markdown, JSON, CSV and PDF. Every test runs the built binary on a database of its own
// (CliTestFixture).

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestCliRecords : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newRecordAndRecords();
    void recordsFilteredByStateDateAndText();
    void showJson();
    void showText();
    void exportRecord();
    void exportToUnwritablePathFails();
    void exportPdf();

private:
    // The slot showJson() would hide the fixture's showJson(recordId).
    using CliTestFixture::showJson;
};

void TestCliRecords::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliRecords::init() {
    QVERIFY(startTest());
}

void TestCliRecords::cleanup() {
    finishTest();
}

void TestCliRecords::newRecordAndRecords() {
    const qint64 id = newRecord();
    QVERIFY(id > 0);
    const qint64 other = newRecord(QStringLiteral("Hotfix 2.4.1"));
    QVERIFY(other > id);

    const Run text = db({QStringLiteral("records")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QStringLiteral("Progress")));
    QVERIFY2(
        lines.at(1).contains(QRegularExpression(
            QStringLiteral("^\\s*%1\\s+Release 2\\.4\\.0\\s+2\\.4\\.0\\s+production\\s+In progress\\s+0/32$")
                .arg(id))),
        qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).contains(QStringLiteral("Hotfix 2.4.1")));
    // --db may also come after the command, or as --db=PATH.
    QCOMPARE(cli({QStringLiteral("records"), QStringLiteral("--db"), m_db}).out, text.out);
    QCOMPARE(cli({QStringLiteral("records"), QStringLiteral("--db=") + m_db}).out, text.out);

    const QJsonObject record = recordEntry(id);
    QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Release 2.4.0"));
    QCOMPARE(record.value(QStringLiteral("version")).toString(), QStringLiteral("2.4.0"));
    QCOMPARE(record.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(record.value(QStringLiteral("template")).toString(), kBuiltInTitle);
    QCOMPARE(record.value(QStringLiteral("done")).toInt(), 0);
    QCOMPARE(record.value(QStringLiteral("total")).toInt(), 32);
    QCOMPARE(record.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(record.value(QStringLiteral("na")).toInt(), 0);

    // Version and environment may be left out.
    const Run bare = db({QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle,
                         QStringLiteral("--title"), QStringLiteral("Bare")});
    QCOMPARE(bare.exitCode, 0);
    QCOMPARE(recordEntry(bare.lastLine().toLongLong()).value(QStringLiteral("version")).toString(),
             QString());
}

// `records --state/--since/--match`: each narrows the list, together they all
// must hold, and a word the CLI does not know is refused with what it takes.
void TestCliRecords::recordsFilteredByStateDateAndText() {
    const qint64 release = newRecord(QStringLiteral("Release 2.4.0"));
    const qint64 hotfix = newRecord(QStringLiteral("Hotfix 2.4.1"));
    tickAll(hotfix);
    addSigner(kSigners.at(0));
    const Run signedRun = sign(hotfix, kSigners.at(0));
    QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.errText()));

    const auto ids = [this](const QStringList& options) {
        const Run run = db(QStringList{QStringLiteral("records"), QStringLiteral("--json")} + options);
        QList<qint64> found;
        if (run.exitCode != 0)
            return QList<qint64>{-1};
        for (const QJsonValue& r : QJsonDocument::fromJson(run.out).array())
            found << r.toObject().value(QStringLiteral("id")).toInteger();
        return found;
    };
    QCOMPARE(ids({}), (QList<qint64>{release, hotfix}));
    QCOMPARE(ids({QStringLiteral("--state"), QStringLiteral("signed")}), QList<qint64>{hotfix});
    QCOMPARE(ids({QStringLiteral("--state"), QStringLiteral("in_progress")}), QList<qint64>{release});
    QCOMPARE(ids({QStringLiteral("--state"), QStringLiteral("sealed")}), QList<qint64>{});
    QCOMPARE(ids({QStringLiteral("--match"), QStringLiteral("HOTFIX")}), QList<qint64>{hotfix});
    QCOMPARE(ids({QStringLiteral("--match"), QStringLiteral("production")}),
             (QList<qint64>{release, hotfix}));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(ids({QStringLiteral("--since"), today}), (QList<qint64>{release, hotfix}));
    QCOMPARE(ids({QStringLiteral("--since"), tomorrow}), QList<qint64>{});
    QCOMPARE(ids({QStringLiteral("--since"), QStringLiteral("2000-01-01T00:00:00+01:00"),
                  QStringLiteral("--state"), QStringLiteral("in_progress"), QStringLiteral("--match"),
                  QStringLiteral("release")}),
             QList<qint64>{release});

    const Run none =
        db({QStringLiteral("records"), QStringLiteral("--match"), QStringLiteral("nothing like it")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.outText().trimmed(), QStringLiteral("No records match."));

    const Run badState = db({QStringLiteral("records"), QStringLiteral("--state"), QStringLiteral("done")});
    QCOMPARE(badState.exitCode, 1);
    QVERIFY2(badState.errText().contains(QStringLiteral("\"done\" is not a record state")),
             qPrintable(badState.errText()));
    for (const QString& bad :
         {QStringLiteral("yesterday"), QStringLiteral("2026-02-30"), QStringLiteral("2026-03-14T09:30:00")}) {
        const Run badSince = db({QStringLiteral("records"), QStringLiteral("--since"), bad});
        QCOMPARE(badSince.exitCode, 1);
        QVERIFY2(badSince.errText().contains(QStringLiteral("is not a date for --since")),
                 qPrintable(badSince.errText()));
        QVERIFY(badSince.out.isEmpty());
    }
}

void TestCliRecords::showJson() {
    const qint64 id = newRecord();
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("All acceptance tests pass"),
                 QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
                 QStringLiteral("pipeline #812"), QStringLiteral("--by"), QStringLiteral("ci")})
                 .exitCode,
             0);
    const Run run = db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject record = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(record.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Release 2.4.0"));
    QCOMPARE(record.value(QStringLiteral("version")).toString(), QStringLiteral("2.4.0"));
    QCOMPARE(record.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    QVERIFY(record.contains(QStringLiteral("template")));

    // Every role of the record, none signed yet: no name, no time, no signature fields.
    const QJsonArray roles = record.value(QStringLiteral("signoffs")).toArray();
    QCOMPARE(roles.size(), kSeedRoles.size());
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject role = roles.at(i).toObject();
        QCOMPARE(role.value(QStringLiteral("role")).toString(), kSeedRoles.at(i));
        QCOMPARE(role.value(QStringLiteral("signed")), QJsonValue(false));
        QVERIFY(role.value(QStringLiteral("name")).isNull());
        QVERIFY(role.value(QStringLiteral("signed_at")).isNull());
        // With the role's policy (the seed's default) and its standing signers, none yet.
        QCOMPARE(role.keys(), (QStringList{QStringLiteral("independent"), QStringLiteral("name"),
                                           QStringLiteral("role"), QStringLiteral("signed"),
                                           QStringLiteral("signed_at"), QStringLiteral("signed_count"),
                                           QStringLiteral("signers"), QStringLiteral("signers_required")}));
        QCOMPARE(role.value(QStringLiteral("signers_required")).toInt(), 1);
        QCOMPARE(role.value(QStringLiteral("signers")), QJsonValue(QJsonArray()));
    }
    QCOMPARE(record.value(QStringLiteral("signatures")), QJsonValue(QJsonArray()));

    const QJsonArray sections = record.value(QStringLiteral("sections")).toArray();
    QStringList kinds;
    int items = 0;
    int withoutStatus = 0;
    for (const QJsonValue& section : sections) {
        const QJsonObject s = section.toObject();
        kinds << s.value(QStringLiteral("kind")).toString();
        QVERIFY(s.contains(QStringLiteral("title")));
        QVERIFY(s.value(QStringLiteral("columns")).isArray());
        const bool checklist = s.value(QStringLiteral("kind")).toString() == u"checklist";
        if (checklist)
            items += int(s.value(QStringLiteral("items")).toArray().size());
        // Only checklist items have a status: a procedure step or a sign-off
        // role cannot be set, so it has none (not a "pending" that never ends).
        for (const QJsonValue& entry : s.value(QStringLiteral("items")).toArray()) {
            QCOMPARE(entry.toObject().contains(QStringLiteral("status")), checklist);
            withoutStatus += checklist ? 0 : 1;
        }
    }
    QVERIFY(withoutStatus > kSeedRoles.size()); // the rollback steps and the roles
    QCOMPARE(kinds, (QStringList{QStringLiteral("checklist"), QStringLiteral("checklist"),
                                 QStringLiteral("checklist"), QStringLiteral("procedure"),
                                 QStringLiteral("signoff")}));
    QCOMPARE(items, 32); // group headings are not items

    const QJsonObject ticked = item(id, QStringLiteral("All acceptance tests pass"));
    QCOMPARE(ticked.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(ticked.value(QStringLiteral("notes")).toString(), QStringLiteral("pipeline #812"));
    QCOMPARE(ticked.value(QStringLiteral("updated_by")).toString(), QStringLiteral("ci"));
    const QDateTime at =
        QDateTime::fromString(ticked.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(item(id, QStringLiteral("Create deployment branch")).value(QStringLiteral("group")).toString(),
             QStringLiteral("Preparation"));
    QCOMPARE(item(id, QStringLiteral("Create deployment branch")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));

    const Run missing = db({QStringLiteral("show"), QStringLiteral("42"), QStringLiteral("--json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.errText().contains(QStringLiteral("42")));
}

void TestCliRecords::showText() {
    const qint64 id = newRecord();
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Security scan completed"),
                 QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--note"),
                 QStringLiteral("two high CVEs"), QStringLiteral("--by"), QStringLiteral("sec-team")})
                 .exitCode,
             0);
    const Run run = db({QStringLiteral("show"), QString::number(id)});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.outText();
    QVERIFY2(text.startsWith(QStringLiteral("Record %1: Release 2.4.0\n").arg(id)), run.out.constData());
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Environment:\\s+production\\n"))));
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("Template:\\s+Production Deployment Checklist v1"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("State:\\s+In progress\\n"))));
    QVERIFY2(
        text.contains(QStringLiteral("Pre-Deployment 0/10 · Deployment Steps 0/16 · Post-Deployment 0/6 · "
                                     "Overall 0/32 · 1 failed")),
        run.out.constData());
    const qint64 scan =
        item(id, QStringLiteral("Security scan completed")).value(QStringLiteral("id")).toInteger();
    QVERIFY2(text.contains(QRegularExpression(
                 // The note with its writer and time (to the minute), then who set the status and when.
                 QStringLiteral("\\n\\s*%1\\s+☒ Failed\\s+Security scan completed\\s+two high CVEs "
                                "\\(sec-team, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\s+sec-team\\s+"
                                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\n")
                     .arg(scan))),
             run.out.constData());
    QVERIFY(text.contains(QStringLiteral("▸ Staging Deployment\n")));
    QVERIFY(text.contains(QStringLiteral("  1. Stop the current deployment\n")));
    QVERIFY(text.contains(QStringLiteral("  5. Document the issue and rollback\n")));
    QVERIFY(text.contains(QStringLiteral("Deployment Manager")));
    QVERIFY(text.contains(QStringLiteral("Product Owner")));
}

void TestCliRecords::exportRecord() {
    const qint64 id = newRecord();
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("All acceptance tests pass"),
                 QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
                 QStringLiteral("green, all 812")})
                 .exitCode,
             0);
    const QString record = QString::number(id);

    // Markdown
    const QString md = m_dir->filePath(QStringLiteral("record.md"));
    const Run mdRun = db({QStringLiteral("export"), record, QStringLiteral("--markdown"), md});
    QCOMPARE(mdRun.exitCode, 0);
    QVERIFY(mdRun.out.isEmpty());
    const QString markdown = QString::fromUtf8(TestSupport::readFile(md));
    QVERIFY2(markdown.startsWith(QStringLiteral("# Production Deployment Checklist\n")),
             qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("Release 2.4.0")));
    QVERIFY(markdown.contains(QStringLiteral("| All acceptance tests pass | ☑ | green, all 812 |")));
    QVERIFY(markdown.contains(QStringLiteral("| Tag release version | ☐ |")));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--markdown"), QStringLiteral("-")}).out,
             TestSupport::readFile(md));

    // CSV
    const QString csv = m_dir->filePath(QStringLiteral("record.csv"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), csv}).exitCode, 0);
    const QStringList rows =
        QString::fromUtf8(TestSupport::readFile(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 33); // header + 32 items
    QCOMPARE(rows.at(0), QStringLiteral("section,group,text,status,notes,by,at"));
    QVERIFY2(
        rows.at(1).startsWith(QStringLiteral(
            "Pre-Deployment Verification,,All acceptance tests pass,done,\"green, all 812\",cli-test-user,")),
        qPrintable(rows.at(1)));
    QVERIFY(rows.contains(
        QStringLiteral("Deployment Steps,Staging Deployment,Verify logs for errors,pending,,,")));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), QStringLiteral("-")}).out,
             TestSupport::readFile(csv));

    // JSON
    const QString json = m_dir->filePath(QStringLiteral("record.json"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--json"), json}).exitCode, 0);
    const QJsonObject exported = QJsonDocument::fromJson(TestSupport::readFile(json)).object();
    QCOMPARE(exported.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(exported.value(QStringLiteral("title")).toString(), QStringLiteral("Release 2.4.0"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--json"), QStringLiteral("-")}).out,
             TestSupport::readFile(json));
    QCOMPARE(QJsonDocument::fromJson(TestSupport::readFile(json)).object(), showJson(id));

    // An existing file is replaced.
    QFile old(m_dir->filePath(QStringLiteral("old.csv")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), old.fileName()}).exitCode, 0);
    QCOMPARE(TestSupport::readFile(old.fileName()), TestSupport::readFile(csv));

    const Run missing = db({QStringLiteral("export"), QStringLiteral("77"), QStringLiteral("--csv"),
                            m_dir->filePath(QStringLiteral("77.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("77.csv"))));
}

void TestCliRecords::exportToUnwritablePathFails() {
    const qint64 id = newRecord();
    const QString target = m_dir->filePath(QStringLiteral("no/such/folder/record.md"));
    const Run run = db({QStringLiteral("export"), QString::number(id), QStringLiteral("--markdown"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: cannot write ")), run.err.constData());
    QVERIFY(!QFileInfo::exists(target));

    // A folder where the file should go: refused, and the folder stays as it was.
    const QString folder = m_dir->filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(db({QStringLiteral("export"), QString::number(id), QStringLiteral("--json"), folder}).exitCode,
             1);
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCliRecords::exportPdf() {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    const QString meaning = QStringLiteral("Approved for the production rollout");
    const Run signedRun = sign(id, dm, meaning);
    QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());

    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = folder + QStringLiteral("/release.pdf");
    const Run run = db({QStringLiteral("export"), QString::number(id), QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--by"), QStringLiteral("Report Maker")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF-"));
    // Written beside and renamed: nothing else is left in the folder.
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("release.pdf")});

    QProcess reader;
    reader.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QString text = QString::fromUtf8(reader.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(dm.name), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(meaning), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Release 2.4.0")));
    QVERIFY(text.contains(QStringLiteral("Report Maker")));

    // An unwritable target: exit 1 and no file, half or whole.
    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/release.pdf"));
    const Run failed = db({QStringLiteral("export"), QString::number(id), QStringLiteral("--pdf"), nowhere});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.errText().startsWith(QStringLiteral("countersign-cli: cannot write ")),
             failed.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
    const Run missing = db({QStringLiteral("export"), QStringLiteral("999"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
