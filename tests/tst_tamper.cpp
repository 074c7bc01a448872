// An insider who can write the database but knows no password: each attack
// is raw SQL on the file (or the server's tables), with the audit chain
// hashed again afterwards where the attack touches it, and verify must still
// say what no longer agrees with the audit trail, naming the record, the row
// and the field.
#include "ProcessRun.h"
#include "SmallTemplate.h"
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/RecordReadPass.h"
#include "core/Registry.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kWrongPassword = QStringLiteral("wrong horse 22");

using TestAdministrator::RoleHolder;
const QList<RoleHolder>& kRoleHolders = TestAdministrator::kBuiltInRoleHolders;

using TestSupport::joined;

// The reconcile findings whose message holds every one of parts.
QList<Verifier::Finding> reconcileFindings(const Verifier::Report& report, const QStringList& parts) {
    QList<Verifier::Finding> found;
    for (const Verifier::Finding& f : report.findings) {
        if (f.kind != u"reconcile")
            continue;
        bool all = true;
        for (const QString& part : parts)
            all = all && f.message.contains(part);
        if (all)
            found << f;
    }
    return found;
}

} // namespace

class TestTamper : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 recordId = 0;
        // The record's checklist items (not group headings), as created.
        QList<ChecklistItem> items;
    };

    // A database with the built-in template and its four signers, one record in progress.
    Fixture makeFixture() {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("tamper%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = f.store->open(f.path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        for (const RoleHolder& holder : kRoleHolders) {
            const Result<qint64> added = TestAdministrator::registerSigner(
                *f.service, *f.store, holder.login, holder.name, {holder.role},
                SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
        f.recordId = newRecord(f, QStringLiteral("Release 9"));
        const Result<Record> loaded = f.store->loadRecord(f.recordId);
        for (const ChecklistSection& section : loaded->sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader)
                    f.items << item;
            }
        }
        return f;
    }

    static qint64 newRecord(Fixture& f, const QString& title) {
        const Result<QList<TemplateSummary>> templates = f.store->templates();
        const Result<qint64> id = f.store->createRecord(
            templates->constFirst().id, {title, QStringLiteral("9.0"), QStringLiteral("Production")},
            QStringLiteral("tester"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    static Result<SignatureEntry> signAs(Fixture& f, const RoleHolder& holder,
                                         const QString& password = kPassword) {
        return f.service->sign({f.recordId,
                                holder.role,
                                holder.login,
                                SecretBytes::fromText(password),
                                QStringLiteral("Approved"),
                                {},
                                true});
    }

    // Every item done (the first with a note), and all four roles signed: sealed.
    Fixture sealedFixture() {
        Fixture f = makeFixture();
        sealRecord(f);
        return f;
    }

    // The fixture's record: every item done (the first with a note; one marked
    // not applicable stays so), all four roles signed.
    static void sealRecord(Fixture& f) {
        for (int i = 0; i < f.items.size(); ++i) {
            if (f.store->loadItem(f.items.at(i).id)->status == ItemStatus::NotApplicable)
                continue;
            const Result<ChecklistItem> done = f.store->updateItem(
                f.items.at(i).id, {ItemStatus::Done, i == 0 ? QStringLiteral("seen it work") : QString()},
                QStringLiteral("tester"));
            if (!done)
                qFatal("%s", qPrintable(done.error()));
        }
        for (const RoleHolder& holder : kRoleHolders) {
            const Result<SignatureEntry> signature = signAs(f, holder);
            if (!signature)
                qFatal("%s", qPrintable(signature.error()));
        }
        if (f.store->recordSummary(f.recordId)->state != RecordState::Sealed)
            qFatal("the fixture's record is not sealed");
    }

    // The report of a verify run as the command line runs it: a store of its own, opened afresh.
    Verifier::Report verifyAfresh(const Fixture& f) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(f.path, ChecklistStore::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return Verifier::verify(store);
    }

    void tamper(const Fixture& f, const QStringList& statements) {
        for (const QString& statement : statements)
            QCOMPARE(TestSupport::rawExec(f.path, statement), QString());
    }

    QString lastAuditRow(const Fixture& f, const QString& action) {
        return TestSupport::rawRows(
                   f.path, QStringLiteral("SELECT max(id) FROM audit_log WHERE action = '%1'").arg(action))
            .value(0);
    }

    QString signatureOf(const Fixture& f, const QString& role) {
        return TestSupport::rawRows(f.path, QStringLiteral("SELECT id FROM signatures WHERE role = '%1' AND "
                                                           "revoked_at IS NULL")
                                                .arg(role))
            .value(0);
    }

    static QString recordName(qint64 id) { return QStringLiteral("record %1").arg(id); }

    // The findings of one kind whose message holds part.
    static QList<Verifier::Finding> findingsOf(const Verifier::Report& report, const QString& kind,
                                               const QString& part) {
        QList<Verifier::Finding> found;
        for (const Verifier::Finding& finding : report.findings) {
            if (finding.kind == kind && finding.message.contains(part))
                found << finding;
        }
        return found;
    }

    // Who did an audited change, rewritten in the row by SQL the guards do not see.
    static QString rewriteActor(const QString& auditRow, bool withReplace) {
        if (!withReplace)
            return QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = %1").arg(auditRow);
        const QString columns = QStringLiteral(
            "record_id, item_id, action, field, old_value, new_value, %1, at, prev_hash, hash, "
            "format, record_seq, os_account, edit_id, ledger_hash");
        return QStringLiteral(
                   "INSERT OR REPLACE INTO audit_log (id, %1) SELECT id, %2 FROM audit_log WHERE id = %3")
            .arg(columns.arg(QStringLiteral("actor")), columns.arg(QStringLiteral("'mallory'")), auditRow);
    }

    // A record's rows as an insider deletes them: its items, its sections,
    // its signatures and the record itself (its audit rows are another matter).
    static QStringList deleteRecordRows(qint64 recordId) {
        return {QStringLiteral("DELETE FROM record_items WHERE section_id IN (SELECT id FROM "
                               "record_sections WHERE record_id = %1)")
                    .arg(recordId),
                QStringLiteral("DELETE FROM record_sections WHERE record_id = %1").arg(recordId),
                QStringLiteral("DELETE FROM signatures WHERE record_id = %1").arg(recordId),
                QStringLiteral("DELETE FROM records WHERE id = %1").arg(recordId)};
    }

    // countersign-cli verify of the fixture's database, as an auditor runs it.
    TestSupport::ProcessRun cliVerify(const Fixture& f) const {
        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("cli-config")));
        return TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                       {QStringLiteral("--db"), f.path, QStringLiteral("verify")}, options);
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    // (a) The newest signing deleted from the trail, the chain hashed again.
    void deletedSignedEventIsFound() {
        Fixture f = sealedFixture();
        const QString signedRow = lastAuditRow(f, QStringLiteral("signed"));
        const QString signature = signatureOf(f, QStringLiteral("Product Owner"));
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log")),
                QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(signedRow)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("signature %1").arg(signature),
                                        QStringLiteral("no \"signed\" event")})
                 .isEmpty(),
            qPrintable(joined(report)));
    }

    // (a, further) The newest signature deleted with its signed event, the state put back, the chain
    // hashed again: the sealing that followed it still says it stood.
    void deletedSignatureWithItsEventIsFound() {
        Fixture f = sealedFixture();
        const QString signedRow = lastAuditRow(f, QStringLiteral("signed"));
        const QString sealedRow = lastAuditRow(f, QStringLiteral("sealed"));
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log")),
                QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(signedRow),
                QStringLiteral("DELETE FROM signatures WHERE role = 'Product Owner'"),
                QStringLiteral("UPDATE records SET state = 'signed' WHERE id = %1").arg(f.recordId)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("audit row %1").arg(sealedRow),
                                        QStringLiteral("sealed"), QStringLiteral("Product Owner")})
                 .isEmpty(),
            qPrintable(joined(report)));
    }

    // (b) A signature deleted, an item then edited with an audit row to match, the chain hashed again.
    void deletedSignatureAndForgedEditAreFound() {
        Fixture f = sealedFixture();
        const QString signedRow = lastAuditRow(f, QStringLiteral("signed"));
        const ChecklistItem item = f.items.at(1);
        tamper(f, {QStringLiteral("DELETE FROM signatures WHERE role = 'Product Owner'"),
                   QStringLiteral("UPDATE records SET state = 'signed' WHERE id = %1").arg(f.recordId),
                   QStringLiteral("UPDATE record_items SET status = 'failed', notes = 'broken' WHERE id = %1")
                       .arg(item.id),
                   QStringLiteral(
                       "INSERT INTO audit_log (record_id, item_id, action, field, old_value, new_value, "
                       "actor, at, prev_hash, hash, format) VALUES (%1, %2, 'status', 'status', 'done', "
                       "'failed', 'tester', '2030-01-01T00:00:00.000Z', '', '', 2)")
                       .arg(f.recordId)
                       .arg(item.id),
                   QStringLiteral(
                       "INSERT INTO audit_log (record_id, item_id, action, field, old_value, new_value, "
                       "actor, at, prev_hash, hash, format) VALUES (%1, %2, 'notes', 'notes', '', 'broken', "
                       "'tester', '2030-01-01T00:00:00.000Z', '', '', 2)")
                       .arg(f.recordId)
                       .arg(item.id)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        // The chain itself holds: only the replay finds this.
        for (const Verifier::Finding& finding : report.findings)
            QVERIFY2(finding.kind != u"chain", qPrintable(finding.message));
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("audit row %1").arg(signedRow),
                                        QStringLiteral("no signature")})
                 .isEmpty(),
            qPrintable(joined(report)));
        QVERIFY2(!reconcileFindings(report, {recordName(f.recordId), QStringLiteral("item %1").arg(item.id),
                                             QStringLiteral("while the record was signed")})
                      .isEmpty(),
                 qPrintable(joined(report)));
    }

    // (c) Signatures revoked without a reopened event, then the items edited.
    void revocationWithoutReopeningIsFound() {
        Fixture f = sealedFixture();
        const QString signature = signatureOf(f, QStringLiteral("QA Lead"));
        const ChecklistItem item = f.items.at(2);
        tamper(f,
               {QStringLiteral("UPDATE signatures SET revoked_at = '2030-01-01T00:00:00.000Z', revoked_by = "
                               "'dm', revoked_reason = 'redo' WHERE record_id = %1")
                    .arg(f.recordId),
                QStringLiteral("UPDATE records SET state = 'in_progress' WHERE id = %1").arg(f.recordId),
                QStringLiteral("UPDATE record_items SET status = 'pending' WHERE id = %1").arg(item.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("signature %1").arg(signature),
                                        QStringLiteral("no \"reopened\" event")})
                 .isEmpty(),
            qPrintable(joined(report)));
        QVERIFY2(!reconcileFindings(report, {recordName(f.recordId), QStringLiteral("item %1").arg(item.id),
                                             item.text.left(20), QStringLiteral("status"),
                                             QStringLiteral("\"done\""), QStringLiteral("\"pending\"")})
                      .isEmpty(),
                 qPrintable(joined(report)));
    }

    // (d) An unsigned record marked sealed.
    void sealedStateWithoutSignaturesIsFound() {
        Fixture f = makeFixture();
        tamper(f, {QStringLiteral("UPDATE records SET state = 'sealed' WHERE id = %1").arg(f.recordId)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(!reconcileFindings(report, {recordName(f.recordId), QStringLiteral("state"),
                                             QStringLiteral("\"sealed\""), QStringLiteral("\"in_progress\"")})
                      .isEmpty(),
                 qPrintable(joined(report)));
    }

    // (e) An item's status changed in SQL on a record in progress, both ways.
    void statusEditedInSqlIsFound_data() {
        QTest::addColumn<bool>("tickedFirst");
        QTest::newRow("trail says done, item says pending") << true;
        QTest::newRow("trail says pending, item says done") << false;
    }
    void statusEditedInSqlIsFound() {
        QFETCH(bool, tickedFirst);
        Fixture f = makeFixture();
        const ChecklistItem item = f.items.at(3);
        if (tickedFirst)
            QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
        tamper(f, {QStringLiteral("UPDATE record_items SET status = '%1' WHERE id = %2")
                       .arg(tickedFirst ? QStringLiteral("pending") : QStringLiteral("done"))
                       .arg(item.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QString was = tickedFirst ? QStringLiteral("\"done\"") : QStringLiteral("\"pending\"");
        const QString is = tickedFirst ? QStringLiteral("\"pending\"") : QStringLiteral("\"done\"");
        QVERIFY2(!reconcileFindings(report, {recordName(f.recordId), QStringLiteral("item %1").arg(item.id),
                                             QStringLiteral("status"), was, is})
                      .isEmpty(),
                 qPrintable(joined(report)));
    }

    // (f) A whole record deleted, its audit rows left.
    void deletedRecordIsFound() {
        Fixture f = sealedFixture();
        const QString created =
            TestSupport::rawRows(f.path,
                                 QStringLiteral("SELECT id FROM audit_log WHERE action = 'created' AND "
                                                "record_id = %1")
                                     .arg(f.recordId))
                .value(0);
        tamper(f, deleteRecordRows(f.recordId));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("audit row %1").arg(created),
                                        QStringLiteral("no longer exists")})
                 .isEmpty(),
            qPrintable(joined(report)));
    }

    // (g) Failed sign-ins forgotten in SQL, and a lock lifted.
    void failedLoginCounterResetIsFound_data() {
        QTest::addColumn<int>("wrongPasswords");
        QTest::newRow("three wrong passwords") << 3;
        QTest::newRow("locked after five") << SignOffService::kMaxFailedLogins;
    }
    void failedLoginCounterResetIsFound() {
        QFETCH(int, wrongPasswords);
        Fixture f = makeFixture();
        for (int i = 0; i < wrongPasswords; ++i)
            QVERIFY(!f.service
                         ->reopen(f.recordId, QStringLiteral("qa"), SecretBytes::fromText(kWrongPassword),
                                  QStringLiteral("x"))
                         .ok());
        const Verifier::Report before = verifyAfresh(f);
        QVERIFY2(before.intact(), qPrintable(joined(before)));
        tamper(f, {QStringLiteral(
                      "UPDATE signers SET failed_attempts = 0, locked_until = NULL WHERE login = 'qa'")});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(!reconcileFindings(report,
                                    {QStringLiteral("signer qa"), QStringLiteral("failed sign-ins"),
                                     QStringLiteral("\"%1\"").arg(wrongPasswords), QStringLiteral("\"0\"")})
                      .isEmpty(),
                 qPrintable(joined(report)));
        if (wrongPasswords >= SignOffService::kMaxFailedLogins)
            QVERIFY2(!reconcileFindings(report, {QStringLiteral("signer qa"), QStringLiteral("locked until")})
                          .isEmpty(),
                     qPrintable(joined(report)));
    }

    // (h) A note changed in SQL.
    void noteEditedInSqlIsFound() {
        Fixture f = makeFixture();
        const ChecklistItem item = f.items.at(0);
        QVERIFY(f.store
                    ->updateItem(item.id, {ItemStatus::Done, QStringLiteral("ran the smoke test")},
                                 QStringLiteral("tester"))
                    .ok());
        tamper(f,
               {QStringLiteral("UPDATE record_items SET notes = 'skipped it' WHERE id = %1").arg(item.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            !reconcileFindings(report, {recordName(f.recordId), QStringLiteral("item %1").arg(item.id),
                                        QStringLiteral("notes"), QStringLiteral("\"ran the smoke test\""),
                                        QStringLiteral("\"skipped it\"")})
                 .isEmpty(),
            qPrintable(joined(report)));
    }

    // A task-list detail is shown under its item in the grid and the PDF,
    // so it is signed content: one added to a sealed record's item in SQL
    // (the digest has a "detail" key only when there is one) fails every
    // signature's digest.
    void detailAddedInSqlBreaksTheSignatures() {
        Fixture f = sealedFixture();
        const ChecklistItem item = f.items.at(2);
        tamper(f, {QStringLiteral("UPDATE record_items SET detail = 'Skip this in production.' WHERE id = %1")
                       .arg(item.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QList<Verifier::Finding> changed =
            findingsOf(report, QStringLiteral("content"),
                       QStringLiteral("item %1 \"%2\": detail was \"\", is \"Skip this in production.\"")
                           .arg(item.id)
                           .arg(item.text));
        QVERIFY2(changed.size() == kRoleHolders.size(), qPrintable(joined(report)));
    }

    // (i) An audit row before the signatures edited, every chain and the
    // ledger hashed again: with the guards dropped, and (SQLite) with
    // INSERT OR REPLACE that fires none of them. The signatures pinned the
    // record's chain and the ledger; the re-hash cannot forge them.
    void editedAndRehashedHistoryBreaksThePins_data() {
        QTest::addColumn<bool>("withReplace");
        QTest::newRow("triggers dropped, UPDATE") << false;
        if (!TestSupport::onPostgres())
            QTest::newRow("no trigger touched, INSERT OR REPLACE") << true;
    }
    void editedAndRehashedHistoryBreaksThePins() {
        QFETCH(bool, withReplace);
        Fixture f = sealedFixture();
        const QString triggers = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
        const int triggersBefore = withReplace ? TestSupport::rawValue(f.path, triggers) : 0;
        const QString edited =
            TestSupport::rawRows(f.path,
                                 QStringLiteral("SELECT min(id) FROM audit_log WHERE record_id = %1 AND "
                                                "action = 'status'")
                                     .arg(f.recordId))
                .value(0);
        if (!withReplace)
            tamper(f, {TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                QStringLiteral("audit_log"))});
        tamper(f, {rewriteActor(edited, withReplace)});
        QCOMPARE(TestSupport::rawRows(f.path,
                                      QStringLiteral("SELECT actor FROM audit_log WHERE id = %1").arg(edited))
                     .value(0),
                 QStringLiteral("mallory"));
        QCOMPARE(TestSupport::rechainAuditLog(f.path, withReplace ? TestSupport::RechainWith::InsertOrReplace
                                                                  : TestSupport::RechainWith::Update),
                 QString());
        if (withReplace)
            QCOMPARE(TestSupport::rawValue(f.path, triggers), triggersBefore);

        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        // The chains themselves hold again: only what the signatures pinned tells.
        QVERIFY2(findingsOf(report, QStringLiteral("chain"), QStringLiteral("is broken")).isEmpty(),
                 qPrintable(joined(report)));
        QCOMPARE(findingsOf(report, QStringLiteral("chain"), QStringLiteral("pinned row")).size(),
                 kRoleHolders.size());
        QCOMPARE(
            findingsOf(report, QStringLiteral("chain"), QStringLiteral("pinned the database's audit ledger"))
                .size(),
            kRoleHolders.size());
        for (const Verifier::Finding& finding :
             findingsOf(report, QStringLiteral("chain"), QStringLiteral("pinned")))
            QVERIFY2(finding.recordId == f.recordId && finding.signatureId > 0, qPrintable(finding.message));

        // verify RECORD reads that record's chain only, and tells the same.
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(f.path, ChecklistStore::OpenMode::ExistingOnly).ok());
        const Verifier::Report one = Verifier::verify(store, f.recordId);
        QVERIFY(!one.intact());
        QVERIFY2(!findingsOf(one, QStringLiteral("chain"), QStringLiteral("pinned row")).isEmpty(),
                 qPrintable(joined(one)));
    }

    // (j) Another record deleted whole, its audit rows too, and everything
    // hashed again: this record's own chain is untouched, but its
    // signatures pinned the database-wide ledger, which no longer follows.
    void otherRecordDeletedWithItsTrailBreaksTheLedgerPin() {
        Fixture f = makeFixture();
        const qint64 other = newRecord(f, QStringLiteral("Release 8"));
        const Result<Record> loaded = f.store->loadRecord(other);
        QVERIFY(loaded.ok());
        qint64 otherItem = 0;
        for (const ChecklistSection& section : loaded->sections) {
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader && otherItem == 0)
                    otherItem = item.id;
            }
        }
        QVERIFY(f.store
                    ->updateItem(otherItem, {ItemStatus::Failed, QStringLiteral("broke")},
                                 QStringLiteral("tester"))
                    .ok());
        sealRecord(f);
        const Verifier::Report before = verifyAfresh(f);
        QVERIFY2(before.intact(), qPrintable(joined(before)));

        tamper(f, QStringList{TestSupport::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                       QStringLiteral("audit_log"))} +
                      deleteRecordRows(other) +
                      QStringList{QStringLiteral("DELETE FROM audit_log WHERE record_id = %1").arg(other)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());

        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(findingsOf(report, QStringLiteral("chain"), QStringLiteral("pinned row")).isEmpty(),
                 qPrintable(joined(report)));
        QCOMPARE(
            findingsOf(report, QStringLiteral("chain"), QStringLiteral("pinned the database's audit ledger"))
                .size(),
            kRoleHolders.size());
    }

    // (k) The database's id changed, its audited creation rewritten to
    // match and the chains hashed again: every signature names the database
    // it was made in.
    void changedDatabaseIdIsFound() {
        Fixture f = sealedFixture();
        const QString id =
            TestSupport::rawRows(f.path, QStringLiteral("SELECT database_id FROM countersign_identity"))
                .value(0);
        QVERIFY(!id.isEmpty());
        const QString forged = QStringLiteral("00000000-0000-4000-8000-000000000000");
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
                QStringLiteral("UPDATE countersign_identity SET database_id = '%1'").arg(forged),
                QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, '%1', '%2')")
                    .arg(id, forged)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QCOMPARE(findingsOf(report, QStringLiteral("identity"), id).size(), kRoleHolders.size());
    }

    // What a signature is made over now: countersign-record-content/2, named
    // in its payload and kept byte for byte as its signed content; the
    // record's database and template are in it; engine and CLI verify it.
    void freshSignaturesSignContent2() {
        Fixture f = sealedFixture();
        const Result<Record> record = f.store->loadRecord(f.recordId);
        QVERIFY2(record.ok(), qPrintable(record.error()));
        QCOMPARE(record->signatures.size(), kRoleHolders.size());
        const QByteArray content = ContentDigest::canonicalJson(*record, ContentFormat::V2);
        const QJsonObject parsed = QJsonDocument::fromJson(content).object();
        QCOMPARE(parsed.value(QStringLiteral("database_id")).toString(), f.store->databaseId().value());
        QCOMPARE(parsed.value(QStringLiteral("template"))
                     .toObject()
                     .value(QStringLiteral("source_sha256"))
                     .toString(),
                 ContentDigest::templateSha256(*f.store->loadTemplate(record->templateId)));
        for (const SignatureEntry& signature : record->signatures) {
            QCOMPARE(ContentDigest::formatOf(signature), std::optional(ContentFormat::V2));
            QCOMPARE(
                QJsonDocument::fromJson(signature.payload).object().value(QStringLiteral("content_format")),
                QStringLiteral("countersign-record-content/2"));
            QCOMPARE(signature.signedContent, content);
            QCOMPARE(
                signature.digest,
                QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        }
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        const TestSupport::ProcessRun run = cliVerify(f);
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    }

    // Who wrote a note, and when, are signed by content/2: either changed in
    // SQL (its audit row rewritten to match and every chain hashed again)
    // fails every signature, naming the item and the field, in the engine
    // and in the CLI (exit 3).
    void noteStampEditedInSqlBreaksContent2Signatures_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("auditColumn");
        QTest::addColumn<QString>("forged");
        QTest::newRow("notes_by") << QStringLiteral("notes_by") << QStringLiteral("actor")
                                  << QStringLiteral("mallory");
        QTest::newRow("notes_at") << QStringLiteral("notes_at") << QStringLiteral("at")
                                  << QStringLiteral("2026-01-01T00:00:00.000Z");
    }
    void noteStampEditedInSqlBreaksContent2Signatures() {
        QFETCH(QString, field);
        QFETCH(QString, auditColumn);
        QFETCH(QString, forged);
        Fixture f = sealedFixture();
        const ChecklistItem item = *f.store->loadItem(f.items.at(0).id); // the one with a note
        const QString was = field == u"notes_by" ? item.notesBy : UtcTime::text(item.notesAt);
        QVERIFY(!was.isEmpty());
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
                QStringLiteral("UPDATE record_items SET %1 = '%2' WHERE id = %3")
                    .arg(field, forged)
                    .arg(item.id),
                QStringLiteral("UPDATE audit_log SET %1 = '%2' WHERE item_id = %3 AND action = 'notes'")
                    .arg(auditColumn, forged)
                    .arg(item.id)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QString named = QStringLiteral("item %1 \"%2\": %3 was \"%4\", is \"%5\"")
                                  .arg(item.id)
                                  .arg(item.text, field, was, forged);
        QVERIFY2(findingsOf(report, QStringLiteral("content"), named).size() == kRoleHolders.size(),
                 qPrintable(joined(report)));
        for (const Verifier::Finding& finding : findingsOf(report, QStringLiteral("content"), named))
            QCOMPARE(finding.recordId, f.recordId);
        const TestSupport::ProcessRun run = cliVerify(f);
        QCOMPARE(run.exitCode, 3);
        const QString said = run.outText() + run.errText();
        QVERIFY2(said.contains(named), qPrintable(said));
    }

    // The template a record was made from is bound by content/2 (its hash as
    // stored): an item text of the template version changed in SQL after
    // signing fails every signature, naming the template.
    void templateEditedInSqlBreaksContent2Signatures() {
        Fixture f = sealedFixture();
        const qint64 templateId = f.store->loadRecord(f.recordId)->templateId;
        tamper(f, {templateEdit(templateId)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(
            findingsOf(report, QStringLiteral("content"), QStringLiteral("record field template")).size() ==
                kRoleHolders.size(),
            qPrintable(joined(report)));
    }

    // A second record of the fixture's template, sealed like the first; the fixture names it afterwards.
    static void sealAnotherRecord(Fixture& f, const QString& title) {
        f.recordId = newRecord(f, title);
        f.items.clear();
        const Result<Record> made = f.store->loadRecord(f.recordId);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        for (const ChecklistSection& section : made->sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                    f.items << item;
            }
        }
        sealRecord(f);
    }

    static QString templateEdit(qint64 templateId) {
        return QStringLiteral("UPDATE template_items SET text = 'Skip the smoke test' WHERE id = (SELECT "
                              "min(i.id) FROM template_items i JOIN template_sections s ON s.id = "
                              "i.section_id WHERE s.template_id = %1)")
            .arg(templateId);
    }

    // verify reads every record in one pass, each template version's hash
    // once (RecordReadPass): a template edited in SQL fails the signatures of
    // every record made from it, not only of the first one read.
    void templateEditedInSqlFailsEveryRecordMadeFromIt() {
        Fixture f = sealedFixture();
        const qint64 first = f.recordId;
        sealAnotherRecord(f, QStringLiteral("Release 10"));
        QVERIFY(verifyAfresh(f).intact());
        tamper(f, {templateEdit(f.store->loadRecord(first)->templateId)});
        const Verifier::Report report = verifyAfresh(f);
        const QList<Verifier::Finding> found =
            findingsOf(report, QStringLiteral("content"), QStringLiteral("record field template"));
        QVERIFY2(found.size() == 2 * kRoleHolders.size(), qPrintable(joined(report)));
        for (qint64 record : {first, f.recordId}) {
            QCOMPARE(std::count_if(found.cbegin(), found.cend(),
                                   [record](const Verifier::Finding& x) { return x.recordId == record; }),
                     qsizetype(kRoleHolders.size()));
        }
    }

    // A record read in a pass is the record read alone (content/2's template
    // hash, policies and database id included); the pass holds what it read,
    // and the next pass reads a template edited in SQL since.
    void aReadPassReadsWhatALoneReadReads() {
        Fixture f = sealedFixture();
        const qint64 first = f.recordId;
        sealAnotherRecord(f, QStringLiteral("Release 10"));
        RecordReadPass pass;
        for (qint64 id : {first, f.recordId}) {
            const Result<Record> alone = f.store->loadRecord(id);
            const Result<Record> inPass = f.store->loadRecord(id, pass);
            QVERIFY2(alone && inPass, qPrintable(alone.error() + inPass.error()));
            QCOMPARE(inPass->templateSha256, alone->templateSha256);
            QCOMPARE(inPass->rolePolicies, alone->rolePolicies);
            QCOMPARE(inPass->databaseId, alone->databaseId);
            QVERIFY(!inPass->databaseId.isEmpty());
            QCOMPARE(ContentDigest::digest(inPass.value(), ContentDigest::kSigningFormat),
                     ContentDigest::digest(alone.value(), ContentDigest::kSigningFormat));
            QCOMPARE(inPass->signatures.size(), alone->signatures.size());
        }
        QCOMPARE(pass.templates.size(), 1);
        const QString before = f.store->loadRecord(first)->templateSha256;
        tamper(f, {templateEdit(f.store->loadRecord(first)->templateId)});
        QCOMPARE(f.store->loadRecord(first, pass)->templateSha256, before);
        RecordReadPass next;
        const QString after = f.store->loadRecord(first, next)->templateSha256;
        QVERIFY(after != before);
        QCOMPARE(f.store->loadRecord(first)->templateSha256, after);
    }

    // The sign-off table's own rules are signed as the policy: "any order"
    // written into the sign-off section's description in SQL (lifting the
    // order in which roles sign) is named as a policy change and as the
    // section's description.
    void signOffRuleEditedInSqlIsNamedAsPolicy() {
        Fixture f = sealedFixture();
        tamper(f, {QStringLiteral(
                       "UPDATE record_sections SET description = 'Roles may sign in any order.' WHERE "
                       "record_id = %1 AND kind = 'signoff'")
                       .arg(f.recordId)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(findingsOf(report, QStringLiteral("content"),
                            QStringLiteral("policy: any_order was \"false\", is \"true\""))
                         .size() == kRoleHolders.size(),
                 qPrintable(joined(report)));
        QVERIFY2(
            findingsOf(report, QStringLiteral("content"), QStringLiteral("\"Sign-off\": description was"))
                    .size() == kRoleHolders.size(),
            qPrintable(joined(report)));
    }

    // Bytes attached to the fixture's first item as "smoke.log" before sealing.
    static AttachmentEntry attachBeforeSealing(Fixture& f, const QByteArray& bytes) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<AttachmentEntry> attached = f.store->attach(
            f.recordId, f.items.at(0).id, buffer, QStringLiteral("smoke.log"), QStringLiteral("tester"));
        if (!attached)
            qFatal("%s", qPrintable(attached.error()));
        sealRecord(f);
        return attached.value();
    }

    // Bytes as a literal of the backend's binary column.
    static QString binaryLiteral(const QByteArray& bytes) {
        const QString hex = QString::fromLatin1(bytes.toHex());
        return TestSupport::onPostgres() ? QStringLiteral("decode('%1', 'hex')").arg(hex)
                                         : QStringLiteral("X'%1'").arg(hex);
    }

    // Every signature of the fixture's record fails on content naming `named`,
    // in the engine and in the CLI (exit 3). (The pinned chain rows and the
    // record's state may be findings too: the signatures are what must name it.)
    void everySignatureNames(const Fixture& f, const QString& named) {
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QList<Verifier::Finding> content = findingsOf(report, QStringLiteral("content"), named);
        QVERIFY2(content.size() == kRoleHolders.size(), qPrintable(joined(report)));
        for (const Verifier::Finding& finding : content) {
            QCOMPARE(finding.recordId, f.recordId);
            QVERIFY2(finding.message.startsWith(recordName(f.recordId)), qPrintable(finding.message));
        }
        const TestSupport::ProcessRun run = cliVerify(f);
        QCOMPARE(run.exitCode, 3);
        const QString said = run.outText() + run.errText();
        QVERIFY2(said.contains(named), qPrintable(said));
    }

    // An attachment renamed in SQL after sealing, its "attached" event
    // rewritten to match and the chain hashed again: its bytes still hash
    // right and the trail agrees, the signatures name the item, the
    // attachment and its name.
    void attachmentRenamedInSqlBreaksContent2Signatures() {
        Fixture f = makeFixture();
        const AttachmentEntry entry = attachBeforeSealing(f, QByteArray("all green\n"));
        tamper(
            f,
            {TestSupport::dropTrigger(QStringLiteral("attachments_no_change"), QStringLiteral("attachments")),
             TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
             QStringLiteral("UPDATE attachments SET name = 'benchmark.log' WHERE id = %1").arg(entry.id),
             QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, 'smoke.log', "
                            "'benchmark.log') WHERE action = 'attached' AND field = '%1'")
                 .arg(entry.id)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(findingsOf(report, QStringLiteral("attachment"), QString()).isEmpty(),
                 qPrintable(joined(report)));
        QVERIFY2(reconcileFindings(report, {QStringLiteral("attachment")}).isEmpty(),
                 qPrintable(joined(report)));
        everySignatureNames(f, QStringLiteral("item %1 \"%2\": attachment %3 \"benchmark.log\": name was "
                                              "\"smoke.log\", is \"benchmark.log\"")
                                   .arg(f.items.at(0).id)
                                   .arg(f.items.at(0).text)
                                   .arg(entry.id));
    }

    // The evidence replaced whole: another file's chunks stored, the
    // attachment's sha256 and size set to them, its "attached" event
    // rewritten to match and the chain hashed again. The rehash agrees with
    // the row, the trail with the row: the signatures name the sha256.
    void attachmentBytesReplacedWithTheirHashBreakContent2Signatures() {
        Fixture f = makeFixture();
        const AttachmentEntry entry = attachBeforeSealing(f, QByteArray("3 tests failed\n"));
        const QByteArray forged("all 412 tests passed\n");
        const QString forgedSha256 =
            QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        tamper(
            f,
            {TestSupport::dropTrigger(QStringLiteral("attachments_no_change"), QStringLiteral("attachments")),
             TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
             QStringLiteral("INSERT INTO attachment_chunks (sha256, chunk, bytes) VALUES ('%1', 0, %2)")
                 .arg(forgedSha256, binaryLiteral(forged)),
             QStringLiteral("UPDATE attachments SET sha256 = '%1', size = %2 WHERE id = %3")
                 .arg(forgedSha256)
                 .arg(forged.size())
                 .arg(entry.id),
             QStringLiteral("UPDATE audit_log SET new_value = replace(replace(new_value, '%1', '%2'), "
                            "'| %3 bytes', '| %4 bytes') WHERE action = 'attached' AND field = '%5'")
                 .arg(entry.sha256, forgedSha256)
                 .arg(entry.size)
                 .arg(forged.size())
                 .arg(entry.id)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        QCOMPARE(f.store->storedAttachmentBytes(entry.id)->sha256, forgedSha256);
        // The rehash agrees with the row, the trail with the row: only the signatures can tell.
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(findingsOf(report, QStringLiteral("attachment"), QString()).isEmpty(),
                 qPrintable(joined(report)));
        QVERIFY2(reconcileFindings(report, {QStringLiteral("attachment")}).isEmpty(),
                 qPrintable(joined(report)));
        const QString attachment = QStringLiteral("item %1 \"%2\": attachment %3 \"smoke.log\": ")
                                       .arg(f.items.at(0).id)
                                       .arg(f.items.at(0).text)
                                       .arg(entry.id);
        everySignatureNames(
            f, attachment + QStringLiteral("sha256 was \"%1\", is \"%2\"").arg(entry.sha256, forgedSha256));
        everySignatureNames(
            f, attachment + QStringLiteral("size was \"%1\", is \"%2\"").arg(entry.size).arg(forged.size()));
    }

    // A group marked not applicable before sealing, its reason changed in
    // SQL afterwards (its "na_marked" event rewritten to match, the chain
    // hashed again): the signatures name the group header and the reason.
    void notApplicableReasonEditedInSqlBreaksContent2Signatures() {
        Fixture f = makeFixture();
        const Result<Record> record = f.store->loadRecord(f.recordId);
        const ChecklistSection* section = nullptr;
        const ChecklistItem* group = nullptr;
        for (const ChecklistSection& s : record->sections) {
            for (const ChecklistItem& item : s.items) {
                if (!group && s.kind == SectionKind::Checklist && item.isGroupHeader) {
                    section = &s;
                    group = &item;
                }
            }
        }
        QVERIFY(group);
        const QString reason = QStringLiteral("No database change in this release");
        const QString forged = QStringLiteral("Checked by hand");
        QVERIFY(f.store->markNotApplicable(section->id, group->id, reason, QStringLiteral("tester")).ok());
        sealRecord(f);
        tamper(f,
               {TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
                QStringLiteral("UPDATE record_items SET na_reason = '%1' WHERE id = %2")
                    .arg(forged)
                    .arg(group->id),
                QStringLiteral(
                    "UPDATE audit_log SET new_value = replace(new_value, '%1', '%2'), old_value = "
                    "replace(old_value, '%1', '%2') WHERE record_id = %3 AND action LIKE 'na_marked%'")
                    .arg(reason, forged)
                    .arg(f.recordId)});
        QCOMPARE(TestSupport::rechainAuditLog(f.path), QString());
        everySignatureNames(f, QStringLiteral("item %1 \"%2\": not_applicable.reason was \"%3\", is \"%4\"")
                                   .arg(group->id)
                                   .arg(group->text, reason, forged));
    }

    // A template's sign-off policy changed in SQL after signing (QA Lead
    // needed two signers, the row now says one), or a row inserted where
    // the template had none: the signatures name the role and the rule.
    void rolePolicyEditedInSqlBreaksContent2Signatures() {
        Fixture f = makeFixture();
        ChecklistTemplate tmpl = BuiltInTemplate::load().value();
        tmpl.title = QStringLiteral("Two QA Leads");
        tmpl.rolePolicies.insert(QStringLiteral("QA Lead"), RolePolicy{2, false});
        const qint64 templateId = f.store->addTemplate(tmpl).value();
        f.recordId =
            f.store
                ->createRecord(templateId, {QStringLiteral("Release 10"), {}, {}}, QStringLiteral("tester"))
                .value();
        const Record record = f.store->loadRecord(f.recordId).value();
        for (const ChecklistSection& section : record.sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                    QVERIFY(
                        f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
            }
        }
        QVERIFY(signAs(f, kRoleHolders.at(0)).ok());
        tamper(f, {QStringLiteral(
                       "UPDATE template_role_policies SET signers_required = 1 WHERE template_id = %1 "
                       "AND role = 'QA Lead'")
                       .arg(templateId)});
        const QString named =
            QStringLiteral("policy of role \"QA Lead\": signers_required was \"2\", is \"1\"");
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QList<Verifier::Finding> content = findingsOf(report, QStringLiteral("content"), named);
        QVERIFY2(content.size() == 1, qPrintable(joined(report)));
        QCOMPARE(content.first().recordId, f.recordId);
        QVERIFY2(content.first().message.startsWith(recordName(f.recordId)),
                 qPrintable(content.first().message));
        const TestSupport::ProcessRun run = cliVerify(f);
        QCOMPARE(run.exitCode, 3);
        const QString said = run.outText() + run.errText();
        QVERIFY2(said.contains(named), qPrintable(said));
    }
    void rolePolicyInsertedInSqlBreaksContent2Signatures() {
        Fixture f = sealedFixture();
        const qint64 templateId = f.store->loadRecord(f.recordId)->templateId;
        QVERIFY(TestSupport::rawRows(f.path, QStringLiteral("SELECT role FROM template_role_policies"))
                    .isEmpty());
        tamper(f, {QStringLiteral("INSERT INTO template_role_policies (template_id, role, signers_required, "
                                  "independent) VALUES (%1, 'Product Owner', 2, 1)")
                       .arg(templateId)});
        everySignatureNames(
            f, QStringLiteral("policy of role \"Product Owner\": signers_required was \"1\", is \"2\""));
        everySignatureNames(
            f, QStringLiteral("policy of role \"Product Owner\": independent was \"false\", is \"true\""));
    }

    // A signature naming a content format this version does not know is
    // never taken as intact, though its payload, key and digest are whole.
    void unknownContentFormatIsAFinding() {
        Fixture f = sealedFixture();
        const Result<Record> record = f.store->loadRecord(f.recordId);
        SignatureEntry future = record->signatures.at(0);
        future.payload.replace("countersign-record-content/2", "countersign-record-content/9");
        QVERIFY(!ContentDigest::formatOf(future));
        QCOMPARE(RecordDigests(*record).stateOf(future), SignatureState::Invalidated);
        QCOMPARE(ContentDigest::formatNameOf(future), QStringLiteral("countersign-record-content/9"));

        const QString id = signatureOf(f, kRoleHolders.at(0).role);
        tamper(f, {QStringLiteral(
                       "UPDATE signatures SET payload = replace(payload, 'countersign-record-content/2', "
                       "'countersign-record-content/9') WHERE id = %1")
                       .arg(id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        QVERIFY2(findingsOf(report, QStringLiteral("content"), QStringLiteral("countersign-record-content/9"))
                         .size() == 1,
                 qPrintable(joined(report)));
    }

    // No false alarms: everything the application itself does reconciles.
    void aLivedInDatabaseReconcilesClean() {
        Fixture f = makeFixture();
        QDateTime clock = QDateTime::currentDateTimeUtc();
        f.store->setClock([&clock] { return clock; });
        // A template whose items start done and N/A, with a heading and a procedure.
        const qint64 templateId = *f.store->addTemplate(TestSupport::smallTemplate());
        const qint64 small =
            *f.store->createRecord(templateId, {QStringLiteral("Small"), {}, {}}, QStringLiteral("tester"));
        const Result<Record> loaded = f.store->loadRecord(small);
        const qint64 alpha = loaded->sections.at(0).items.at(1).id;
        QVERIFY(TestAdministrator::registerSigner(*f.service, *f.store, QStringLiteral("po2"),
                                                  QStringLiteral("Pat Olsen"), {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"))
                    .ok());
        // Roles change, a password change, a deactivation.
        Registry::Credentials admin = TestAdministrator::credentials();
        QVERIFY(Registry(*f.store)
                    .setSignerRoles(admin, QStringLiteral("po2"), {QStringLiteral("Product Owner")},
                                    QStringLiteral("admin"))
                    .ok());
        QVERIFY(f.service
                    ->changePassword(QStringLiteral("po2"), SecretBytes::fromText(kPassword),
                                     SecretBytes::fromText(QStringLiteral("new horse 99")))
                    .ok());
        admin = TestAdministrator::credentials();
        QVERIFY(Registry(*f.store)
                    .setSignerActive(admin, QStringLiteral("dev"), false, QStringLiteral("admin"))
                    .ok());
        // A wrong password, then the right one (which clears the count).
        QVERIFY(
            f.store->updateItem(alpha, {ItemStatus::Done, QStringLiteral("fine")}, QStringLiteral("t")).ok());
        QVERIFY(!f.service
                     ->sign({small,
                             QStringLiteral("QA Lead"),
                             QStringLiteral("qa"),
                             SecretBytes::fromText(kWrongPassword),
                             QStringLiteral("Approved"),
                             {},
                             true})
                     .ok());
        QVERIFY(f.service
                    ->sign({small,
                            QStringLiteral("QA Lead"),
                            QStringLiteral("qa"),
                            SecretBytes::fromText(kPassword),
                            QStringLiteral("Approved"),
                            {},
                            true})
                    .ok());
        // A lock that runs out, then one more wrong password and a right one.
        for (int i = 0; i < SignOffService::kMaxFailedLogins; ++i)
            QVERIFY(!f.service
                         ->reopen(small, QStringLiteral("dm"), SecretBytes::fromText(kWrongPassword),
                                  QStringLiteral("x"))
                         .ok());
        const Verifier::Report whileLocked = verifyAfresh(f);
        QVERIFY2(whileLocked.intact(), qPrintable(joined(whileLocked)));
        clock = clock.addSecs((SignOffService::kLockMinutes + 1) * 60);
        QVERIFY(!f.service
                     ->reopen(small, QStringLiteral("dm"), SecretBytes::fromText(kWrongPassword),
                              QStringLiteral("x"))
                     .ok());
        const Verifier::Report afterTheLock = verifyAfresh(f);
        QVERIFY2(afterTheLock.intact(), qPrintable(joined(afterTheLock)));
        QVERIFY(f.service
                    ->sign({small,
                            QStringLiteral("Product Owner"),
                            QStringLiteral("po2"),
                            SecretBytes::fromText(QStringLiteral("new horse 99")),
                            QStringLiteral("Approved"),
                            {},
                            true})
                    .ok());
        QCOMPARE(f.store->recordSummary(small)->state, RecordState::Sealed);
        // Reopened, changed, signed again.
        QVERIFY(f.service
                    ->reopen(small, QStringLiteral("dm"), SecretBytes::fromText(kPassword),
                             QStringLiteral("typo in a note"))
                    .ok());
        QVERIFY(
            f.store
                ->updateItem(alpha, {ItemStatus::Done, QStringLiteral("fine, really")}, QStringLiteral("t"))
                .ok());
        QVERIFY(f.service
                    ->sign({small,
                            QStringLiteral("QA Lead"),
                            QStringLiteral("qa"),
                            SecretBytes::fromText(kPassword),
                            QStringLiteral("Reviewed"),
                            {},
                            true})
                    .ok());
        QCOMPARE(f.store->recordSummary(small)->state, RecordState::Signed);
        QVERIFY(f.service
                    ->sign({small,
                            QStringLiteral("Product Owner"),
                            QStringLiteral("po2"),
                            SecretBytes::fromText(QStringLiteral("new horse 99")),
                            QStringLiteral("Approved"),
                            {},
                            true})
                    .ok());
        QCOMPARE(f.store->recordSummary(small)->state, RecordState::Sealed);
        // And the built-in record sealed by all four roles beside it.
        for (const ChecklistItem& item : std::as_const(f.items))
            QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
        admin = TestAdministrator::credentials();
        QVERIFY(Registry(*f.store)
                    .setSignerActive(admin, QStringLiteral("dev"), true, QStringLiteral("admin"))
                    .ok());
        for (const RoleHolder& holder : kRoleHolders)
            QVERIFY(signAs(f, holder).ok());
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.recordsChecked, 2);
    }

    // A record of 1,000 items, every one ticked: its trail is replayed in one pass.
    void aThousandItemsReconcileInOnePass() {
        Fixture f = makeFixture();
        ChecklistTemplate big = TestSupport::smallTemplate(QStringLiteral("Big"));
        big.sections[0].items.clear();
        for (int i = 1; i <= 1000; ++i)
            big.sections[0].items << TestSupport::checklistItem(QStringLiteral("Check %1").arg(i));
        const qint64 id = *f.store->createRecord(*f.store->addTemplate(big), {QStringLiteral("Big"), {}, {}},
                                                 QStringLiteral("tester"));
        const Result<Record> loaded = f.store->loadRecord(id);
        for (const ChecklistItem& item : loaded->sections.at(0).items)
            QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
        QElapsedTimer timer;
        timer.start();
        const Verifier::Report report = verifyAfresh(f);
        qInfo("verify with reconciliation, 1,000 ticked items: %lld ms", qint64(timer.elapsed()));
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        const QString lastItem = QString::number(loaded->sections.at(0).items.constLast().id);
        tamper(f, {QStringLiteral("UPDATE record_items SET status = 'failed' WHERE id = %1").arg(lastItem)});
        QVERIFY(!reconcileFindings(verifyAfresh(f), {QStringLiteral("item %1").arg(lastItem)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
