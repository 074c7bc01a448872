// countersign-cli, end to end: the two-person rule of the signer registry (admin init --two-person,
// signer approve). A signer one administrator certifies signs only once a second one approves; and a
// signature the pending signer writes into the database themselves makes verify exit 3.

#include "CliTestFixture.h"
#include "TestSupport.h"
#include "core/Crypto.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliTwoPerson : public QObject, protected CliTestFixture {
    Q_OBJECT

    static inline const QString kSecond = QStringLiteral("ann");
    static inline const QString kSecondPassword = QStringLiteral("Basalt-7-meadow-Lantern!");

    Run approve(const QString& login, const QString& admin, const QString& password) const {
        return db({QStringLiteral("signer"), QStringLiteral("approve"), login, QStringLiteral("--admin"),
                   admin, QStringLiteral("--password-stdin")},
                  password.toUtf8() + '\n');
    }
    // admin init --two-person, and ann as the second administrator.
    void twoAdministrators() const {
        const Run init = db({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--login"),
                             kAdminLogin, QStringLiteral("--name"), kAdminName,
                             QStringLiteral("--password-stdin"), QStringLiteral("--two-person")},
                            adminLine());
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(init.outText().contains(QStringLiteral("Two-person rule")), init.out.constData());
        const Run added = db({QStringLiteral("admin"), QStringLiteral("add"), QStringLiteral("--login"),
                              kSecond, QStringLiteral("--name"), QStringLiteral("Ann Other"),
                              QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
                             adminLine() + kSecondPassword.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
        QVERIFY(Crypto::initialize());
    }
    void init() { QVERIFY(startTest()); }
    void cleanup() { finishTest(); }

    void secondAdministratorApproves() {
        createDatabase();
        twoAdministrators();
        const QJsonObject admins =
            db({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")}).json().object();
        QCOMPARE(admins.value(QStringLiteral("approvals_required")).toInt(), 2);
        const Run adminList = db({QStringLiteral("admin"), QStringLiteral("list")});
        QVERIFY2(adminList.outText().contains(QStringLiteral("Two-person rule: on")),
                 adminList.out.constData());

        const TestSigner& dm = kSigners.at(0);
        const qint64 record = newRecord();
        tickAll(record);
        const Run added = db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"),
                              dm.login, QStringLiteral("--name"), dm.name, QStringLiteral("--roles"), dm.role,
                              QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--password-stdin")},
                             adminLine() + dm.stdinLine());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(added.outText().contains(QStringLiteral("awaits a second administrator's approval")),
                 added.out.constData());
        const QJsonArray list =
            db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("awaiting_approval")).toBool(), true);
        QVERIFY(db({QStringLiteral("signer"), QStringLiteral("list")})
                    .outText()
                    .contains(QStringLiteral("awaiting approval")));
        const Run show = db({QStringLiteral("signer"), QStringLiteral("show"), dm.login});
        QVERIFY2(show.outText().contains(QStringLiteral("awaiting approval")), show.out.constData());

        const Run early = sign(record, dm);
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(
            early.errText().contains(QStringLiteral("awaits a second administrator's approval (two-person "
                                                    "rule): countersign-cli signer approve dm")),
            early.err.constData());
        QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0); // pending is a legitimate state

        const Run own = approve(dm.login, kAdminLogin, kAdminPassword);
        QCOMPARE(own.exitCode, 1);
        QVERIFY2(own.errText().contains(QStringLiteral("needs another administrator: admin issued")),
                 own.err.constData());
        const Run approved = approve(dm.login, kSecond, kSecondPassword);
        QVERIFY2(approved.exitCode == 0, approved.err.constData());
        const Run twice = approve(dm.login, kSecond, kSecondPassword);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.errText().contains(QStringLiteral("nothing to approve")), twice.err.constData());
        QCOMPARE(db({QStringLiteral("signer"), QStringLiteral("show"), dm.login, QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("awaiting_approval"))
                     .toBool(),
                 false);

        const Run signedOff = sign(record, dm);
        QVERIFY2(signedOff.exitCode == 0, signedOff.err.constData());
        const Run verify = db({QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());

        // New roles await approval again; dm, who knows their password, writes a signature under them
        // straight into the database: verify exits 3.
        const Run roles = db({QStringLiteral("signer"), QStringLiteral("roles"), dm.login,
                              QStringLiteral("--roles"), dm.role + QStringLiteral(",QA Lead"),
                              QStringLiteral("--admin"), kSecond, QStringLiteral("--password-stdin")},
                             kSecondPassword.toUtf8() + '\n');
        QVERIFY2(roles.exitCode == 0, roles.err.constData());
        QVERIFY2(roles.outText().contains(QStringLiteral("awaits a second administrator's approval")),
                 roles.out.constData());
        const QJsonArray history =
            db({QStringLiteral("signer"), QStringLiteral("show"), dm.login, QStringLiteral("--json")})
                .json()
                .object()
                .value(QStringLiteral("certificates"))
                .toArray();
        const QJsonObject pending = history.last().toObject();
        QCOMPARE(pending.value(QStringLiteral("action")).toString(), QStringLiteral("certify"));
        const QByteArray sealed = QByteArray::fromBase64(
            TestSupport::rawRows(m_db, QStringLiteral("SELECT sealed_secret FROM signers WHERE login = 'dm'"))
                .value(0)
                .toLatin1());
        const Result<SecretBytes> key = Crypto::openSecretKey(sealed, SecretBytes::fromText(dm.password));
        QVERIFY(key.ok());
        const QDateTime later =
            UtcTime::parse(pending.value(QStringLiteral("issued_at")).toString()).addSecs(60);
        const QString payload =
            TestSupport::rawRows(m_db, QStringLiteral("SELECT payload FROM signatures WHERE login = 'dm'"))
                .value(0);
        QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        o.insert(QStringLiteral("certificate"), pending.value(QStringLiteral("sha256")).toString());
        o.insert(QStringLiteral("signed_at"), UtcTime::text(later));
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QString quoted = QString::fromUtf8(bytes);
        quoted.replace(u'\'', QStringLiteral("''"));
        QCOMPARE(TestSupport::rawExec(
                     m_db, QStringLiteral(
                               "UPDATE signatures SET payload = '%1', signature = '%2', signed_at = '%3' "
                               "WHERE login = 'dm'")
                               .arg(quoted, QString::fromLatin1(Crypto::sign(bytes, key.value()).toBase64()),
                                    UtcTime::text(later))),
                 QString());
        const Run tampered = db({QStringLiteral("verify")});
        QCOMPARE(tampered.exitCode, 3);
        QVERIFY2(tampered.outText().contains(QStringLiteral("awaited a second administrator's approval")),
                 tampered.out.constData());
    }

    // Without --two-person, signer approve has nothing to do and admin list says the rule is off.
    void withoutTheRule() {
        createDatabase();
        QVERIFY(!ensureAdministrator().isEmpty());
        QCOMPARE(db({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("approvals_required"))
                     .toInt(),
                 1);
        QVERIFY(db({QStringLiteral("admin"), QStringLiteral("list")})
                    .outText()
                    .contains(QStringLiteral("Two-person rule: off")));
        addSigner(kSigners.at(0));
        const Run approved = approve(kSigners.at(0).login, kAdminLogin, kAdminPassword);
        QCOMPARE(approved.exitCode, 1);
        QVERIFY2(approved.errText().contains(QStringLiteral("nothing to approve")), approved.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTwoPerson)
#include "tst_cli_twoperson.moc"
