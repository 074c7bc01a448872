// countersign-cli, end to end: the program as a whole: --version, --help and refused usage (CliApp, HelpText,
// CommonOptions). Every test runs the built binary on a database of its own (CliTestFixture).

#include "CliTestFixture.h"
#include "TestSupport.h"
#include "Version.h"
#include "core/AppIdentity.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

class TestCliUsage : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void help();
    void badUsage_data();
    void badUsage();
};

void TestCliUsage::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliUsage::init() {
    QVERIFY(startTest());
}

void TestCliUsage::cleanup() {
    finishTest();
}

void TestCliUsage::version() {
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), QStringLiteral("countersign-cli %1\n").arg(AppIdentity::version()));
    // The version CMake's project() sets, through the generated Version.h.
    QCOMPARE(run.outText(), QStringLiteral("countersign-cli " COUNTERSIGN_VERSION "\n"));
    QVERIFY(
        run.outText().contains(QRegularExpression(QStringLiteral("^countersign-cli \\d+\\.\\d+\\.\\d+\n$"))));
    QVERIFY(run.err.isEmpty());
}

void TestCliUsage::help() {
    const Run global = cli({QStringLiteral("--help")});
    QCOMPARE(global.exitCode, 0);
    QVERIFY(global.err.isEmpty());
    for (const char* command : {"templates",
                                "import-template",
                                "export-template",
                                "new",
                                "records",
                                "show",
                                "set",
                                "export",
                                "signer add",
                                "signer list",
                                "signer deactivate",
                                "signer passwd",
                                "sign",
                                "reopen",
                                "audit",
                                "verify",
                                "backup",
                                "admin init",
                                "admin recover",
                                "admin recovery-key",
                                "help"})
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

    const Run helpRecover = cli({QStringLiteral("help"), QStringLiteral("admin"), QStringLiteral("recover")});
    QCOMPARE(helpRecover.exitCode, 0);
    QVERIFY2(helpRecover.outText().startsWith(
                 QStringLiteral("Usage: countersign-cli admin recover LOGIN --password-stdin [--by NAME]\n")),
             helpRecover.out.constData());
    QVERIFY2(helpRecover.outText().contains(QStringLiteral("the recovery key admin init printed")),
             helpRecover.out.constData());

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

void TestCliUsage::badUsage_data() {
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

void TestCliUsage::badUsage() {
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

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
