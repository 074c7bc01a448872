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
    void dryRunStoresNothing();
    void dryRunJson();
    void columnOverridesAreRemembered();
    void badColumnOverrides();
    void taskListRecordRoundTrip();
    void csvImportRoundTrip();
    void csvDryRun();
    void csvBadRowChangesNothing();
    void csvRolesAndTitle();
};

// A spreadsheet's CSV imports; its export is Markdown that imports to the same
// template, and exports again byte for byte.
void TestCliTemplates::csvImportRoundTrip() {
    const QString csv = TestSupport::testDataPath(QStringLiteral("csv-release-readiness.csv"));
    const Run imported = db({QStringLiteral("import-template"), csv, QStringLiteral("--title"),
                             QStringLiteral("Mobile Release")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(
        imported.outText().startsWith(QStringLiteral("Imported \"Mobile Release\" version 1 as template ")),
        imported.out.constData());
    QVERIFY2(imported.outText().contains(QStringLiteral("(items: 10)")), imported.out.constData());
    const QString markdown = m_dir->filePath(QStringLiteral("from-csv.md"));
    QCOMPARE(
        db({QStringLiteral("export-template"), imported.lastLine(), QStringLiteral("--markdown"), markdown})
            .exitCode,
        0);
    const QByteArray exported = TestSupport::readFile(markdown);
    QVERIFY2(exported.startsWith("# Mobile Release\n\n## Build and Signing\n\n"
                                 "| Task | Owner | Done | Comments | Ticket |\n|---|---|---|---|---|\n"
                                 "| **Android** | | | | |\n"
                                 "| Bump `versionCode` | Release manager | ☑ | Done by CI | REL-1 |\n"),
             exported.constData());
    QVERIFY2(exported.contains(
                 "| Role | Name | Signature | Date |\n|---|---|---|---|\n| Release Manager | | | |\n"),
             exported.constData());

    // What the CSV and its Markdown export are understood as is the same.
    const auto understood = [this](const QString& file) {
        const Run dry =
            cli({QStringLiteral("import-template"), file, QStringLiteral("--dry-run"),
                 QStringLiteral("--json"), QStringLiteral("--title"), QStringLiteral("Mobile Release")});
        return dry.out;
    };
    const Run fromMarkdown = cli(
        {QStringLiteral("import-template"), markdown, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(fromMarkdown.exitCode, 0);
    QCOMPARE(fromMarkdown.out, understood(csv));

    const Run again = db({QStringLiteral("import-template"), markdown});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().startsWith(QStringLiteral("Imported \"Mobile Release\" version 2 ")),
             again.out.constData());
    const Run reexported = db({QStringLiteral("export-template"), again.lastLine(),
                               QStringLiteral("--markdown"), QStringLiteral("-")});
    QCOMPARE(reexported.out, exported);
}

void TestCliTemplates::csvDryRun() {
    const QString csv = TestSupport::testDataPath(QStringLiteral("csv-german-seed.csv"));
    const Run run = cli({QStringLiteral("import-template"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    const QString out = run.outText();
    for (const QString& expected :
         {QStringLiteral("Template: csv-german-seed\n"),
          QStringLiteral("Sections: 4, items to check: 6. Nothing was stored (--dry-run)."),
          QStringLiteral(
              "## Prüfung vor der Auslieferung — checklist (table)\n"
              "  columns: Prüfpunkt = item, Status = status, Anmerkungen = notes, Verantwortlich = extra\n"
              "    ☐ Alle Abnahmetests bestanden\n      notes: Prüfer: Zoë Ångström\n"
              "    ☑ Testabdeckung erreicht (>95 % im Kern)\n"),
          QStringLiteral("  group: Vorbereitung\n    ☐ Release-Zweig anlegen\n      Verantwortlich: Jörg\n"),
          QStringLiteral("## Sign-off — sign-off\n    role: Deployment Manager\n    role: QA Lead\n")})
        QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY(!QFileInfo::exists(m_db) || TestSupport::onPostgres());

    const Run json =
        cli({QStringLiteral("import-template"), csv, QStringLiteral("--dry-run"), QStringLiteral("--json"),
             QStringLiteral("--column"), QStringLiteral("Verantwortlich=notes")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject first =
        json.json().object().value(QStringLiteral("sections")).toArray().at(0).toObject();
    QStringList roles;
    for (const QJsonValue& column : first.value(QStringLiteral("columns")).toArray())
        roles.append(column.toObject().value(QStringLiteral("title")).toString() + u'=' +
                     column.toObject().value(QStringLiteral("role")).toString());
    QCOMPARE(roles,
             (QStringList{QStringLiteral("Prüfpunkt=item"), QStringLiteral("Status=status"),
                          QStringLiteral("Anmerkungen=extra"), QStringLiteral("Verantwortlich=notes")}));
}

void TestCliTemplates::csvBadRowChangesNothing() {
    createDatabase();
    const QByteArray before = db({QStringLiteral("templates"), QStringLiteral("--json")}).out;
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(TestSupport::writeFile(
        bad, "\xEF\xBB\xBFItem;Status;Notes\r\nA;Done;\"two\r\nlines\"\r\nB;Maybe;\r\n"));
    const Run run = db({QStringLiteral("import-template"), bad});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.errText().trimmed(),
        QStringLiteral("countersign-cli: %1: line 4: 'Maybe' in the column 'Status' is not a status: write "
                       "Done, Yes, X, ✓, N/A or Failed, or leave it empty for pending")
            .arg(bad));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(db({QStringLiteral("templates"), QStringLiteral("--json")}).out, before);
}

void TestCliTemplates::csvRolesAndTitle() {
    const QString csv = m_dir->filePath(QStringLiteral("Quarterly Audit.csv"));
    QVERIFY(TestSupport::writeFile(csv, "Item\tDone\nBackups restored\tYes\nAccess reviewed\t\n"));
    const Run run =
        cli({QStringLiteral("import-template"), csv, QStringLiteral("--dry-run"), QStringLiteral("--json"),
             QStringLiteral("--roles"), QStringLiteral("QA Lead, Product Owner")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject tmpl = run.json().object();
    QCOMPARE(tmpl.value(QStringLiteral("title")).toString(), QStringLiteral("Quarterly Audit"));
    const QJsonArray sections = tmpl.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(1).toObject().value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("QA Lead"), QStringLiteral("Product Owner")}));

    const Run markdown = cli(
        {QStringLiteral("import-template"), TestSupport::testDataPath(QStringLiteral("md-german-seed.md")),
         QStringLiteral("--dry-run"), QStringLiteral("--roles"), QStringLiteral("QA Lead")});
    QCOMPARE(markdown.exitCode, 2);
    QVERIFY2(markdown.errText().contains(QStringLiteral("--title and --roles go with a CSV file")),
             markdown.err.constData());
}

void TestCliTemplates::dryRunStoresNothing() {
    const QString file = TestSupport::testDataPath(QStringLiteral("md-release-tasklist.md"));
    const Run run = db({QStringLiteral("import-template"), file, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    const QString out = run.outText();
    for (const char* expected :
         {"Template: Release Checklist\n", "Sections: 4, items to check: 11. Nothing was stored (--dry-run).",
          "## 1. Prepare — checklist (task list)\n", "  group: Code Quality\n",
          "    ☐ Run backend verification: `./mvnw clean verify`\n", "      detail: ```bash\n",
          "              ./mvnw clean verify -Pintegration\n", "    ☑ Update CHANGELOG.md\n",
          "    N/A Announce on the mailing list\n", "## Sign-off — sign-off\n", "    role: QA Lead\n"})
        QVERIFY2(out.contains(QString::fromUtf8(expected)), qPrintable(out));
    // Nothing stored, not even a database.
    QVERIFY(!QFileInfo::exists(m_db) || TestSupport::onPostgres());

    const Run table =
        cli({QStringLiteral("import-template"),
             TestSupport::testDataPath(QStringLiteral("md-german-seed.md")), QStringLiteral("--dry-run")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.outText().contains(
                 QStringLiteral("  columns: Prüfpunkt = item, Status = status, Anmerkungen = notes\n")),
             table.out.constData());
    QVERIFY(table.outText().contains(QStringLiteral("      notes: Prüfer: Zoë Ångström\n")));
    QVERIFY(table.outText().contains(
        QStringLiteral("## Rückfallplan — procedure\n    1. Auslieferung anhalten\n")));

    const Run bad =
        cli({QStringLiteral("import-template"),
             TestSupport::testDataPath(QStringLiteral("cli-bad-template.md")), QStringLiteral("--dry-run")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(QStringLiteral(": line 8")), bad.err.constData());
}

void TestCliTemplates::dryRunJson() {
    const Run run = cli({QStringLiteral("import-template"),
                         TestSupport::testDataPath(QStringLiteral("md-german-seed.md")),
                         QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject tmpl = run.json().object();
    QCOMPARE(tmpl.value(QStringLiteral("title")).toString(), QStringLiteral("Checkliste Produktivsetzung"));
    QCOMPARE(tmpl.value(QStringLiteral("stored")).toBool(true), false);
    QCOMPARE(tmpl.value(QStringLiteral("items")).toInt(), 6);
    const QJsonArray sections = tmpl.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 5);
    const QJsonObject second = sections.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("kind")).toString(), QStringLiteral("checklist"));
    QCOMPARE(second.value(QStringLiteral("form")).toString(), QStringLiteral("table"));
    QStringList roles;
    for (const QJsonValue& column : second.value(QStringLiteral("columns")).toArray())
        roles.append(column.toObject().value(QStringLiteral("title")).toString() + u'=' +
                     column.toObject().value(QStringLiteral("role")).toString());
    QCOMPARE(roles,
             (QStringList{QStringLiteral("Schritt=item"), QStringLiteral("Erledigt=status"),
                          QStringLiteral("Bemerkungen:=notes"), QStringLiteral("Verantwortlich=extra")}));
    const QJsonArray items = second.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("group_header")).toBool(), true);
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("siehe `VERSION`"));
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QJsonObject signOff = sections.at(4).toObject();
    QCOMPARE(signOff.value(QStringLiteral("roles")).toArray().size(), 2);

    const Run tasks = cli({QStringLiteral("import-template"),
                           TestSupport::testDataPath(QStringLiteral("md-release-tasklist.md")),
                           QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(tasks.exitCode, 0);
    const QJsonObject prepare =
        tasks.json().object().value(QStringLiteral("sections")).toArray().at(0).toObject();
    QCOMPARE(prepare.value(QStringLiteral("form")).toString(), QStringLiteral("task-list"));
    const QJsonObject changelog = prepare.value(QStringLiteral("items")).toArray().at(3).toObject();
    QCOMPARE(changelog.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(changelog.value(QStringLiteral("detail")).toString(),
             QStringLiteral("- move the *Unreleased* entries under the new version\n- link the milestone"));
}

// --column chooses a role; the template keeps it, and its export says it in
// the front matter, so the export reads back to the same template.
void TestCliTemplates::columnOverridesAreRemembered() {
    const QString file = TestSupport::testDataPath(QStringLiteral("md-german-seed.md"));
    const Run dry = cli({QStringLiteral("import-template"), file, QStringLiteral("--dry-run"),
                         QStringLiteral("--column"), QStringLiteral("Verantwortlich=notes")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.outText().contains(QStringLiteral(
                 "columns: Schritt = item, Erledigt = status, Bemerkungen: = extra, Verantwortlich = notes")),
             dry.out.constData());

    const Run imported = db({QStringLiteral("import-template"), file, QStringLiteral("--column"),
                             QStringLiteral("Verantwortlich=notes")});
    QCOMPARE(imported.exitCode, 0);
    const QString id = imported.lastLine();
    const Run exported =
        db({QStringLiteral("export-template"), id, QStringLiteral("--markdown"), QStringLiteral("-")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.outText().startsWith(QStringLiteral("---\ncolumn-roles:\n  \"Auslieferung\":\n"
                                                          "    \"Bemerkungen:\": extra\n"
                                                          "    \"Verantwortlich\": notes\n---\n\n"
                                                          "# Checkliste Produktivsetzung\n")),
             exported.out.constData());
    // Without the front matter the rest is the file as written.
    const QByteArray original = TestSupport::readFile(file);
    QVERIFY(exported.out.endsWith(original));

    const QString again = m_dir->filePath(QStringLiteral("again.md"));
    QCOMPARE(db({QStringLiteral("export-template"), id, QStringLiteral("--markdown"), again}).exitCode, 0);
    const Run reimported = db({QStringLiteral("import-template"), again});
    QCOMPARE(reimported.exitCode, 0);
    const Run twice = db({QStringLiteral("export-template"), reimported.lastLine(),
                          QStringLiteral("--markdown"), QStringLiteral("-")});
    QCOMPARE(twice.out, exported.out);

    // The German document without an override comes back byte for byte.
    const Run plain = db({QStringLiteral("import-template"), file});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(db({QStringLiteral("export-template"), plain.lastLine(), QStringLiteral("--markdown"),
                 QStringLiteral("-")})
                 .out,
             original);
}

void TestCliTemplates::badColumnOverrides() {
    const QString file = TestSupport::testDataPath(QStringLiteral("md-german-seed.md"));
    const Run badRole = cli({QStringLiteral("import-template"), file, QStringLiteral("--dry-run"),
                             QStringLiteral("--column"), QStringLiteral("Anmerkungen=owner")});
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.errText().contains(QStringLiteral("--column \"Anmerkungen=owner\": write HEADER=ROLE")),
             badRole.err.constData());
    const Run noColumn = db({QStringLiteral("import-template"), file, QStringLiteral("--column"),
                             QStringLiteral("Nirgends=notes")});
    QCOMPARE(noColumn.exitCode, 1);
    QVERIFY2(noColumn.errText().contains(QStringLiteral("no checklist table has a column headed 'Nirgends'")),
             noColumn.err.constData());
    QVERIFY(!QFileInfo::exists(m_db) || TestSupport::onPostgres()); // the database this run made is gone
    const Run notFirst = cli({QStringLiteral("import-template"), file, QStringLiteral("--dry-run"),
                              QStringLiteral("--column"), QStringLiteral("Status=item")});
    QCOMPARE(notFirst.exitCode, 1);
    QVERIFY2(
        notFirst.errText().contains(QStringLiteral("the item text is always the first column, not 'Status'")),
        notFirst.err.constData());
    const Run jsonAlone = cli({QStringLiteral("import-template"), file, QStringLiteral("--json")});
    QCOMPARE(jsonAlone.exitCode, 2);
}

// The task-list release checklist: a record's items are its tasks, with
// their details, and its template exports byte for byte.
void TestCliTemplates::taskListRecordRoundTrip() {
    const QString file = TestSupport::testDataPath(QStringLiteral("md-release-tasklist.md"));
    const Run imported = db({QStringLiteral("import-template"), file});
    QCOMPARE(imported.exitCode, 0);
    const Run exported = db({QStringLiteral("export-template"), imported.lastLine(),
                             QStringLiteral("--markdown"), QStringLiteral("-")});
    QCOMPARE(exported.out, TestSupport::readFile(file));

    const Run made =
        db({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("Release Checklist"),
            QStringLiteral("--title"), QStringLiteral("Release 2.4.0")});
    QCOMPARE(made.exitCode, 0);
    const qint64 recordId = made.lastLine().toLongLong();
    const QJsonObject changelog =
        item(recordId, QStringLiteral("Update CHANGELOG.md"), QStringLiteral("Code Quality"));
    QCOMPARE(changelog.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(changelog.value(QStringLiteral("detail")).toString(),
             QStringLiteral("- move the *Unreleased* entries under the new version\n- link the milestone"));
    QStringList texts;
    for (const QJsonValue& section : showJson(recordId).value(QStringLiteral("sections")).toArray()) {
        for (const QJsonValue& i : section.toObject().value(QStringLiteral("items")).toArray()) {
            if (section.toObject().value(QStringLiteral("kind")).toString() == u"checklist")
                texts.append(i.toObject().value(QStringLiteral("text")).toString());
        }
    }
    QCOMPARE(texts.size(), 11);
    QCOMPARE(texts.first(), QStringLiteral("Run backend verification: `./mvnw clean verify`"));
    QCOMPARE(texts.last(), QStringLiteral("Close the milestone on GitHub"));
}

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
