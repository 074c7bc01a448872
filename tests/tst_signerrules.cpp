// The rules for who may be a signer, in the engine, on a real database (and on
// PostgreSQL in the _pg twin): a new signing password's quality
// (PasswordQuality, libpwquality with cracklib's dictionary), logins and
// printed names unique regardless of case, white space and Unicode form
// (SignerTable, inside the store's write transaction), and the lock after five
// wrong passwords.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Crypto.h"
#include "core/PasswordQuality.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kGood = TestSupport::kSigningPassword;
const QString kAdmin = QStringLiteral("admin");

} // namespace

class TestSignerRules : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
    };

    Fixture makeFixture() {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("rules%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = f.store->open(f.path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        return f;
    }

    static Result<qint64> add(Fixture& f, const QString& login, const QString& name,
                              const QString& password = kGood) {
        return TestAdministrator::registerSigner(*f.service, *f.store, login, name,
                                                 {QStringLiteral("QA Lead")}, SecretBytes::fromText(password),
                                                 kAdmin);
    }

    static int signerCount(const Fixture& f) {
        return TestSupport::rawValue(f.path, QStringLiteral("SELECT count(*) FROM signers"));
    }
    static int auditedAdds(const Fixture& f) {
        return TestSupport::rawValue(
            f.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'signer_added'"));
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
        QVERIFY(Crypto::initialize());
    }
    void init() { TestSupport::strictWarnings(); }

    // ---- Password quality

    void passwordQuality_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal"); // "" when accepted

        const QString login = QStringLiteral("zoe.keller");
        const QString name = QStringLiteral("Zoë Keller");
        QTest::newRow("strong") << kGood << login << name << QString();
        QTest::newRow("four unrelated words")
            << QStringLiteral("mango tractor velvet 9") << login << name << QString();
        QTest::newRow("too short") << QStringLiteral("Qz7!kv2#") << login << name
                                   << QStringLiteral("the password is too short: use at least 10 characters");
        QTest::newRow("nine characters") << QStringLiteral("Qz7!kv2#x") << login << name
                                         << QStringLiteral("too short: use at least 10 characters");
        QTest::newRow("dictionary word") << QStringLiteral("sunflower123") << login << name
                                         << QStringLiteral("the password is based on a dictionary word");
        QTest::newRow("dictionary word and a sign")
            << QStringLiteral("qa-password") << login << name << QStringLiteral("based on a dictionary word");
        QTest::newRow("letters in order")
            << QStringLiteral("abcdefghijkl") << login << name << QStringLiteral("too simple or systematic");
        QTest::newRow("two letters") << QStringLiteral("abababababab") << login << name
                                     << QStringLiteral("too few different characters");
        QTest::newRow("digits in order")
            << QStringLiteral("1234567890") << login << name << QStringLiteral("too simple or systematic");
        QTest::newRow("the login") << QStringLiteral("zoe.keller-2024") << login << name
                                   << QStringLiteral("the password contains the login \"zoe.keller\"");
        QTest::newRow("the login in capitals")
            << QStringLiteral("ZOE.KELLER!x9") << login << name << QStringLiteral("contains the login");
        QTest::newRow("a word of the name")
            << QStringLiteral("Keller#Ostrich-71") << QStringLiteral("zk") << name
            << QStringLiteral("a word of the printed name or the login");
        QTest::newRow("a part of the login")
            << QStringLiteral("KELLER-ostrich-71") << login << QStringLiteral("Someone Else")
            << QStringLiteral("a word of the printed name or the login");
        QTest::newRow("a palindrome")
            << QStringLiteral("x7qpmmpq7x") << login << name << QStringLiteral("reads the same backwards");
    }
    void passwordQuality() {
        QFETCH(QString, password);
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const Status checked = PasswordQuality::check(SecretBytes::fromText(password), login, name);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.error()));
        } else {
            QVERIFY2(!checked.ok(), "a weak password was accepted");
            QVERIFY2(checked.error().contains(refusal), qPrintable(checked.error()));
        }
    }

    void aNewPasswordDiffersFromTheCurrentOne() {
        const SecretBytes current = SecretBytes::fromText(kGood);
        const QString login = QStringLiteral("qa");
        const QString name = QStringLiteral("Quinn Anders");
        Status same = PasswordQuality::check(SecretBytes::fromText(kGood), login, name, &current);
        QVERIFY(!same.ok());
        QVERIFY2(same.error().contains(QStringLiteral("the new password is the current one")),
                 qPrintable(same.error()));
        same = PasswordQuality::check(SecretBytes::fromText(kGood.toUpper()), login, name, &current);
        QVERIFY2(same.error().contains(QStringLiteral("only in upper and lower case")),
                 qPrintable(same.error()));
        same = PasswordQuality::check(SecretBytes::fromText(QString(kGood + u'x')), login, name, &current);
        QVERIFY2(same.error().contains(QStringLiteral("too similar to the current one")),
                 qPrintable(same.error()));
        QVERIFY(PasswordQuality::check(SecretBytes::fromText(QStringLiteral("mango tractor velvet 9")), login,
                                       name, &current)
                    .ok());
    }

    void registrationRefusesAWeakPasswordAndWritesNothing_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("too short") << QStringLiteral("short-1") << QStringLiteral("too short");
        QTest::newRow("dictionary word")
            << QStringLiteral("sunflower123") << QStringLiteral("dictionary word");
        QTest::newRow("the login") << QStringLiteral("paula.owner!77")
                                   << QStringLiteral("contains the login");
        QTest::newRow("the printed name")
            << QStringLiteral("Paula-Xq9-Zebra") << QStringLiteral("printed name");
    }
    void registrationRefusesAWeakPasswordAndWritesNothing() {
        QFETCH(QString, password);
        QFETCH(QString, refusal);
        Fixture f = makeFixture();
        const Result<qint64> added =
            add(f, QStringLiteral("paula.owner"), QStringLiteral("Paula Owner"), password);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(refusal), qPrintable(added.error()));
        QCOMPARE(signerCount(f), 0);
        QCOMPARE(auditedAdds(f), 0);
    }

    void passwordChangeRefusesAWeakPassword() {
        Fixture f = makeFixture();
        QVERIFY(add(f, QStringLiteral("quinn"), QStringLiteral("Quinn Anders")).ok());
        const QString hashBefore =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT password_hash FROM signers")).value(0);
        const struct {
            QString password;
            QString refusal;
        } cases[] = {
            {QStringLiteral("sunflower123"), QStringLiteral("dictionary word")},
            {QStringLiteral("Quinn-Anders-2"), QStringLiteral("contains the login")},
            {QStringLiteral("Anders-xq9-Pelican"), QStringLiteral("printed name")},
            {kGood, QStringLiteral("the new password is the current one")},
            {QStringLiteral("short-1"), QStringLiteral("too short")},
        };
        for (const auto& c : cases) {
            const Status changed = f.service->changePassword(
                QStringLiteral("quinn"), SecretBytes::fromText(kGood), SecretBytes::fromText(c.password));
            QVERIFY2(!changed.ok(), qPrintable(c.password));
            QVERIFY2(changed.error().contains(c.refusal), qPrintable(changed.error()));
        }
        QCOMPARE(TestSupport::rawRows(f.path, QStringLiteral("SELECT password_hash FROM signers")).value(0),
                 hashBefore);
        // The quality check comes first and costs no wrong-password count.
        QCOMPARE(f.store->signer(QStringLiteral("quinn"))->failedAttempts, 0);
        QVERIFY(f.service
                    ->changePassword(QStringLiteral("quinn"), SecretBytes::fromText(kGood),
                                     SecretBytes::fromText(QStringLiteral("mango tractor velvet 9")))
                    .ok());
    }

    // The check is made when a password is set: a signer registered before it
    // (here written through the store, as an older Countersign did) keeps signing.
    void anExistingWeakPasswordStillSigns() {
        Fixture f = makeFixture();
        const SecretBytes weak = SecretBytes::fromText(u"qa-pass");
        Crypto::KeyPair keys = Crypto::generateSigningKeys();
        Signer signer;
        signer.login = QStringLiteral("qa");
        signer.printedName = QStringLiteral("Quinn Anders");
        signer.roles = {QStringLiteral("QA Lead")};
        signer.publicKey = keys.publicKey;
        const Result<QString> hash = Crypto::hashPassword(weak);
        const Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, weak);
        QVERIFY(hash.ok() && sealed.ok());
        QVERIFY(f.store->addSigner(signer, {hash.value(), sealed.value()}, kAdmin).ok());
        // changePassword opens the sealed signing key with it, as signing does.
        // Changing away from it works; changing to another weak one does not.
        QVERIFY(
            !f.service->changePassword(QStringLiteral("qa"), weak, SecretBytes::fromText(u"qa-pass-2")).ok());
        const Status changed =
            f.service->changePassword(QStringLiteral("qa"), weak, SecretBytes::fromText(kGood));
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(f.store->signer(QStringLiteral("qa"))->failedAttempts, 0);
    }

    // ---- Unique logins and printed names

    void printedNamesAreUniqueAmongActiveSigners_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("other case") << QStringLiteral("Paula Owner") << QStringLiteral("PAULA owner");
        QTest::newRow("other spacing")
            << QStringLiteral("Paula Owner") << QStringLiteral("  paula \t  owner ");
        QTest::newRow("no-break space")
            << QStringLiteral("Paula Owner") << QStringLiteral("Paula\u00a0Owner");
        QTest::newRow("composed and decomposed")
            << QStringLiteral("Zo\u00eb Keller") << QStringLiteral("Zoe\u0308 Keller");
        QTest::newRow("decomposed capitals")
            << QStringLiteral("Zo\u00eb Keller") << QStringLiteral("ZOE\u0308 KELLER");
        QTest::newRow("full-width letters")
            << QStringLiteral("Ann Lee") << QStringLiteral("\uff21\uff4e\uff4e \uff2c\uff45\uff45");
        QTest::newRow("sharp s") << QStringLiteral("Jan Strauß") << QStringLiteral("JAN STRAUSS");
    }
    void printedNamesAreUniqueAmongActiveSigners() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Fixture f = makeFixture();
        QVERIFY(add(f, QStringLiteral("first"), first).ok());
        const Result<qint64> refused = add(f, QStringLiteral("second"), second);
        QVERIFY2(!refused.ok(), "a second signer with the same printed name was registered");
        QVERIFY2(refused.error().contains(QStringLiteral("already the name of the active signer \"first\"")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(first), qPrintable(refused.error()));
        QCOMPARE(signerCount(f), 1);
        QCOMPARE(auditedAdds(f), 1);
    }

    void differentNamesAreNotTheSame() {
        Fixture f = makeFixture();
        QVERIFY(add(f, QStringLiteral("a"), QStringLiteral("Zoë Keller")).ok());
        QVERIFY(add(f, QStringLiteral("b"), QStringLiteral("Zoe Keller")).ok()); // no diaeresis: another name
        QVERIFY(add(f, QStringLiteral("c"), QStringLiteral("Paula M. Owner")).ok());
        QVERIFY(add(f, QStringLiteral("d"), QStringLiteral("Paula Owner")).ok());
        QCOMPARE(signerCount(f), 4);
    }

    void loginsAreUniqueRegardlessOfCaseAndForm_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("same") << QStringLiteral("paula") << QStringLiteral("paula");
        QTest::newRow("other case") << QStringLiteral("paula") << QStringLiteral("PAULA");
        QTest::newRow("composed and decomposed") << QStringLiteral("zo\u00eb") << QStringLiteral("zoe\u0308");
        QTest::newRow("decomposed capitals") << QStringLiteral("zo\u00eb") << QStringLiteral("ZOE\u0308");
        QTest::newRow("full-width") << QStringLiteral("ann") << QStringLiteral("\uff41\uff4e\uff4e");
    }
    void loginsAreUniqueRegardlessOfCaseAndForm() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Fixture f = makeFixture();
        QVERIFY(add(f, first, QStringLiteral("First Person")).ok());
        const Result<qint64> refused = add(f, second, QStringLiteral("Second Person"));
        QVERIFY2(!refused.ok(), "a second signer with the same login was registered");
        QVERIFY2(
            refused.error().contains(
                QStringLiteral("there is already a signer with the login \"%1\" (First Person)").arg(first)),
            qPrintable(refused.error()));
        QCOMPARE(signerCount(f), 1);
        QCOMPARE(auditedAdds(f), 1);
    }

    // The rule is the store's: a front end that skipped SignOffService is
    // refused too (on a database from before the registry, where the store
    // still adds signers itself).
    void theStoreRefusesADuplicateItself() {
        Fixture f = makeFixture();
        Signer paula;
        paula.login = QStringLiteral("paula");
        paula.printedName = QStringLiteral("Paula Owner");
        paula.roles = {QStringLiteral("QA Lead")};
        paula.publicKey = QByteArray(32, 'p');
        QVERIFY(f.store->addSigner(paula, {QStringLiteral("h"), QByteArray("s")}, kAdmin).ok());
        Signer copy;
        copy.login = QStringLiteral("p2");
        copy.printedName = QStringLiteral("paula OWNER");
        copy.roles = {QStringLiteral("QA Lead")};
        copy.publicKey = QByteArray(32, 'k');
        const Result<qint64> byName =
            f.store->addSigner(copy, {QStringLiteral("h"), QByteArray("s")}, kAdmin);
        QVERIFY(!byName.ok());
        QVERIFY2(byName.error().contains(QStringLiteral("\"paula\"")), qPrintable(byName.error()));
        copy.login = QStringLiteral("Paula");
        copy.printedName = QStringLiteral("Someone Else");
        const Result<qint64> byLogin =
            f.store->addSigner(copy, {QStringLiteral("h"), QByteArray("s")}, kAdmin);
        QVERIFY(!byLogin.ok());
        QVERIFY2(byLogin.error().contains(QStringLiteral("already a signer with the login \"paula\"")),
                 qPrintable(byLogin.error()));
        QCOMPARE(signerCount(f), 1);
    }

    // A deactivated signer's printed name may be given again, never their
    // login; and they cannot be reactivated while another active signer has it.
    void deactivatedSigners() {
        Fixture f = makeFixture();
        QVERIFY(add(f, QStringLiteral("paula"), QStringLiteral("Paula Owner")).ok());
        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("paula"), false).ok());
        const Result<qint64> sameLogin = add(f, QStringLiteral("PAULA"), QStringLiteral("Paula Other"));
        QVERIFY(!sameLogin.ok());
        QVERIFY2(sameLogin.error().contains(QStringLiteral("login \"paula\"")),
                 qPrintable(sameLogin.error()));
        QVERIFY(add(f, QStringLiteral("paula2"), QStringLiteral("paula owner")).ok());

        const Status reactivated =
            TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("paula"), true);
        QVERIFY(!reactivated.ok());
        QVERIFY2(reactivated.error().contains(QStringLiteral("cannot reactivate paula")),
                 qPrintable(reactivated.error()));
        QVERIFY2(reactivated.error().contains(QStringLiteral("active signer \"paula2\"")),
                 qPrintable(reactivated.error()));
        QCOMPARE(f.store->signer(QStringLiteral("paula"))->active, false);

        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("paula2"), false).ok());
        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("paula"), true).ok());
    }

    // ---- The lock

    void theFifthWrongPasswordLocks() {
        QCOMPARE(SignOffService::kMaxFailedLogins, 5);
        QCOMPARE(SignOffService::kLockMinutes, 15);
        Fixture f = makeFixture();
        QDateTime clock = QDateTime::currentDateTimeUtc();
        f.store->setClock([&clock] { return clock; });
        QVERIFY(add(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders")).ok());
        for (int i = 1; i <= 4; ++i) {
            const Status wrong =
                f.service->changePassword(QStringLiteral("qa"), SecretBytes::fromText(u"nope"),
                                          SecretBytes::fromText(u"mango tractor velvet 9"));
            QVERIFY(!wrong.ok());
            const Result<Signer> signer = f.store->signer(QStringLiteral("qa"));
            QCOMPARE(signer->failedAttempts, i);
            QVERIFY2(!signer->lockedUntil.isValid(), qPrintable(QString::number(i)));
        }
        const Status fifth = f.service->changePassword(QStringLiteral("qa"), SecretBytes::fromText(u"nope"),
                                                       SecretBytes::fromText(u"mango tractor velvet 9"));
        QVERIFY2(
            fifth.error().contains(QStringLiteral("After 5 wrong passwords in a row, qa is locked for 15")),
            qPrintable(fifth.error()));
        const Result<Signer> locked = f.store->signer(QStringLiteral("qa"));
        QCOMPARE(locked->failedAttempts, 5);
        QVERIFY(qAbs(locked->lockedUntil.secsTo(clock.addSecs(15 * 60))) <= 1);
        // Locked: the right password is refused too, until the lock runs out.
        const Status right = f.service->changePassword(QStringLiteral("qa"), SecretBytes::fromText(kGood),
                                                       SecretBytes::fromText(u"mango tractor velvet 9"));
        QVERIFY2(right.error().contains(QStringLiteral("is locked after 5 wrong passwords")),
                 qPrintable(right.error()));
        clock = clock.addSecs(15 * 60 + 1);
        QVERIFY(f.service
                    ->changePassword(QStringLiteral("qa"), SecretBytes::fromText(kGood),
                                     SecretBytes::fromText(u"mango tractor velvet 9"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestSignerRules)
#include "tst_signerrules.moc"
