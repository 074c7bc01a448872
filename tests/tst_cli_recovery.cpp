// countersign-cli, end to end: the signer registry's recovery key (app/cli/AdminCommands.cpp): admin init
// prints it once, admin recover resets a lost administrator password with it, admin recovery-key issues a
// new one; and what verify says when an insider who can write the database, but holds no password and no
// recovery key, forges the recovery administrator or its statements. Every test runs the built binary on a
// database of its own (CliTestFixture).

#include "CliTestFixture.h"
#include "TestSupport.h"
#include "core/Crypto.h"
#include "core/RecoveryCode.h"
#include "core/RegistryStatement.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliRecovery : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lostPasswordRecovered();
    void initJsonHasTheRecoveryKey();
    void refusalsWriteNothing();
    void recoveryIsNoAdministratorLogin();
    void insiderReplacesTheRecoveryKey();
    void insiderForgesARecover();
    void leakedRecoveryKeyCannotCertify();
    void recoveryKeyForAnOlderRegistry();

private:
    static inline const QString kNewPassword = QStringLiteral("Copper-9-meadow-Falcon!");
    static inline const QRegularExpression kCode{
        QStringLiteral("Recovery key: ((?:[0-9A-Z]{4}-){6}[0-9A-Z]{2})\n")};

    // admin init on the test's database: the recovery key it printed.
    QString initWithRecoveryKey();
    Run recover(const QString& login, const QString& code, const QString& password) const {
        return db(
            {QStringLiteral("admin"), QStringLiteral("recover"), login, QStringLiteral("--password-stdin")},
            code.toUtf8() + '\n' + password.toUtf8() + '\n');
    }
    // signer add, certified by kAdminLogin with password.
    Run addSignerAs(const QString& password, const TestSigner& signer) const {
        return db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"), signer.login,
                   QStringLiteral("--name"), signer.name, QStringLiteral("--roles"), signer.role,
                   QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
                  password.toUtf8() + '\n' + signer.stdinLine());
    }
    qint64 statementCount() const {
        return TestSupport::rawValue(m_db, QStringLiteral("SELECT count(*) FROM registry_statements"));
    }
    // The insider's INSERT of a statement they made, signed with key.
    QString insertStatement(RegistryStatement statement, const SecretBytes& key) const;
    RegistryStatement lastStatement(QString* hash) const;
    RegistryStatement statementAt(qint64 seq) const;
};

void TestCliRecovery::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    QVERIFY(Crypto::initialize());
}

void TestCliRecovery::init() {
    QVERIFY(startTest());
}

void TestCliRecovery::cleanup() {
    finishTest();
}

QString TestCliRecovery::initWithRecoveryKey() {
    createDatabase();
    const Run run =
        db({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--login"), kAdminLogin,
            QStringLiteral("--name"), kAdminName, QStringLiteral("--password-stdin")},
           adminLine());
    if (run.exitCode != 0)
        qWarning("admin init failed: %s", run.err.constData());
    return kCode.match(run.outText()).captured(1);
}

RegistryStatement TestCliRecovery::statementAt(qint64 seq) const {
    const QString bytes =
        TestSupport::rawRows(
            m_db, QStringLiteral("SELECT statement FROM registry_statements WHERE seq = %1").arg(seq))
            .value(0);
    return RegistryStatement::parse(bytes.toUtf8()).value_or(RegistryStatement());
}

RegistryStatement TestCliRecovery::lastStatement(QString* hash) const {
    const qint64 last = statementCount();
    *hash = TestSupport::rawRows(
                m_db, QStringLiteral("SELECT hash FROM registry_statements WHERE seq = %1").arg(last))
                .value(0);
    return statementAt(last);
}

QString TestCliRecovery::insertStatement(RegistryStatement statement, const SecretBytes& key) const {
    QString previous;
    statement.seq = lastStatement(&previous).seq + 1;
    statement.previous = previous;
    const QByteArray bytes = statement.canonicalBytes();
    return TestSupport::rawExec(
        m_db,
        QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) VALUES (%1, '%2', "
                       "'%3', '%4')")
            .arg(statement.seq)
            .arg(QString::fromUtf8(bytes).replace(u'\'', QStringLiteral("''")),
                 RegistryStatement::hashOf(bytes), QString::fromLatin1(Crypto::sign(bytes, key).toBase64())));
}

// The administrator forgets their password: the recovery key admin init printed gives them a new one, with
// which they certify a signer; the old one is refused; verify finds everything in order.
void TestCliRecovery::lostPasswordRecovered() {
    createDatabase();
    const Run init =
        db({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--login"), kAdminLogin,
            QStringLiteral("--name"), kAdminName, QStringLiteral("--password-stdin")},
           adminLine());
    QCOMPARE(init.exitCode, 0);
    const QString code = kCode.match(init.outText()).captured(1);
    QVERIFY2(!code.isEmpty(), init.out.constData());
    QVERIFY2(
        init.outText().contains(QStringLiteral("Write it down and keep it apart from the database and the "
                                               "computer: it resets an administrator's password if it is "
                                               "lost. It is not shown again.")),
        init.out.constData());
    // After the root fingerprint.
    QVERIFY(init.outText().indexOf(QStringLiteral("Root fingerprint:")) <
            init.outText().indexOf(QStringLiteral("Recovery key:")));
    const QString root =
        TestSupport::rawRows(m_db, QStringLiteral("SELECT login FROM administrators ORDER BY id")).join(u',');
    QCOMPARE(root, QStringLiteral("%1,recovery").arg(kAdminLogin));

    const Run recovered = recover(kAdminLogin, code.toLower(), kNewPassword);
    QCOMPARE(recovered.exitCode, 0);
    QVERIFY2(recovered.outText().contains(QStringLiteral("new password")), recovered.out.constData());
    QVERIFY(!recovered.outText().contains(code) && !recovered.errText().contains(code));

    const Run withOld = addSignerAs(kAdminPassword, kSigners.at(0));
    QCOMPARE(withOld.exitCode, 1);
    QVERIFY2(withOld.errText().contains(QStringLiteral("password is wrong")), withOld.err.constData());
    const Run withNew = addSignerAs(kNewPassword, kSigners.at(0));
    QCOMPARE(withNew.exitCode, 0);
    const qint64 record = newRecord();
    QVERIFY(record > 0);
    const Run verify = db({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

void TestCliRecovery::initJsonHasTheRecoveryKey() {
    createDatabase();
    const Run init = db({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--login"),
                         kAdminLogin, QStringLiteral("--name"), kAdminName,
                         QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                        adminLine());
    QCOMPARE(init.exitCode, 0);
    const QJsonObject o = init.json().object();
    const QString code = o.value(QStringLiteral("recovery_key")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$"))
                 .match(code)
                 .hasMatch(),
             init.out.constData());
    QCOMPARE(RegistryStatement::normalizedFingerprint(o.value(QStringLiteral("root")).toString()),
             o.value(QStringLiteral("root")).toString());
    QCOMPARE(recover(kAdminLogin, code, kNewPassword).exitCode, 0);
}

// A code that is not this database's, one that is not a code, a weak password: refused, nothing written,
// and the old password still works.
void TestCliRecovery::refusalsWriteNothing() {
    const QString code = initWithRecoveryKey();
    QVERIFY(!code.isEmpty());
    const qint64 before = statementCount();
    const SecretBytes other = RecoveryCode::generate();
    const Run foreign = recover(kAdminLogin, QString::fromLatin1(other.chars(), other.size()), kNewPassword);
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.errText().contains(QStringLiteral("this recovery key does not belong to this database")),
             foreign.err.constData());
    const Run garbage = recover(kAdminLogin, QStringLiteral("not-a-code"), kNewPassword);
    QCOMPARE(garbage.exitCode, 1);
    QVERIFY2(garbage.errText().contains(QStringLiteral("not a recovery key")), garbage.err.constData());
    const Run weak = recover(kAdminLogin, code, QStringLiteral("password12"));
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.errText().contains(QStringLiteral("dictionary")) ||
                 weak.errText().contains(QStringLiteral("simple")),
             weak.err.constData());
    const Run missing = db(
        {QStringLiteral("admin"), QStringLiteral("recover"), kAdminLogin, QStringLiteral("--password-stdin")},
        code.toUtf8() + '\n');
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(statementCount(), before);
    QCOMPARE(addSignerAs(kAdminPassword, kSigners.at(0)).exitCode, 0);
}

void TestCliRecovery::recoveryIsNoAdministratorLogin() {
    const QString code = initWithRecoveryKey();
    QVERIFY(!code.isEmpty());
    const TestSigner& signer = kSigners.at(0);
    const Run run =
        db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"), signer.login,
            QStringLiteral("--name"), signer.name, QStringLiteral("--roles"), signer.role,
            QStringLiteral("--admin"), QStringLiteral("recovery"), QStringLiteral("--password-stdin")},
           code.toUtf8() + '\n' + signer.stdinLine());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("is the recovery key")), run.err.constData());
    const Run asAdmin =
        db({QStringLiteral("admin"), QStringLiteral("add"), QStringLiteral("--login"),
            QStringLiteral("recovery"), QStringLiteral("--name"), QStringLiteral("Rex Covery"),
            QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
           adminLine() + adminLine());
    QCOMPARE(asAdmin.exitCode, 1);
    QVERIFY2(asAdmin.errText().contains(QStringLiteral("reserved")), asAdmin.err.constData());
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
}

// (a) The insider puts a recovery key of their own in the administrators table and a certify statement for
// it they write themselves (they cannot sign as the root): verify exits 3.
void TestCliRecovery::insiderReplacesTheRecoveryKey() {
    QVERIFY(!initWithRecoveryKey().isEmpty());
    const SecretBytes theirs = RecoveryCode::generate();
    const Crypto::KeyPair keys = RecoveryCode::keysOf(*RecoveryCode::decode(theirs));
    QCOMPARE(
        TestSupport::rawExec(m_db, QStringLiteral("UPDATE administrators SET public_key = '%1' WHERE login = "
                                                  "'recovery'")
                                       .arg(QString::fromLatin1(keys.publicKey.toHex()))),
        QString());
    RegistryStatement forged = statementAt(2);
    QCOMPARE(forged.subjectLogin, QStringLiteral("recovery"));
    forged.subjectKey = keys.publicKey;
    const Crypto::KeyPair mine = Crypto::generateSigningKeys();
    QCOMPARE(insertStatement(forged, mine.secretKey), QString());
    const Run verify = db({QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.outText().contains(QStringLiteral("Ed25519 signature does not hold")),
             verify.out.constData());
}

// (b) A recover statement signed by a key the insider made, and the administrator's row given that key.
void TestCliRecovery::insiderForgesARecover() {
    QVERIFY(!initWithRecoveryKey().isEmpty());
    const Crypto::KeyPair mine = Crypto::generateSigningKeys();
    RegistryStatement forged = statementAt(2);
    forged.action = QStringLiteral("recover");
    forged.subjectLogin = kAdminLogin;
    forged.subjectName = kAdminName;
    forged.subjectKey = mine.publicKey;
    forged.issuerLogin = QStringLiteral("recovery");
    forged.issuerKey = mine.publicKey;
    QCOMPARE(insertStatement(forged, mine.secretKey), QString());
    QCOMPARE(
        TestSupport::rawExec(m_db, QStringLiteral("UPDATE administrators SET public_key = '%1' WHERE login = "
                                                  "'%2'")
                                       .arg(QString::fromLatin1(mine.publicKey.toHex()), kAdminLogin)),
        QString());
    const Run verify = db({QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(
        verify.outText().contains(QStringLiteral("who was not an administrator certified by the registry")),
        verify.out.constData());
}

// (c) The recovery key (as if its sheet leaked) signs a certify statement for a signer: its signature holds,
// but the recovery key may only recover.
void TestCliRecovery::leakedRecoveryKeyCannotCertify() {
    const QString code = initWithRecoveryKey();
    QVERIFY(!code.isEmpty());
    const Crypto::KeyPair recovery = RecoveryCode::keysOf(*RecoveryCode::decode(SecretBytes::fromText(code)));
    const Crypto::KeyPair mallory = Crypto::generateSigningKeys();
    RegistryStatement forged = statementAt(2);
    forged.subjectKind = QStringLiteral("signer");
    forged.subjectLogin = QStringLiteral("mallory");
    forged.subjectName = QStringLiteral("Mal Lory");
    forged.subjectRoles = {kSeedRoles.first()};
    forged.subjectKey = mallory.publicKey;
    forged.issuerLogin = QStringLiteral("recovery");
    forged.issuerKey = recovery.publicKey;
    QCOMPARE(insertStatement(forged, recovery.secretKey), QString());
    const Run verify = db({QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.outText().contains(QStringLiteral("the recovery key may only recover")),
             verify.out.constData());
}

// A registry made before recovery keys (tests/data/make-schema-v6-registry.sh) keeps working; an
// administrator issues it a recovery key, and a second one for a lost sheet.
void TestCliRecovery::recoveryKeyForAnOlderRegistry() {
    if (TestSupport::onPostgres())
        QSKIP("the fixture is an SQLite file made by an earlier version");
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v6-registry.sqlite"), m_db));
    QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString password = QStringLiteral("Granite-4-harbour-Quill?");
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
    const SecretBytes stranger = RecoveryCode::generate();
    const Run none =
        recover(QStringLiteral("root"), QString::fromLatin1(stranger.chars(), stranger.size()), kNewPassword);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.errText().contains(QStringLiteral("no recovery key")), none.err.constData());
    const QStringList issue{QStringLiteral("admin"), QStringLiteral("recovery-key"),
                            QStringLiteral("--admin"), QStringLiteral("ann"),
                            QStringLiteral("--password-stdin")};
    const Run first = db(issue, password.toUtf8() + '\n');
    QCOMPARE(first.exitCode, 0);
    const QString firstCode = kCode.match(first.outText()).captured(1);
    QVERIFY2(!firstCode.isEmpty(), first.out.constData());
    QVERIFY(!first.outText().contains(QStringLiteral("no longer works")));
    const Run second = db(issue + QStringList{QStringLiteral("--json")}, password.toUtf8() + '\n');
    QCOMPARE(second.exitCode, 0);
    const QString secondCode = second.json().object().value(QStringLiteral("recovery_key")).toString();
    QVERIFY(second.json().object().value(QStringLiteral("replaced")).toBool());
    QVERIFY(!secondCode.isEmpty() && secondCode != firstCode);
    QCOMPARE(recover(QStringLiteral("root"), firstCode, kNewPassword).exitCode, 1);
    QCOMPARE(recover(QStringLiteral("root"), secondCode, kNewPassword).exitCode, 0);
    const Run unlock =
        db({QStringLiteral("signer"), QStringLiteral("unlock"), QStringLiteral("dana"),
            QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
           kNewPassword.toUtf8() + '\n');
    QVERIFY2(unlock.exitCode == 0, unlock.err.constData());
    const Run verify = db({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_cli_recovery.moc"
