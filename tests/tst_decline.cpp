// Declining to sign (issue 20, part 2): a refusal made and checked like a
// signature, with its reason; the record stays open and the role is signed
// only once the record has changed. Then the insider who can write the
// database but knows no password: each attack raw SQL, the audit chain
// hashed again where the attack touches it, and verify names what changed.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
const QString kReason = QStringLiteral("Rollback not rehearsed on staging");

using TestAdministrator::RoleHolder;
const QList<RoleHolder>& kRoleHolders = TestAdministrator::kBuiltInRoleHolders;
const RoleHolder& productOwner() {
    return kRoleHolders.at(3);
}

using TestSupport::joined;

// Whether some finding of this kind names every one of parts.
bool found(const Verifier::Report& report, const QString& kind, const QStringList& parts) {
    for (const Verifier::Finding& f : report.findings) {
        bool all = f.kind == kind;
        for (const QString& part : parts)
            all = all && f.message.contains(part);
        if (all)
            return true;
    }
    return false;
}
} // namespace

class TestDecline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 recordId = 0;
        QList<ChecklistItem> items; // the record's checklist items, not group headings
    };

    // The built-in template, its four signers, one record in progress.
    Fixture makeFixture() {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("decline%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = f.store->open(f.path); !opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        for (const RoleHolder& holder : kRoleHolders) {
            const Result<qint64> added = TestAdministrator::registerSigner(
                *f.service, *f.store, holder.login, holder.name, {holder.role},
                SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
        const qint64 templateId = f.store->templates()->constFirst().id;
        f.recordId = *f.store->createRecord(
            templateId,
            {QStringLiteral("Release 3.0"), QStringLiteral("3.0.0"), QStringLiteral("Production")},
            QStringLiteral("tester"));
        const Result<Record> record = f.store->loadRecord(f.recordId);
        for (const ChecklistSection& section : record->sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader)
                    f.items << item;
            }
        }
        return f;
    }

    static Result<SignatureEntry> decline(Fixture& f, const RoleHolder& holder, const QString& reason,
                                          const QString& password = kPassword) {
        return f.service->decline(
            {f.recordId, holder.role, holder.login, SecretBytes::fromText(password), reason});
    }
    static Result<SignatureEntry> sign(Fixture& f, const RoleHolder& holder) {
        return f.service->sign({f.recordId,
                                holder.role,
                                holder.login,
                                SecretBytes::fromText(kPassword),
                                QStringLiteral("Approved"),
                                {},
                                true});
    }
    static void tickAll(Fixture& f) {
        for (const ChecklistItem& item : std::as_const(f.items)) {
            if (!f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")))
                qFatal("cannot tick %s", qPrintable(item.text));
        }
    }
    static Record load(const Fixture& f) { return f.store->loadRecord(f.recordId).value(); }

    // verify as the command line runs it: a store of its own, opened afresh.
    static Verifier::Report verifyAfresh(const Fixture& f) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = store.open(f.path, ChecklistStore::OpenMode::ExistingOnly); !opened)
            qFatal("%s", qPrintable(opened.error()));
        return Verifier::verify(store);
    }
    static void tamper(const Fixture& f, const QStringList& statements) {
        for (const QString& statement : statements)
            QCOMPARE(TestSupport::rawExec(f.path, statement), QString());
    }
    static QString declineId(const Fixture& f) {
        return TestSupport::rawRows(
                   f.path, QStringLiteral("SELECT max(id) FROM signatures WHERE decision = 'declined'"))
            .value(0);
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void declineIsSignedByTheSignerAndLeavesTheRecordOpen() {
        Fixture f = makeFixture();
        // No reason, a wrong password, someone else's role: refused, nothing stored.
        QVERIFY(!decline(f, productOwner(), QStringLiteral("  ")).ok());
        const Result<SignatureEntry> wrongPassword =
            decline(f, productOwner(), kReason, QStringLiteral("nope"));
        QVERIFY(!wrongPassword.ok());
        const Result<SignatureEntry> notTheirs =
            f.service->decline({f.recordId, productOwner().role, QStringLiteral("qa"),
                                SecretBytes::fromText(kPassword), kReason});
        QVERIFY(!notTheirs.ok());
        QVERIFY2(notTheirs.error().contains(u"may not decline as Product Owner"),
                 qPrintable(notTheirs.error()));
        QVERIFY(load(f).declines.isEmpty());

        // Declining needs no finished checklist: a refusal often names what failed.
        const Result<SignatureEntry> declined = decline(f, productOwner(), kReason);
        QVERIFY2(declined.ok(), qPrintable(declined.error()));
        const Record record = load(f);
        QCOMPARE(record.state, RecordState::InProgress);
        QVERIFY(record.signatures.isEmpty());
        QCOMPARE(record.declines.size(), 1);
        const SignatureEntry& stored = record.declines.first();
        QVERIFY(stored.declined);
        QCOMPARE(stored.reason, kReason);
        QCOMPARE(stored.printedName, productOwner().name);
        // The payload says "declined" with the reason, under the signer's own key.
        const QJsonObject payload = QJsonDocument::fromJson(stored.payload).object();
        QCOMPARE(payload.value(u"decision").toString(), QStringLiteral("declined"));
        QCOMPARE(payload.value(u"reason").toString(), kReason);
        // Made over the record's content as content/2 signs it, kept byte for byte.
        QCOMPARE(payload.value(u"content_format").toString(), QStringLiteral("countersign-record-content/2"));
        QCOMPARE(stored.digest, ContentDigest::digest(record, ContentFormat::V2));
        QCOMPARE(stored.signedContent, ContentDigest::canonicalJson(record, ContentFormat::V2));
        const Signer po = f.store->signer(productOwner().login).value();
        QVERIFY(Crypto::verify(stored.payload, stored.signature, po.publicKey));
        // The audit trail says so in words.
        const QList<AuditEntry> trail = f.store->auditTrail(f.recordId).value();
        QCOMPARE(trail.last().action, QStringLiteral("declined"));
        QCOMPARE(trail.last().field, productOwner().role);
        QVERIFY(trail.last().newValue.contains(kReason));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void declinedRoleIsSignedOnlyOnceTheRecordChanged() {
        Fixture f = makeFixture();
        tickAll(f);
        for (int i = 0; i < 3; ++i)
            QVERIFY(sign(f, kRoleHolders.at(i)).ok());
        QVERIFY(decline(f, productOwner(), kReason).ok());
        // The same content again: neither a signature nor a second refusal.
        const Result<SignatureEntry> refused = sign(f, productOwner());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(kReason) &&
                     refused.error().contains(u"once the record has changed"),
                 qPrintable(refused.error()));
        QVERIFY(!decline(f, productOwner(), QStringLiteral("still no")).ok());
        QCOMPARE(load(f).state, RecordState::Signed);

        // The record changes (a signed record is reopened first), and the role signs.
        QVERIFY(f.service
                    ->reopen(f.recordId, QStringLiteral("qa"), SecretBytes::fromText(kPassword),
                             QStringLiteral("rehearse the rollback"))
                    .ok());
        QCOMPARE(load(f).declines.size(), 1); // a reopening revokes signatures, not refusals
        QVERIFY(!load(f).declines.first().revoked);
        QVERIFY(f.store
                    ->updateItem(f.items.first().id,
                                 {ItemStatus::Done, QStringLiteral("rehearsed on staging")},
                                 QStringLiteral("tester"))
                    .ok());
        for (const RoleHolder& holder : kRoleHolders)
            QVERIFY2(sign(f, holder).ok(), qPrintable(holder.role));
        QCOMPARE(load(f).state, RecordState::Sealed);
        // The refusal stays in the record, of content that is no longer there: that is no finding.
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 3 + 4 + 1); // three revoked, four standing, one refusal
    }

    // The insider turns the refusal into a signature by its decision column.
    void refusalTurnedIntoASignatureIsFound() {
        Fixture f = makeFixture();
        QVERIFY(decline(f, productOwner(), kReason).ok());
        const QString id = declineId(f);
        tamper(f, {QStringLiteral(
                       "UPDATE signatures SET decision = 'signed', meaning = 'Approved' WHERE id = %1")
                       .arg(id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, QStringLiteral("signature"),
                       {QStringLiteral("record %1").arg(f.recordId), QStringLiteral("signature %1").arg(id),
                        QStringLiteral("decision was signed as \"declined\"")}),
                 qPrintable(joined(report)));
    }

    // The insider softens the reason.
    void changedReasonIsFound() {
        Fixture f = makeFixture();
        QVERIFY(decline(f, productOwner(), kReason).ok());
        const QString id = declineId(f);
        tamper(f,
               {QStringLiteral("UPDATE signatures SET reason = 'typo in the title' WHERE id = %1").arg(id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, QStringLiteral("signature"),
                       {QStringLiteral("refusal %1").arg(id), QStringLiteral("reason was signed as"), kReason,
                        QStringLiteral("typo in the title")}),
                 qPrintable(joined(report)));
    }

    // The insider deletes the refusal and leaves the trail: the trail names it.
    void deletedRefusalIsFound() {
        Fixture f = makeFixture();
        QVERIFY(decline(f, productOwner(), kReason).ok());
        tamper(f, {QStringLiteral("DELETE FROM signatures WHERE id = %1").arg(declineId(f))});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, QStringLiteral("reconcile"),
                       {QStringLiteral("record %1").arg(f.recordId), QStringLiteral("po declined"),
                        QStringLiteral("to sign as Product Owner"), QStringLiteral("no refusal")}),
                 qPrintable(joined(report)));
    }

    // The insider deletes the refusal and its event and hashes the chain again;
    // a signature made after the refusal pinned the history it was part of.
    void deletedRefusalWithItsEventBreaksALaterSignaturesPin() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(decline(f, productOwner(), kReason).ok());
        QVERIFY(sign(f, kRoleHolders.at(0)).ok());
        const QString declinedRow =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT id FROM audit_log WHERE action = 'declined'"))
                .value(0);
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log")),
                QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(declinedRow),
                QStringLiteral("DELETE FROM signatures WHERE decision = 'declined'")});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, QStringLiteral("chain"),
                       {QStringLiteral("record %1").arg(f.recordId), QStringLiteral("Deployment Manager"),
                        QStringLiteral("rewritten")}),
                 qPrintable(joined(report)));
    }

    // The insider forges a refusal: a copy of a real one with another reason
    // and its event, the chain hashed again. The key is not theirs to sign with.
    void forgedRefusalIsFound() {
        Fixture f = makeFixture();
        QVERIFY(decline(f, productOwner(), kReason).ok());
        const QString id = declineId(f);
        tamper(f,
               {QStringLiteral("UPDATE signatures SET reason = 'never approve', payload = "
                               "REPLACE(payload, '%1', 'never approve') WHERE id = %2")
                    .arg(kReason, id),
                TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
                QStringLiteral("UPDATE audit_log SET new_value = REPLACE(new_value, '%1', 'never approve') "
                               "WHERE action = 'declined'")
                    .arg(kReason)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(found(report, QStringLiteral("signature"), {QStringLiteral("refusal %1").arg(id)}),
                 qPrintable(joined(report)));
    }
};

QTEST_MAIN(TestDecline)
#include "tst_decline.moc"
