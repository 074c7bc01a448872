// Evidence attachments (issue 20, part 1): files on a record's items, kept
// in the database in 1 MiB chunks by their SHA-256. Attaching, listing,
// extracting and removing through the store; the same bytes kept once; the
// size limit refusing before anything is written; a signed or sealed record
// refusing; then the insider who edits the rows and chunks in raw SQL, and
// verify naming what changed.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
const QString kTester = QStringLiteral("tester");

using TestAdministrator::RoleHolder;
const QList<RoleHolder>& kRoleHolders = TestAdministrator::kBuiltInRoleHolders;

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

QByteArray randomBytes(qint64 size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestAttach : public QObject {
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

    Fixture makeFixture(bool withSigners = false) {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("attach%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = f.store->open(f.path); !opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        if (withSigners) {
            for (const RoleHolder& holder : kRoleHolders) {
                const Result<qint64> added = TestAdministrator::registerSigner(
                    *f.service, *f.store, holder.login, holder.name, {holder.role},
                    SecretBytes::fromText(kPassword), QStringLiteral("admin"));
                if (!added)
                    qFatal("%s", qPrintable(added.error()));
            }
        }
        const qint64 templateId = f.store->templates()->constFirst().id;
        f.recordId = *f.store->createRecord(
            templateId,
            {QStringLiteral("Release 4.0"), QStringLiteral("4.0.0"), QStringLiteral("Production")}, kTester);
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

    static Result<AttachmentEntry> attachBytes(Fixture& f, qint64 itemId, const QByteArray& bytes,
                                               const QString& name) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return f.store->attach(f.recordId, itemId, buffer, name, kTester);
    }
    static QByteArray extracted(const Fixture& f, qint64 attachmentId, Status* status = nullptr) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const Status done = f.store->extractAttachment(attachmentId, out);
        if (status)
            *status = done;
        return out.data();
    }
    static int rawCount(const Fixture& f, const QString& table) {
        return TestSupport::rawValue(f.path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    }
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
    static Result<SignatureEntry> sign(Fixture& f, const RoleHolder& holder) {
        return f.service->sign({f.recordId,
                                holder.role,
                                holder.login,
                                SecretBytes::fromText(kPassword),
                                QStringLiteral("Approved"),
                                {},
                                true});
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void multiChunkFileRoundTrips() {
        Fixture f = makeFixture();
        const ChecklistItem& item = f.items.at(2);
        // Two whole chunks and a part of a third.
        const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 12345, 7);
        QSignalSpy changed(f.store.get(), &ChecklistStore::itemChanged);
        const Result<AttachmentEntry> entry = attachBytes(f, item.id, bytes, QStringLiteral("dir/smoke.log"));
        QVERIFY2(entry.ok(), qPrintable(entry.error()));
        QVERIFY(entry->id > 0);
        QCOMPARE(entry->name, QStringLiteral("smoke.log")); // a name, never a place
        QCOMPARE(entry->size, qint64(bytes.size()));
        QCOMPARE(entry->sha256, sha256(bytes));
        QCOMPARE(entry->addedBy, kTester);
        QVERIFY(entry->addedAt.isValid());
        QVERIFY(!entry->isRemoved());
        QCOMPARE(rawCount(f, QStringLiteral("attachment_chunks")), 3);
        // The views hear of it with the item as it is now.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<ChecklistItem>().attachments.size(), 1);

        // Every loaded record and item carries it.
        const Record record = f.store->loadRecord(f.recordId).value();
        const ChecklistItem* loaded = record.findItem(item.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->attachments.size(), 1);
        QCOMPARE(loaded->attachments.first().sha256, entry->sha256);
        QCOMPARE(loaded->attachments.first().addedAt, entry->addedAt);
        QCOMPARE(f.store->loadItem(item.id)->attachments.size(), 1);
        const auto listed = f.store->attachments(f.recordId).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().itemId, item.id);

        Status status;
        QCOMPARE(extracted(f, entry->id, &status), bytes);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        // One audit event, in words.
        const AuditEntry last = f.store->auditTrail(f.recordId)->constLast();
        QCOMPARE(last.action, QStringLiteral("attached"));
        QCOMPARE(last.itemId, item.id);
        QVERIFY(last.newValue.contains(entry->sha256));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void emptyAndSmallFilesAndMediaTypes() {
        Fixture f = makeFixture();
        const Result<AttachmentEntry> empty =
            attachBytes(f, f.items.at(0).id, {}, QStringLiteral("empty.txt"));
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        QCOMPARE(empty->size, 0);
        QCOMPARE(extracted(f, empty->id), QByteArray());
        const Result<AttachmentEntry> png =
            attachBytes(f, f.items.at(0).id, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x'),
                        QStringLiteral("screen"));
        QVERIFY2(png.ok(), qPrintable(png.error()));
        QCOMPARE(png->mediaType, QStringLiteral("image/png")); // read from the content
        const Result<AttachmentEntry> json =
            attachBytes(f, f.items.at(0).id, QByteArray("{\"a\": 1}\n"), QStringLiteral("result.json"));
        QCOMPARE(json->mediaType, QStringLiteral("application/json"));
        QVERIFY(verifyAfresh(f).intact());
    }

    void sameBytesAreStoredOnce() {
        Fixture f = makeFixture();
        const QByteArray bytes = randomBytes(1024 * 1024 + 1, 11);
        const Result<AttachmentEntry> first =
            attachBytes(f, f.items.at(0).id, bytes, QStringLiteral("a.bin"));
        const Result<AttachmentEntry> second =
            attachBytes(f, f.items.at(1).id, bytes, QStringLiteral("b.bin"));
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
        QVERIFY(first->id != second->id);
        QCOMPARE(rawCount(f, QStringLiteral("attachments")), 2);
        QCOMPARE(rawCount(f, QStringLiteral("attachment_chunks")), 2);
        QCOMPARE(extracted(f, second->id), bytes);
        QVERIFY(verifyAfresh(f).intact());
    }

    void oversizedFileIsRefusedAndNothingWritten() {
        Fixture f = makeFixture();
        QCOMPARE(f.store->attachmentSizeLimit().value(), qint64(50) * 1024 * 1024);
        QVERIFY(f.store->setAttachmentSizeLimit(1000, QStringLiteral("admin")).ok());
        QCOMPARE(f.store->attachmentSizeLimit().value(), 1000);
        const int auditRows = rawCount(f, QStringLiteral("audit_log"));
        const Result<AttachmentEntry> refused =
            attachBytes(f, f.items.at(0).id, QByteArray(2000, 'x'), QStringLiteral("big.log"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"big.log") && refused.error().contains(u"2000 bytes") &&
                     refused.error().contains(u"1000 bytes") && refused.error().contains(u"attachment-limit"),
                 qPrintable(refused.error()));
        QCOMPARE(rawCount(f, QStringLiteral("attachments")), 0);
        QCOMPARE(rawCount(f, QStringLiteral("attachment_chunks")), 0);
        QCOMPARE(rawCount(f, QStringLiteral("audit_log")), auditRows);
        // Exactly the limit is allowed.
        QVERIFY(attachBytes(f, f.items.at(0).id, QByteArray(1000, 'x'), QStringLiteral("fits.log")).ok());
        // The change of the limit is audited, as a database event.
        const QStringList limitEvents = TestSupport::rawRows(
            f.path, QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE action = "
                                   "'attachment_limit' AND record_id = 0"));
        QCOMPARE(limitEvents, QStringList{QStringLiteral("52428800>1000")});
        QVERIFY(!f.store->setAttachmentSizeLimit(0, QStringLiteral("admin")).ok());
    }

    void removalKeepsTheBytesAndIsAudited() {
        Fixture f = makeFixture();
        const QByteArray bytes = randomBytes(5000, 3);
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(0).id, bytes, QStringLiteral("x.log")).value();
        QVERIFY(!f.store->removeAttachment(f.recordId, entry.id, QStringLiteral("  "), kTester).ok());
        QVERIFY(!f.store->removeAttachment(f.recordId + 1, entry.id, QStringLiteral("wrong"), kTester).ok());
        const Result<AttachmentEntry> removed = f.store->removeAttachment(
            f.recordId, entry.id, QStringLiteral("wrong file"), QStringLiteral("rita"));
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(removed->isRemoved());
        QCOMPARE(removed->removedBy, QStringLiteral("rita"));
        QCOMPARE(removed->removedReason, QStringLiteral("wrong file"));
        const Result<AttachmentEntry> again =
            f.store->removeAttachment(f.recordId, entry.id, QStringLiteral("again"), kTester);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"removed already"), qPrintable(again.error()));
        // The row and the bytes stay.
        const ChecklistItem item = f.store->loadItem(f.items.at(0).id).value();
        QCOMPARE(item.attachments.size(), 1);
        QVERIFY(item.attachments.first().isRemoved());
        QCOMPARE(item.attachments.first().removedAt, removed->removedAt);
        QCOMPARE(extracted(f, entry.id), bytes);
        QCOMPARE(rawCount(f, QStringLiteral("attachment_chunks")), 1);
        const AuditEntry last = f.store->auditTrail(f.recordId)->constLast();
        QCOMPARE(last.action, QStringLiteral("detached"));
        QCOMPARE(last.newValue, QStringLiteral("wrong file"));
        QCOMPARE(last.actor, QStringLiteral("rita"));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        // The store's rows refuse a delete, even from the insider's own SQL, until the guard is dropped.
        QVERIFY(!TestSupport::rawExec(f.path, QStringLiteral("DELETE FROM attachments")).isEmpty());
        QVERIFY(!TestSupport::rawExec(f.path, QStringLiteral("DELETE FROM attachment_chunks")).isEmpty());
    }

    void wrongItemsAreRefused() {
        Fixture f = makeFixture();
        const Record record = f.store->loadRecord(f.recordId).value();
        qint64 heading = 0;
        qint64 signOffRow = 0;
        for (const ChecklistSection& section : record.sections) {
            for (const ChecklistItem& item : section.items) {
                if (item.isGroupHeader && !heading)
                    heading = item.id;
                if (section.kind == SectionKind::SignOff && !signOffRow)
                    signOffRow = item.id;
            }
        }
        QVERIFY(heading && signOffRow);
        QVERIFY(!attachBytes(f, heading, "x", QStringLiteral("a")).ok());
        QVERIFY(!attachBytes(f, signOffRow, "x", QStringLiteral("a")).ok());
        QVERIFY(!attachBytes(f, 999999, "x", QStringLiteral("a")).ok());
        QVERIFY(!attachBytes(f, f.items.at(0).id, "x", QStringLiteral("  ")).ok());
        QCOMPARE(rawCount(f, QStringLiteral("attachments")), 0);
    }

    void signedAndSealedRecordsRefuse() {
        Fixture f = makeFixture(true);
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(0).id, "log", QStringLiteral("a.log")).value();
        for (const ChecklistItem& item : std::as_const(f.items))
            QVERIFY(f.store->updateItem(item.id, {ItemStatus::Done, {}}, kTester).ok());
        QVERIFY(sign(f, kRoleHolders.at(0)).ok());
        Result<AttachmentEntry> refused = attachBytes(f, f.items.at(0).id, "more", QStringLiteral("b.log"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"has been signed"), qPrintable(refused.error()));
        for (int i = 1; i < kRoleHolders.size(); ++i)
            QVERIFY(sign(f, kRoleHolders.at(i)).ok());
        QCOMPARE(f.store->loadRecord(f.recordId)->state, RecordState::Sealed);
        refused = attachBytes(f, f.items.at(0).id, "more", QStringLiteral("b.log"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"sealed"), qPrintable(refused.error()));
        const Result<AttachmentEntry> notRemoved =
            f.store->removeAttachment(f.recordId, entry.id, QStringLiteral("why"), kTester);
        QVERIFY(!notRemoved.ok());
        QVERIFY2(notRemoved.error().contains(u"sealed"), qPrintable(notRemoved.error()));
        QCOMPARE(rawCount(f, QStringLiteral("attachments")), 1);
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
    }

    void changedChunkIsNamedByVerifyAndExtract() {
        Fixture f = makeFixture();
        const QByteArray bytes = randomBytes(1024 * 1024 + 500, 5);
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(1).id, bytes, QStringLiteral("evidence.bin")).value();
        // The insider drops the guard and changes the second chunk's bytes.
        tamper(f, {TestSupport::dropTrigger(QStringLiteral("attachment_chunks_no_update"),
                                            QStringLiteral("attachment_chunks")),
                   TestSupport::onPostgres()
                       ? QStringLiteral("UPDATE attachment_chunks SET bytes = overlay(bytes placing "
                                        "'\\xdeadbeef'::bytea from 3) WHERE chunk = 1")
                       : QStringLiteral("UPDATE attachment_chunks SET bytes = randomblob(length(bytes)) "
                                        "WHERE chunk = 1")});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY(!report.intact());
        const QStringList names{QStringLiteral("record %1").arg(f.recordId),
                                QStringLiteral("item %1").arg(f.items.at(1).id),
                                QStringLiteral("attachment %1 \"evidence.bin\"").arg(entry.id)};
        QVERIFY2(found(report, QStringLiteral("attachment"), names), qPrintable(joined(report)));
        Status status;
        extracted(f, entry.id, &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"evidence.bin") &&
                     status.error().contains(u"not the ones attached"),
                 qPrintable(status.error()));
    }

    void missingChunkIsNamed() {
        Fixture f = makeFixture();
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(1).id, randomBytes(1024 * 1024 + 10, 9), QStringLiteral("gone.bin"))
                .value();
        tamper(f, {TestSupport::dropTrigger(QStringLiteral("attachment_chunks_no_delete"),
                                            QStringLiteral("attachment_chunks")),
                   QStringLiteral("DELETE FROM attachment_chunks WHERE chunk = 1")});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(found(report, QStringLiteral("attachment"),
                       {QStringLiteral("attachment %1 \"gone.bin\"").arg(entry.id),
                        QStringLiteral("chunk 2 of 2"), QStringLiteral("missing")}),
                 qPrintable(joined(report)));
    }

    void changedRowIsNamedByTheTrail() {
        Fixture f = makeFixture();
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(1).id, "abc", QStringLiteral("a.txt")).value();
        const AttachmentEntry gone = attachBytes(f, f.items.at(2).id, "def", QStringLiteral("b.txt")).value();
        QVERIFY(f.store->removeAttachment(f.recordId, gone.id, QStringLiteral("dup"), kTester).ok());
        // A renamed file, and a removal taken back, in raw SQL.
        tamper(
            f,
            {TestSupport::dropTrigger(QStringLiteral("attachments_no_change"), QStringLiteral("attachments")),
             QStringLiteral("UPDATE attachments SET name = 'innocent.txt' WHERE id = %1").arg(entry.id),
             QStringLiteral("UPDATE attachments SET removed_at = NULL, removed_by = '', removed_reason = '' "
                            "WHERE id = %1")
                 .arg(gone.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(
            found(report, QStringLiteral("reconcile"),
                  {QStringLiteral("attachment %1 \"innocent.txt\"").arg(entry.id), QStringLiteral("a.txt")}),
            qPrintable(joined(report)));
        QVERIFY2(found(report, QStringLiteral("reconcile"),
                       {QStringLiteral("attachment %1").arg(gone.id),
                        QStringLiteral("removed it, but it stands")}),
                 qPrintable(joined(report)));
    }

    void deletedRowIsNamedByTheTrail() {
        Fixture f = makeFixture();
        const AttachmentEntry entry =
            attachBytes(f, f.items.at(1).id, "abc", QStringLiteral("a.txt")).value();
        tamper(f, {TestSupport::dropTrigger(QStringLiteral("attachments_no_delete"),
                                            QStringLiteral("attachments")),
                   QStringLiteral("DELETE FROM attachments WHERE id = %1").arg(entry.id)});
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(found(report, QStringLiteral("reconcile"),
                       {QStringLiteral("attachment %1").arg(entry.id), QStringLiteral("no such attachment")}),
                 qPrintable(joined(report)));
    }
};

QTEST_GUILESS_MAIN(TestAttach)
#include "tst_attach.moc"
