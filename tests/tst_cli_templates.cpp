// countersign-cli, end to end: the template commands (app/cli/TemplateCommands.cpp): templates,
// import-template, export-template. Every test runs the built binary on a database of its own
// (CliTestFixture).

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliTemplates : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void templatesListsBuiltIn();
    void importTemplate();
    void importBadTemplateChangesNothing();
    void importFromStandardInput();
    void templateVersions();
    void exportTemplate();
};

void TestCliTemplates::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliTemplates::init() {
    QVERIFY(startTest());
}

void TestCliTemplates::cleanup() {
    finishTest();
}

void TestCliTemplates::templatesListsBuiltIn() {
    QCOMPARE(countSeedItems(), 32); // 10 + 16 + 6: group headings and rollback steps are not items
    createDatabase();

    const Run text = db({QStringLiteral("templates")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QRegularExpression(QStringLiteral("ID\\s+Title\\s+Version\\s+Items"))));
    const QRegularExpression row(
        QStringLiteral("^\\s*(\\d+)\\s+Production Deployment Checklist\\s+1\\s+32\\s+yes$"));
    QVERIFY2(row.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
    // The table is aligned: the title starts in the same column in both lines.
    QCOMPARE(lines.at(1).indexOf(kBuiltInTitle), lines.at(0).indexOf(QStringLiteral("Title")));

    const Run json = db({QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray templates = json.json().array();
    QCOMPARE(templates.size(), 1);
    const QJsonObject builtIn = templates.at(0).toObject();
    QCOMPARE(builtIn.value(QStringLiteral("title")).toString(), kBuiltInTitle);
    QCOMPARE(builtIn.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(builtIn.value(QStringLiteral("items")).toInt(), countSeedItems());
    QCOMPARE(builtIn.value(QStringLiteral("newest")).toBool(), true);
    QVERIFY(builtIn.value(QStringLiteral("id")).toInteger() > 0);
}

void TestCliTemplates::importTemplate() {
    const Run run = db({QStringLiteral("import-template"),
                        TestSupport::testDataPath(QStringLiteral("cli-smoke-template.md"))});
    QCOMPARE(run.exitCode, 0);
    bool ok = false;
    const qint64 id = run.lastLine().toLongLong(&ok);
    QVERIFY2(ok && id > 0, run.out.constData());
    QVERIFY(run.outText().contains(kSmokeTitle));

    const QJsonArray templates = db({QStringLiteral("templates"), QStringLiteral("--json")}).json().array();
    QCOMPARE(templates.size(), 2);
    QJsonObject smoke;
    for (const QJsonValue& t : templates) {
        if (t.toObject().value(QStringLiteral("id")).toInteger() == id)
            smoke = t.toObject();
    }
    QCOMPARE(smoke.value(QStringLiteral("title")).toString(), kSmokeTitle);
    QCOMPARE(smoke.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(smoke.value(QStringLiteral("items")).toInt(), 3);

    const Run missing =
        db({QStringLiteral("import-template"), m_dir->filePath(QStringLiteral("nowhere.md"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errText().startsWith(QStringLiteral("countersign-cli: cannot read ")),
             missing.err.constData());
}

void TestCliTemplates::importBadTemplateChangesNothing() {
    createDatabase();
    const QByteArray before = db({QStringLiteral("templates"), QStringLiteral("--json")}).out;
    QVERIFY(!before.isEmpty());
    const QString bad = TestSupport::testDataPath(QStringLiteral("cli-bad-template.md"));
    const Run run = db({QStringLiteral("import-template"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: %1: line 8").arg(bad)),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(db({QStringLiteral("templates"), QStringLiteral("--json")}).out, before);
}

void TestCliTemplates::importFromStandardInput() {
    const Run run =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("import-template"), QStringLiteral("-")},
            TestSupport::readFile(TestSupport::testDataPath(QStringLiteral("cli-smoke-template.md"))));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lastLine().toLongLong() > 0);
    QVERIFY(db({QStringLiteral("templates")}).outText().contains(kSmokeTitle));
}

void TestCliTemplates::templateVersions() {
    const QString file = TestSupport::testDataPath(QStringLiteral("cli-smoke-template.md"));
    const qint64 first = db({QStringLiteral("import-template"), file}).lastLine().toLongLong();
    const qint64 second = db({QStringLiteral("import-template"), file}).lastLine().toLongLong();
    QVERIFY(first > 0);
    QVERIFY(second > first);

    const QJsonArray templates = db({QStringLiteral("templates"), QStringLiteral("--json")}).json().array();
    QCOMPARE(templates.size(), 3);
    for (const QJsonValue& value : templates) {
        const QJsonObject t = value.toObject();
        const qint64 id = t.value(QStringLiteral("id")).toInteger();
        if (id == first) {
            QCOMPARE(t.value(QStringLiteral("version")).toInt(), 1);
            QCOMPARE(t.value(QStringLiteral("newest")).toBool(), false);
        } else if (id == second) {
            QCOMPARE(t.value(QStringLiteral("version")).toInt(), 2);
            QCOMPARE(t.value(QStringLiteral("newest")).toBool(), true);
        }
    }

    // A title (any case) takes the newest version; an id the exact one.
    const Run byTitle =
        db({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("smoke test checklist"),
            QStringLiteral("--title"), QStringLiteral("By title")});
    QCOMPARE(byTitle.exitCode, 0);
    const QJsonObject newest = recordEntry(byTitle.lastLine().toLongLong());
    QCOMPARE(newest.value(QStringLiteral("template_id")).toInteger(), second);
    QCOMPARE(newest.value(QStringLiteral("template_version")).toInt(), 2);
    QCOMPARE(newest.value(QStringLiteral("template")).toString(), kSmokeTitle);
    QCOMPARE(newest.value(QStringLiteral("total")).toInt(), 3);

    const Run byId = db({QStringLiteral("new"), QStringLiteral("--template"), QString::number(first),
                         QStringLiteral("--title"), QStringLiteral("By id")});
    QCOMPARE(byId.exitCode, 0);
    const QJsonObject exact = recordEntry(byId.lastLine().toLongLong());
    QCOMPARE(exact.value(QStringLiteral("template_id")).toInteger(), first);
    QCOMPARE(exact.value(QStringLiteral("template_version")).toInt(), 1);

    const Run unknown =
        db({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("No Such Checklist"),
            QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains(QStringLiteral("No Such Checklist")));
    QCOMPARE(db({QStringLiteral("records"), QStringLiteral("--json")}).json().array().size(), 2);
}

void TestCliTemplates::exportTemplate() {
    createDatabase();
    const Run out = db({QStringLiteral("export-template"), kBuiltInTitle, QStringLiteral("--markdown"),
                        QStringLiteral("-")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(out.outText().startsWith(QStringLiteral("# Production Deployment Checklist\n")),
             out.out.constData());
    QVERIFY(out.outText().contains(QStringLiteral("| All acceptance tests pass | ☐ |")));
    QVERIFY(out.outText().contains(QStringLiteral("1. Stop the current deployment")));

    const QString file = m_dir->filePath(QStringLiteral("exported.md"));
    QCOMPARE(db({QStringLiteral("export-template"), QStringLiteral("1"), QStringLiteral("--markdown"), file})
                 .exitCode,
             0);
    QCOMPARE(TestSupport::readFile(file), out.out);

    // What was exported imports again as the next version, with the same items.
    const Run again = db({QStringLiteral("import-template"), file});
    QCOMPARE(again.exitCode, 0);
    const QJsonArray templates = db({QStringLiteral("templates"), QStringLiteral("--json")}).json().array();
    QCOMPARE(templates.size(), 2);
    const QJsonObject second = templates.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("items")).toInt(), 32);

    const Run unknown = db({QStringLiteral("export-template"), QStringLiteral("Nope"),
                            QStringLiteral("--markdown"), m_dir->filePath(QStringLiteral("nope.md"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nope.md"))));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
