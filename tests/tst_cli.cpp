// countersign-cli, end to end: every test runs the built binary with QProcess
// on a database in a QTemporaryDir, with HOME and the XDG folders pointing
// into that directory so the user's real database and settings are never read
// or written.

#include "TestSupport.h"
#include "Version.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString kBuiltInTitle = QStringLiteral("Production Deployment Checklist");
const QString kSmokeTitle = QStringLiteral("Smoke Test Checklist");
const QString kTestUser = QStringLiteral("cli-test-user");

// The seed's sign-off table, in the order its roles sign.
const QStringList kSeedRoles{QStringLiteral("Deployment Manager"), QStringLiteral("QA Lead"),
                             QStringLiteral("Development Lead"), QStringLiteral("Product Owner")};

// One signer per seed role: login, printed name, password.
struct TestSigner {
    QString login;
    QString name;
    QString role;
    QString password;
    QByteArray stdinLine() const { return password.toUtf8() + '\n'; }
};
const QList<TestSigner> kSigners{
    {QStringLiteral("dm"), QStringLiteral("Dana Manager"), QStringLiteral("Deployment Manager"),
     QStringLiteral("dm-secret-pass")},
    {QStringLiteral("qa"), QStringLiteral("Quinn Assurance"), QStringLiteral("QA Lead"),
     QStringLiteral("qa-secret-pass")},
    {QStringLiteral("dev"), QStringLiteral("Devi Lead"), QStringLiteral("Development Lead"),
     QStringLiteral("dev-secret-pass")},
    {QStringLiteral("po"), QStringLiteral("Pat Owner"), QStringLiteral("Product Owner"),
     QStringLiteral("po-secret-pass")},
};

// UtcTime::text: the stored and signed form, milliseconds included.
const QRegularExpression kIsoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
const QRegularExpression kSha256Hex(QStringLiteral("^[0-9a-f]{64}$"));

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

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
    void unreadableTableIsAFailure_data();
    void unreadableTableIsAFailure();

    void readOnlyCommandOnMissingDatabase_data();
    void readOnlyCommandOnMissingDatabase();
    void failedWriteOnNewDatabaseLeavesNothing();
    void notADatabaseIsLeftUntouched_data();
    void notADatabaseIsLeftUntouched();
    void defaultDatabaseIsTheAppDataOne();
    void badDatabaseIsLeftUntouched_data();
    void badDatabaseIsLeftUntouched();
    void missingFolderIsNotCreated();
    void lockedDatabaseIsLeftUntouched();

    void signerAddAndList();
    void signOffFlow();
    void signRefusals();
    void samePersonMayNotSignTwice();
    void wrongPasswordFiveTimesLocks();
    void changePassword();
    void deactivatedSignerCannotSign();
    void badStrokesFileWritesNothing_data();
    void badStrokesFileWritesNothing();
    void exportPdf();
    void backup();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {}) const;
    // With --db pointing at the test's database.
    Run db(const QStringList& arguments, const QByteArray& input = {}) const;
    void addSigner(const TestSigner& signer, const QString& roles = {}) const;
    Run sign(qint64 recordId, const TestSigner& signer, const QString& meaning = QStringLiteral("Approved"),
             const QStringList& extra = {}) const;
    Run signAs(qint64 recordId, const QString& role, const QString& login, const QByteArray& input,
               const QStringList& extra = {}) const;
    // Marks every checklist item of a record Done through the store (the flow test uses `set`).
    void tickAll(qint64 recordId) const;
    QList<qint64> checklistItemIds(qint64 recordId) const;
    // show --json's "signatures": every signature ever made on the record.
    QJsonArray signatures(qint64 recordId) const;
    QJsonObject signerEntry(const QString& login) const;
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
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(QFileInfo::exists(QStringLiteral(COUNTERSIGN_CLI_PATH)), COUNTERSIGN_CLI_PATH);
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A file here, a fresh database on the server in the _pg run.
    m_db = TestSupport::newDatabase(*m_dir, QStringLiteral("records"));
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

Run TestCli::db(const QStringList& arguments, const QByteArray& input) const {
    return cli(QStringList{QStringLiteral("--db"), m_db} + arguments, input);
}

void TestCli::createDatabase() const {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
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
    // The version CMake's project() sets, through the generated Version.h.
    QCOMPARE(run.outText(), QStringLiteral("countersign-cli " COUNTERSIGN_VERSION "\n"));
    QVERIFY(
        run.outText().contains(QRegularExpression(QStringLiteral("^countersign-cli \\d+\\.\\d+\\.\\d+\n$"))));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help() {
    const Run global = cli({QStringLiteral("--help")});
    QCOMPARE(global.exitCode, 0);
    QVERIFY(global.err.isEmpty());
    for (const char* command : {"templates", "import-template", "export-template", "new", "records", "show",
                                "set", "export", "signer add", "signer list", "signer deactivate",
                                "signer passwd", "sign", "reopen", "audit", "verify", "backup", "help"})
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

    QVERIFY(global.outText().contains(QStringLiteral("--password-stdin")));

    // The new commands' help: usage line first, then every option.
    const Run helpSign = cli({QStringLiteral("help"), QStringLiteral("sign")});
    QCOMPARE(helpSign.exitCode, 0);
    QVERIFY2(helpSign.outText().startsWith(
                 QStringLiteral("Usage: countersign-cli sign RECORD --role ROLE --login L --meaning TEXT "
                                "--password-stdin [--strokes FILE.json]\n")),
             helpSign.out.constData());
    for (const char* option :
         {"--role ROLE", "--login L", "--meaning TEXT", "--password-stdin", "--strokes FILE.json"})
        QVERIFY2(helpSign.outText().contains(QLatin1String(option)), option);
    const Run helpAdd = cli({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(helpAdd.exitCode, 0);
    QVERIFY2(
        helpAdd.outText().startsWith(QStringLiteral("Usage: countersign-cli signer add --login L --name")),
        helpAdd.out.constData());
    QCOMPARE(cli({QStringLiteral("help"), QStringLiteral("signer"), QStringLiteral("add")}).out, helpAdd.out);
    for (const QStringList& groupHelp : {QStringList{QStringLiteral("help"), QStringLiteral("signer")},
                                         QStringList{QStringLiteral("signer"), QStringLiteral("--help")}}) {
        const Run run = cli(groupHelp);
        QCOMPARE(run.exitCode, 0);
        for (const char* synopsis :
             {"countersign-cli signer add --login L", "countersign-cli signer list [--json]",
              "countersign-cli signer deactivate LOGIN",
              "countersign-cli signer passwd LOGIN --password-stdin"})
            QVERIFY2(run.outText().contains(QLatin1String(synopsis)), synopsis);
    }
    QVERIFY(cli({QStringLiteral("help"), QStringLiteral("reopen")})
                .outText()
                .contains(QStringLiteral("reopen RECORD --login L --reason TEXT --password-stdin")));
    QVERIFY(cli({QStringLiteral("help"), QStringLiteral("backup")})
                .outText()
                .contains(QStringLiteral("backup FILE")));
    QVERIFY(cli({QStringLiteral("export"), QStringLiteral("--help")})
                .outText()
                .contains(QStringLiteral("--pdf FILE")));

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
    QTest::addRow("sign without --password-stdin") << QStringList{db,
                                                                  path,
                                                                  QStringLiteral("sign"),
                                                                  QStringLiteral("1"),
                                                                  QStringLiteral("--role"),
                                                                  QStringLiteral("QA Lead"),
                                                                  QStringLiteral("--login"),
                                                                  QStringLiteral("qa"),
                                                                  QStringLiteral("--meaning"),
                                                                  QStringLiteral("Approved")}
                                                   << QStringLiteral("countersign-cli sign --help");
    QTest::addRow("a password as an argument") << QStringList{db,
                                                              path,
                                                              QStringLiteral("signer"),
                                                              QStringLiteral("passwd"),
                                                              QStringLiteral("qa"),
                                                              QStringLiteral("--password"),
                                                              QStringLiteral("hunter22")}
                                               << QStringLiteral("countersign-cli signer passwd --help");
    QTest::addRow("signer without subcommand")
        << QStringList{db, path, QStringLiteral("signer")} << QStringLiteral("countersign-cli --help");
    QTest::addRow("signer with unknown subcommand")
        << QStringList{db, path, QStringLiteral("signer"), QStringLiteral("delete"), QStringLiteral("qa")}
        << QStringLiteral("countersign-cli --help");
    QTest::addRow("reopen without --reason") << QStringList{db,
                                                            path,
                                                            QStringLiteral("reopen"),
                                                            QStringLiteral("1"),
                                                            QStringLiteral("--login"),
                                                            QStringLiteral("qa"),
                                                            QStringLiteral("--password-stdin")}
                                             << QStringLiteral("countersign-cli reopen --help");
    QTest::addRow("backup without file")
        << QStringList{db, path, QStringLiteral("backup")} << QStringLiteral("countersign-cli backup --help");
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

    // Every role of the record, none signed yet: no name, no time, no signature fields.
    const QJsonArray roles = record.value(QStringLiteral("signoffs")).toArray();
    QCOMPARE(roles.size(), kSeedRoles.size());
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject role = roles.at(i).toObject();
        QCOMPARE(role.value(QStringLiteral("role")).toString(), kSeedRoles.at(i));
        QCOMPARE(role.value(QStringLiteral("signed")), QJsonValue(false));
        QVERIFY(role.value(QStringLiteral("name")).isNull());
        QVERIFY(role.value(QStringLiteral("signed_at")).isNull());
        QCOMPARE(role.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("role"),
                                           QStringLiteral("signed"), QStringLiteral("signed_at")}));
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
    if (TestSupport::onPostgres())
        QSKIP("about a database file that does not exist: SQLite only");
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
    if (TestSupport::onPostgres())
        QSKIP("about database files created and removed: SQLite only");
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
    if (TestSupport::onPostgres())
        QSKIP("about files that are not databases: SQLite only");
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
    if (TestSupport::onPostgres())
        QSKIP("about the default database file in AppDataLocation: SQLite only");
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

void TestCli::verifyCatchesAnEditedAuditRow() {
    const qint64 id = newRecord();
    const QString record = QString::number(id);
    QCOMPARE(db({QStringLiteral("set"), record, QStringLiteral("All acceptance tests pass"),
                 QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--by"),
                 QStringLiteral("alice")})
                 .exitCode,
             0);
    const Run intact = db({QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.outText().contains(QStringLiteral("Intact")), intact.out.constData());

    QCOMPARE(TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                                 QStringLiteral("audit_log"))),
             QString());
    QCOMPARE(TestSupport::rawExec(
                 m_db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE action = 'status'")),
             QString());
    const Run broken = db({QStringLiteral("verify"), record, QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(broken.out).object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(), false);
    QVERIFY2(broken.outText().contains(QStringLiteral("was edited after it was written")),
             broken.out.constData());
}

// A table the CLI cannot read (an insider's rename, a damaged file) is an
// error: verify exits 3 and names it, a listing exits 1 instead of printing
// an empty list as if there were nothing.
void TestCli::unreadableTableIsAFailure_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("command"); // RECORD: the signed record's id
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString renameAudit = QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone");
    const QString renameRecords = QStringLiteral("ALTER TABLE records RENAME TO records_gone");
    const QString renameSigners = QStringLiteral("ALTER TABLE signers RENAME TO signers_gone");
    const QString verify = QStringLiteral("verify");
    QTest::newRow("verify, audit trail")
        << renameAudit << QStringList{verify} << 3 << QStringLiteral("cannot read the audit trail: ");
    QTest::newRow("verify RECORD, audit trail")
        << renameAudit << QStringList{verify, QStringLiteral("RECORD")} << 3
        << QStringLiteral("cannot read the audit trail: ");
    QTest::newRow("verify, signatures") << QStringLiteral("DROP TABLE signatures") << QStringList{verify} << 3
                                        << QStringLiteral("cannot read the signatures of record RECORD: ");
    QTest::newRow("verify, signers") << renameSigners << QStringList{verify} << 3
                                     << QStringLiteral("cannot read signers: ");
    QTest::newRow("verify, records") << renameRecords << QStringList{verify} << 3
                                     << QStringLiteral("cannot read records: ");
    QTest::newRow("records") << renameRecords << QStringList{QStringLiteral("records")} << 1
                             << QStringLiteral("cannot read records: ");
    QTest::newRow("audit") << renameAudit << QStringList{QStringLiteral("audit"), QStringLiteral("RECORD")}
                           << 1 << QStringLiteral("cannot read the audit trail of record RECORD: ");
    QTest::newRow("signer list") << renameSigners
                                 << QStringList{QStringLiteral("signer"), QStringLiteral("list")} << 1
                                 << QStringLiteral("cannot read signers: ");
    QTest::newRow("templates") << QStringLiteral("ALTER TABLE templates RENAME TO templates_gone")
                               << QStringList{QStringLiteral("templates")} << 1
                               << QStringLiteral("cannot read templates: ");
    QTest::newRow("export pdf") << renameAudit
                                << QStringList{QStringLiteral("export"), QStringLiteral("RECORD"),
                                               QStringLiteral("--pdf"), QStringLiteral("-")}
                                << 1 << QStringLiteral("cannot read the audit trail of record RECORD: ");
}

void TestCli::unreadableTableIsAFailure() {
    QFETCH(QString, sql);
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    // A signed record, so that every table verify reads has something in it.
    const qint64 id = newRecord();
    const QString record = QString::number(id);
    tickAll(id);
    addSigner(kSigners.at(0));
    const Run signed_ = sign(id, kSigners.at(0));
    QVERIFY2(signed_.exitCode == 0, signed_.err.constData());
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);

    QCOMPARE(TestSupport::rawExec(m_db, sql), QString());
    command.replaceInStrings(QStringLiteral("RECORD"), record);
    expected.replace(QStringLiteral("RECORD"), record);
    const Run run = db(command);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 3) {
        QVERIFY2(run.outText().contains(QStringLiteral("FAILED: ") + expected), run.out.constData());
        QVERIFY2(run.outText().contains(QStringLiteral("NOT intact")), run.out.constData());
        QVERIFY2(!run.outText().contains(QStringLiteral("Intact")), run.out.constData());
    } else {
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(expected), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }
    // SQLite's own reason, not what a statement that never prepared says when run.
    const QString said = run.outText() + run.errText();
    if (!TestSupport::onPostgres())
        QVERIFY2(said.contains(QStringLiteral("no such table")), qPrintable(said));
}

// ---- Helpers for signing

void TestCli::addSigner(const TestSigner& signer, const QString& roles) const {
    const Run run = db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"),
                        signer.login, QStringLiteral("--name"), signer.name, QStringLiteral("--roles"),
                        roles.isEmpty() ? signer.role : roles, QStringLiteral("--password-stdin")},
                       signer.stdinLine());
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

Run TestCli::signAs(qint64 recordId, const QString& role, const QString& login, const QByteArray& input,
                    const QStringList& extra) const {
    return db(QStringList{QStringLiteral("sign"), QString::number(recordId), QStringLiteral("--role"), role,
                          QStringLiteral("--login"), login, QStringLiteral("--password-stdin")} +
                  (extra.contains(QStringLiteral("--meaning"))
                       ? extra
                       : extra + QStringList{QStringLiteral("--meaning"), QStringLiteral("Approved")}),
              input);
}

Run TestCli::sign(qint64 recordId, const TestSigner& signer, const QString& meaning,
                  const QStringList& extra) const {
    return signAs(recordId, signer.role, signer.login, signer.stdinLine(),
                  QStringList{QStringLiteral("--meaning"), meaning} + extra);
}

QList<qint64> TestCli::checklistItemIds(qint64 recordId) const {
    QList<qint64> ids;
    for (const QJsonValue& section : showJson(recordId).value(QStringLiteral("sections")).toArray()) {
        if (section.toObject().value(QStringLiteral("kind")).toString() != u"checklist")
            continue;
        for (const QJsonValue& value : section.toObject().value(QStringLiteral("items")).toArray())
            ids << value.toObject().value(QStringLiteral("id")).toInteger();
    }
    return ids;
}

void TestCli::tickAll(qint64 recordId) const {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    for (const qint64 itemId : checklistItemIds(recordId)) {
        const Result<ChecklistItem> ticked =
            store.updateItem(itemId, {ItemStatus::Done, QString()}, QStringLiteral("setup"));
        QVERIFY2(ticked.ok(), qPrintable(ticked.error()));
    }
}

QJsonArray TestCli::signatures(qint64 recordId) const {
    return showJson(recordId).value(QStringLiteral("signatures")).toArray();
}

QJsonObject TestCli::signerEntry(const QString& login) const {
    const Run run = db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& value : run.json().array()) {
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            return value.toObject();
    }
    return {};
}

// ---- Signers

void TestCli::signerAddAndList() {
    createDatabase();
    const QStringList add{QStringLiteral("signer"),          QStringLiteral("add"),
                          QStringLiteral("--login"),         QStringLiteral("quinn"),
                          QStringLiteral("--name"),          QStringLiteral("Quinn Q. Lead"),
                          QStringLiteral("--roles"),         QStringLiteral("QA Lead, Product Owner"),
                          QStringLiteral("--password-stdin")};

    // No password, an empty one, a short one: refused, and no signer is made.
    const struct {
        QByteArray input;
        const char* says;
    } refusals[] = {
        {QByteArray(), "missing"}, {QByteArray("\n"), "empty"}, {QByteArray("short7!\n"), "at least 8"}};
    for (const auto& refusal : refusals) {
        const Run run = db(add, refusal.input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String(refusal.says)), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);

    const QString password = QStringLiteral("a long passphrase 9");
    const Run added = db(add, password.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.outText().contains(QStringLiteral("quinn")), added.out.constData());
    QVERIFY(!added.outText().contains(password));
    QVERIFY(!added.errText().contains(password));

    const Run json = db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().array().size(), 1);
    const QJsonObject quinn = json.json().array().at(0).toObject();
    QCOMPARE(quinn.value(QStringLiteral("login")).toString(), QStringLiteral("quinn"));
    QCOMPARE(quinn.value(QStringLiteral("name")).toString(), QStringLiteral("Quinn Q. Lead"));
    QCOMPARE(quinn.value(QStringLiteral("roles")).toArray(),
             QJsonArray({QStringLiteral("QA Lead"), QStringLiteral("Product Owner")}));
    QCOMPARE(quinn.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(quinn.value(QStringLiteral("locked")).toBool(), false);

    const Run text = db({QStringLiteral("signer"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(
        QRegularExpression(QStringLiteral("Login\\s+Name\\s+Roles\\s+Active\\s+Locked"))));
    QVERIFY2(lines.at(1).contains(QRegularExpression(
                 QStringLiteral("^quinn\\s+Quinn Q\\. Lead\\s+QA Lead, Product Owner\\s+yes\\s+no$"))),
             qPrintable(lines.at(1)));

    // The same login again is refused.
    const Run again = db(add, password.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QStringLiteral("already a signer")), again.err.constData());
    QCOMPARE(db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             1);
}

// ---- Sign-off, end to end on the seed

void TestCli::signOffFlow() {
    const qint64 id = newRecord();
    const QString record = QString::number(id);

    // The roles come from the seed's sign-off table.
    QStringList roles;
    for (const QJsonValue& section : showJson(id).value(QStringLiteral("sections")).toArray()) {
        if (section.toObject().value(QStringLiteral("kind")).toString() == u"signoff") {
            for (const QJsonValue& row : section.toObject().value(QStringLiteral("items")).toArray())
                roles << row.toObject().value(QStringLiteral("text")).toString();
        }
    }
    QCOMPARE(roles, kSeedRoles);
    for (const TestSigner& signer : kSigners)
        addSigner(signer);

    // Every item ticked with `set`, as a pipeline does.
    const QList<qint64> items = checklistItemIds(id);
    QCOMPARE(items.size(), 32);
    for (const qint64 itemId : items) {
        const Run set =
            db({QStringLiteral("set"), record, QString::number(itemId), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("ci")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }
    QCOMPARE(recordEntry(id).value(QStringLiteral("done")).toInt(), 32);

    // Each role in order; the Deployment Manager draws, the others type.
    const QString strokes = dataFile(QStringLiteral("cli-strokes.json"));
    for (int i = 0; i < kSigners.size(); ++i) {
        const TestSigner& signer = kSigners.at(i);
        const Run run = sign(id, signer, QStringLiteral("Approved by %1").arg(signer.role),
                             i == 0 ? QStringList{QStringLiteral("--strokes"), strokes} : QStringList{});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(signer.name), run.out.constData());
        QVERIFY(!run.outText().contains(signer.password));
        QCOMPARE(run.outText().contains(QStringLiteral("sealed")), i == kSigners.size() - 1);
    }

    QJsonObject shown = showJson(id);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));
    QCOMPARE(recordEntry(id).value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));

    // A sealed record cannot change.
    const Run set = db({QStringLiteral("set"), record, QString::number(items.constFirst()),
                        QStringLiteral("--status"), QStringLiteral("pending")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.errText().contains(QStringLiteral("sealed")), set.err.constData());
    QCOMPARE(recordEntry(id).value(QStringLiteral("done")).toInt(), 32);
    // Nor can it be signed again.
    const Run again = sign(id, kSigners.at(0));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QStringLiteral("sealed")), again.err.constData());

    // show --json: every role, signed, with its standing signature.
    const QJsonArray signedRoles = shown.value(QStringLiteral("signoffs")).toArray();
    QCOMPARE(signedRoles.size(), kSigners.size());
    for (int i = 0; i < kSigners.size(); ++i) {
        const QJsonObject r = signedRoles.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("role")).toString(), kSigners.at(i).role);
        QCOMPARE(r.value(QStringLiteral("signed")), QJsonValue(true));
        QCOMPARE(r.value(QStringLiteral("name")).toString(), kSigners.at(i).name);
        QCOMPARE(r.value(QStringLiteral("login")).toString(), kSigners.at(i).login);
        QCOMPARE(r.value(QStringLiteral("meaning")).toString(),
                 QStringLiteral("Approved by %1").arg(kSigners.at(i).role));
        QVERIFY2(kIsoUtc.match(r.value(QStringLiteral("signed_at")).toString()).hasMatch(),
                 qPrintable(r.value(QStringLiteral("signed_at")).toString()));
        QVERIFY(kSha256Hex.match(r.value(QStringLiteral("digest")).toString()).hasMatch());
        QCOMPARE(r.value(QStringLiteral("typed")).toBool(), i != 0);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    }
    // And every field of every signature.
    const QJsonArray signed_ = shown.value(QStringLiteral("signatures")).toArray();
    QCOMPARE(signed_.size(), kSigners.size());
    for (int i = 0; i < kSigners.size(); ++i) {
        const QJsonObject s = signed_.at(i).toObject();
        QCOMPARE(s.value(QStringLiteral("role")).toString(), kSigners.at(i).role);
        QCOMPARE(s.value(QStringLiteral("login")).toString(), kSigners.at(i).login);
        QCOMPARE(s.value(QStringLiteral("printed_name")).toString(), kSigners.at(i).name);
        QCOMPARE(s.value(QStringLiteral("meaning")).toString(),
                 QStringLiteral("Approved by %1").arg(kSigners.at(i).role));
        const QString at = s.value(QStringLiteral("signed_at")).toString();
        QVERIFY2(kIsoUtc.match(at).hasMatch(), qPrintable(at));
        QVERIFY(qAbs(QDateTime::fromString(at, Qt::ISODateWithMs).secsTo(QDateTime::currentDateTimeUtc())) <
                600);
        QVERIFY2(kSha256Hex.match(s.value(QStringLiteral("digest")).toString()).hasMatch(),
                 qPrintable(s.value(QStringLiteral("digest")).toString()));
        // Signing does not change the content: every role signed the same digest.
        QCOMPARE(s.value(QStringLiteral("digest")), signed_.at(0).toObject().value(QStringLiteral("digest")));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(s.value(QStringLiteral("typed")).toBool(), i != 0);
    }
    // export --json carries the same.
    QCOMPARE(
        db({QStringLiteral("export"), record, QStringLiteral("--json"), QStringLiteral("-")}).json().object(),
        shown);

    // The text lists them too.
    const Run text = db({QStringLiteral("show"), record});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QRegularExpression(QStringLiteral("State:\\s+Sealed\\n"))));
    QVERIFY2(text.outText().contains(QStringLiteral("Signatures (4):")), text.out.constData());
    for (const TestSigner& signer : kSigners)
        QVERIFY2(text.outText().contains(QRegularExpression(
                     QStringLiteral("\\n\\s+%1\\s+%2 \\(%3\\)\\s+Approved by %1\\s+\\d{4}-\\d\\d-\\d\\d "
                                    "\\d\\d:\\d\\d:\\d\\d\\s+Valid\\s+[0-9a-f]{16}\\n")
                         .arg(signer.role, signer.name, signer.login))),
                 qPrintable(signer.login));

    const Run verify = db({QStringLiteral("verify"), record});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.outText().contains(QStringLiteral("4 signatures")), verify.out.constData());

    // Reopen: a wrong password is refused, then every signature is revoked.
    const QStringList reopen{
        QStringLiteral("reopen"),          record,
        QStringLiteral("--login"),         QStringLiteral("qa"),
        QStringLiteral("--reason"),        QStringLiteral("smoke test failed after sign-off"),
        QStringLiteral("--password-stdin")};
    const Run wrong = db(reopen, "not-the-password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.errText().contains(QStringLiteral("the login or the password is wrong")),
             wrong.err.constData());
    QCOMPARE(showJson(id).value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));

    const Run reopened = db(reopen, kSigners.at(1).stdinLine());
    QVERIFY2(reopened.exitCode == 0, reopened.err.constData());
    QVERIFY2(reopened.outText().contains(QStringLiteral("4 signature(s) revoked")), reopened.out.constData());
    shown = showJson(id);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    // The roles are unsigned again; the revoked signatures stay in the history.
    for (const QJsonValue& role : shown.value(QStringLiteral("signoffs")).toArray()) {
        QCOMPARE(role.toObject().value(QStringLiteral("signed")), QJsonValue(false));
        QVERIFY(role.toObject().value(QStringLiteral("name")).isNull());
        QVERIFY(!role.toObject().contains(QStringLiteral("state")));
    }
    const QJsonArray revoked = shown.value(QStringLiteral("signatures")).toArray();
    QCOMPARE(revoked.size(), 4);
    for (const QJsonValue& value : revoked) {
        const QJsonObject s = value.toObject();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
        QCOMPARE(s.value(QStringLiteral("revoked_by")).toString(), QStringLiteral("qa"));
        QCOMPARE(s.value(QStringLiteral("revoked_reason")).toString(),
                 QStringLiteral("smoke test failed after sign-off"));
        QVERIFY(kIsoUtc.match(s.value(QStringLiteral("revoked_at")).toString()).hasMatch());
    }
    QVERIFY(db({QStringLiteral("show"), record}).outText().contains(QStringLiteral("Revoked by qa")));
    // The record can change again, and the trail is still intact.
    QCOMPARE(db({QStringLiteral("set"), record, QString::number(items.constFirst()),
                 QStringLiteral("--status"), QStringLiteral("pending")})
                 .exitCode,
             0);
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
    // Reopening an open record is refused before any password is read.
    const Run open = db(reopen, kSigners.at(1).stdinLine());
    QCOMPARE(open.exitCode, 1);
    QVERIFY2(open.errText().contains(QStringLiteral("already open")), open.err.constData());
}

void TestCli::signRefusals() {
    const qint64 id = newRecord();
    for (const TestSigner& signer : kSigners)
        addSigner(signer);
    const auto refused = [](const Run& run, const QString& reason) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: signing refused: ")),
                 run.err.constData());
        QVERIFY2(run.errText().contains(reason), run.err.constData());
        QVERIFY(run.out.isEmpty());
    };

    // Pending and failed items block, and each is listed.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Security scan completed"),
                 QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--note"),
                 QStringLiteral("CVE")})
                 .exitCode,
             0);
    const Run blocked = sign(id, kSigners.at(0));
    refused(blocked, QStringLiteral("items are pending or failed (32 of them)"));
    const qint64 scan =
        item(id, QStringLiteral("Security scan completed")).value(QStringLiteral("id")).toInteger();
    QVERIFY2(blocked.errText().contains(QStringLiteral("[%1] Security scan completed (Failed)").arg(scan)),
             blocked.err.constData());
    QVERIFY(blocked.errText().contains(QStringLiteral("All acceptance tests pass (Pending)")));
    QVERIFY(blocked.errText().contains(QStringLiteral("User feedback collected (Pending)")));

    tickAll(id);
    // Out of order: QA Lead before the Deployment Manager.
    refused(sign(id, kSigners.at(1)), QStringLiteral("QA Lead signs after Deployment Manager"));
    // A role the record does not have.
    refused(signAs(id, QStringLiteral("Janitor"), QStringLiteral("dm"), kSigners.at(0).stdinLine()),
            QStringLiteral("has no role \"Janitor\""));
    // A role the signer does not hold.
    refused(
        signAs(id, QStringLiteral("Deployment Manager"), QStringLiteral("qa"), kSigners.at(1).stdinLine()),
        QStringLiteral("may not sign as Deployment Manager"));
    // Wrong password, unknown login: the same answer.
    refused(signAs(id, QStringLiteral("Deployment Manager"), QStringLiteral("dm"), "wrong-password\n"),
            QStringLiteral("the login or the password is wrong"));
    refused(signAs(id, QStringLiteral("Deployment Manager"), QStringLiteral("nobody"), "wrong-password\n"),
            QStringLiteral("the login or the password is wrong"));
    // No password at all.
    const Run noPassword =
        signAs(id, QStringLiteral("Deployment Manager"), QStringLiteral("dm"), QByteArray());
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY2(noPassword.errText().contains(QStringLiteral("missing")), noPassword.err.constData());
    // An empty meaning.
    const Run noMeaning =
        signAs(id, QStringLiteral("Deployment Manager"), QStringLiteral("dm"), kSigners.at(0).stdinLine(),
               {QStringLiteral("--meaning"), QStringLiteral(" ")});
    QCOMPARE(noMeaning.exitCode, 1);
    QVERIFY2(noMeaning.errText().contains(QStringLiteral("--meaning")), noMeaning.err.constData());

    QCOMPARE(signatures(id).size(), 0);
    QCOMPARE(showJson(id).value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    // The right signer in the right order signs.
    const Run first = sign(id, kSigners.at(0));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    refused(sign(id, kSigners.at(0)), QStringLiteral("Deployment Manager has already signed"));
    QCOMPARE(signatures(id).size(), 1);
    QCOMPARE(showJson(id).value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
}

void TestCli::samePersonMayNotSignTwice() {
    const qint64 id = newRecord();
    const TestSigner both{QStringLiteral("sam"), QStringLiteral("Sam Both"),
                          QStringLiteral("Deployment Manager"), QStringLiteral("sam-secret-pass")};
    addSigner(both, QStringLiteral("Deployment Manager,QA Lead"));
    tickAll(id);
    const Run first = sign(id, both);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run second = signAs(id, QStringLiteral("QA Lead"), both.login, both.stdinLine());
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.errText().contains(QStringLiteral("one person may not sign two roles")),
             second.err.constData());
    QCOMPARE(signatures(id).size(), 1);
}

void TestCli::wrongPasswordFiveTimesLocks() {
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    for (int attempt = 1; attempt <= SignOffService::kMaxFailedLogins; ++attempt) {
        const Run run = signAs(id, dm.role, dm.login, "wrong-password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("the login or the password is wrong")),
                 run.err.constData());
        QCOMPARE(run.errText().contains(QStringLiteral("locked")),
                 attempt == SignOffService::kMaxFailedLogins);
    }
    const QJsonObject entry = signerEntry(dm.login);
    QCOMPARE(entry.value(QStringLiteral("locked")).toBool(), true);
    QVERIFY(kIsoUtc.match(entry.value(QStringLiteral("locked_until")).toString()).hasMatch());
    QVERIFY(
        db({QStringLiteral("signer"), QStringLiteral("list")}).outText().contains(QStringLiteral("until ")));

    // Locked: even the right password is refused.
    const Run locked = sign(id, dm);
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.errText().contains(QStringLiteral("is locked after 5 wrong passwords")),
             locked.err.constData());
    QCOMPARE(signatures(id).size(), 0);
}

void TestCli::changePassword() {
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    const QStringList passwd{QStringLiteral("signer"), QStringLiteral("passwd"), dm.login,
                             QStringLiteral("--password-stdin")};
    const QByteArray fresh = "a-new-long-password";

    const Run wrongOld = db(passwd, "not-the-old-one\n" + fresh + '\n');
    QCOMPARE(wrongOld.exitCode, 1);
    QVERIFY2(wrongOld.errText().contains(QStringLiteral("the login or the password is wrong")),
             wrongOld.err.constData());
    const Run shortNew = db(passwd, dm.stdinLine() + "short\n");
    QCOMPARE(shortNew.exitCode, 1);
    QVERIFY2(shortNew.errText().contains(QStringLiteral("at least 8")), shortNew.err.constData());
    const Run oneLine = db(passwd, dm.stdinLine());
    QCOMPARE(oneLine.exitCode, 1);
    QVERIFY2(oneLine.errText().contains(QStringLiteral("new password")), oneLine.err.constData());
    for (const Run& run : {wrongOld, shortNew, oneLine}) {
        QVERIFY(!run.err.contains(fresh));
        QVERIFY(!run.err.contains(dm.password.toUtf8()));
    }

    const Run changed = db(passwd, dm.stdinLine() + fresh + "\r\n");
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY(!changed.out.contains(fresh));
    // The old password no longer signs; the new one does (the signing key was resealed).
    const Run old = sign(id, dm);
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(old.errText().contains(QStringLiteral("the login or the password is wrong")),
             old.err.constData());
    const Run withNew = signAs(id, dm.role, dm.login, fresh + '\n');
    QVERIFY2(withNew.exitCode == 0, withNew.err.constData());
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
}

void TestCli::deactivatedSignerCannotSign() {
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    const QStringList deactivate{QStringLiteral("signer"), QStringLiteral("deactivate"), dm.login,
                                 QStringLiteral("--by"), QStringLiteral("admin")};
    const Run run = db(deactivate);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("Deactivated dm")));
    QCOMPARE(signerEntry(dm.login).value(QStringLiteral("active")).toBool(), false);

    const Run refused = sign(id, dm);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("has been deactivated")), refused.err.constData());
    QCOMPARE(signatures(id).size(), 0);

    const Run again = db(deactivate);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().contains(QStringLiteral("already deactivated")));
    const Run unknown =
        db({QStringLiteral("signer"), QStringLiteral("deactivate"), QStringLiteral("nobody")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.errText().contains(QStringLiteral("nobody")), unknown.err.constData());
}

void TestCli::badStrokesFileWritesNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::addRow("missing") << QStringLiteral("no-such-strokes.json")
                             << QStringLiteral("cannot read the strokes file");
    QTest::addRow("broken JSON") << dataFile(QStringLiteral("cli-strokes-broken.json"))
                                 << QStringLiteral("not valid");
    QTest::addRow("outside the pad") << dataFile(QStringLiteral("cli-strokes-outside.json"))
                                     << QStringLiteral("stroke 2, point 2 lies outside the pad");
    QTest::addRow("no strokes") << dataFile(QStringLiteral("cli-strokes-empty.json"))
                                << QStringLiteral("holds no strokes");
}

void TestCli::badStrokesFileWritesNothing() {
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    const QByteArray auditBefore =
        db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out;
    const QByteArray signersBefore =
        db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")}).out;

    const Run run = sign(id, dm, QStringLiteral("Approved"), {QStringLiteral("--strokes"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
    QVERIFY2(run.errText().contains(file), run.err.constData());
    QVERIFY2(run.errText().contains(problem), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Nothing written: no signature, no audit row, no failed attempt counted.
    QCOMPARE(signatures(id).size(), 0);
    QCOMPARE(db({QStringLiteral("audit"), QString::number(id), QStringLiteral("--json")}).out, auditBefore);
    QCOMPARE(db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")}).out,
             signersBefore);
}

// ---- PDF and backup

void TestCli::exportPdf() {
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
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
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
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
}

void TestCli::backup() {
    const qint64 id = newRecord();
    newRecord(QStringLiteral("Hotfix 2.4.1"));
    const QString target = m_dir->filePath(QStringLiteral("copy.sqlite"));
    if (TestSupport::onPostgres()) {
        const Run run = db({QStringLiteral("backup"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("pg_dump")), run.err.constData());
        QSKIP("backup copies an SQLite file; a server database is backed up with pg_dump (checked above)");
    }
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done")})
                 .exitCode,
             0);
    const Run run = db({QStringLiteral("backup"), target});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("2 record(s)")), run.out.constData());

    const auto onCopy = [this, &target](const QStringList& arguments) {
        return cli(QStringList{QStringLiteral("--db"), target} + arguments);
    };
    const Run records = onCopy({QStringLiteral("records"), QStringLiteral("--json")});
    QCOMPARE(records.exitCode, 0);
    QCOMPARE(records.json().array().size(), 2);
    QCOMPARE(records.out, db({QStringLiteral("records"), QStringLiteral("--json")}).out);
    QCOMPARE(onCopy({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out,
             db({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out);
    QCOMPARE(onCopy({QStringLiteral("verify")}).exitCode, 0);

    // Never over an existing file, never into a missing folder.
    const QByteArray copyBytes = fileBytes(target);
    const Run exists = db({QStringLiteral("backup"), target});
    QCOMPARE(exists.exitCode, 1);
    QVERIFY2(exists.errText().contains(QStringLiteral("already exists")), exists.err.constData());
    QCOMPARE(fileBytes(target), copyBytes);
    const Run nowhere =
        db({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("no/such/copy.sqlite"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

// ---- Databases that cannot be used

void TestCli::badDatabaseIsLeftUntouched_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("random bytes"), QStringLiteral("is not a Countersign database")},
        {QStringLiteral("text file"), QStringLiteral("is not a Countersign database")},
        {QStringLiteral("truncated"), QStringLiteral("is damaged")},
        {QStringLiteral("newer schema"), QStringLiteral("newer Countersign")},
    };
    const QList<QPair<QString, QStringList>> commands{
        {QStringLiteral("records"), {QStringLiteral("records")}},
        {QStringLiteral("show"), {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}},
        {QStringLiteral("new"),
         {QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle, QStringLiteral("--title"),
          QStringLiteral("x")}},
        {QStringLiteral("set"),
         {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("Update changelog"),
          QStringLiteral("--status"), QStringLiteral("done")}},
        {QStringLiteral("backup"), {QStringLiteral("backup"), QStringLiteral("copy.sqlite")}},
    };
    for (const auto& kind : kinds) {
        for (const auto& command : commands)
            QTest::addRow("%s, %s", qPrintable(kind.first), qPrintable(command.first))
                << kind.first << command.second << kind.second;
    }
}

void TestCli::badDatabaseIsLeftUntouched() {
    if (TestSupport::onPostgres())
        QSKIP("about damaged and foreign database files: SQLite only");
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);

    const QString path = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (kind == u"random bytes") {
        QRandomGenerator random(4711);
        QByteArray bytes(16384, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = char(random.bounded(256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    } else if (kind == u"text file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Release notes for 2.4.0\n\n- faster sign-off\n");
    } else {
        m_db = path;
        createDatabase();
        QVERIFY(newRecord() > 0);
        if (kind == u"newer schema") {
            QCOMPARE(TestSupport::rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
        } else {
            // The first pages only: the header is intact, the tables are cut off.
            const QByteArray whole = fileBytes(path);
            QVERIFY(whole.size() > 16384);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(whole.left(whole.size() / 3));
        }
    }
    const QStringList before = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    const QByteArray digest = sha256(fileBytes(path));

    const Run run = cli(QStringList{QStringLiteral("--db"), path} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: ")), run.err.constData());
    QVERIFY2(run.errText().contains(says), run.err.constData());
    QVERIFY2(run.errText().contains(path), run.err.constData());
    QVERIFY2(!run.errText().contains(QStringLiteral("database is locked")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sha256(fileBytes(path)), digest);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), before);
}

void TestCli::missingFolderIsNotCreated() {
    if (TestSupport::onPostgres())
        QSKIP("about a database file's folder: SQLite only");
    const QString path = m_dir->filePath(QStringLiteral("missing/folder/records.sqlite"));
    const Run read = cli({QStringLiteral("--db"), path, QStringLiteral("records")});
    QCOMPARE(read.exitCode, 1);
    QVERIFY2(
        read.errText().startsWith(QStringLiteral("countersign-cli: there is no database at %1").arg(path)),
        read.err.constData());
    const Run write = cli({QStringLiteral("--db"), path, QStringLiteral("new"), QStringLiteral("--template"),
                           kBuiltInTitle, QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(write.exitCode, 1);
    QVERIFY2(write.errText().contains(QStringLiteral("the folder %1 does not exist")
                                          .arg(m_dir->filePath(QStringLiteral("missing/folder")))),
             write.err.constData());
    QVERIFY(write.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
}

void TestCli::lockedDatabaseIsLeftUntouched() {
    if (TestSupport::onPostgres())
        QSKIP("about SQLite's file lock: PostgreSQL locks rows, not the database");
    const qint64 id = newRecord();
    QVERIFY(id > 0);
    const QString holder = QStringLiteral("tst_cli-lock-holder");
    // The file's bytes before and after, read while no connection of this
    // process has it open (nothing reads a database file outside SQLite
    // while SQLite has it open: DatabaseFile.h).
    const QByteArray digest = sha256(fileBytes(m_db));
    {
        // Another process's writer, as a second connection that holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        other.setDatabaseName(m_db);
        QVERIFY(other.open());
        QSqlQuery begin(other);
        QVERIFY(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        const Run set = db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                            QStringLiteral("--status"), QStringLiteral("done")});
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.errText().startsWith(QStringLiteral("countersign-cli: ")), set.err.constData());
        // What happened (another program holds it) and what to do (try again).
        QVERIFY2(set.errText().contains(QStringLiteral("another program")), set.err.constData());
        QVERIFY2(set.errText().contains(QStringLiteral("try again"), Qt::CaseInsensitive),
                 set.err.constData());
        // Only the one line: no engine chatter about the retries.
        QCOMPARE(set.errText().count(QLatin1Char('\n')), 1);
        QVERIFY2(!set.errText().contains(QStringLiteral("database is locked")), set.err.constData());
        QVERIFY(set.out.isEmpty());

        QSqlQuery rollback(other);
        QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(holder);
    QCOMPARE(sha256(fileBytes(m_db)), digest);
    // Once the other writer is done, the same command goes through.
    QCOMPARE(db({QStringLiteral("set"), QString::number(id), QStringLiteral("Update changelog"),
                 QStringLiteral("--status"), QStringLiteral("done")})
                 .exitCode,
             0);
}
