// Sign-off rules, signers, reopening, and tampering caught by verify, on a real SQLite file.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("correct horse 1");

// A signer as Countersign 0.x stored them: the login hash and a version 1
// sealed key (salt ‖ nonce ‖ ciphertext, Argon2id at INTERACTIVE) under
// kPassword, made once with libsodium by hand and kept here.
const QString kVersion1PublicKey =
    QStringLiteral("f4bb83caa3c151d679d21178293a91b6196139106ba9931d7de9885f93d45a59");
const QString kVersion1Sealed = QStringLiteral(
    "4QaVRG1dnOVde/yunGlBvKCNBwEl8wbIOzWmhCPeETWL3GQsGwfLm1t2dOFd1T51IV8/8/Ar/bjkQQPQOIkvq0YEQMRsClekz9aatrG/"
    "SPIYXdynSs1WqsKbjBv+HmKYdJX84cBloma0lOTqVly6iDVo/nF8ibHG");
const QString kVersion1Hash = QStringLiteral(
    "$argon2id$v=19$m=65536,t=2,p=1$urfG3rMImlXm6h5GvaBFTw$NnCWPdwI7cchmDGrwPlRqHwHKD/h4z6WUKdTsZIU/tY");

ChecklistItem item(const QString& text) {
    ChecklistItem i;
    i.text = text;
    return i;
}

ChecklistTemplate twoRoleTemplate() {
    ChecklistTemplate t;
    t.title = QStringLiteral("Sign Test");
    ChecklistSection checks;
    checks.title = QStringLiteral("Checks");
    checks.kind = SectionKind::Checklist;
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    checks.items = {item(QStringLiteral("Alpha")), item(QStringLiteral("Beta"))};
    ChecklistSection signoff;
    signoff.title = QStringLiteral("Sign-off");
    signoff.kind = SectionKind::SignOff;
    signoff.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                       QStringLiteral("Date")};
    signoff.items = {item(QStringLiteral("QA Lead")), item(QStringLiteral("Product Owner"))};
    for (ChecklistItem& row : signoff.items)
        row.extra = {QString(), QString(), QString()};
    t.sections = {checks, signoff};
    return t;
}

SignatureStrokes someStrokes() {
    return {{QPointF(10, 100), QPointF(50, 60), QPointF(90, 120)}, {QPointF(120, 80), QPointF(200, 90)}};
}

QString joined(const Verifier::Report& report) {
    QStringList lines;
    for (const Verifier::Finding& f : report.findings)
        lines << f.message;
    return lines.join(u'\n');
}

} // namespace

class TestSignOff : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 recordId = 0;
        QList<qint64> itemIds;
    };

    Fixture makeFixture(bool registerSigners = true) {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("sign%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = f.store->open(f.path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        const qint64 templateId = *f.store->addTemplate(twoRoleTemplate());
        f.recordId = *f.store->createRecord(
            templateId, {QStringLiteral("Release 9"), QStringLiteral("9.0"), QStringLiteral("Production")},
            QStringLiteral("tester"));
        // Keep the Result alive: a range-for over a member of a temporary dangles.
        const Result<Record> loaded = f.store->loadRecord(f.recordId);
        for (const ChecklistItem& i : loaded->sections.at(0).items)
            f.itemIds << i.id;
        if (registerSigners) {
            TestAdministrator::registerSigner(*f.service, *f.store, QStringLiteral("qa"),
                                              QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
                                              SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            TestAdministrator::registerSigner(*f.service, *f.store, QStringLiteral("po"),
                                              QStringLiteral("Paula Owens"),
                                              {QStringLiteral("Product Owner"), QStringLiteral("QA Lead")},
                                              SecretBytes::fromText(kPassword), QStringLiteral("admin"));
        }
        return f;
    }

    void tickAll(Fixture& f) {
        for (qint64 id : std::as_const(f.itemIds))
            QVERIFY(f.store->updateItem(id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
    }

    Result<SignatureEntry> signAs(Fixture& f, const QString& login, const QString& role,
                                  const QString& password = kPassword) {
        return f.service->sign({f.recordId, role, login, SecretBytes::fromText(password),
                                QStringLiteral("Approved"), someStrokes(), false});
    }

    // A sealed record with both roles signed, for the tampering cases.
    Fixture sealedFixture() {
        Fixture f = makeFixture();
        tickAll(f);
        f.store->updateItem(f.itemIds.at(1), {ItemStatus::Done, QStringLiteral("checked twice")},
                            QStringLiteral("tester"));
        const Result<SignatureEntry> first = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        if (!first)
            qFatal("%s", qPrintable(first.error()));
        const Result<SignatureEntry> second =
            signAs(f, QStringLiteral("po"), QStringLiteral("Product Owner"));
        if (!second)
            qFatal("%s", qPrintable(second.error()));
        return f;
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void passwordsAreStoredOnlyAsArgon2idHashes() {
        Fixture f = makeFixture();
        QCOMPARE(
            TestSupport::rawValue(f.path, QStringLiteral("SELECT count(*) FROM signers WHERE password_hash "
                                                         "LIKE '$argon2id$v=19$%'")),
            2);
        QCOMPARE(TestSupport::rawValue(
                     f.path, QStringLiteral("SELECT count(*) FROM signers WHERE password_hash "
                                            "LIKE '%correct horse%' OR sealed_secret LIKE '%correct%'")),
                 0);
        if (TestSupport::onPostgres())
            return;
        // Closed first: its log is then in the file, and nothing reads a
        // database file outside SQLite while SQLite has it open (DatabaseFile.h).
        f.store->close();
        QFile file(f.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }

    void pendingItemsBlockSigningAndAreListed() {
        Fixture f = makeFixture();
        const Result<SignatureEntry> refused = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Alpha")) &&
                     refused.error().contains(QStringLiteral("Beta")),
                 qPrintable(refused.error()));
        QVERIFY(f.store->signatures(f.recordId)->isEmpty());
        // N/A counts as resolved; Failed does not.
        QVERIFY(f.store
                    ->updateItem(f.itemIds.at(0), {ItemStatus::NotApplicable, QStringLiteral("n/a here")},
                                 QStringLiteral("t"))
                    .ok());
        QVERIFY(f.store
                    ->updateItem(f.itemIds.at(1), {ItemStatus::Failed, QStringLiteral("red")},
                                 QStringLiteral("t"))
                    .ok());
        const Result<SignatureEntry> stillRefused =
            signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!stillRefused.ok());
        QVERIFY(stillRefused.error().contains(QStringLiteral("Beta")));
        QVERIFY(!stillRefused.error().contains(QStringLiteral("Alpha")));
        QVERIFY(f.store
                    ->updateItem(f.itemIds.at(1), {ItemStatus::Done, QStringLiteral("fixed")},
                                 QStringLiteral("t"))
                    .ok());
        QVERIFY(signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
    }

    void aLongPendingListIsCutShortWithItsCount() {
        // The GUI asks canSign() of every role whenever a record opens: the
        // message of a record with thousands of pending items stays short.
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(TestSupport::newDatabase(m_dir, QStringLiteral("long%1").arg(++m_counter))).ok());
        ChecklistTemplate t = twoRoleTemplate();
        t.sections[0].items.clear();
        for (int i = 1; i <= 120; ++i)
            t.sections[0].items << item(QStringLiteral("Check %1").arg(i));
        const qint64 recordId =
            *store.createRecord(*store.addTemplate(t), {QStringLiteral("Long"), {}, {}}, QStringLiteral("t"));
        const Result<Record> record = store.loadRecord(recordId);
        const Status refused = SignOffService(store).canSign(*record, QStringLiteral("QA Lead"));
        QVERIFY(!refused.ok());
        const QString message = refused.error();
        QVERIFY2(message.contains(QStringLiteral("(120 of them)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Check 50 (Pending)")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Check 51 ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("… and 70 more")), qPrintable(message));
    }

    void statesOfHashesOnceAndAgreesWithStateOf() {
        Fixture f = sealedFixture();
        QVERIFY(f.service
                    ->reopen(f.recordId, QStringLiteral("po"), SecretBytes::fromText(kPassword),
                             QStringLiteral("typo"))
                    .ok());
        tickAll(f);
        QVERIFY(signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        const Result<Record> record = f.store->loadRecord(f.recordId);
        QCOMPARE(record->signatures.size(), 3); // two revoked, one standing
        const QList<SignatureState> states = SignOffService::statesOf(*record);
        QCOMPARE(states.size(), record->signatures.size());
        for (qsizetype i = 0; i < states.size(); ++i)
            QCOMPARE(states.at(i), SignOffService::stateOf(*record, record->signatures.at(i)));
        QCOMPARE(states.count(SignatureState::Revoked), 2);
        QCOMPARE(states.count(SignatureState::Valid), 1);
    }

    void rolesSignInOrder() {
        Fixture f = makeFixture();
        tickAll(f);
        const Result<SignatureEntry> early = signAs(f, QStringLiteral("po"), QStringLiteral("Product Owner"));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("QA Lead")), qPrintable(early.error()));
    }

    void onlyAHolderOfTheRoleMaySign() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        const Result<SignatureEntry> refused =
            signAs(f, QStringLiteral("qa"), QStringLiteral("Product Owner"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("may not sign")), qPrintable(refused.error()));
    }

    void onePersonMayNotSignTwoRoles() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(signAs(f, QStringLiteral("po"), QStringLiteral("QA Lead")).ok());
        const Result<SignatureEntry> refused =
            signAs(f, QStringLiteral("po"), QStringLiteral("Product Owner"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("two roles")), qPrintable(refused.error()));
    }

    void signingEveryRoleSealsTheRecord() {
        Fixture f = sealedFixture();
        const Record record = *f.store->loadRecord(f.recordId);
        QCOMPARE(record.state, RecordState::Sealed);
        QCOMPARE(record.signatures.size(), 2);
        QCOMPARE(SignOffService::stateOf(record, record.signatures.at(0)), SignatureState::Valid);
        QCOMPARE(record.signatures.at(0).printedName, QStringLiteral("Quinn Anders"));
        QCOMPARE(record.signatures.at(0).strokes.size(), 2);
        const Result<ChecklistItem> edit =
            f.store->updateItem(f.itemIds.at(0), {ItemStatus::Pending, {}}, QStringLiteral("t"));
        QVERIFY(!edit.ok());
        QVERIFY(edit.error().contains(QStringLiteral("sealed")));
        QVERIFY(!signAs(f, QStringLiteral("po"), QStringLiteral("Product Owner")).ok());
        QVERIFY(Verifier::verify(*f.store).intact());
    }

    void aSignedRecordRefusesEdits() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        QVERIFY(!f.store->updateItem(f.itemIds.at(0), {ItemStatus::Pending, {}}, QStringLiteral("t")).ok());
    }

    void wrongPasswordIsRefusedAndAudited() {
        Fixture f = makeFixture();
        tickAll(f);
        const Result<SignatureEntry> refused =
            signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"), QStringLiteral("wrong password"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("password is wrong")));
        bool audited = false;
        const Result<QList<AuditEntry>> trail = f.store->auditTrail(f.recordId);
        QVERIFY2(trail.ok(), qPrintable(trail.error()));
        for (const AuditEntry& e : trail.value())
            audited = audited || (e.action == u"login_failed" && e.field == u"qa");
        QVERIFY(audited);
        QVERIFY(f.store->signatures(f.recordId)->isEmpty());
    }

    void fiveWrongPasswordsLockForFifteenMinutes() {
        Fixture f = makeFixture();
        tickAll(f);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        f.store->setClock([&clock] { return clock; });
        for (int i = 0; i < SignOffService::kMaxFailedLogins; ++i)
            QVERIFY(!signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"), QStringLiteral("nope nope"))
                         .ok());
        const Result<SignatureEntry> locked = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().contains(QStringLiteral("locked")), qPrintable(locked.error()));
        clock = clock.addSecs(14 * 60);
        QVERIFY(!signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        clock = clock.addSecs(2 * 60);
        const Result<SignatureEntry> after = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY2(after.ok(), qPrintable(after.error()));
    }

    void deactivatedSignersCannotSign() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("qa"), false).ok());
        const Result<SignatureEntry> refused = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("deactivated")));
        // Signers are never deleted.
        QVERIFY(TestSupport::rawExec(f.path, QStringLiteral("DELETE FROM signers WHERE login = 'qa'"))
                    .contains(u"never deleted"));
    }

    // SignOffService::unlock: one key derivation, then signings that pass
    // every rule but the password's, and verify as any signature does.
    void anUnlockedKeySignsWithoutAPasswordAndStopsAtDeactivation() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(!f.service->unlock(QStringLiteral("qa"), SecretBytes::fromText(QStringLiteral("nope nope"))));
        Result<SignOffService::UnlockedKey> qa =
            f.service->unlock(QStringLiteral("qa"), SecretBytes::fromText(kPassword));
        QVERIFY2(qa.ok(), qPrintable(qa.error()));
        const SignOffService::UnlockedKey key = std::move(qa).value();
        SignOffService::SignRequest request{f.recordId, QStringLiteral("Product Owner"), QStringLiteral("qa"),
                                            {},         QStringLiteral("Approved"),      {},
                                            true};
        // The rules still hold: qa holds no Product Owner role, and the key is not po's.
        QVERIFY(!f.service->sign(request, key));
        request.login = QStringLiteral("po");
        const Result<SignatureEntry> notTheirs = f.service->sign(request, key);
        QVERIFY(!notTheirs);
        QVERIFY2(notTheirs.error().contains(u"not po's"), qPrintable(notTheirs.error()));
        request.login = QStringLiteral("qa");
        request.role = QStringLiteral("QA Lead");
        const Result<SignatureEntry> signed_ = f.service->sign(request, key);
        QVERIFY2(signed_.ok(), qPrintable(signed_.error()));
        QVERIFY(Verifier::verify(*f.store).intact());
        QCOMPARE(SignOffService::stateOf(*f.store->loadRecord(f.recordId), signed_.value()),
                 SignatureState::Valid);
        // Deactivated since it was unlocked: the key signs no more.
        QVERIFY(f.store->reopenRecord(f.recordId, QStringLiteral("qa"), QStringLiteral("again")).ok());
        QVERIFY(TestAdministrator::setActiveAsAdministrator(*f.store, QStringLiteral("qa"), false).ok());
        const Result<SignatureEntry> refused = f.service->sign(request, key);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"deactivated"), qPrintable(refused.error()));
    }

    void passwordChangeReEncryptsTheKey() {
        Fixture f = makeFixture();
        tickAll(f);
        const QString newPassword = QStringLiteral("a new passphrase");
        QVERIFY(!f.service
                     ->changePassword(QStringLiteral("qa"), SecretBytes::fromText(u"not it at all"),
                                      SecretBytes::fromText(newPassword))
                     .ok());
        QVERIFY(f.service
                    ->changePassword(QStringLiteral("qa"), SecretBytes::fromText(kPassword),
                                     SecretBytes::fromText(newPassword))
                    .ok());
        QVERIFY(!signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead")).ok());
        QVERIFY(signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"), newPassword).ok());
        QVERIFY(Verifier::verify(*f.store).intact());
    }

    void aSealedKeyRecordsItsCostInAVersionTwoHeader() {
        Fixture f = makeFixture();
        const QByteArray sealed = QByteArray::fromBase64(
            TestSupport::rawRows(f.path,
                                 QStringLiteral("SELECT sealed_secret FROM signers WHERE login = 'qa'"))
                .value(0)
                .toLatin1());
        QVERIFY(sealed.startsWith("CSK2"));
        QCOMPARE(sealed.size(), 4 + 1 + 4 + 4 + 16 + 24 + 16 + 64);
        QCOMPARE(int(sealed.at(4)), 1); // Argon2id13
        // The suites run with COUNTERSIGN_TEST_KDF=min (tests/CMakeLists.txt):
        // libsodium's smallest limits, one pass over 8 KiB.
        QCOMPARE(Crypto::activeProfile(), (Crypto::KdfProfile{1, 8}));
        QCOMPARE(Crypto::sealedProfile(sealed), std::optional<Crypto::KdfProfile>(Crypto::activeProfile()));
        QVERIFY(TestSupport::rawRows(f.path,
                                     QStringLiteral("SELECT password_hash FROM signers WHERE login = 'qa'"))
                    .value(0)
                    .startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$")));
    }

    void signingRefusesASealedKeyThatIsNotTheSigners() {
        Fixture f = makeFixture();
        tickAll(f);
        // Both signers have the same password: po's key opens with qa's password.
        QCOMPARE(TestSupport::rawExec(
                     f.path, QStringLiteral("UPDATE signers SET sealed_secret = (SELECT sealed_secret FROM "
                                            "signers WHERE login = 'po') WHERE login = 'qa'")),
                 QString());
        const Result<SignatureEntry> refused = signAs(f, QStringLiteral("qa"), QStringLiteral("QA Lead"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("does not belong to their registered public key")),
                 qPrintable(refused.error()));
        QVERIFY(f.store->signatures(f.recordId)->isEmpty());
        // Not a wrong password: nothing counts towards the lock.
        QCOMPARE(f.store->signer(QStringLiteral("qa"))->failedAttempts, 0);
        QVERIFY(signAs(f, QStringLiteral("po"), QStringLiteral("QA Lead")).ok());
    }

    void versionOneKeysOpenAndAreResealedAtThePasswordChange() {
        Fixture f = makeFixture(false);
        tickAll(f);
        QCOMPARE(TestSupport::rawExec(
                     f.path, QStringLiteral("INSERT INTO signers (login, printed_name, roles, password_hash, "
                                            "public_key, sealed_secret, created_at) VALUES ('old', 'Olga "
                                            "Lind', '[\"QA Lead\"]', '%1', '%2', '%3', "
                                            "'2025-01-01T00:00:00.000Z')")
                                 .arg(kVersion1Hash, kVersion1PublicKey, kVersion1Sealed)),
                 QString());
        const Result<SignatureEntry> first = signAs(f, QStringLiteral("old"), QStringLiteral("QA Lead"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(f.service
                    ->reopen(f.recordId, QStringLiteral("old"), SecretBytes::fromText(kPassword),
                             QStringLiteral("the version 1 login hash still checks"))
                    .ok());

        const QString newPassword = QStringLiteral("a new passphrase");
        const Status changed = f.service->changePassword(
            QStringLiteral("old"), SecretBytes::fromText(kPassword), SecretBytes::fromText(newPassword));
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        const QByteArray resealed = QByteArray::fromBase64(
            TestSupport::rawRows(f.path,
                                 QStringLiteral("SELECT sealed_secret FROM signers WHERE login = 'old'"))
                .value(0)
                .toLatin1());
        QVERIFY(resealed.startsWith("CSK2"));
        QCOMPARE(Crypto::sealedProfile(resealed), std::optional<Crypto::KdfProfile>(Crypto::activeProfile()));
        const Result<SignatureEntry> second =
            signAs(f, QStringLiteral("old"), QStringLiteral("QA Lead"), newPassword);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->signature.size(), 64);
        QVERIFY(Crypto::verify(SignaturePayload::signedBytes(second.value()), second->signature,
                               QByteArray::fromHex(kVersion1PublicKey.toLatin1())));
    }

    void reopenRevokesEverySignature() {
        Fixture f = sealedFixture();
        QVERIFY(
            !f.service->reopen(f.recordId, QStringLiteral("po"), SecretBytes::fromText(kPassword), QString())
                 .ok());
        QVERIFY(!f.service
                     ->reopen(f.recordId, QStringLiteral("po"), SecretBytes::fromText(u"bad password"),
                              QStringLiteral("found a bug"))
                     .ok());
        QVERIFY(f.service
                    ->reopen(f.recordId, QStringLiteral("po"), SecretBytes::fromText(kPassword),
                             QStringLiteral("found a bug"))
                    .ok());
        const Record record = *f.store->loadRecord(f.recordId);
        QCOMPARE(record.state, RecordState::InProgress);
        QCOMPARE(record.signatures.size(), 2);
        for (const SignatureEntry& s : record.signatures) {
            QVERIFY(s.revoked);
            QCOMPARE(s.revokedReason, QStringLiteral("found a bug"));
            QCOMPARE(SignOffService::stateOf(record, s), SignatureState::Revoked);
        }
        QVERIFY(f.store->updateItem(f.itemIds.at(0), {ItemStatus::Pending, {}}, QStringLiteral("t")).ok());
        QVERIFY(Verifier::verify(*f.store).intact());
    }

    void verifyCatchesTampering_data() {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("item status") << QStringList{QStringLiteral(
                                            "UPDATE record_items SET status = 'failed' WHERE text = 'Alpha'")}
                                     << QStringLiteral("content")
                                     << QStringLiteral("status was \"done\", is \"failed\"");
        QTest::newRow("note") << QStringList{QStringLiteral(
                                     "UPDATE record_items SET notes = 'edited' WHERE text = 'Beta'")}
                              << QStringLiteral("content")
                              << QStringLiteral("notes was \"checked twice\", is \"edited\"");
        QTest::newRow("signature meaning")
            << QStringList{QStringLiteral(
                   "UPDATE signatures SET meaning = 'Rejected' WHERE role = 'QA Lead'")}
            << QStringLiteral("signature")
            << QStringLiteral("meaning was signed as \"Approved\" but is stored as \"Rejected\"");
        QTest::newRow("signer printed name")
            << QStringList{TestSupport::dropTrigger(QStringLiteral("signers_no_rename"),
                                                    QStringLiteral("signers")),
                           QStringLiteral(
                               "UPDATE signers SET printed_name = 'Someone Else' WHERE login = 'qa'")}
            << QStringLiteral("signer") << QStringLiteral("\"Someone Else\" for the signer qa");
        QTest::newRow("deleted audit row")
            << QStringList{TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                    QStringLiteral("audit_log")),
                           QStringLiteral("DELETE FROM audit_log WHERE id = 3")}
            << QStringLiteral("chain") << QStringLiteral("audit row 4: it is row");
        QTest::newRow("edited audit row")
            << QStringList{TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                    QStringLiteral("audit_log")),
                           QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 5")}
            << QStringLiteral("chain") << QStringLiteral("audit row 5");
        QTest::newRow("signature copied to another record")
            << QStringList{QStringLiteral("INSERT INTO records (template_id, title, created_at, created_by) "
                                          "SELECT template_id, 'Other', created_at, created_by FROM records"),
                           QStringLiteral(
                               "INSERT INTO signatures (record_id, role, role_position, signer_id, login, "
                               "printed_name, "
                               "meaning, signed_at, digest, content, strokes, typed, signature) SELECT "
                               "(SELECT MAX(id) FROM records), role, role_position, signer_id, login, "
                               "printed_name, "
                               "meaning, signed_at, digest, content, strokes, typed, signature FROM "
                               "signatures "
                               "WHERE role = 'QA Lead'")}
            << QStringLiteral("signature") << QStringLiteral("Ed25519 signature does not hold");
        // A table verify cannot read is a finding that names it, never "intact".
        QTest::newRow("unreadable audit trail")
            << QStringList{QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone")}
            << QStringLiteral("unreadable") << QStringLiteral("cannot read the audit trail: ");
        QTest::newRow("dropped signatures")
            << QStringList{QStringLiteral("DROP TABLE signatures")} << QStringLiteral("unreadable")
            << QStringLiteral("cannot read the signatures of record ");
        QTest::newRow("unreadable signers")
            << QStringList{QStringLiteral("ALTER TABLE signers RENAME TO signers_gone")}
            << QStringLiteral("unreadable") << QStringLiteral("cannot read signers: ");
        QTest::newRow("unreadable records")
            << QStringList{QStringLiteral("ALTER TABLE records RENAME TO records_gone")}
            << QStringLiteral("unreadable") << QStringLiteral("cannot read records: ");
    }

    void verifyCatchesTampering() {
        QFETCH(QStringList, sql);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        Fixture f = sealedFixture();
        const Verifier::Report before = Verifier::verify(*f.store);
        QVERIFY2(before.intact(), qPrintable(joined(before)));
        for (const QString& statement : sql)
            QCOMPARE(TestSupport::rawExec(f.path, statement), QString());
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY(!report.intact());
        bool found = false;
        for (const Verifier::Finding& finding : report.findings)
            found = found || (finding.kind == kind && finding.message.contains(expected));
        QVERIFY2(found, qPrintable(joined(report)));
        // The window checks the open record alone: what it cannot read fails there too.
        if (kind == u"unreadable")
            QVERIFY(!Verifier::verify(*f.store, f.recordId).intact());
    }

    void migratesASchemaVersionOneDatabase() {
        if (TestSupport::onPostgres())
            QSKIP("the fixture is an SQLite file");
        // A database written by Countersign 0.1 (schema 1), kept as a fixture.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(QFile::exists(path + QStringLiteral(".schema-v1.bak")));
        QCOMPARE(store.records()->size(), 1);
        QVERIFY(store.signers()->isEmpty());
        SignOffService service(store);
        QVERIFY(TestAdministrator::registerSigner(service, store, QStringLiteral("qa"), QStringLiteral("Q A"),
                                                  {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"))
                    .ok());
        QVERIFY(Verifier::verify(store).intact());
        // The backup is still a schema-1 database that opens.
        ChecklistStore backup;
        backup.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(backup.open(path + QStringLiteral(".schema-v1.bak"), ChecklistStore::OpenMode::ExistingOnly)
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
