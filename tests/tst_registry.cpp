// The signer registry (the registry issue) in the engine, on a real database
// (and on PostgreSQL in the _pg twin): administrators certify who may sign;
// every refusal; signing names its certificate; and what verify finds when an
// insider who can write the database, but knows no administrator's password,
// adds or swaps signers' keys, forges a statement or replaces the root.
#include "ProcessRun.h"
#include "SmallTemplate.h"
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/RecoveryCode.h"
#include "core/Registry.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "core/Witness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = TestSupport::kSigningPassword;
const QString kAdminPassword = QStringLiteral("Granite-4-harbour-Quill?");
const QString kActor = QStringLiteral("tester");

QString joined(const Verifier::Report& report) {
    QStringList lines;
    for (const Verifier::Finding& f : report.findings)
        lines << f.kind + u": " + f.message;
    return lines.join(u'\n');
}
bool hasFinding(const Verifier::Report& report, const QString& kind, const QString& words) {
    for (const Verifier::Finding& f : report.findings) {
        if (f.kind == kind && f.message.contains(words))
            return true;
    }
    return false;
}
Registry::Credentials admin(const QString& password = kAdminPassword) {
    return {QStringLiteral("root"), SecretBytes::fromText(password)};
}
QString sql(const QString& text) {
    QString quoted = text;
    return u'\'' + quoted.replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

class TestRegistry : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        std::unique_ptr<Registry> registry;
        qint64 recordId = 0;
        QString root;
        QString recoveryCode; // as admin init printed it (a test may keep it in a QString)
    };

    // countersign-cli verify on a fixture's database, as an auditor runs it
    // (a settings folder of its own: no machine's memory of the database);
    // its exit code, 3 for findings.
    int cliVerify(const Fixture& f, const QStringList& extra = {}) {
        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("cli-config-%1").arg(++m_counter)));
        const TestSupport::ProcessRun run = TestSupport::runProcess(
            QStringLiteral(COUNTERSIGN_CLI_PATH),
            QStringList{QStringLiteral("--db"), f.path, QStringLiteral("verify")} + extra, options);
        return run.exitCode;
    }

    Fixture makeFixture(bool withRegistry = true, int approvalsRequired = 1) {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("registry%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        const Status opened = f.store->open(f.path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        f.registry = std::make_unique<Registry>(*f.store);
        const qint64 templateId = *f.store->addTemplate(TestSupport::smallTemplate());
        f.recordId = *f.store->createRecord(
            templateId, {QStringLiteral("Release 9"), QStringLiteral("9.0"), QStringLiteral("Production")},
            kActor);
        const Result<Record> loaded = f.store->loadRecord(f.recordId);
        for (const ChecklistSection& s : loaded->sections) {
            if (s.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& i : s.items) {
                if (!i.isGroupHeader)
                    f.store->updateItem(i.id, {ItemStatus::Done, {}}, kActor);
            }
        }
        if (withRegistry) {
            const Result<Registry::Root> root =
                f.registry->initRoot(QStringLiteral("root"), QStringLiteral("Rita Root"),
                                     SecretBytes::fromText(kAdminPassword), kActor, approvalsRequired);
            if (!root)
                qFatal("%s", qPrintable(root.error()));
            f.root = root->fingerprint;
            f.recoveryCode = QString::fromLatin1(root->recoveryCode.chars(), root->recoveryCode.size());
        }
        return f;
    }

    static Result<qint64> addSigner(Fixture& f, const QString& login, const QString& name,
                                    const QString& role) {
        Registry::Credentials a = admin();
        return f.service->registerSigner(login, name, {role}, SecretBytes::fromText(kPassword), kActor,
                                         f.root.isEmpty() ? nullptr : &a);
    }
    static Result<qint64> addLegacySigner(Fixture& f, const QString& login, const QString& name,
                                          const QString& role) {
        return TestAdministrator::addLegacySigner(*f.store, login, name, role,
                                                  SecretBytes::fromText(kPassword), kActor);
    }
    static Result<SignatureEntry> sign(Fixture& f, const QString& login, const QString& role) {
        return f.service->sign({f.recordId,
                                role,
                                login,
                                SecretBytes::fromText(kPassword),
                                QStringLiteral("Approved"),
                                {},
                                true});
    }
    // A record signed by qa, for the insider's attacks.
    Fixture signedFixture() {
        Fixture f = makeFixture();
        if (!addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead")))
            qFatal("cannot add qa");
        if (const Result<SignatureEntry> s = sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")); !s)
            qFatal("%s", qPrintable(s.error()));
        return f;
    }
    // What the insider does to a signature: names another key (and login) in
    // its payload and signs it again with a key they hold.
    static QString resign(const Fixture& f, const QString& login, const Crypto::KeyPair& keys,
                          const QString& certificate) {
        const QString payload =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT payload FROM signatures WHERE login = 'qa'"))
                .value(0);
        QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        o.insert(QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()));
        o.insert(QStringLiteral("login"), login);
        o.insert(QStringLiteral("certificate"), certificate);
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QByteArray signature = Crypto::sign(bytes, keys.secretKey);
        return TestSupport::rawExec(
            f.path, QStringLiteral("UPDATE signatures SET payload = %1, signature = %2 "
                                   "WHERE login = 'qa'")
                        .arg(sql(QString::fromUtf8(bytes)), sql(QString::fromLatin1(signature.toBase64()))));
    }

    // A database under the two-person rule with a second administrator, ann, and qa certified by root
    // (awaiting ann's approval).
    Fixture twoPersonFixture() {
        Fixture f = makeFixture(true, 2);
        Registry::Credentials root = admin();
        if (!f.registry->addAdministrator(root, QStringLiteral("ann"), QStringLiteral("Ann Other"),
                                          SecretBytes::fromText(kAdminPassword), kActor))
            qFatal("cannot add ann");
        if (!addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead")))
            qFatal("cannot add qa");
        return f;
    }
    static Registry::Credentials ann() {
        return {QStringLiteral("ann"), SecretBytes::fromText(kAdminPassword)};
    }
    // The insider's raw write of one more statement, signed with key.
    static QString appendRaw(const Fixture& f, const RegistryStatement& statement, const SecretBytes& key) {
        const QByteArray bytes = statement.canonicalBytes();
        return TestSupport::rawExec(
            f.path, QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                   "VALUES (%1, %2, %3, %4)")
                        .arg(statement.seq)
                        .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)),
                             sql(QString::fromLatin1(Crypto::sign(bytes, key).toBase64()))));
    }
    // qa's pending certificate, as an approve statement after the chain's end would name it.
    static RegistryStatement approvalOfLast(const Fixture& f, const QString& issuer,
                                            const QByteArray& issuerKey) {
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement approve = entries->last().statement;
        approve.action = QStringLiteral("approve");
        approve.approvalsRequired = 1;
        approve.approves = entries->last().hash;
        approve.seq = entries->last().statement.seq + 1;
        approve.previous = entries->last().hash;
        approve.issuerLogin = issuer;
        approve.issuerKey = issuerKey;
        return approve;
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

    void rootIsSelfSignedAndFingerprinted() {
        Fixture f = makeFixture();
        QVERIFY(
            QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$")).match(f.root).hasMatch());
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        const RegistryStatement& root = entries->first().statement;
        QCOMPARE(root.action, QStringLiteral("root"));
        QCOMPARE(root.seq, 1);
        QCOMPARE(root.issuerKey, root.subjectKey);
        QCOMPARE(RegistryStatement::fingerprint(root.subjectKey), f.root);
        QCOMPARE(root.databaseId, f.store->databaseId().value());
        // The root certifies the recovery key as the administrator "recovery", whose row has no password.
        const RegistryStatement& recovery = entries->at(1).statement;
        QCOMPARE(recovery.action, QStringLiteral("certify"));
        QCOMPARE(recovery.subjectKind, QStringLiteral("administrator"));
        QCOMPARE(recovery.subjectLogin, QStringLiteral("recovery"));
        QCOMPARE(recovery.subjectName, QStringLiteral("Recovery key"));
        QCOMPARE(recovery.issuerLogin, QStringLiteral("root"));
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$"))
                    .match(f.recoveryCode)
                    .hasMatch());
        QCOMPARE(
            recovery.subjectKey,
            RecoveryCode::keysOf(*RecoveryCode::decode(SecretBytes::fromText(f.recoveryCode))).publicKey);
        QCOMPARE(
            TestSupport::rawRows(f.path, QStringLiteral("SELECT password_hash || '|' || sealed_secret FROM "
                                                        "administrators WHERE login = 'recovery'")),
            QStringList{QStringLiteral("|")});
        // The code itself is nowhere in the database.
        const QStringList everything =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT statement FROM registry_statements")) +
            TestSupport::rawRows(f.path, QStringLiteral("SELECT login || public_key || password_hash || "
                                                        "sealed_secret FROM administrators")) +
            TestSupport::rawRows(f.path,
                                 QStringLiteral("SELECT coalesce(field, '') || coalesce(old_value, '') "
                                                "|| coalesce(new_value, '') FROM audit_log"));
        QVERIFY(everything.size() > 4);
        for (const QString& text : everything)
            QVERIFY(!text.contains(f.recoveryCode) && !text.contains(QString(f.recoveryCode).remove(u'-')));
        QVERIFY(f.registry->hasRecoveryKey().value());
        // A second root is refused.
        QVERIFY(!f.registry->initRoot(QStringLiteral("other"), QStringLiteral("Otto Other"),
                                      SecretBytes::fromText(kAdminPassword), kActor));
        const Verifier::Report report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.rootFingerprint, f.root);
        // The statements are append-only in the database itself.
        QVERIFY(!TestSupport::rawExec(f.path, QStringLiteral("DELETE FROM registry_statements")).isEmpty());
    }

    void refusals() {
        Fixture f = makeFixture();
        // No administrator named.
        const Result<qint64> none =
            f.service->registerSigner(QStringLiteral("qa"), QStringLiteral("Quinn Anders"),
                                      {QStringLiteral("QA Lead")}, SecretBytes::fromText(kPassword), kActor);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QStringLiteral("only an administrator can add signers")),
                 qPrintable(none.error()));
        // A wrong administrator password: refused, counted, nothing added.
        Registry::Credentials wrong = admin(QStringLiteral("not-the-password-at-all"));
        const Result<qint64> refused = f.service->registerSigner(
            QStringLiteral("qa"), QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
            SecretBytes::fromText(kPassword), kActor, &wrong);
        QVERIFY(!refused);
        QCOMPARE(f.store->administrator(QStringLiteral("root"))->failedAttempts, 1);
        QCOMPARE(TestSupport::rawValue(f.path, QStringLiteral("SELECT count(*) FROM signers")), 0);
        QCOMPARE(TestSupport::rawValue(f.path, QStringLiteral("SELECT count(*) FROM registry_statements")),
                 2);
        // An administrator certifying themselves.
        Registry::Credentials self = admin();
        const Result<qint64> selfAdd = f.service->registerSigner(
            QStringLiteral("root"), QStringLiteral("Rita Signer"), {QStringLiteral("QA Lead")},
            SecretBytes::fromText(kPassword), kActor, &self);
        QVERIFY(!selfAdd);
        QVERIFY2(selfAdd.error().contains(QStringLiteral("certify themselves")), qPrintable(selfAdd.error()));
        // The right password adds and clears the count.
        QVERIFY(addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"))
                    .ok());
        QCOMPARE(f.store->administrator(QStringLiteral("root"))->failedAttempts, 0);
        // Deactivation needs the administrator's password too.
        Registry::Credentials wrongAgain = admin(QStringLiteral("still-not-the-password"));
        QVERIFY(!f.registry->setSignerActive(wrongAgain, QStringLiteral("qa"), false, kActor));
        QVERIFY(f.store->signer(QStringLiteral("qa"))->active);
        // Five wrong passwords lock the administrator.
        for (int i = 0; i < Registry::kMaxFailedLogins; ++i) {
            Registry::Credentials w = admin(QStringLiteral("wrong-%1-password").arg(i));
            QVERIFY(!f.registry->unlockSigner(w, QStringLiteral("qa"), kActor));
        }
        Registry::Credentials right = admin();
        const Status locked = f.registry->setSignerActive(right, QStringLiteral("qa"), false, kActor);
        QVERIFY(!locked);
        QVERIFY2(locked.error().contains(QStringLiteral("locked")), qPrintable(locked.error()));
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void signingNamesItsCertificateAndRevokeStopsIt() {
        Fixture f = makeFixture();
        QVERIFY(addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"))
                    .ok());
        QVERIFY(
            addSigner(f, QStringLiteral("po"), QStringLiteral("Paula Owens"), QStringLiteral("Product Owner"))
                .ok());
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        QCOMPARE(entries->size(), 4); // root, recovery key, qa, po
        QCOMPARE(entries->at(2).statement.issuerLogin, QStringLiteral("root"));
        const Result<SignatureEntry> signed_ = sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY2(signed_.ok(), qPrintable(signed_.error()));
        const QJsonObject payload = QJsonDocument::fromJson(signed_->payload).object();
        QCOMPARE(payload.value(QStringLiteral("certificate")).toString(), entries->at(2).hash);
        Registry::Credentials a = admin();
        QVERIFY(f.registry->setSignerActive(a, QStringLiteral("po"), false, kActor).ok());
        QVERIFY(!f.store->signer(QStringLiteral("po"))->active);
        QVERIFY(!sign(f, QStringLiteral("po"), QStringLiteral("Product Owner")));
        Registry::Credentials b = admin();
        QVERIFY(f.registry->setSignerActive(b, QStringLiteral("po"), true, kActor).ok());
        const Result<SignatureEntry> after = sign(f, QStringLiteral("po"), QStringLiteral("Product Owner"));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        const Result<QList<Registry::Entry>> now = f.registry->entries();
        QCOMPARE(now->last().statement.action, QStringLiteral("certify"));
        QCOMPARE(
            QJsonDocument::fromJson(after->payload).object().value(QStringLiteral("certificate")).toString(),
            now->last().hash);
        // A second administrator, then one certifying the other.
        Registry::Credentials c = admin();
        QVERIFY(f.registry
                    ->addAdministrator(c, QStringLiteral("ann"), QStringLiteral("Ann Admin"),
                                       SecretBytes::fromText(kAdminPassword), kActor)
                    .ok());
        Registry::Credentials ann{QStringLiteral("ann"), SecretBytes::fromText(kAdminPassword)};
        QVERIFY(f.registry->unlockSigner(ann, QStringLiteral("qa"), kActor).ok());
        const Verifier::Report report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    // Attack 1: a signer row with the insider's own key, and a signature re-signed with it.
    void insiderAddsSignerWithOwnKey() {
        Fixture f = signedFixture();
        const Crypto::KeyPair keys = Crypto::generateSigningKeys();
        QCOMPARE(
            TestSupport::rawExec(
                f.path,
                QStringLiteral("INSERT INTO signers (login, printed_name, roles, password_hash, public_key, "
                               "sealed_secret, active, created_at) VALUES ('mallory', 'Mal Lory', "
                               "'[\"QA Lead\"]', 'x', %1, 'x', 1, '2026-01-01T00:00:00.000Z')")
                    .arg(sql(QString::fromLatin1(keys.publicKey.toHex())))),
            QString());
        const QString certificate = QJsonDocument::fromJson(f.store->signatures(f.recordId)->first().payload)
                                        .object()
                                        .value(QStringLiteral("certificate"))
                                        .toString();
        QCOMPARE(resign(f, QStringLiteral("mallory"), keys, certificate), QString());
        QCOMPARE(TestSupport::rawExec(f.path,
                                      QStringLiteral("UPDATE signatures SET signer_id = (SELECT id FROM "
                                                     "signers WHERE login = 'mallory'), login = 'mallory'")),
                 QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("mallory is active but has no certificate")),
                 qPrintable(joined(report)));
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("does not certify this signer's key")),
                 qPrintable(joined(report)));
        QCOMPARE(cliVerify(f), 3); // caught by plain verify
    }

    // Attack 2: an existing signer's key swapped, their signature re-signed with the new key.
    void insiderSwapsSignersKey() {
        Fixture f = signedFixture();
        const Crypto::KeyPair keys = Crypto::generateSigningKeys();
        QCOMPARE(TestSupport::rawExec(f.path, TestSupport::dropTrigger(QStringLiteral("signers_no_rename"),
                                                                       QStringLiteral("signers"))),
                 QString());
        QCOMPARE(TestSupport::rawExec(f.path,
                                      QStringLiteral("UPDATE signers SET public_key = %1 WHERE login = 'qa'")
                                          .arg(sql(QString::fromLatin1(keys.publicKey.toHex())))),
                 QString());
        const QString certificate = QJsonDocument::fromJson(f.store->signatures(f.recordId)->first().payload)
                                        .object()
                                        .value(QStringLiteral("certificate"))
                                        .toString();
        QCOMPARE(resign(f, QStringLiteral("qa"), keys, certificate), QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("are not the ones their certificate")),
                 qPrintable(joined(report)));
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("does not certify this signer's key")),
                 qPrintable(joined(report)));
        QCOMPARE(cliVerify(f), 3); // caught by plain verify
    }

    // Attack 3: a "certify" statement signed by a key the insider made.
    void insiderForgesStatement() {
        Fixture f = signedFixture();
        const Crypto::KeyPair keys = Crypto::generateSigningKeys();
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement forged = entries->last().statement;
        forged.seq = entries->last().statement.seq + 1;
        forged.previous = entries->last().hash;
        forged.subjectLogin = QStringLiteral("mallory");
        forged.subjectName = QStringLiteral("Mal Lory");
        forged.subjectKey = keys.publicKey;
        forged.issuerKey = keys.publicKey; // still claims to be root
        const QByteArray bytes = forged.canonicalBytes();
        QCOMPARE(
            TestSupport::rawExec(
                f.path, QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                       "VALUES (%1, %2, %3, %4)")
                            .arg(forged.seq)
                            .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)),
                                 sql(QString::fromLatin1(Crypto::sign(bytes, keys.secretKey).toBase64())))),
            QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("who was not an administrator certified by the registry")),
                 qPrintable(joined(report)));
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("is not the statement the audit trail")),
                 qPrintable(joined(report)));
        QCOMPARE(cliVerify(f), 3); // caught by plain verify
    }

    // Attack 4: the root replaced, every statement re-signed with the insider's own key.
    void insiderReplacesRoot() {
        Fixture f = signedFixture();
        const QString oldRoot = f.root;
        QTemporaryDir settingsDir;
        Witness witness(
            std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat));
        QVERIFY(witness.remember(*f.store).ok());
        const Crypto::KeyPair keys = Crypto::generateSigningKeys();
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        for (const QString& trigger : {QStringLiteral("registry_statements_no_delete"),
                                       QStringLiteral("registry_statements_no_update")})
            QCOMPARE(TestSupport::rawExec(
                         f.path, TestSupport::dropTrigger(trigger, QStringLiteral("registry_statements"))),
                     QString());
        QCOMPARE(TestSupport::rawExec(f.path, QStringLiteral("DELETE FROM registry_statements")), QString());
        QString previous = RegistryStatement::firstPrevious();
        for (const Registry::Entry& e : entries.value()) {
            RegistryStatement s = e.statement;
            s.previous = previous;
            s.issuerKey = keys.publicKey;
            if (s.action == u"root")
                s.subjectKey = keys.publicKey;
            const QByteArray bytes = s.canonicalBytes();
            previous = RegistryStatement::hashOf(bytes);
            QCOMPARE(TestSupport::rawExec(
                         f.path,
                         QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                        "VALUES (%1, %2, %3, %4)")
                             .arg(s.seq)
                             .arg(sql(QString::fromUtf8(bytes)), sql(previous),
                                  sql(QString::fromLatin1(Crypto::sign(bytes, keys.secretKey).toBase64())))),
                     QString());
        }
        QCOMPARE(TestSupport::rawExec(f.path, QStringLiteral("UPDATE administrators SET public_key = %1")
                                                  .arg(sql(QString::fromLatin1(keys.publicKey.toHex())))),
                 QString());
        const Verifier::Report withRoot = Verifier::verify(*f.store, std::nullopt, oldRoot);
        QVERIFY2(hasFinding(withRoot, QStringLiteral("root"), oldRoot), qPrintable(joined(withRoot)));
        QVERIFY(withRoot.rootFingerprint != oldRoot);
        const Result<std::optional<Verifier::Finding>> seen = witness.check(*f.store);
        QVERIFY(seen.ok());
        QVERIFY(seen->has_value());
        QCOMPARE((*seen)->kind, QStringLiteral("root"));
        QVERIFY2((*seen)->message.contains(oldRoot), qPrintable((*seen)->message));
        // The signatures name the old statements' hashes, so plain verify sees it too; --root names the swap.
        QCOMPARE(cliVerify(f), 3);
        QCOMPARE(cliVerify(f, {QStringLiteral("--root"), oldRoot}), 3);
    }

    // A database from before the registry: admin init lists its signatures and certifies its signers.
    // The database today's main made before the registry (tests/data/make-schema-v3-signed.sh), migrated.
    void migrationOfAnOldFile() {
        if (TestSupport::onPostgres())
            QSKIP("the fixture is an SQLite file made by an earlier version");
        const QString path = m_dir.filePath(QStringLiteral("v3-%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v3-signed.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ChecklistStore store;
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        SignOffService service(store);
        QCOMPARE(service.administratorRequired().value(), false); // signers from before: not yet
        Registry registry(store);
        const Result<Registry::Root> root =
            registry.initRoot(QStringLiteral("root"), QStringLiteral("Rita Root"),
                              SecretBytes::fromText(kAdminPassword), kActor);
        QVERIFY2(root.ok(), qPrintable(root.error()));
        QCOMPARE(service.administratorRequired().value(), true);
        const Result<QList<Registry::Entry>> entries = registry.entries();
        QCOMPARE(entries->first().statement.legacy->size(), 10);
        const Verifier::Report report = Verifier::verify(store, std::nullopt, root->fingerprint);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 10);
    }

    void migrationListsLegacySignatures() {
        Fixture f = makeFixture(false);
        QCOMPARE(f.service->administratorRequired().value(), true); // a new database
        // It refuses a signer without an administrator, and has none yet.
        const Result<qint64> refused =
            addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("only an administrator can add signers")),
                 qPrintable(refused.error()));
        QVERIFY(f.store->signers()->isEmpty());
        // A database from before the registry had signers without one.
        QVERIFY(addLegacySigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"),
                                QStringLiteral("QA Lead"))
                    .ok());
        QVERIFY(sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        const Result<Registry::Root> root =
            f.registry->initRoot(QStringLiteral("root"), QStringLiteral("Rita Root"),
                                 SecretBytes::fromText(kAdminPassword), kActor);
        QVERIFY2(root.ok(), qPrintable(root.error()));
        f.root = root->fingerprint;
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        QCOMPARE(entries->size(), 3); // root, recovery key, qa
        QCOMPARE(entries->first().statement.legacy->size(), 1);
        QCOMPARE(entries->at(2).statement.action, QStringLiteral("certify"));
        QCOMPARE(entries->at(2).statement.subjectLogin, QStringLiteral("qa"));
        const Verifier::Report report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        // After the migration qa signs under the certificate.
        QVERIFY(
            addSigner(f, QStringLiteral("po"), QStringLiteral("Paula Owens"), QStringLiteral("Product Owner"))
                .ok());
        const Result<SignatureEntry> po = sign(f, QStringLiteral("po"), QStringLiteral("Product Owner"));
        QVERIFY2(po.ok(), qPrintable(po.error()));
        QVERIFY(Verifier::verify(*f.store).intact());
        // A pre-registry signature not on the list: the insider re-signs qa's with a key of their own.
        const Crypto::KeyPair keys = Crypto::generateSigningKeys();
        QCOMPARE(resign(f, QStringLiteral("qa"), keys, QString()), QString());
        const Verifier::Report forged = Verifier::verify(*f.store);
        QVERIFY2(hasFinding(forged, QStringLiteral("registry"), QStringLiteral("not on the root's list")),
                 qPrintable(joined(forged)));
    }

    // ---- The recovery key (the registry issue's "Recovery")

    static Status recover(Fixture& f, const QString& code, const QString& login, const QString& password) {
        return f.registry->recoverAdministrator(SecretBytes::fromText(code), login,
                                                SecretBytes::fromText(password), kActor);
    }
    static qint64 statementCount(const Fixture& f) {
        return TestSupport::rawValue(f.path, QStringLiteral("SELECT count(*) FROM registry_statements"));
    }
    // An administrator's password forgotten (and locked out, for good measure): the recovery code gives
    // them a new one, the old one stops working, and they certify again.
    void recoveryResetsAForgottenPassword() {
        Fixture f = makeFixture();
        for (int i = 0; i < Registry::kMaxFailedLogins; ++i) {
            Registry::Credentials wrong = admin(QStringLiteral("forgotten-%1-password").arg(i));
            QVERIFY(!f.registry->addAdministrator(wrong, QStringLiteral("ann"), QStringLiteral("Ann Admin"),
                                                  SecretBytes::fromText(kAdminPassword), kActor));
        }
        QVERIFY(f.store->administrator(QStringLiteral("root"))->lockedUntil.isValid());
        const QByteArray oldKey = f.store->administrator(QStringLiteral("root"))->publicKey;
        // Typed as a person might: lower case, spaces for dashes.
        const QString typed = f.recoveryCode.toLower().replace(u'-', u' ');
        const QString newPassword = QStringLiteral("Copper-9-meadow-Falcon!");
        const Status recovered = recover(f, typed, QStringLiteral("root"), newPassword);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
        const Signer root = f.store->administrator(QStringLiteral("root")).value();
        QVERIFY(root.publicKey != oldKey);
        QCOMPARE(root.failedAttempts, 0);
        QVERIFY(!root.lockedUntil.isValid());
        const Registry::Entry last = f.registry->entries()->last();
        QCOMPARE(last.statement.action, QStringLiteral("recover"));
        QCOMPARE(last.statement.subjectLogin, QStringLiteral("root"));
        QCOMPARE(last.statement.subjectKey, root.publicKey);
        QCOMPARE(last.statement.issuerLogin, QStringLiteral("recovery"));
        // The old password is refused; the new one certifies a signer.
        Registry::Credentials old = admin();
        const Result<qint64> refused = f.service->registerSigner(
            QStringLiteral("qa"), QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
            SecretBytes::fromText(kPassword), kActor, &old);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("password is wrong")), qPrintable(refused.error()));
        Registry::Credentials fresh = admin(newPassword);
        const Result<qint64> added = f.service->registerSigner(
            QStringLiteral("qa"), QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
            SecretBytes::fromText(kPassword), kActor, &fresh);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        // The database's identity is the root statement's key still.
        QCOMPARE(f.registry->rootFingerprint().value(), f.root);
        const Verifier::Report report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        // The code works again (it is the database's, not spent), for another administrator too.
        Registry::Credentials byRoot = admin(newPassword);
        QVERIFY(f.registry
                    ->addAdministrator(byRoot, QStringLiteral("ann"), QStringLiteral("Ann Admin"),
                                       SecretBytes::fromText(kAdminPassword), kActor)
                    .ok());
        QVERIFY(recover(f, f.recoveryCode, QStringLiteral("ann"), QStringLiteral("Walnut-3-harbour-Egret?"))
                    .ok());
        QVERIFY(Verifier::verify(*f.store, std::nullopt, f.root).intact());
    }

    void recoveryRefusals() {
        Fixture f = makeFixture();
        const qint64 before = statementCount(f);
        const QString newPassword = QStringLiteral("Copper-9-meadow-Falcon!");
        // Another database's code (well formed, wrong key).
        const SecretBytes other = RecoveryCode::generate();
        const Status foreign =
            recover(f, QString::fromLatin1(other.chars(), other.size()), QStringLiteral("root"), newPassword);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().contains(QStringLiteral("does not belong to this database")),
                 qPrintable(foreign.error()));
        // One character typed wrong.
        QString typo = f.recoveryCode;
        typo[0] = typo.at(0) == u'7' ? u'8' : u'7';
        QVERIFY(!recover(f, typo, QStringLiteral("root"), newPassword));
        // Not a code at all.
        const Status garbage = recover(f, QStringLiteral("hello"), QStringLiteral("root"), newPassword);
        QVERIFY(!garbage);
        QVERIFY2(garbage.error().contains(QStringLiteral("not a recovery key")), qPrintable(garbage.error()));
        // A weak new password: refused with the quality check's reason.
        const Status weak = recover(f, f.recoveryCode, QStringLiteral("root"), QStringLiteral("short7!"));
        QVERIFY(!weak);
        QVERIFY2(weak.error().contains(QStringLiteral("at least 10")), qPrintable(weak.error()));
        const Status likeLogin =
            recover(f, f.recoveryCode, QStringLiteral("root"), QStringLiteral("Rita-Root-2026-long"));
        QVERIFY(!likeLogin);
        QVERIFY2(likeLogin.error().contains(QStringLiteral("printed name or the login")) ||
                     likeLogin.error().contains(QStringLiteral("login")),
                 qPrintable(likeLogin.error()));
        // No such administrator; the recovery key itself.
        QVERIFY(!recover(f, f.recoveryCode, QStringLiteral("nobody"), newPassword));
        QVERIFY(!recover(f, f.recoveryCode, QStringLiteral("recovery"), newPassword));
        QCOMPARE(statementCount(f), before);
        // The old password still works: nothing was changed.
        QVERIFY(addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead"))
                    .ok());
    }

    // "recovery" is no administrator who signs in, cannot be locked, and is no one's login.
    void recoveryLoginIsReserved() {
        Fixture f = makeFixture();
        for (int i = 0; i < Registry::kMaxFailedLogins + 1; ++i) {
            Registry::Credentials asRecovery{QStringLiteral("Recovery"),
                                             SecretBytes::fromText(f.recoveryCode)};
            const Result<qint64> refused = f.service->registerSigner(
                QStringLiteral("qa"), QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
                SecretBytes::fromText(kPassword), kActor, &asRecovery);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("is the recovery key")),
                     qPrintable(refused.error()));
        }
        const Signer row = f.store->administrator(QStringLiteral("recovery")).value();
        QCOMPARE(row.failedAttempts, 0);
        QVERIFY(!row.lockedUntil.isValid());
        Registry::Credentials a = admin();
        const Status asAdmin =
            f.registry->addAdministrator(a, QStringLiteral("RECOVERY"), QStringLiteral("Rex Covery"),
                                         SecretBytes::fromText(kAdminPassword), kActor);
        QVERIFY(!asAdmin);
        QVERIFY2(asAdmin.error().contains(QStringLiteral("reserved")), qPrintable(asAdmin.error()));
        const Result<qint64> asSigner =
            addSigner(f, QStringLiteral("recovery"), QStringLiteral("Rex Covery"), QStringLiteral("QA Lead"));
        QVERIFY(!asSigner);
        QVERIFY2(asSigner.error().contains(QStringLiteral("reserved")), qPrintable(asSigner.error()));
        Fixture g = makeFixture(false);
        const Result<Registry::Root> rootAsRecovery =
            g.registry->initRoot(QStringLiteral("recovery"), QStringLiteral("Rex Covery"),
                                 SecretBytes::fromText(kAdminPassword), kActor);
        QVERIFY(!rootAsRecovery);
        QCOMPARE(statementCount(f), 2);
    }

    // A registry from before recovery keys (tests/data/make-schema-v6-registry.sh): it keeps working,
    // and an administrator issues it a recovery key; a second one revokes the first.
    void recoveryKeyForAnOlderRegistry() {
        if (TestSupport::onPostgres())
            QSKIP("the fixture is an SQLite file made by an earlier version");
        const QString path = m_dir.filePath(QStringLiteral("v6-%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v6-registry.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ChecklistStore store;
        QVERIFY(store.open(path, ChecklistStore::OpenMode::ExistingOnly).ok());
        Registry registry(store);
        const QString root = registry.rootFingerprint().value();
        QVERIFY(Verifier::verify(store, std::nullopt, root).intact());
        QCOMPARE(registry.hasRecoveryKey().value(), false);
        const QString newPassword = QStringLiteral("Copper-9-meadow-Falcon!");
        const SecretBytes stranger = RecoveryCode::generate();
        const Status none = registry.recoverAdministrator(stranger, QStringLiteral("root"),
                                                          SecretBytes::fromText(newPassword), kActor);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QStringLiteral("no recovery key")), qPrintable(none.error()));
        // ann issues one; the administrators table now lets a key change (schema 7).
        Registry::Credentials ann{QStringLiteral("ann"), SecretBytes::fromText(kAdminPassword)};
        Result<SecretBytes> first = registry.issueRecoveryKey(ann, kActor);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(registry.hasRecoveryKey().value());
        QVERIFY(Verifier::verify(store, std::nullopt, root).intact());
        // The sheet is lost: root issues another, which revokes the first.
        Registry::Credentials byRoot = admin();
        Result<SecretBytes> second = registry.issueRecoveryKey(byRoot, kActor);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const QList<Registry::Entry> entries = registry.entries().value();
        QCOMPARE(entries.at(entries.size() - 2).statement.action, QStringLiteral("revoke"));
        QCOMPARE(entries.last().statement.action, QStringLiteral("certify"));
        const Status withFirst = registry.recoverAdministrator(first.value(), QStringLiteral("root"),
                                                               SecretBytes::fromText(newPassword), kActor);
        QVERIFY(!withFirst);
        QVERIFY2(withFirst.error().contains(QStringLiteral("does not belong")),
                 qPrintable(withFirst.error()));
        QVERIFY(registry
                    .recoverAdministrator(second.value(), QStringLiteral("root"),
                                          SecretBytes::fromText(newPassword), kActor)
                    .ok());
        Registry::Credentials recovered = admin(newPassword);
        QVERIFY(registry.unlockSigner(recovered, QStringLiteral("dana"), kActor).ok());
        const Verifier::Report report = Verifier::verify(store, std::nullopt, root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(registry.rootFingerprint().value(), root);
    }

    // Insider (a): the recovery administrator's key replaced by one whose code they hold, in the
    // administrators table and in a certify statement they write (they cannot sign as root).
    void insiderReplacesTheRecoveryKey() {
        Fixture f = makeFixture();
        const SecretBytes theirs = RecoveryCode::generate();
        const Crypto::KeyPair keys = RecoveryCode::keysOf(*RecoveryCode::decode(theirs));
        QCOMPARE(
            TestSupport::rawExec(f.path, QStringLiteral("UPDATE administrators SET public_key = %1 WHERE "
                                                        "login = 'recovery'")
                                             .arg(sql(QString::fromLatin1(keys.publicKey.toHex())))),
            QString());
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement forged = entries->at(1).statement;
        forged.seq = entries->last().statement.seq + 1;
        forged.previous = entries->last().hash;
        forged.subjectKey = keys.publicKey;
        const QByteArray bytes = forged.canonicalBytes();
        const Crypto::KeyPair mine = Crypto::generateSigningKeys();
        QCOMPARE(
            TestSupport::rawExec(
                f.path, QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                       "VALUES (%1, %2, %3, %4)")
                            .arg(forged.seq)
                            .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)),
                                 sql(QString::fromLatin1(Crypto::sign(bytes, mine.secretKey).toBase64())))),
            QString());
        // The engine now takes their code...
        QVERIFY(recover(f, QString::fromLatin1(theirs.chars(), theirs.size()), QStringLiteral("root"),
                        QStringLiteral("Copper-9-meadow-Falcon!"))
                    .ok());
        // ...but verify sees through it.
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(
            hasFinding(report, QStringLiteral("registry"), QStringLiteral("Ed25519 signature does not hold")),
            qPrintable(joined(report)));
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("is not the statement the audit trail")),
                 qPrintable(joined(report)));
    }

    // Insider (b): a recover statement signed by a key they made, and the administrator's row rekeyed to it.
    void insiderForgesARecover() {
        Fixture f = makeFixture();
        const Crypto::KeyPair mine = Crypto::generateSigningKeys();
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement forged = entries->first().statement;
        forged.action = QStringLiteral("recover");
        forged.legacy.reset();
        forged.seq = entries->last().statement.seq + 1;
        forged.previous = entries->last().hash;
        forged.subjectKey = mine.publicKey;
        forged.issuerLogin = QStringLiteral("recovery");
        forged.issuerKey = mine.publicKey;
        const QByteArray bytes = forged.canonicalBytes();
        QCOMPARE(
            TestSupport::rawExec(
                f.path, QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                       "VALUES (%1, %2, %3, %4)")
                            .arg(forged.seq)
                            .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)),
                                 sql(QString::fromLatin1(Crypto::sign(bytes, mine.secretKey).toBase64())))),
            QString());
        QCOMPARE(
            TestSupport::rawExec(f.path, QStringLiteral("UPDATE administrators SET public_key = %1 WHERE "
                                                        "login = 'root'")
                                             .arg(sql(QString::fromLatin1(mine.publicKey.toHex())))),
            QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("who was not an administrator certified by the registry")),
                 qPrintable(joined(report)));
    }

    // Insider (c) with a leaked code: a certify statement the recovery key signs. Its signature holds,
    // but the recovery key may only recover.
    void recoveryKeyCannotCertify() {
        Fixture f = makeFixture();
        const Crypto::KeyPair recovery =
            RecoveryCode::keysOf(*RecoveryCode::decode(SecretBytes::fromText(f.recoveryCode)));
        const Crypto::KeyPair mallory = Crypto::generateSigningKeys();
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement forged = entries->at(1).statement;
        forged.seq = entries->last().statement.seq + 1;
        forged.previous = entries->last().hash;
        forged.subjectKind = QStringLiteral("signer");
        forged.subjectLogin = QStringLiteral("mallory");
        forged.subjectName = QStringLiteral("Mal Lory");
        forged.subjectRoles = {QStringLiteral("QA Lead")};
        forged.subjectKey = mallory.publicKey;
        forged.issuerLogin = QStringLiteral("recovery");
        forged.issuerKey = recovery.publicKey;
        const QByteArray bytes = forged.canonicalBytes();
        QCOMPARE(TestSupport::rawExec(
                     f.path,
                     QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                    "VALUES (%1, %2, %3, %4)")
                         .arg(forged.seq)
                         .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)),
                              sql(QString::fromLatin1(Crypto::sign(bytes, recovery.secretKey).toBase64())))),
                 QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("the recovery key may only recover")),
                 qPrintable(joined(report)));
        QVERIFY2(!hasFinding(report, QStringLiteral("registry"), QStringLiteral("signature does not hold")),
                 qPrintable(joined(report)));
        // And a recover statement by anyone else (root, with its real key) is a finding too.
        Fixture g = makeFixture();
        const Result<QList<Registry::Entry>> gEntries = g.registry->entries();
        RegistryStatement byRoot = gEntries->at(1).statement;
        byRoot.action = QStringLiteral("recover");
        byRoot.seq = gEntries->last().statement.seq + 1;
        byRoot.previous = gEntries->last().hash;
        const QByteArray rootBytes = byRoot.canonicalBytes();
        const Result<SecretBytes> rootKey =
            Crypto::openSecretKey(g.store->administratorSecrets(QStringLiteral("root"))->sealedSecret,
                                  SecretBytes::fromText(kAdminPassword));
        QVERIFY(rootKey.ok());
        QCOMPARE(TestSupport::rawExec(
                     g.path,
                     QStringLiteral("INSERT INTO registry_statements (seq, statement, hash, signature) "
                                    "VALUES (%1, %2, %3, %4)")
                         .arg(byRoot.seq)
                         .arg(sql(QString::fromUtf8(rootBytes)), sql(RegistryStatement::hashOf(rootBytes)),
                              sql(QString::fromLatin1(Crypto::sign(rootBytes, rootKey.value()).toBase64())))),
                 QString());
        const Verifier::Report other = Verifier::verify(*g.store);
        QVERIFY2(hasFinding(other, QStringLiteral("registry"),
                            QStringLiteral("only the recovery key may recover an administrator")),
                 qPrintable(joined(other)));
    }
    // The two-person rule: root certifies qa, who may sign only once ann approves.
    void twoPersonRuleHoldsBackANewSigner() {
        Fixture f = twoPersonFixture();
        QCOMPARE(f.registry->approvalsRequired().value_or(0), 2);
        QVERIFY(f.registry->awaitsApproval(QStringLiteral("qa")).value_or(false));
        const Result<SignatureEntry> early = sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QStringLiteral("awaits a second administrator's approval")),
                 qPrintable(early.error()));
        QVERIFY2(early.error().contains(QStringLiteral("signer approve qa")), qPrintable(early.error()));
        // A pending signer is a legitimate state: verify is intact.
        Verifier::Report report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));

        Registry::Credentials root = admin();
        const Status own = f.registry->approveSigner(root, QStringLiteral("qa"), kActor);
        QVERIFY(!own);
        QVERIFY2(own.error().contains(QStringLiteral("needs another administrator: root issued")),
                 qPrintable(own.error()));
        Registry::Credentials second = ann();
        QVERIFY2(f.registry->approveSigner(second, QStringLiteral("qa"), kActor).ok(), "ann approves");
        QVERIFY(!f.registry->awaitsApproval(QStringLiteral("qa")).value_or(true));
        QCOMPARE(f.registry->entries()->last().statement.action, QStringLiteral("approve"));
        Registry::Credentials again = ann();
        const Status twice = f.registry->approveSigner(again, QStringLiteral("qa"), kActor);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QStringLiteral("nothing to approve")), qPrintable(twice.error()));

        const Result<SignatureEntry> signedOff = sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY2(signedOff.ok(), qPrintable(signedOff.ok() ? QString() : signedOff.error()));
        report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));

        // New roles are a new certificate: it waits too, and this time ann issued it, so root approves.
        Registry::Credentials byAnn = ann();
        QVERIFY(f.registry->setSignerRoles(byAnn, QStringLiteral("qa"),
                                           {QStringLiteral("QA Lead"), QStringLiteral("Release Manager")},
                                           kActor));
        QVERIFY(f.registry->awaitsApproval(QStringLiteral("qa")).value_or(false));
        Registry::Credentials annAgain = ann();
        QVERIFY(!f.registry->approveSigner(annAgain, QStringLiteral("qa"), kActor));
        Registry::Credentials rootAgain = admin();
        QVERIFY(f.registry->approveSigner(rootAgain, QStringLiteral("qa"), kActor));
        report = Verifier::verify(*f.store, std::nullopt, f.root);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void withoutTheRuleNothingChanges() {
        Fixture f = makeFixture();
        QCOMPARE(f.registry->approvalsRequired().value_or(0), 1);
        QVERIFY(
            addSigner(f, QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead")));
        QVERIFY(!f.registry->awaitsApproval(QStringLiteral("qa")).value_or(true));
        Registry::Credentials root = admin();
        const Status approve = f.registry->approveSigner(root, QStringLiteral("qa"), kActor);
        QVERIFY(!approve);
        QVERIFY2(approve.error().contains(QStringLiteral("nothing to approve")), qPrintable(approve.error()));
        QVERIFY(sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        QCOMPARE(f.registry->entries()->last().statement.approvalsRequired, 1);
    }

    // Attack (a): the pending certificate's approvals_required flipped to 1, re-hashed.
    void insiderDropsTheSecondApproval() {
        Fixture f = twoPersonFixture();
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        RegistryStatement flipped = entries->last().statement;
        QCOMPARE(flipped.approvalsRequired, 2);
        flipped.approvalsRequired = 1;
        const QByteArray bytes = flipped.canonicalBytes();
        QCOMPARE(TestSupport::rawExec(
                     f.path, TestSupport::dropTrigger(QStringLiteral("registry_statements_no_update"),
                                                      QStringLiteral("registry_statements"))),
                 QString());
        QCOMPARE(TestSupport::rawExec(
                     f.path, QStringLiteral("UPDATE registry_statements SET statement = %1, "
                                            "hash = %2 WHERE seq = %3")
                                 .arg(sql(QString::fromUtf8(bytes)), sql(RegistryStatement::hashOf(bytes)))
                                 .arg(flipped.seq)),
                 QString());
        // The engine now lets qa sign, as the insider wanted; verify is what catches it.
        QVERIFY(sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"), QStringLiteral("signature does not hold")),
                 qPrintable(joined(report)));
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("requires 1 approvals where the registry's rule requires 2")),
                 qPrintable(joined(report)));
        QCOMPARE(cliVerify(f), 3);
    }

    // Attack (b): an approve signed by a key the insider made, claiming to be ann's; and one by the issuer.
    void insiderForgesAnApproval() {
        Fixture f = twoPersonFixture();
        const Crypto::KeyPair mallory = Crypto::generateSigningKeys();
        QCOMPARE(appendRaw(f, approvalOfLast(f, QStringLiteral("ann"), mallory.publicKey), mallory.secretKey),
                 QString());
        QVERIFY(f.registry->awaitsApproval(QStringLiteral("qa")).value_or(false));
        QVERIFY(!sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")));
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(hasFinding(report, QStringLiteral("registry"),
                            QStringLiteral("ann, who was not an administrator certified by the registry")),
                 qPrintable(joined(report)));

        // root, who issued qa's certificate, approves it too by writing the statement with the real key.
        Fixture g = twoPersonFixture();
        const Result<SecretBytes> rootKey =
            Crypto::openSecretKey(g.store->administratorSecrets(QStringLiteral("root"))->sealedSecret,
                                  SecretBytes::fromText(kAdminPassword));
        QVERIFY(rootKey.ok());
        const QByteArray rootPublic = g.store->administrator(QStringLiteral("root"))->publicKey;
        QCOMPARE(appendRaw(g, approvalOfLast(g, QStringLiteral("root"), rootPublic), rootKey.value()),
                 QString());
        QVERIFY(g.registry->awaitsApproval(QStringLiteral("qa")).value_or(false));
        const Verifier::Report own = Verifier::verify(*g.store);
        QVERIFY2(hasFinding(own, QStringLiteral("registry"),
                            QStringLiteral("root approved their own certificate")),
                 qPrintable(joined(own)));
        QCOMPARE(cliVerify(f), 3);
        QCOMPARE(cliVerify(g), 3);
    }

    // Attack (c): qa, awaiting approval of new roles, writes a signature under the pending certificate.
    void pendingSignersSignatureWrittenDirectly() {
        Fixture f = twoPersonFixture();
        Registry::Credentials second = ann();
        QVERIFY(f.registry->approveSigner(second, QStringLiteral("qa"), kActor));
        QVERIFY(sign(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        Registry::Credentials byAnn = ann();
        QVERIFY(f.registry->setSignerRoles(byAnn, QStringLiteral("qa"),
                                           {QStringLiteral("QA Lead"), QStringLiteral("Release Manager")},
                                           kActor));
        const Result<QList<Registry::Entry>> entries = f.registry->entries();
        const QString pending = entries->last().hash;
        // qa knows their own password, so holds their key; the signature is re-made after the new
        // certificate.
        const Result<SecretBytes> qaKey = Crypto::openSecretKey(
            f.store->signerSecrets(QStringLiteral("qa"))->sealedSecret, SecretBytes::fromText(kPassword));
        QVERIFY(qaKey.ok());
        const QDateTime later = entries->last().statement.issuedAt.addSecs(60);
        const QString payload =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT payload FROM signatures WHERE login = 'qa'"))
                .value(0);
        QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        o.insert(QStringLiteral("certificate"), pending);
        o.insert(QStringLiteral("signed_at"), UtcTime::text(later));
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCOMPARE(TestSupport::rawExec(
                     f.path, QStringLiteral("UPDATE signatures SET payload = %1, signature = %2, "
                                            "signed_at = %3 WHERE login = 'qa'")
                                 .arg(sql(QString::fromUtf8(bytes)),
                                      sql(QString::fromLatin1(Crypto::sign(bytes, qaKey.value()).toBase64())),
                                      sql(UtcTime::text(later)))),
                 QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        QVERIFY2(joined(report).contains(QStringLiteral("awaited a second administrator's approval")),
                 qPrintable(joined(report)));
        QCOMPARE(cliVerify(f), 3);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
