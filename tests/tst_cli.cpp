// countersign-cli, end to end: every test runs the built binary with QProcess
// on a database in a QTemporaryDir, with HOME and the XDG folders pointing
// into that directory so the user's real database and settings are never read
// or written.

#include "AppIdentity.h"
#include "ChecklistStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString kBuiltInTitle = QStringLiteral("Production Deployment Checklist");
const QString kSmokeTitle = QStringLiteral("Smoke Test Checklist");
const QString kTestUser = QStringLiteral("cli-test-user");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The last non-empty line of stdout: where `new` and `import-template` print the id.
    QString lastLine() const {
        const QStringList lines = outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.constLast();
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Counts the checklist items of the seed by hand: table rows of sections that
// have a status column, without the header, separator and bold group rows.
int countSeedItems() {
    const QString seed = QString::fromUtf8(fileBytes(QStringLiteral(COUNTERSIGN_SEED_PATH)));
    int count = 0;
    bool inChecklistTable = false;
    int row = 0;
    for (const QString& raw : seed.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            inChecklistTable = false;
            row = 0;
            continue;
        }
        if (row++ == 0) {
            inChecklistTable =
                line.contains(QStringLiteral("Status")) || line.contains(QStringLiteral("Completed"));
            continue;
        }
        if (!inChecklistTable || line.startsWith(QStringLiteral("|--")) ||
            line.startsWith(QStringLiteral("| **")))
            continue;
        ++count;
    }
    return count;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void help();
    void badUsage_data();
    void badUsage();

    void templatesListsBuiltIn();
    void importTemplate();
    void importBadTemplateChangesNothing();
    void importFromStandardInput();
    void templateVersions();
    void exportTemplate();

    void newRecordAndRecords();
    void setByTextAnyCaseAndById();
    void ambiguousItemListsCandidates();
    void unknownItemListsCandidates();
    void groupHeadingIsNotAnItem();
    void notApplicableNeedsNote();
    void noteStaysWithoutNoteOption();
    void actorDefaults();
    void showJson();
    void showText();
    void exportRecord();
    void exportToUnwritablePathFails();
    void audit();
    void verifyCatchesAnEditedAuditRow();

    void readOnlyCommandOnMissingDatabase_data();
    void readOnlyCommandOnMissingDatabase();
    void failedWriteOnNewDatabaseLeavesNothing();
    void notADatabaseIsLeftUntouched_data();
    void notADatabaseIsLeftUntouched();
    void defaultDatabaseIsTheAppDataOne();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {}) const;
    // With --db pointing at the test's database.
    Run db(const QStringList& arguments) const;
    // Creates the test's database as the app does on first start: only the built-in template.
    void createDatabase() const;
    qint64 newRecord(const QString& title = QStringLiteral("Release 2.4.0"));
    QJsonObject showJson(qint64 recordId) const;
    QJsonObject item(qint64 recordId, const QString& text, const QString& group = {}) const;
    QJsonObject recordEntry(qint64 recordId) const;
    QString dataFile(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::initTestCase() {
    TestSupport::strictWarnings();
    QVERIFY2(QFileInfo::exists(QStringLiteral(COUNTERSIGN_CLI_PATH)), COUNTERSIGN_CLI_PATH);
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("records.sqlite"));
}

void TestCli::cleanup() {
    m_dir.reset();
}

QString TestCli::dataFile(const QString& name) const {
    return QStringLiteral(COUNTERSIGN_TEST_DATA) + QLatin1Char('/') + name;
}

Run TestCli::cli(const QStringList& arguments, const QByteArray& input) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/xdg-cache"));
    env.insert(QStringLiteral("USER"), kTestUser);
    env.remove(QStringLiteral("LOGNAME"));
    env.remove(QStringLiteral("USERNAME"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(COUNTERSIGN_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run TestCli::db(const QStringList& arguments) const {
    return cli(QStringList{QStringLiteral("--db"), m_db} + arguments);
}

void TestCli::createDatabase() const {
    ChecklistStore store;
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

qint64 TestCli::newRecord(const QString& title) {
    const Run run =
        db({QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle, QStringLiteral("--title"),
            title, QStringLiteral("--version"), QStringLiteral("2.4.0"), QStringLiteral("--environment"),
            QStringLiteral("production"), QStringLiteral("--by"), QStringLiteral("creator")});
    bool ok = false;
    const qint64 id = run.lastLine().toLongLong(&ok);
    if (run.exitCode != 0 || !ok)
        qWarning("new failed (%d): %s", run.exitCode, run.err.constData());
    return ok ? id : 0;
}

QJsonObject TestCli::showJson(qint64 recordId) const {
    return db({QStringLiteral("show"), QString::number(recordId), QStringLiteral("--json")}).json().object();
}

// An item of the record as `show --json` reports it; the group tells the twins apart.
QJsonObject TestCli::item(qint64 recordId, const QString& text, const QString& group) const {
    const QJsonArray sections = showJson(recordId).value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : sections) {
        for (const QJsonValue& value : section.toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("text")).toString() == text &&
                (group.isEmpty() || object.value(QStringLiteral("group")).toString() == group))
                return object;
        }
    }
    return {};
}

QJsonObject TestCli::recordEntry(qint64 recordId) const {
    const QJsonArray records = db({QStringLiteral("records"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& value : records) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == recordId)
            return value.toObject();
    }
    return {};
}

// ---- Global behaviour

void TestCli::version() {
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), QStringLiteral("countersign-cli %1\n").arg(AppIdentity::version()));
    QCOMPARE(run.outText(), QStringLiteral("countersign-cli 0.1.0\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help() {
    const Run global = cli({QStringLiteral("--help")});
    QCOMPARE(global.exitCode, 0);
    QVERIFY(global.err.isEmpty());
    for (const char* command : {"templates", "import-template", "export-template", "new", "records", "show",
                                "set", "export", "audit", "help"})
        QVERIFY2(global.outText().contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
                 command);
    QCOMPARE(cli({QStringLiteral("help")}).out, global.out);

    const Run helpSet = cli({QStringLiteral("help"), QStringLiteral("set")});
    QCOMPARE(helpSet.exitCode, 0);
    QVERIFY(
        helpSet.outText().startsWith(QStringLiteral("Usage: countersign-cli set RECORD ITEM --status "
                                                    "pending|done|na|failed [--note TEXT] [--by NAME]\n")));
    QVERIFY(helpSet.outText().contains(QStringLiteral("--note TEXT")));
    QVERIFY(helpSet.outText().contains(QStringLiteral("--db PATH")));
    const Run setHelp = cli({QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(setHelp.exitCode, 0);
    QCOMPARE(setHelp.out, helpSet.out);
    QCOMPARE(cli({QStringLiteral("--help"), QStringLiteral("set")}).out, helpSet.out);
    QVERIFY(cli({QStringLiteral("export"), QStringLiteral("-h")})
                .outText()
                .contains(QStringLiteral("--csv FILE")));

    // Help never touches a database.
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCli::badUsage_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("hint");
    const QString db = QStringLiteral("--db");
    const QString path = QStringLiteral("records.sqlite");
    QTest::addRow("no command") << QStringList{} << QStringLiteral("countersign-cli --help");
    QTest::addRow("unknown command") << QStringList{db, path, QStringLiteral("frobnicate")}
                                     << QStringLiteral("countersign-cli --help");
    QTest::addRow("unknown global option")
        << QStringList{QStringLiteral("--frob"), QStringLiteral("templates")}
        << QStringLiteral("countersign-cli --help");
    QTest::addRow("unknown command option")
        << QStringList{db, path, QStringLiteral("templates"), QStringLiteral("--frob")}
        << QStringLiteral("countersign-cli templates --help");
    QTest::addRow("--db without path") << QStringList{QStringLiteral("--db")} << QStringLiteral("--help");
    QTest::addRow("show without record")
        << QStringList{db, path, QStringLiteral("show")} << QStringLiteral("countersign-cli show --help");
    QTest::addRow("show with two records")
        << QStringList{db, path, QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")}
        << QStringLiteral("countersign-cli show --help");
    QTest::addRow("set without --status")
        << QStringList{db, path, QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("2")}
        << QStringLiteral("countersign-cli set --help");
    QTest::addRow("set --status without value") << QStringList{db,
                                                               path,
                                                               QStringLiteral("set"),
                                                               QStringLiteral("1"),
                                                               QStringLiteral("2"),
                                                               QStringLiteral("--status")}
                                                << QStringLiteral("countersign-cli set --help");
    QTest::addRow("new without --title")
        << QStringList{db, path, QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle}
        << QStringLiteral("countersign-cli new --help");
    QTest::addRow("export without format")
        << QStringList{db, path, QStringLiteral("export"), QStringLiteral("1")}
        << QStringLiteral("countersign-cli export --help");
    QTest::addRow("export with two formats") << QStringList{db,
                                                            path,
                                                            QStringLiteral("export"),
                                                            QStringLiteral("1"),
                                                            QStringLiteral("--csv"),
                                                            QStringLiteral("-"),
                                                            QStringLiteral("--json"),
                                                            QStringLiteral("-")}
                                             << QStringLiteral("countersign-cli export --help");
    QTest::addRow("export-template without --markdown")
        << QStringList{db, path, QStringLiteral("export-template"), kBuiltInTitle}
        << QStringLiteral("countersign-cli export-template --help");
    QTest::addRow("import-template without file") << QStringList{db, path, QStringLiteral("import-template")}
                                                  << QStringLiteral("countersign-cli import-template --help");
    QTest::addRow("help for an unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
        << QStringLiteral("countersign-cli --help");
}

void TestCli::badUsage() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, hint);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
    QVERIFY2(run.errText().contains(hint), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Bad usage never opens, let alone creates, a database.
    QVERIFY(!QFileInfo::exists(m_db));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg-data"))));
}

// ---- Templates

void TestCli::templatesListsBuiltIn() {
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

void TestCli::importTemplate() {
    const Run run =
        db({QStringLiteral("import-template"), dataFile(QStringLiteral("cli-smoke-template.md"))});
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

void TestCli::importBadTemplateChangesNothing() {
    createDatabase();
    const QByteArray before = db({QStringLiteral("templates"), QStringLiteral("--json")}).out;
    QVERIFY(!before.isEmpty());
    const QString bad = dataFile(QStringLiteral("cli-bad-template.md"));
    const Run run = db({QStringLiteral("import-template"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: %1: line 8").arg(bad)),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(db({QStringLiteral("templates"), QStringLiteral("--json")}).out, before);
}

void TestCli::importFromStandardInput() {
    const Run run =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("import-template"), QStringLiteral("-")},
            fileBytes(dataFile(QStringLiteral("cli-smoke-template.md"))));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lastLine().toLongLong() > 0);
    QVERIFY(db({QStringLiteral("templates")}).outText().contains(kSmokeTitle));
}

void TestCli::templateVersions() {
    const QString file = dataFile(QStringLiteral("cli-smoke-template.md"));
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

void TestCli::exportTemplate() {
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
    QCOMPARE(fileBytes(file), out.out);

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

// ---- Records

void TestCli::newRecordAndRecords() {
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

void TestCli::setByTextAnyCaseAndById() {
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

void TestCli::ambiguousItemListsCandidates() {
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

void TestCli::unknownItemListsCandidates() {
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

void TestCli::groupHeadingIsNotAnItem() {
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

void TestCli::notApplicableNeedsNote() {
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

void TestCli::noteStaysWithoutNoteOption() {
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

void TestCli::actorDefaults() {
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

void TestCli::showJson() {
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
    QVERIFY(record.value(QStringLiteral("signoffs")).isArray());

    const QJsonArray sections = record.value(QStringLiteral("sections")).toArray();
    QStringList kinds;
    int items = 0;
    for (const QJsonValue& section : sections) {
        const QJsonObject s = section.toObject();
        kinds << s.value(QStringLiteral("kind")).toString();
        QVERIFY(s.contains(QStringLiteral("title")));
        QVERIFY(s.value(QStringLiteral("columns")).isArray());
        if (s.value(QStringLiteral("kind")).toString() == u"checklist")
            items += int(s.value(QStringLiteral("items")).toArray().size());
    }
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

void TestCli::showText() {
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
    QVERIFY2(
        text.contains(QRegularExpression(
            QStringLiteral("\\n\\s*%1\\s+☒ Failed\\s+Security scan completed\\s+two high CVEs\\s+sec-team\\s+"
                           "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\n")
                .arg(scan))),
        run.out.constData());
    QVERIFY(text.contains(QStringLiteral("▸ Staging Deployment\n")));
    QVERIFY(text.contains(QStringLiteral("  1. Stop the current deployment\n")));
    QVERIFY(text.contains(QStringLiteral("  5. Document the issue and rollback\n")));
    QVERIFY(text.contains(QStringLiteral("Deployment Manager")));
    QVERIFY(text.contains(QStringLiteral("Product Owner")));
}

void TestCli::exportRecord() {
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
    const QString markdown = QString::fromUtf8(fileBytes(md));
    QVERIFY2(markdown.startsWith(QStringLiteral("# Production Deployment Checklist\n")),
             qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("Release 2.4.0")));
    QVERIFY(markdown.contains(QStringLiteral("| All acceptance tests pass | ☑ | green, all 812 |")));
    QVERIFY(markdown.contains(QStringLiteral("| Tag release version | ☐ |")));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--markdown"), QStringLiteral("-")}).out,
             fileBytes(md));

    // CSV
    const QString csv = m_dir->filePath(QStringLiteral("record.csv"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), csv}).exitCode, 0);
    const QStringList rows = QString::fromUtf8(fileBytes(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 33); // header + 32 items
    QCOMPARE(rows.at(0), QStringLiteral("section,group,text,status,notes,by,at"));
    QVERIFY2(
        rows.at(1).startsWith(QStringLiteral(
            "Pre-Deployment Verification,,All acceptance tests pass,done,\"green, all 812\",cli-test-user,")),
        qPrintable(rows.at(1)));
    QVERIFY(rows.contains(
        QStringLiteral("Deployment Steps,Staging Deployment,Verify logs for errors,pending,,,")));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), QStringLiteral("-")}).out,
             fileBytes(csv));

    // JSON
    const QString json = m_dir->filePath(QStringLiteral("record.json"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--json"), json}).exitCode, 0);
    const QJsonObject exported = QJsonDocument::fromJson(fileBytes(json)).object();
    QCOMPARE(exported.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(exported.value(QStringLiteral("title")).toString(), QStringLiteral("Release 2.4.0"));
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--json"), QStringLiteral("-")}).out,
             fileBytes(json));
    QCOMPARE(QJsonDocument::fromJson(fileBytes(json)).object(), showJson(id));

    // An existing file is replaced.
    QFile old(m_dir->filePath(QStringLiteral("old.csv")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    QCOMPARE(db({QStringLiteral("export"), record, QStringLiteral("--csv"), old.fileName()}).exitCode, 0);
    QCOMPARE(fileBytes(old.fileName()), fileBytes(csv));

    const Run missing = db({QStringLiteral("export"), QStringLiteral("77"), QStringLiteral("--csv"),
                            m_dir->filePath(QStringLiteral("77.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("77.csv"))));
}

void TestCli::exportToUnwritablePathFails() {
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

void TestCli::audit() {
    const qint64 id = newRecord();
    const QString record = QString::number(id);
    QCOMPARE(db({QStringLiteral("set"), record, QStringLiteral("All acceptance tests pass"),
                 QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--by"),
                 QStringLiteral("alice")})
                 .exitCode,
             0);
    QCOMPARE(db({QStringLiteral("set"), record, QStringLiteral("Security scan completed"),
                 QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--note"),
                 QStringLiteral("CVE-2024-1234"), QStringLiteral("--by"), QStringLiteral("bob")})
                 .exitCode,
             0);

    const Run json = db({QStringLiteral("audit"), record, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray trail = json.json().array();
    QCOMPARE(trail.size(), 4); // created, alice's status, bob's status and notes
    QCOMPARE(trail.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("created"));
    QCOMPARE(trail.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("creator"));

    const QJsonObject ticked = trail.at(1).toObject();
    QCOMPARE(ticked.value(QStringLiteral("action")).toString(), QStringLiteral("status"));
    QCOMPARE(ticked.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
    QCOMPARE(ticked.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(ticked.value(QStringLiteral("item")).toString(), QStringLiteral("All acceptance tests pass"));
    QCOMPARE(ticked.value(QStringLiteral("item_id")).toInteger(),
             item(id, QStringLiteral("All acceptance tests pass")).value(QStringLiteral("id")).toInteger());
    QCOMPARE(ticked.value(QStringLiteral("old")).toString(), QStringLiteral("pending"));
    QCOMPARE(ticked.value(QStringLiteral("new")).toString(), QStringLiteral("done"));
    const QString at = ticked.value(QStringLiteral("at")).toString();
    QVERIFY2(at.endsWith(QLatin1Char('Z')), qPrintable(at));
    QVERIFY(QDateTime::fromString(at, Qt::ISODateWithMs).isValid());
    QVERIFY(ticked.value(QStringLiteral("hash"))
                .toString()
                .contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))));
    QVERIFY(ticked.value(QStringLiteral("id")).toInteger() >
            trail.at(0).toObject().value(QStringLiteral("id")).toInteger());

    const QJsonObject notes = trail.at(3).toObject();
    QCOMPARE(notes.value(QStringLiteral("field")).toString(), QStringLiteral("notes"));
    QCOMPARE(notes.value(QStringLiteral("actor")).toString(), QStringLiteral("bob"));
    QCOMPARE(notes.value(QStringLiteral("new")).toString(), QStringLiteral("CVE-2024-1234"));

    const Run text = db({QStringLiteral("audit"), record});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).contains(
        QRegularExpression(QStringLiteral("Time\\s+Actor\\s+Action\\s+Item\\s+Change"))));
    QVERIFY2(lines.at(2).contains(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+alice\\s+status\\s+"
                                "All acceptance tests pass\\s+Pending → Done$"))),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).contains(QStringLiteral("Pending → Failed")));
    QVERIFY(lines.at(4).contains(QStringLiteral("\"\" → \"CVE-2024-1234\"")));

    QCOMPARE(db({QStringLiteral("audit"), QStringLiteral("99")}).exitCode, 1);
}

// ---- Databases

void TestCli::readOnlyCommandOnMissingDatabase_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("templates") << QStringList{QStringLiteral("templates")};
    QTest::addRow("templates --json") << QStringList{QStringLiteral("templates"), QStringLiteral("--json")};
    QTest::addRow("records") << QStringList{QStringLiteral("records")};
    QTest::addRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::addRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("1")};
    QTest::addRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("1"),
                                           QStringLiteral("--csv"), QStringLiteral("-")};
    QTest::addRow("export-template") << QStringList{QStringLiteral("export-template"), kBuiltInTitle,
                                                    QStringLiteral("--markdown"), QStringLiteral("-")};
}

void TestCli::readOnlyCommandOnMissingDatabase() {
    QFETCH(QStringList, arguments);
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const Run run = cli(QStringList{QStringLiteral("--db"), missing} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().startsWith(QStringLiteral("countersign-cli: there is no database at %1").arg(missing)),
        run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Nothing was created: not the file, not the default database.
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCli::failedWriteOnNewDatabaseLeavesNothing() {
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    const Run badTemplate =
        cli({QStringLiteral("--db"), fresh, QStringLiteral("new"), QStringLiteral("--template"),
             QStringLiteral("No Such Checklist"), QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(badTemplate.exitCode, 1);
    const Run set = cli({QStringLiteral("--db"), fresh, QStringLiteral("set"), QStringLiteral("1"),
                         QStringLiteral("All acceptance tests pass"), QStringLiteral("--status"),
                         QStringLiteral("done")});
    QCOMPARE(set.exitCode, 1);
    const Run badImport = cli({QStringLiteral("--db"), fresh, QStringLiteral("import-template"),
                               dataFile(QStringLiteral("cli-bad-template.md"))});
    QCOMPARE(badImport.exitCode, 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // A command that writes creates the database it is given, with the built-in template.
    const Run created =
        cli({QStringLiteral("--db"), fresh, QStringLiteral("new"), QStringLiteral("--template"),
             kBuiltInTitle, QStringLiteral("--title"), QStringLiteral("First")});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFileInfo(fresh).isFile());
    QCOMPARE(created.lastLine(), QStringLiteral("1"));
}

void TestCli::notADatabaseIsLeftUntouched_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("templates") << QStringList{QStringLiteral("templates")};
    QTest::addRow("records --json") << QStringList{QStringLiteral("records"), QStringLiteral("--json")};
    QTest::addRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::addRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle,
                                        QStringLiteral("--title"), QStringLiteral("x")};
    QTest::addRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("--status"), QStringLiteral("done")};
    QTest::addRow("import-template") << QStringList{QStringLiteral("import-template"),
                                                    dataFile(QStringLiteral("cli-smoke-template.md"))};
}

void TestCli::notADatabaseIsLeftUntouched() {
    QFETCH(QStringList, arguments);
    for (const QByteArray& content : {QByteArray("# My notes\n\nNot a database at all.\n"), QByteArray()}) {
        const QString path = m_dir->filePath(QStringLiteral("notes.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        const QDateTime modified = QFileInfo(path).lastModified();

        const Run run = cli(QStringList{QStringLiteral("--db"), path} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("not a Countersign database")), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256), digest);
        QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("notes.md")});
    }
}

void TestCli::defaultDatabaseIsTheAppDataOne() {
    // Without --db: the desktop app's database in AppDataLocation, created on first use.
    const QString expected =
        m_dir->filePath(QStringLiteral("xdg-data/countersign/countersign/countersign.sqlite"));
    QVERIFY(!QFileInfo::exists(expected));
    const Run run = cli({QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    QVERIFY(QFileInfo(expected).isFile());

    const Run created = cli({QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle,
                             QStringLiteral("--title"), QStringLiteral("In the default database")});
    QCOMPARE(created.exitCode, 0);
    const Run listed = cli({QStringLiteral("--db"), expected, QStringLiteral("records")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.outText().contains(QStringLiteral("In the default database")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::verifyCatchesAnEditedAuditRow()
{
    const qint64 id = newRecord();
    const QString record = QString::number(id);
    QCOMPARE(db({QStringLiteral("set"), record, QStringLiteral("All acceptance tests pass"), QStringLiteral("--status"),
                 QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice")})
                 .exitCode,
             0);
    const Run intact = db({QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.outText().contains(QStringLiteral("Intact")), intact.out.constData());

    QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("DROP TRIGGER audit_log_no_update")), QString());
    QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE action = 'status'")),
             QString());
    const Run broken = db({QStringLiteral("verify"), record, QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(broken.out).object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(), false);
    QVERIFY2(broken.outText().contains(QStringLiteral("was edited after it was written")), broken.out.constData());
}
