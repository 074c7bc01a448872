// countersign-cli, end to end: the signer commands (app/cli/SignerCommands.cpp): signer add, list, passwd and
// deactivate, and the lockout after wrong passwords. Every test runs the built binary on a database of its
// own (CliTestFixture).

#include "CliTestFixture.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "core/Crypto.h"
#include "core/RegistryStatement.h"
#include "core/SignOffService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliSigners : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signerAddAndList();
    void wrongPasswordFiveTimesLocks();
    void changePassword();
    void deactivatedSignerCannotSign();
    void realKeysAreSealedAtModerateCost();
    void signerAddRefusesAWeakPassword_data();
    void signerAddRefusesAWeakPassword();
    void passwdRefusesAWeakPassword();
    void signerAddRefusesADuplicate_data();
    void signerAddRefusesADuplicate();
    void registryCommands();
    void signerRolesIsAnAdministratorsCertificate();
    void rememberedRootReplaced();
    void pdfPrintsTheRegistryRoot();
};

void TestCliSigners::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliSigners::init() {
    QVERIFY(startTest());
}

void TestCliSigners::cleanup() {
    finishTest();
}

void TestCliSigners::signerAddAndList() {
    createDatabase();
    const QStringList add{QStringLiteral("signer"),          QStringLiteral("add"),
                          QStringLiteral("--login"),         QStringLiteral("quinn"),
                          QStringLiteral("--name"),          QStringLiteral("Quinn Q. Lead"),
                          QStringLiteral("--roles"),         QStringLiteral("QA Lead, Product Owner"),
                          QStringLiteral("--admin"),         kAdminLogin,
                          QStringLiteral("--password-stdin")};
    QVERIFY(!ensureAdministrator().isEmpty());

    // No password, an empty one, a short one: refused, and no signer is made.
    const struct {
        QByteArray input;
        const char* says;
    } refusals[] = {
        {QByteArray(), "missing"}, {QByteArray("\n"), "empty"}, {QByteArray("short7!\n"), "at least 10"}};
    for (const auto& refusal : refusals) {
        const Run run = db(add, adminLine() + refusal.input);
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
    const Run added = db(add, adminLine() + password.toUtf8() + '\n');
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

void TestCliSigners::wrongPasswordFiveTimesLocks() {
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

void TestCliSigners::changePassword() {
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
    QVERIFY2(shortNew.errText().contains(QStringLiteral("at least 10")), shortNew.err.constData());
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

void TestCliSigners::deactivatedSignerCannotSign() {
    const qint64 id = newRecord();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    tickAll(id);
    const QStringList deactivate{QStringLiteral("signer"), QStringLiteral("deactivate"), dm.login,
                                 QStringLiteral("--by"), QStringLiteral("admin")};
    // Without an administrator, and with a wrong administrator password: refused, dm still active.
    const Run noAdmin = db(deactivate);
    QCOMPARE(noAdmin.exitCode, 1);
    QVERIFY2(noAdmin.errText().contains(QStringLiteral("only an administrator")), noAdmin.err.constData());
    const QStringList withAdmin =
        deactivate + QStringList{QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")};
    const Run wrongAdmin = db(withAdmin, "not-the-admin-password\n");
    QCOMPARE(wrongAdmin.exitCode, 1);
    QCOMPARE(signerEntry(dm.login).value(QStringLiteral("active")).toBool(), true);
    const Run run = db(withAdmin, adminLine());
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

// Without COUNTERSIGN_TEST_KDF (which every suite sets, tests/CMakeLists.txt)
// a key is sealed, and the login hash made, at libsodium's MODERATE limits:
// crypto_pwhash_OPSLIMIT_MODERATE = 3 passes over crypto_pwhash_MEMLIMIT_MODERATE
// = 256 MiB, read back from the countersign-sealed-key/2 header.
// signer roles: refused without an administrator; with one, the new roles are
// the signer's certificate in force, and the database still verifies.
void TestCliSigners::signerRolesIsAnAdministratorsCertificate() {
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    const QStringList roles{QStringLiteral("signer"), QStringLiteral("roles"), dm.login,
                            QStringLiteral("--roles"), QStringLiteral("Deployment Manager, QA Lead")};
    const Run noAdmin = db(roles);
    QCOMPARE(noAdmin.exitCode, 1);
    QVERIFY2(noAdmin.errText().contains(QStringLiteral("only an administrator")), noAdmin.err.constData());
    const QStringList withAdmin =
        roles + QStringList{QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")};
    QCOMPARE(db(withAdmin, "not-the-admin-password\n").exitCode, 1);
    QCOMPARE(signerEntry(dm.login).value(QStringLiteral("roles")).toArray().size(), 1);
    const Run run = db(withAdmin, adminLine());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(signerEntry(dm.login).value(QStringLiteral("roles")).toArray().size(), 2);
    const Run shown = db({QStringLiteral("signer"), QStringLiteral("show"), dm.login});
    QVERIFY2(shown.outText().contains(QStringLiteral("QA Lead")), shown.out.constData());
    const Run verified = db({QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const Run empty = db({QStringLiteral("signer"), QStringLiteral("roles"), dm.login,
                          QStringLiteral("--roles"), QStringLiteral(" , ")});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.errText().contains(QStringLiteral("deactivate")), empty.err.constData());
}

void TestCliSigners::realKeysAreSealedAtModerateCost() {
    const qint64 id = newRecord();
    tickAll(id);
    const TestSigner& signer = kSigners.at(0);
    TestSupport::ProcessOptions options;
    options.environment = environment();
    options.environment.remove(QStringLiteral("COUNTERSIGN_TEST_KDF"));
    options.workingDirectory = m_dir->path();
    QVERIFY(!ensureAdministrator().isEmpty());
    options.input = adminLine() + signer.stdinLine();
    const Run added = TestSupport::runProcess(
        QStringLiteral(COUNTERSIGN_CLI_PATH),
        {QStringLiteral("--db"), m_db, QStringLiteral("signer"), QStringLiteral("add"),
         QStringLiteral("--login"), signer.login, QStringLiteral("--name"), signer.name,
         QStringLiteral("--roles"), signer.role, QStringLiteral("--admin"), kAdminLogin,
         QStringLiteral("--password-stdin")},
        options);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const QByteArray sealed = QByteArray::fromBase64(
        TestSupport::rawRows(m_db, QStringLiteral("SELECT sealed_secret FROM signers WHERE login = 'dm'"))
            .value(0)
            .toLatin1());
    QCOMPARE(sealed.left(5), QByteArray("CSK2\x01"));
    const auto u32 = [&sealed](int at) {
        return quint32(quint8(sealed.at(at))) << 24 | quint32(quint8(sealed.at(at + 1))) << 16 |
               quint32(quint8(sealed.at(at + 2))) << 8 | quint32(quint8(sealed.at(at + 3)));
    };
    QCOMPARE(u32(5), 3u);          // opslimit
    QCOMPARE(u32(9), 256u * 1024); // memlimit, KiB
    QVERIFY(TestSupport::rawRows(m_db, QStringLiteral("SELECT password_hash FROM signers WHERE login = 'dm'"))
                .value(0)
                .startsWith(QStringLiteral("$argon2id$v=19$m=262144,t=3,p=1$")));

    // And it signs: the one derivation of a real signing (about a second).
    options.input = signer.stdinLine();
    const Run signedRun = TestSupport::runProcess(
        QStringLiteral(COUNTERSIGN_CLI_PATH),
        {QStringLiteral("--db"), m_db, QStringLiteral("sign"), QString::number(id), QStringLiteral("--role"),
         signer.role, QStringLiteral("--login"), signer.login, QStringLiteral("--password-stdin"),
         QStringLiteral("--meaning"), QStringLiteral("Approved")},
        options);
    QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
}

namespace {
QStringList addArguments(const QString& login, const QString& name) {
    return {QStringLiteral("signer"),          QStringLiteral("add"),
            QStringLiteral("--login"),         login,
            QStringLiteral("--name"),          name,
            QStringLiteral("--roles"),         QStringLiteral("QA Lead"),
            QStringLiteral("--admin"),         QStringLiteral("admin"),
            QStringLiteral("--password-stdin")};
}
} // namespace

void TestCliSigners::signerAddRefusesAWeakPassword_data() {
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("too short") << QByteArray("Qz7!kv2#x")
                               << QStringLiteral("a signing password needs at least 10 characters");
    QTest::newRow("dictionary word") << QByteArray("sunflower123")
                                     << QStringLiteral(
                                            "cannot register zoe.keller: the password is based on a "
                                            "dictionary word: use several unrelated words");
    QTest::newRow("the login") << QByteArray("zoe.keller-2024")
                               << QStringLiteral("the password contains the login \"zoe.keller\"");
    QTest::newRow("the printed name")
        << QByteArray("Keller#Ostrich-71") << QStringLiteral("a word of the printed name or the login");
}

void TestCliSigners::signerAddRefusesAWeakPassword() {
    QFETCH(QByteArray, password);
    QFETCH(QString, says);
    createDatabase();
    QVERIFY(!ensureAdministrator().isEmpty());
    const Run run = db(addArguments(QStringLiteral("zoe.keller"), QStringLiteral("Zoë Keller")),
                       adminLine() + password + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(says), run.err.constData());
    QVERIFY2(!run.err.contains(password), "the refusal repeats the password");
    QVERIFY(run.out.isEmpty());
    QCOMPARE(TestSupport::rawValue(m_db, QStringLiteral("SELECT count(*) FROM signers")), 0);
}

void TestCliSigners::passwdRefusesAWeakPassword() {
    createDatabase();
    const TestSigner& dm = kSigners.at(0);
    addSigner(dm);
    const QStringList passwd{QStringLiteral("signer"), QStringLiteral("passwd"), dm.login,
                             QStringLiteral("--password-stdin")};
    const QString hash =
        TestSupport::rawRows(m_db, QStringLiteral("SELECT password_hash FROM signers")).value(0);
    const struct {
        QByteArray fresh;
        const char* says;
    } refusals[] = {
        {"sunflower123", "the password is based on a dictionary word"},
        {"Manager-xq9-Owl", "a word of the printed name or the login"},
        {dm.password.toUtf8(), "the new password is the current one"},
    };
    for (const auto& refusal : refusals) {
        const Run run = db(passwd, dm.stdinLine() + refusal.fresh + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("cannot change the password of dm: ")),
                 run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String(refusal.says)), run.err.constData());
        QVERIFY(!run.err.contains(refusal.fresh));
    }
    QCOMPARE(TestSupport::rawRows(m_db, QStringLiteral("SELECT password_hash FROM signers")).value(0), hash);
    const Run changed = db(passwd, dm.stdinLine() + TestSupport::kSigningPassword.toUtf8() + '\n');
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
}

void TestCliSigners::signerAddRefusesADuplicate_data() {
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("printed name in other case and spacing")
        << QStringLiteral("other") << QStringLiteral("ZOË   keller")
        << QStringLiteral("the printed name \"Zoë Keller\" is already the name of the active signer \"zoe\"");
    QTest::newRow("printed name decomposed")
        << QStringLiteral("other") << QStringLiteral("Zoe\u0308 Keller")
        << QStringLiteral("is already the name of the active signer \"zoe\"");
    QTest::newRow("login in capitals") << QStringLiteral("ZOE") << QStringLiteral("Zoe Other")
                                       << QStringLiteral("there is already a signer with the login \"zoe\"");
}

void TestCliSigners::signerAddRefusesADuplicate() {
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, says);
    createDatabase();
    QVERIFY(!ensureAdministrator().isEmpty());
    const QByteArray password = adminLine() + TestSupport::kSigningPassword.toUtf8() + '\n';
    const Run first = db(addArguments(QStringLiteral("zoe"), QStringLiteral("Zo\u00eb Keller")), password);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run second = db(addArguments(login, name), password);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.errText().contains(says), second.err.constData());
    QCOMPARE(TestSupport::rawValue(m_db, QStringLiteral("SELECT count(*) FROM signers")), 1);
}

// admin init, admin add|list, signer add|show|unlock|reactivate with --admin, verify --root, and
// each refusal: no administrator, a wrong administrator password, self-certification.
void TestCliSigners::registryCommands() {
    createDatabase();
    const TestSigner& dm = kSigners.at(0);
    const QStringList addDm{QStringLiteral("signer"),          QStringLiteral("add"),
                            QStringLiteral("--login"),         dm.login,
                            QStringLiteral("--name"),          dm.name,
                            QStringLiteral("--roles"),         dm.role,
                            QStringLiteral("--password-stdin")};
    const QString root = ensureAdministrator();
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$")).match(root).hasMatch());
    // No administrator named: refused.
    const Run noAdmin = db(addDm, dm.stdinLine());
    QCOMPARE(noAdmin.exitCode, 1);
    QVERIFY2(noAdmin.errText().contains(
                 QStringLiteral("only an administrator can add signers: pass --admin LOGIN")),
             noAdmin.err.constData());
    const QStringList withAdmin = addDm + QStringList{QStringLiteral("--admin"), kAdminLogin};
    // A wrong administrator password: refused and counted.
    const Run wrong = db(withAdmin, "not-the-admin-password\n" + dm.stdinLine());
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(
        TestSupport::rawValue(
            m_db,
            QStringLiteral("SELECT failed_attempts FROM administrators WHERE login = '%1'").arg(kAdminLogin)),
        1);
    QCOMPARE(TestSupport::rawValue(m_db, QStringLiteral("SELECT count(*) FROM signers")), 0);
    // The administrator certifying themselves.
    const Run self =
        db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"), kAdminLogin,
            QStringLiteral("--name"), QStringLiteral("Ada Signer"), QStringLiteral("--roles"), dm.role,
            QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
           adminLine() + dm.stdinLine());
    QCOMPARE(self.exitCode, 1);
    QVERIFY2(self.errText().contains(QStringLiteral("certify themselves")), self.err.constData());
    // Certified.
    const Run added = db(withAdmin, adminLine() + dm.stdinLine());
    QVERIFY2(added.exitCode == 0, added.err.constData());
    // A second administrator; admin list names both, the recovery key admin init made, and the root.
    const Run second = db({QStringLiteral("admin"), QStringLiteral("add"), QStringLiteral("--login"),
                           QStringLiteral("ann"), QStringLiteral("--name"), QStringLiteral("Ann Other"),
                           QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
                          adminLine() + adminLine());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject admins =
        db({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")}).json().object();
    QCOMPARE(admins.value(QStringLiteral("root")).toString(), root);
    QStringList logins;
    for (const QJsonValue& a : admins.value(QStringLiteral("administrators")).toArray())
        logins << a.toObject().value(QStringLiteral("login")).toString();
    QCOMPARE(logins, (QStringList{kAdminLogin, QStringLiteral("ann"), QStringLiteral("recovery")}));
    // deactivate and reactivate: a revoke and a new certificate in signer show.
    for (const char* change : {"deactivate", "reactivate", "unlock"}) {
        const Run run =
            db({QStringLiteral("signer"), QString::fromLatin1(change), dm.login, QStringLiteral("--admin"),
                QStringLiteral("ann"), QStringLiteral("--password-stdin")},
               adminLine());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QJsonObject shown =
        db({QStringLiteral("signer"), QStringLiteral("show"), dm.login, QStringLiteral("--json")})
            .json()
            .object();
    const QJsonArray certificates = shown.value(QStringLiteral("certificates")).toArray();
    QCOMPARE(certificates.size(), 4);
    QCOMPARE(certificates.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("certify"));
    QCOMPARE(certificates.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("revoke"));
    QCOMPARE(certificates.at(2).toObject().value(QStringLiteral("issuer")).toString(), QStringLiteral("ann"));
    // verify: intact with the right root, exit 3 with another.
    const Run intact = db({QStringLiteral("verify"), QStringLiteral("--root"), root});
    QVERIFY2(intact.exitCode == 0, intact.out.constData());
    QVERIFY(intact.outText().contains(root));
    const Run other = db({QStringLiteral("verify"), QStringLiteral("--root"), QString(32, u'a')});
    QCOMPARE(other.exitCode, 3);
    QVERIFY(other.outText().contains(root));
    QCOMPARE(db({QStringLiteral("verify"), QStringLiteral("--root"), QStringLiteral("nonsense")}).exitCode,
             1);
    // A signer row written in SQL, without a certificate: verify exits 3.
    QCOMPARE(TestSupport::rawExec(
                 m_db, QStringLiteral("INSERT INTO signers (login, printed_name, roles, "
                                      "password_hash, public_key, sealed_secret, active, created_at) "
                                      "VALUES ('mallory', 'Mal Lory', '[]', 'x', '00', 'x', 1, "
                                      "'2026-01-01T00:00:00.000Z')")),
             QString());
    const Run tampered = db({QStringLiteral("verify")});
    QCOMPARE(tampered.exitCode, 3);
    QVERIFY2(tampered.outText().contains(QStringLiteral("mallory is active but has no certificate")),
             tampered.out.constData());
}

// The registry replaced wholesale by an insider, with a root of their own that signs every
// statement: this machine remembered the root it saw, and verify reports the new one (exit 3),
// as does verify --root with the old fingerprint.
void TestCliSigners::rememberedRootReplaced() {
    QVERIFY(Crypto::initialize());
    createDatabase();
    const QString root = ensureAdministrator();
    QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0); // this machine remembers the root now
    const QString bytes =
        TestSupport::rawRows(m_db, QStringLiteral("SELECT statement FROM registry_statements")).value(0);
    std::optional<RegistryStatement> statement = RegistryStatement::parse(bytes.toUtf8());
    QVERIFY(statement);
    const Crypto::KeyPair keys = Crypto::generateSigningKeys();
    statement->subjectKey = keys.publicKey;
    statement->issuerKey = keys.publicKey;
    const QByteArray forged = statement->canonicalBytes();
    QCOMPARE(
        TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("registry_statements_no_update"),
                                                            QStringLiteral("registry_statements"))),
        QString());
    QCOMPARE(TestSupport::rawExec(
                 m_db, QStringLiteral(
                           "UPDATE registry_statements SET statement = '%1', hash = '%2', signature = '%3'")
                           .arg(QString::fromUtf8(forged), RegistryStatement::hashOf(forged),
                                QString::fromLatin1(Crypto::sign(forged, keys.secretKey).toBase64()))),
             QString());
    const Run run = db({QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(QStringLiteral("this machine saw the root %1").arg(root)),
             run.out.constData());
    const Run withRoot = db({QStringLiteral("verify"), QStringLiteral("--root"), root});
    QCOMPARE(withRoot.exitCode, 3);
}

// The root fingerprint is on paper, for an auditor to compare with the one
// the organisation published; a database without a registry prints none.
void TestCliSigners::pdfPrintsTheRegistryRoot() {
    const qint64 id = newRecord();
    const QString before = exportPdf(id, QStringLiteral("before.pdf"));
    QVERIFY(!before.isEmpty());
    QVERIFY(!TestSupport::pdfText(before, TestSupport::PdfTextOrder::Drawn)
                 .contains(QStringLiteral("root fingerprint")));
    const QString root = ensureAdministrator();
    QVERIFY(!root.isEmpty());
    const QString after = exportPdf(id, QStringLiteral("after.pdf"));
    const QString text = TestSupport::pdfText(after, TestSupport::PdfTextOrder::Drawn).simplified();
    QVERIFY2(text.contains(QStringLiteral("signer registry, root fingerprint %1").arg(root)),
             qPrintable(text.right(900)));
}

QTEST_GUILESS_MAIN(TestCliSigners)
#include "tst_cli_signers.moc"
