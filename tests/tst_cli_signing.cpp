// countersign-cli, end to end: the signing commands (app/cli/SigningCommands.cpp): sign and reopen, end to
// end on the seed, and what they refuse. Every test runs the built binary on a database of its own
// (CliTestFixture).

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestCliSigning : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signOffFlow();
    void signRefusals();
    void samePersonMayNotSignTwice();
    void declineWithAReason();
    void badStrokesFileWritesNothing_data();
    void badStrokesFileWritesNothing();
    void thePasswordIsNotInMemoryAfterSigning();
};

void TestCliSigning::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliSigning::init() {
    QVERIFY(startTest());
}

void TestCliSigning::cleanup() {
    finishTest();
}

void TestCliSigning::signOffFlow() {
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
    const QString strokes = TestSupport::testDataPath(QStringLiteral("cli-strokes.json"));
    for (int i = 0; i < kSigners.size(); ++i) {
        const TestSigner& signer = kSigners.at(i);
        const Run run = sign(id, signer, QStringLiteral("Approved by %1").arg(signer.role),
                             i == 0 ? QStringList{QStringLiteral("--strokes"), strokes} : QStringList{});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(signer.name), run.out.constData());
        QVERIFY(!QString::fromUtf8(run.out).contains(signer.password));
        QCOMPARE(QString::fromUtf8(run.out).contains(QStringLiteral("sealed")), i == kSigners.size() - 1);
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
    QVERIFY(QString::fromUtf8(text.out).contains(QRegularExpression(QStringLiteral("State:\\s+Sealed\\n"))));
    QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("Signatures (4):")), text.out.constData());
    for (const TestSigner& signer : kSigners)
        QVERIFY2(QString::fromUtf8(text.out).contains(QRegularExpression(
                     QStringLiteral("\\n\\s+%1\\s+%2 \\(%3\\)\\s+Approved by %1\\s+\\d{4}-\\d\\d-\\d\\d "
                                    "\\d\\d:\\d\\d:\\d\\d\\s+Valid\\s+[0-9a-f]{16}\\n")
                         .arg(signer.role, signer.name, signer.login))),
                 qPrintable(signer.login));

    const Run verify = db({QStringLiteral("verify"), record});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(QString::fromUtf8(verify.out).contains(QStringLiteral("4 signature(s)")),
             verify.out.constData());

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
    QVERIFY2(QString::fromUtf8(reopened.out).contains(QStringLiteral("4 signature(s) revoked")),
             reopened.out.constData());
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

void TestCliSigning::signRefusals() {
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
    // Each named as the grid shows it: section, position, text, status.
    QVERIFY2(blocked.errText().contains(
                 QStringLiteral("Pre-Deployment Verification ▸ 8. Security scan completed (Failed)")),
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

void TestCliSigning::samePersonMayNotSignTwice() {
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

void TestCliSigning::declineWithAReason() {
    const qint64 id = newRecord();
    for (const TestSigner& signer : kSigners)
        addSigner(signer);
    const TestSigner& po = kSigners.at(3);
    const auto decline = [this, id](const TestSigner& signer, const QString& reason) {
        return db({QStringLiteral("decline"), QString::number(id), QStringLiteral("--role"), signer.role,
                   QStringLiteral("--login"), signer.login, QStringLiteral("--reason"), reason,
                   QStringLiteral("--password-stdin")},
                  signer.stdinLine());
    };
    // Without a reason, or with a wrong password: refused, nothing written.
    const Run noReason = decline(po, QStringLiteral(" "));
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY2(noReason.errText().contains(QStringLiteral("--reason is empty")), noReason.err.constData());
    const Run wrongPassword = db({QStringLiteral("decline"), QString::number(id), QStringLiteral("--role"),
                                  po.role, QStringLiteral("--login"), po.login, QStringLiteral("--reason"),
                                  QStringLiteral("no"), QStringLiteral("--password-stdin")},
                                 "wrong-password\n");
    QCOMPARE(wrongPassword.exitCode, 1);
    QCOMPARE(showJson(id).value(QStringLiteral("declines")).toArray().size(), 0);

    // Declined while items are pending: the record stays open.
    const QString reason = QStringLiteral("The rollback was not rehearsed on staging");
    const Run declined = decline(po, reason);
    QVERIFY2(declined.exitCode == 0, declined.err.constData());
    QVERIFY2(QString::fromUtf8(declined.out)
                     .contains(QStringLiteral("Product Owner declined by Pat Owner (po)")) &&
                 QString::fromUtf8(declined.out).contains(reason),
             declined.out.constData());
    const QJsonObject shown = showJson(id);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    const QJsonArray declines = shown.value(QStringLiteral("declines")).toArray();
    QCOMPARE(declines.size(), 1);
    const QJsonObject entry = declines.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("role")).toString(), po.role);
    QCOMPARE(entry.value(QStringLiteral("login")).toString(), po.login);
    QCOMPARE(entry.value(QStringLiteral("printed_name")).toString(), po.name);
    QCOMPARE(entry.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(kIsoUtc.match(entry.value(QStringLiteral("declined_at")).toString()).hasMatch());
    QCOMPARE(signatures(id).size(), 0);
    // show's text says it in the sign-off table, and the audit trail in words.
    const Run text = db({QStringLiteral("show"), QString::number(id)});
    QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("declined by Pat Owner")) &&
                 QString::fromUtf8(text.out).contains(reason),
             text.out.constData());
    const Run audit = db({QStringLiteral("audit"), QString::number(id)});
    QVERIFY2(QString::fromUtf8(audit.out).contains(QStringLiteral("Declined to sign")),
             audit.out.constData());
    // Nothing changed: no second refusal.
    const Run again = decline(po, QStringLiteral("still no"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QStringLiteral("has not changed since")), again.err.constData());
    // verify reads the refusal as made by Pat's key.
    const Run verified = db({QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

void TestCliSigning::badStrokesFileWritesNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::addRow("missing") << QStringLiteral("no-such-strokes.json")
                             << QStringLiteral("cannot read the strokes file");
    QTest::addRow("broken JSON") << TestSupport::testDataPath(QStringLiteral("cli-strokes-broken.json"))
                                 << QStringLiteral("not valid");
    QTest::addRow("outside the pad") << TestSupport::testDataPath(QStringLiteral("cli-strokes-outside.json"))
                                     << QStringLiteral("stroke 2, point 2 lies outside the pad");
    QTest::addRow("no strokes") << TestSupport::testDataPath(QStringLiteral("cli-strokes-empty.json"))
                                << QStringLiteral("holds no strokes");
}

void TestCliSigning::badStrokesFileWritesNothing() {
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

// The signing process is dumped with gdb's gcore at exit() (after main()
// returned, before the C library's exit handlers): the password typed on
// standard input must be in the dump neither as UTF-8 nor as UTF-16 (a QString).
void TestCliSigning::thePasswordIsNotInMemoryAfterSigning() {
#ifdef COUNTERSIGN_SANITIZED
    QSKIP("sanitizer build: gcore would dump AddressSanitizer's shadow memory and fill the disk; "
          "the plain build runs this test");
#endif
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty())
        QSKIP("gdb's gcore is not installed (Debian package gdb; scripts/install-deps.sh installs it): "
              "cannot look for the password in a memory dump");
    const qint64 id = newRecord();
    tickAll(id);
    const TestSigner& signer = kSigners.at(0);
    addSigner(signer);

    const QString passwordFile = m_dir->filePath(QStringLiteral("password.txt"));
    QVERIFY(TestSupport::writeFile(passwordFile, signer.stdinLine()));
    const QString core = m_dir->filePath(QStringLiteral("sign.core"));
    // The meaning is on the command line, so it must be in the dump: proof that the search can find text.
    const QString meaning = QStringLiteral("Approved-in-the-dump-4f9c");
    const QStringList arguments{QStringLiteral("--db"),
                                m_db,
                                QStringLiteral("sign"),
                                QString::number(id),
                                QStringLiteral("--role"),
                                signer.role,
                                QStringLiteral("--login"),
                                signer.login,
                                QStringLiteral("--password-stdin"),
                                QStringLiteral("--meaning"),
                                meaning};
    // gdb's run hands its arguments to a shell: single quotes keep them whole.
    QString runLine = QStringLiteral("run");
    for (const QString& argument : arguments)
        runLine += QStringLiteral(" '%1'").arg(argument);
    runLine += QStringLiteral(" < '%1'").arg(passwordFile);
    TestSupport::ProcessOptions options;
    options.environment = environment();
    options.workingDirectory = m_dir->path();
    options.mergeChannels = true;
    options.timeoutMs = 240000;
    const Run run = TestSupport::runProcess(
        gdb,
        {QStringLiteral("-nx"), QStringLiteral("-batch"), QStringLiteral("-ex"),
         QStringLiteral("set breakpoint pending on"), QStringLiteral("-ex"), QStringLiteral("break exit"),
         QStringLiteral("-ex"), runLine, QStringLiteral("-ex"), QStringLiteral("gcore %1").arg(core),
         QStringLiteral("-ex"), QStringLiteral("kill"), QStringLiteral(COUNTERSIGN_CLI_PATH)},
        options);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("signed by %1").arg(signer.name)),
             run.out.constData());
    QCOMPARE(signatures(id).size(), 1);

    QFile dump(core);
    QVERIFY2(dump.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("gdb wrote no core file:\n") + QString::fromUtf8(run.out)));
    const uchar* begin = dump.map(0, dump.size());
    QVERIFY(begin);
    const QByteArray memory = QByteArray::fromRawData(reinterpret_cast<const char*>(begin), dump.size());
    const auto utf16 = [](const QString& text) {
        return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2); // little-endian x86
    };
    QVERIFY2(memory.contains(meaning.toUtf8()), "the control text is not in the dump: the search is broken");
    QVERIFY2(!memory.contains(signer.password.toUtf8()), "the password is in the dump as UTF-8");
    QVERIFY2(!memory.contains(utf16(signer.password)), "the password is in the dump as UTF-16");
}

QTEST_GUILESS_MAIN(TestCliSigning)
#include "tst_cli_signing.moc"
