// Records signed before per-record chains and countersign-signature/2 keep
// verifying after the database moves to schema 4, sign on under the new
// formats, and are still protected: a database made by the last version
// before them (tests/data/make-schema-v3-signed.sh) is opened, verified,
// signed further and tampered with.
#include "PdfText.h"
#include "ProcessRun.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The fixture's records: 1 sealed, 2 signed by two roles of four, 3 reopened (four revoked signatures).
constexpr qint64 kSealed = 1;
constexpr qint64 kPartlySigned = 2;
constexpr qint64 kReopened = 3;

using TestSupport::joined;

} // namespace

class TestLegacySignatures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;

    std::unique_ptr<ChecklistStore> open() const {
        auto store = std::make_unique<ChecklistStore>();
        store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store->open(m_path, ChecklistStore::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return store;
    }

    Verifier::Report verifyAfresh() const { return Verifier::verify(*open()); }

    static Result<SignatureEntry> sign(ChecklistStore& store, qint64 record, const QString& role,
                                       const QString& login) {
        SignOffService service(store);
        const QString password = login + QStringLiteral("-v3-password");
        return service.sign(
            {record, role, login, SecretBytes::fromText(password), QStringLiteral("Approved"), {}, true});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            QSKIP("the fixture is an SQLite file made by an earlier version");
        m_path = m_dir.filePath(QStringLiteral("legacy%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v3-signed.sqlite"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Opened by this version (moved to schema 4), every old signature checks
    // out under countersign-signature/1, by the engine and by the CLI.
    void signaturesMadeBeforeStillVerify() {
        const Verifier::Report report = verifyAfresh();
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 10);
        QCOMPARE(report.recordsChecked, 3);
        const std::unique_ptr<ChecklistStore> store = open();
        QCOMPARE(store->recordSummary(kSealed)->state, RecordState::Sealed);
        QCOMPARE(store->recordSummary(kReopened)->state, RecordState::InProgress);
        const Result<Record> sealed = store->loadRecord(kSealed);
        QVERIFY(sealed.ok());
        for (const SignatureEntry& signature : sealed->signatures)
            QCOMPARE(signature.payloadFormat, 1);

        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("config")));
        const TestSupport::ProcessRun run =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    {QStringLiteral("--db"), m_path, QStringLiteral("verify")}, options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
        QVERIFY2(run.outText().startsWith(QStringLiteral("Intact: ")), run.out.constData());
    }

    // The partly signed record is finished under the new formats: its new
    // signatures sign countersign-signature/2, pinning the record's newest
    // format 1 row (seq 0) and the ledger; old and new verify side by side.
    void signingGoesOnUnderTheNewFormats() {
        const std::unique_ptr<ChecklistStore> store = open();
        const Result<SignatureEntry> dev =
            sign(*store, kPartlySigned, QStringLiteral("Development Lead"), QStringLiteral("devon"));
        QVERIFY2(dev.ok(), qPrintable(dev.error()));
        const Result<SignatureEntry> po =
            sign(*store, kPartlySigned, QStringLiteral("Product Owner"), QStringLiteral("paula"));
        QVERIFY2(po.ok(), qPrintable(po.error()));
        QCOMPARE(store->recordSummary(kPartlySigned)->state, RecordState::Sealed);
        const Result<Record> record = store->loadRecord(kPartlySigned);
        QList<int> formats;
        for (const SignatureEntry& signature : record->signatures)
            formats << signature.payloadFormat;
        QCOMPARE(formats, QList<int>({1, 1, 2, 2}));
        QVERIFY(record->signatures.at(2).payload.contains("\"chain_head\":{\"hash\""));
        QVERIFY(record->signatures.at(2).payload.contains("\"seq\":0}"));
        QVERIFY(record->signatures.at(3).payload.contains("\"seq\":1}"));

        // And the reopened record is signed again by its first role.
        QVERIFY(store
                    ->updateItem(
                        TestSupport::rawValue(
                            m_path, QStringLiteral("SELECT i.id FROM record_items i JOIN "
                                                   "record_sections s ON s.id = i.section_id "
                                                   "WHERE s.record_id = 3 AND i.status = "
                                                   "'pending' AND i.is_group = 0 AND s.kind = 'checklist'")),
                        {ItemStatus::Done, {}}, QStringLiteral("Quinn QA"))
                    .ok());
        const Result<SignatureEntry> again =
            sign(*store, kReopened, QStringLiteral("Deployment Manager"), QStringLiteral("dana"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        const Verifier::Report report = verifyAfresh();
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 13);
    }

    // What a format 1 signature signed is rebuilt from its row: a meaning
    // changed in SQL breaks it, as before.
    void oldSignatureChangedInSqlIsFound() {
        QCOMPARE(
            TestSupport::rawExec(m_path, QStringLiteral("UPDATE signatures SET meaning = 'Rejected' WHERE "
                                                        "record_id = 1 AND role = 'QA Lead'")),
            QString());
        const Verifier::Report report = verifyAfresh();
        QVERIFY(!report.intact());
        bool named = false;
        for (const Verifier::Finding& finding : report.findings)
            named = named || (finding.kind == u"signature" && finding.recordId == kSealed);
        QVERIFY2(named, qPrintable(joined(report)));
    }

    // An old row rewritten and everything re-hashed: the format 1 rows had no
    // pins, but a signature made after the move pinned the ledger over them.
    void oldHistoryRewrittenUnderANewSignatureIsFound() {
        {
            const std::unique_ptr<ChecklistStore> store = open();
            QVERIFY(sign(*store, kPartlySigned, QStringLiteral("Development Lead"), QStringLiteral("devon"))
                        .ok());
        }
        QVERIFY(verifyAfresh().intact());
        QCOMPARE(TestSupport::rawExec(m_path, TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                                       QStringLiteral("audit_log"))),
                 QString());
        QCOMPARE(
            TestSupport::rawExec(m_path, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = "
                                                        "(SELECT min(id) FROM audit_log WHERE record_id = 1 "
                                                        "AND action = 'status')")),
            QString());
        QCOMPARE(TestSupport::rechainAuditLog(m_path), QString());
        const Verifier::Report report = verifyAfresh();
        QVERIFY(!report.intact());
        bool ledger = false;
        for (const Verifier::Finding& finding : report.findings)
            ledger = ledger || (finding.kind == u"chain" && finding.recordId == kPartlySigned &&
                                finding.message.contains(QStringLiteral("audit ledger")));
        QVERIFY2(ledger, qPrintable(joined(report)));
    }

    // Migrated by admin init, the old database's report prints each old
    // signature as made before the registry, and says what that means.
    void migratedSignaturesPrintAsBeforeTheRegistry() {
        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("config")));
        options.input = "Granite-4-harbour-Quill?\n";
        const TestSupport::ProcessRun init = TestSupport::runProcess(
            QStringLiteral(COUNTERSIGN_CLI_PATH),
            {QStringLiteral("--db"), m_path, QStringLiteral("admin"), QStringLiteral("init"),
             QStringLiteral("--login"), QStringLiteral("ada"), QStringLiteral("--name"),
             QStringLiteral("Ada Admin"), QStringLiteral("--password-stdin")},
            options);
        QVERIFY2(init.exitCode == 0, qPrintable(init.errText()));
        options.input.clear();
        const QString pdf = m_dir.filePath(QStringLiteral("migrated%1.pdf").arg(m_counter));
        const TestSupport::ProcessRun exported =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    {QStringLiteral("--db"), m_path, QStringLiteral("export"),
                                     QString::number(kSealed), QStringLiteral("--pdf"), pdf},
                                    options);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.errText()));
        const QString text = TestSupport::pdfText(pdf, TestSupport::PdfTextOrder::Drawn);
        QCOMPARE(text.count(QStringLiteral("Before the registry\n")), 4);
        QVERIFY2(text.contains(QStringLiteral("made before this database had a signer")), qPrintable(text));
        QVERIFY(verifyAfresh().intact());
    }

    // Notes from before they kept their own author and time (schema 7,
    // tests/data/make-schema-v7-notes.sh): a note there re-stamped the item's
    // updated_by/at. Moved to schema 8, each note takes its writer and time
    // from its audit row; updated_by/at stay as they were, since the signed
    // content (countersign-record-content/1) covers them, and the signature
    // still verifies, by the engine and by the CLI.
    void notesFromSchema7TakeTheirWriterAndSignaturesStillVerify() {
        m_path = m_dir.filePath(QStringLiteral("notes%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v7-notes.sqlite"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Verifier::Report report = verifyAfresh();
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 1);
        QVERIFY(QFile::exists(m_path + QStringLiteral(".schema-v7.bak")));

        const std::unique_ptr<ChecklistStore> store = open();
        const ChecklistItem first = *store->loadItem(1);
        QCOMPARE(first.notes, QStringLiteral("Smoke test green"));
        QCOMPARE(first.notesBy, QStringLiteral("Nora Notes"));
        QCOMPARE(first.notesAt, UtcTime::parse(u"2026-12-04T19:28:28.955Z"));
        QCOMPARE(first.updatedBy, QStringLiteral("Nora Notes")); // as signed
        const ChecklistItem second = *store->loadItem(2);
        QCOMPARE(second.notesBy, QStringLiteral("Olga Ops"));
        QCOMPARE(second.notesAt, UtcTime::parse(u"2026-12-04T19:28:30.639Z"));
        const ChecklistItem third = *store->loadItem(3);
        QCOMPARE(third.notesBy, QString());
        QVERIFY(!third.notesAt.isValid());
        QCOMPARE(third.updatedBy, QStringLiteral("Quinn QA"));

        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("config")));
        const TestSupport::ProcessRun run =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    {QStringLiteral("--db"), m_path, QStringLiteral("verify")}, options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
        QVERIFY2(run.outText().startsWith(QStringLiteral("Intact: ")), run.out.constData());
    }

    // A signature and a refusal made over countersign-record-content/1 by the
    // last version before content/2 (tests/data/make-schema-v10-content1.sh)
    // keep verifying, each in the content format it names, by the engine and
    // by the CLI; the refusal still stands against the unchanged record; and
    // content/1 still covers what it covered: a note changed in SQL is named.
    void content1SignaturesStillVerifyAndStillProtect() {
        m_path = m_dir.filePath(QStringLiteral("content1-%1.sqlite").arg(++m_counter));
        QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_TEST_DATA "/schema-v10-content1.sqlite"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Verifier::Report report = verifyAfresh();
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 2);

        const std::unique_ptr<ChecklistStore> store = open();
        const Result<Record> record = store->loadRecord(1);
        QVERIFY2(record.ok(), qPrintable(record.error()));
        QCOMPARE(record->signatures.size(), 1);
        QCOMPARE(record->declines.size(), 1);
        for (const SignatureEntry& made : {record->signatures.at(0), record->declines.at(0)}) {
            QCOMPARE(made.payloadFormat, 2);
            QCOMPARE(ContentDigest::formatNameOf(made), QStringLiteral("countersign-record-content/1"));
            QCOMPARE(made.digest, ContentDigest::digest(*record, ContentFormat::V1));
            QVERIFY(made.digest != ContentDigest::digest(*record, ContentFormat::V2));
        }
        QCOMPARE(SignOffService::statesOf(*record), QList<SignatureState>{SignatureState::Valid});
        // The refusal of the unchanged record stands: QA Lead cannot sign it yet.
        SignOffService service(*store);
        const Result<SignatureEntry> signedAnyway =
            service.sign({1,
                          QStringLiteral("QA Lead"),
                          QStringLiteral("quinn"),
                          SecretBytes::fromText(QStringLiteral("Amber-3-meadow-Falcon")),
                          QStringLiteral("Approved"),
                          {},
                          true});
        QVERIFY(!signedAnyway.ok());
        QVERIFY2(signedAnyway.error().contains(QStringLiteral("declined")), qPrintable(signedAnyway.error()));

        TestSupport::ProcessOptions options;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                   m_dir.filePath(QStringLiteral("config")));
        const TestSupport::ProcessRun run =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    {QStringLiteral("--db"), m_path, QStringLiteral("verify")}, options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
        QVERIFY2(run.outText().startsWith(QStringLiteral("Intact: ")), run.out.constData());

        const qint64 noted = TestSupport::rawRows(m_path, QStringLiteral("SELECT id FROM record_items WHERE "
                                                                         "notes = 'Smoke test green'"))
                                 .value(0)
                                 .toLongLong();
        QVERIFY(noted > 0);
        QCOMPARE(
            TestSupport::rawExec(m_path, QStringLiteral("UPDATE record_items SET notes = 'skipped' WHERE "
                                                        "id = %1")
                                             .arg(noted)),
            QString());
        const TestSupport::ProcessRun tampered =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    {QStringLiteral("--db"), m_path, QStringLiteral("verify")}, options);
        QCOMPARE(tampered.exitCode, 3);
        const QString said = tampered.outText() + tampered.errText();
        QVERIFY2(said.contains(QStringLiteral("notes was \"Smoke test green\", is \"skipped\"")),
                 qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestLegacySignatures)
#include "tst_legacy_signatures.moc"
