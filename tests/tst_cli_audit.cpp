// countersign-cli, end to end: the audit commands (app/cli/AuditCommands.cpp): audit and verify, and tables
// the CLI cannot read. Every test runs the built binary on a database of its own (CliTestFixture).

#include "CliTestFixture.h"
#include "TestSupport.h"

#include "core/AuditActionText.h"
#include "core/ChecklistStore.h"
#include "core/ItemChangeAction.h"
#include "io/BuiltInTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

class TestCliAudit : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void audit();
    void everyActionWrittenIsInWords();
    void verifyCatchesAnEditedAuditRow();
    void unreadableTableIsAFailure_data();
    void unreadableTableIsAFailure();
};

void TestCliAudit::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliAudit::init() {
    QVERIFY(startTest());
}

void TestCliAudit::cleanup() {
    finishTest();
}

void TestCliAudit::audit() {
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
    QCOMPARE(ticked.value(QStringLiteral("os_account")).toString(),
             QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
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
    // Who: the name given with --by, and the computer account that ran the program beside it.
    const QString account = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
    QVERIFY2(lines.at(2).contains(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+alice \\(%1\\)\\s+Status\\s+"
                                "All acceptance tests pass\\s+Pending → Done$")
                     .arg(QRegularExpression::escape(account)))),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).contains(QStringLiteral("Pending → Failed")));
    QVERIFY(lines.at(4).contains(QStringLiteral("\"\" → \"CVE-2024-1234\"")));

    QCOMPARE(db({QStringLiteral("audit"), QStringLiteral("99")}).exitCode, 1);

    // Every action in words: a refused signing is no raw "login_failed"; --json keeps the machine name.
    tickAll(id);
    addSigner(kSigners.at(0));
    QCOMPARE(signAs(id, kSigners.at(0).role, kSigners.at(0).login, "not-the-password\n").exitCode, 1);
    const QString words = db({QStringLiteral("audit"), record}).outText();
    QVERIFY2(words.contains(QStringLiteral("Wrong signing password")), qPrintable(words));
    QVERIFY(!words.contains(QStringLiteral("login_failed")));
    QVERIFY(db({QStringLiteral("audit"), record, QStringLiteral("--json")})
                .outText()
                .contains(QStringLiteral("\"login_failed\"")));
}

// A realistic life of a record and its database, through the CLI and the
// store as the desktop calls it (undo and redo): every action the trail then
// holds reads as words, and the undos and redos say what they were.
void TestCliAudit::everyActionWrittenIsInWords() {
    const qint64 id = newRecord();
    const QString record = QString::number(id);
    const QString text = QStringLiteral("All acceptance tests pass");
    QCOMPARE(db({QStringLiteral("set"), record, text, QStringLiteral("--status"), QStringLiteral("done"),
                 QStringLiteral("--by"), QStringLiteral("alice")})
                 .exitCode,
             0);
    QCOMPARE(db({QStringLiteral("set"), record, text, QStringLiteral("--status"), QStringLiteral("done"),
                 QStringLiteral("--note"), QStringLiteral("re-run on staging"), QStringLiteral("--by"),
                 QStringLiteral("alice")})
                 .exitCode,
             0);
    {
        // The desktop's Edit ▸ Undo and Redo (SetItemCommand) of the note, then of the tick.
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(m_db, ChecklistStore::OpenMode::ExistingOnly).ok());
        const qint64 itemId = item(id, text).value(QStringLiteral("id")).toInteger();
        const QString note = QStringLiteral("re-run on staging");
        using Kind = ItemChangeAction::Kind;
        QVERIFY(
            store.updateItem(itemId, {ItemStatus::Done, QString()}, QStringLiteral("alice"), {}, Kind::Undo));
        QVERIFY(store.updateItem(itemId, {ItemStatus::Done, note}, QStringLiteral("alice"), {}, Kind::Redo));
        QVERIFY(
            store.updateItem(itemId, {ItemStatus::Pending, note}, QStringLiteral("alice"), {}, Kind::Undo));
        QVERIFY(store.updateItem(itemId, {ItemStatus::Done, note}, QStringLiteral("alice"), {}, Kind::Redo));
    }
    tickAll(id);
    // Four signatures (the last seals), a wrong administrator password, a reopening, a wrong signing
    // password.
    QVERIFY(signRoles(id, 4));
    QCOMPARE(db({QStringLiteral("signer"), QStringLiteral("deactivate"), kSigners.at(0).login,
                 QStringLiteral("--by"), QStringLiteral("admin"), QStringLiteral("--admin"), kAdminLogin,
                 QStringLiteral("--password-stdin")},
                "not-the-admin-password\n")
                 .exitCode,
             1);
    const Run reopened = db({QStringLiteral("reopen"), record, QStringLiteral("--login"),
                             kSigners.at(1).login, QStringLiteral("--reason"),
                             QStringLiteral("smoke test failed"), QStringLiteral("--password-stdin")},
                            kSigners.at(1).stdinLine());
    QVERIFY2(reopened.exitCode == 0, reopened.err.constData());
    QCOMPARE(signAs(id, kSigners.at(0).role, kSigners.at(0).login, "not-the-password\n").exitCode, 1);

    // The undos and redos replay as changes of the item: intact, and the count says whose events it counts.
    const Run verified = db({QStringLiteral("verify"), record});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const int recordRows =
        int(db({QStringLiteral("audit"), record, QStringLiteral("--json")}).json().array().size());
    QVERIFY2(verified.outText().contains(
                 QStringLiteral("Intact: %1 events of record %2's trail and ").arg(recordRows).arg(id)),
             verified.out.constData());
    const QJsonObject verifiedJson =
        db({QStringLiteral("verify"), record, QStringLiteral("--json")}).json().object();
    QCOMPARE(verifiedJson.value(QStringLiteral("record_audit_rows")).toInt(), recordRows);
    QVERIFY(verifiedJson.value(QStringLiteral("audit_rows")).toInt() > recordRows);

    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    QVERIFY(store.open(m_db, ChecklistStore::OpenMode::ExistingOnly).ok());
    const Result<QList<ChecklistStore::ChainRow>> rows = store.auditChain();
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QSet<QString> actions;
    for (const ChecklistStore::ChainRow& row : rows.value())
        actions.insert(row.entry.action);
    for (const char* expected :
         {"created", "status", "notes", "undo_status", "redo_status", "undo_notes", "redo_notes", "signed",
          "sealed", "reopened", "login_failed", "admin_login_failed", "admin_added", "registry_statement",
          "signer_added", "database_identity"})
        QVERIFY2(actions.contains(QLatin1String(expected)), expected);
    for (const QString& action : std::as_const(actions)) {
        const QString label = AuditActionText::label(action);
        QVERIFY2(label != action && !label.contains(u'_'),
                 qPrintable(action + QStringLiteral(" → ") + label));
    }

    // The CLI's table marks them; --json keeps the machine name.
    const QString table = db({QStringLiteral("audit"), record}).outText();
    QVERIFY2(table.contains(QStringLiteral("Status undone")) &&
                 table.contains(QStringLiteral("Undo: Done → Pending")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Status redone")) &&
                 table.contains(QStringLiteral("Redo: Pending → Done")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Note undone")) &&
                 table.contains(QStringLiteral("Undo: \"re-run on staging\" → \"\"")),
             qPrintable(table));
    QVERIFY(!table.contains(QStringLiteral("undo_")));
    // Sealing and reopening name the record's states in words, not as stored keys.
    QVERIFY2(table.contains(QStringLiteral("Partly signed → Sealed")) &&
                 !table.contains(QStringLiteral("signed → sealed")),
             qPrintable(table));
    QVERIFY(db({QStringLiteral("audit"), record, QStringLiteral("--json")})
                .outText()
                .contains(QStringLiteral("\"undo_status\"")));
}

void TestCliAudit::verifyCatchesAnEditedAuditRow() {
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
void TestCliAudit::unreadableTableIsAFailure_data() {
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

void TestCliAudit::unreadableTableIsAFailure() {
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

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
