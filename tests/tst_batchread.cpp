// Records read in batches (ChecklistStore::loadRecords, a whole verify's
// read): each record exactly as loadRecord reads it alone, with its N/A
// marks, attachments (removed ones too), signatures, refusals and revoked
// signatures, and its attachment list as attachments() gives it; an id
// without a record gets loadRecord's own error. And a record the batch cannot
// read stays an "unreadable" finding of verify for that record alone.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/RecordReadPass.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
const QString kTester = QStringLiteral("tester");

using TestAdministrator::RoleHolder;
const QList<RoleHolder>& kRoleHolders = TestAdministrator::kBuiltInRoleHolders;

QString timeText(const QDateTime& t) {
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString markText(const NotApplicableMark& mark) {
    return QStringLiteral("na[%1|%2|%3]").arg(mark.by, timeText(mark.at), mark.reason);
}

QString attachmentText(const AttachmentEntry& a) {
    return QStringLiteral("att[%1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(a.id)
               .arg(a.name)
               .arg(a.size)
               .arg(a.mediaType, a.sha256, a.addedBy, timeText(a.addedAt), a.removedBy) +
           QStringLiteral("|%1|%2]").arg(timeText(a.removedAt), a.removedReason);
}

QString signatureText(const SignatureEntry& s) {
    return QStringList{QString::number(s.id),
                       QString::number(s.recordId),
                       s.role,
                       QString::number(s.rolePosition),
                       QString::number(s.signerId),
                       s.login,
                       s.printedName,
                       s.meaning,
                       timeText(s.signedAt),
                       s.digest,
                       QString::fromUtf8(s.signedContent),
                       SignaturePayload::strokesSha256(s),
                       s.typed ? QStringLiteral("typed") : QStringLiteral("drawn"),
                       QString::fromLatin1(s.signature.toHex()),
                       QString::number(s.payloadFormat),
                       QString::fromUtf8(s.payload),
                       s.revoked ? QStringLiteral("revoked") : QStringLiteral("standing"),
                       timeText(s.revokedAt),
                       s.revokedBy,
                       s.revokedReason,
                       s.declined ? QStringLiteral("declined") : QStringLiteral("signed"),
                       s.reason}
        .join(u'|');
}

// Every field of a record, as text: two records are the same when their texts are.
QString recordText(const Record& r) {
    QStringList lines{QStringLiteral("record %1|%2|%3|%4|%5|%6|%7|%8|%9")
                          .arg(r.id)
                          .arg(r.templateId)
                          .arg(r.templateTitle)
                          .arg(r.templateVersion)
                          .arg(r.description, r.info.title, r.info.releaseVersion, r.info.environment,
                               RecordStateText::key(r.state)),
                      QStringLiteral("%1|%2|%3|%4")
                          .arg(timeText(r.createdAt), r.createdBy, r.databaseId, r.templateSha256)};
    for (auto it = r.rolePolicies.constBegin(); it != r.rolePolicies.constEnd(); ++it)
        lines
            << QStringLiteral("policy %1|%2|%3").arg(it.key()).arg(it->signersRequired).arg(it->independent);
    for (const ChecklistSection& s : r.sections) {
        lines << QStringLiteral("section %1|%2|%3|%4|%5|%6|%7|%8|%9")
                     .arg(s.id)
                     .arg(s.title, SectionKindText::key(s.kind), s.description, s.columns.join(u','))
                     .arg(s.statusColumn)
                     .arg(s.notesColumn)
                     .arg(s.taskList)
                     .arg(markText(s.notApplicable));
        for (const ChecklistItem& i : s.items) {
            QString line = QStringLiteral("item %1|%2|%3|%4|%5|%6|%7|%8|%9")
                               .arg(i.id)
                               .arg(i.isGroupHeader)
                               .arg(i.text, ItemStatusText::key(i.status), i.notes, i.extra.join(u','),
                                    i.detail, i.updatedBy, timeText(i.updatedAt)) +
                           QStringLiteral("|%1|%2|%3|%4")
                               .arg(i.notesBy, timeText(i.notesAt))
                               .arg(i.revision)
                               .arg(markText(i.notApplicable));
            for (const AttachmentEntry& a : i.attachments)
                line += attachmentText(a);
            lines << line;
        }
    }
    for (const SignatureEntry& s : r.signatures)
        lines << QStringLiteral("signature ") + signatureText(s);
    for (const SignatureEntry& s : r.declines)
        lines << QStringLiteral("decline ") + signatureText(s);
    return lines.join(u'\n');
}

QString attachmentsText(const QList<ChecklistStore::ItemAttachment>& list) {
    QStringList lines;
    for (const ChecklistStore::ItemAttachment& a : list)
        lines << QStringLiteral("%1|%2|").arg(a.recordId).arg(a.itemId) + attachmentText(a.entry);
    return lines.join(u'\n');
}
} // namespace

class TestBatchRead : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        QList<qint64> records;
    };

    static QList<ChecklistItem> countable(const Record& record) {
        QList<ChecklistItem> items;
        for (const ChecklistSection& section : record.sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (!item.isGroupHeader)
                    items << item;
            }
        }
        return items;
    }

    static qint64 newRecord(Fixture& f, const QString& title) {
        const qint64 templateId = f.store->templates()->constFirst().id;
        const Result<qint64> id = f.store->createRecord(
            templateId, {title, QStringLiteral("1.0.0"), QStringLiteral("Production")}, kTester);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        f.records << id.value();
        return id.value();
    }

    static void tickAll(Fixture& f, qint64 recordId) {
        for (const ChecklistItem& item : countable(f.store->loadRecord(recordId).value())) {
            if (!f.store->updateItem(item.id, {ItemStatus::Done, QStringLiteral("ok")}, kTester))
                qFatal("cannot tick %s", qPrintable(item.text));
        }
    }

    static void sign(Fixture& f, qint64 recordId, const RoleHolder& holder) {
        const Result<SignatureEntry> signature = f.service->sign({recordId,
                                                                  holder.role,
                                                                  holder.login,
                                                                  SecretBytes::fromText(kPassword),
                                                                  QStringLiteral("Approved"),
                                                                  {},
                                                                  true});
        if (!signature)
            qFatal("%s", qPrintable(signature.error()));
    }

    static qint64 attach(Fixture& f, qint64 recordId, qint64 itemId, const QByteArray& bytes) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<AttachmentEntry> attached =
            f.store->attach(recordId, itemId, buffer, QStringLiteral("evidence.txt"), kTester);
        if (!attached)
            qFatal("%s", qPrintable(attached.error()));
        return attached->id;
    }

    // Four records of every kind a record can be: marks and attachments (one
    // removed), signed with a refusal before, signed and reopened (a revoked
    // signature), and untouched.
    Fixture makeFixture() {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("batch%1").arg(++m_counter));
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

        const qint64 marked = newRecord(f, QStringLiteral("Marked"));
        const Record fresh = f.store->loadRecord(marked).value();
        const QList<ChecklistItem> items = countable(fresh);
        attach(f, marked, items.at(0).id, "first evidence");
        const qint64 removed = attach(f, marked, items.at(1).id, "second evidence");
        if (!f.store->removeAttachment(marked, removed, QStringLiteral("wrong file"), kTester))
            qFatal("cannot remove an attachment");
        bool groupMarked = false;
        bool sectionMarked = false;
        for (const ChecklistSection& section : fresh.sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            for (const ChecklistItem& item : section.items) {
                if (item.isGroupHeader && !groupMarked)
                    groupMarked =
                        f.store->markNotApplicable(section.id, item.id, QStringLiteral("hotfix"), kTester)
                            .ok();
            }
            if (!sectionMarked && !groupMarked && section.items.size() > 1 &&
                !section.items.first().isGroupHeader)
                sectionMarked =
                    f.store->markNotApplicable(section.id, 0, QStringLiteral("no database"), kTester).ok();
        }
        if (!groupMarked || !sectionMarked)
            qFatal("cannot mark a section and a group not applicable");

        const qint64 declinedThenSigned = newRecord(f, QStringLiteral("Declined, then signed"));
        if (!f.service->decline({declinedThenSigned, kRoleHolders.at(0).role, kRoleHolders.at(0).login,
                                 SecretBytes::fromText(kPassword), QStringLiteral("not tested")}))
            qFatal("cannot decline");
        tickAll(f, declinedThenSigned);
        sign(f, declinedThenSigned, kRoleHolders.at(0));

        const qint64 reopened = newRecord(f, QStringLiteral("Reopened"));
        tickAll(f, reopened);
        sign(f, reopened, kRoleHolders.at(0));
        if (!f.service->reopen(reopened, kRoleHolders.at(0).login, SecretBytes::fromText(kPassword),
                               QStringLiteral("found a bug")))
            qFatal("cannot reopen");

        newRecord(f, QStringLiteral("Untouched"));
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

    void batchReadsEachRecordAsLoadRecordDoes() {
        Fixture f = makeFixture();
        // An id without a record among them, and the batch in an order of its own.
        const qint64 missing = f.records.last() + 100;
        const QList<qint64> ids{f.records.at(2), missing, f.records.at(0), f.records.at(3), f.records.at(1)};
        RecordReadPass pass;
        const QList<ChecklistStore::LoadedRecord> batch = f.store->loadRecords(ids, pass);
        QCOMPARE(batch.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const ChecklistStore::LoadedRecord& loaded = batch.at(i);
            QCOMPARE(loaded.id, ids.at(i));
            const Result<Record> alone = f.store->loadRecord(ids.at(i));
            const Result<QList<ChecklistStore::ItemAttachment>> attachments = f.store->attachments(ids.at(i));
            QVERIFY(attachments.ok());
            QVERIFY(loaded.attachments.ok());
            QCOMPARE(attachmentsText(loaded.attachments.value()), attachmentsText(attachments.value()));
            if (ids.at(i) == missing) {
                QVERIFY(!alone.ok() && !loaded.record.ok());
                QCOMPARE(loaded.record.error(), alone.error());
                continue;
            }
            QVERIFY2(loaded.record.ok(), qPrintable(loaded.record.error()));
            QVERIFY(alone.ok());
            QCOMPARE(recordText(loaded.record.value()), recordText(alone.value()));
        }

        // What the comparison covered: each kind of content is there.
        const Record& marked = batch.at(2).record.value();
        QCOMPARE(batch.at(2).attachments->size(), 2);
        QVERIFY(recordText(marked).contains(u"na[" + kTester + u"|"));
        QVERIFY(recordText(marked).contains(u"wrong file"));
        const Record& declined = batch.at(4).record.value();
        QCOMPARE(declined.declines.size(), 1);
        QCOMPARE(declined.signatures.size(), 1);
        const Record& reopened = batch.at(0).record.value();
        QCOMPARE(reopened.signatures.size(), 1);
        QVERIFY(reopened.signatures.first().revoked);
        QCOMPARE(batch.at(3).record->signatures.size(), 0);

        // The whole database verifies intact through the batches.
        const Verifier::Report report = Verifier::verify(*f.store);
        QVERIFY2(report.intact(), qPrintable(report.findings.value(0).message));
        QCOMPARE(report.recordsChecked, 4);
        QCOMPARE(report.signaturesChecked, 3); // a signature and a refusal, a revoked one
    }

    // A record the batch cannot read is read alone, and its failure is verify's
    // "unreadable" finding for that record: never "intact".
    void recordTheBatchCannotReadIsUnreadable() {
        Fixture f = makeFixture();
        const qint64 missing = f.records.last() + 100;
        const Verifier::Report report = Verifier::verify(*f.store, missing);
        QCOMPARE(report.recordsChecked, 0);
        QVERIFY(!report.intact());
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().kind, QStringLiteral("unreadable"));
        QCOMPARE(report.findings.first().recordId, missing);
        QCOMPARE(report.findings.first().message, f.store->loadRecord(missing).error());
    }

    // The insider's edits, found the same, in the same order, however verify
    // splits the records into batches (the next batch is read while the
    // last one's signatures are checked on another core) and with the
    // chain's findings first (its hashes are checked beside the records).
    void everySplitFindsWhatOneBatchFinds() {
        Fixture f = makeFixture();
        const qint64 signedRecord = f.records.at(1);
        const qint64 reopened = f.records.at(2);
        const qint64 untouched = f.records.at(3);
        // A signed record's note, a refusal's meaning in its row and payload
        // (its Ed25519 signature no longer holds), a revoked signature's
        // bytes, and an audit row of the last record, its hash left as it was.
        const QStringList statements{
            QStringLiteral("UPDATE record_items SET notes = 'edited' WHERE id = (SELECT MIN(i.id) FROM "
                           "record_items i JOIN record_sections s ON s.id = i.section_id WHERE "
                           "s.record_id = %1 AND i.status = 'done')")
                .arg(signedRecord),
            QStringLiteral("UPDATE signatures SET meaning = 'Rejected', payload = replace(payload, "
                           "'\"Approved\"', '\"Rejected\"') WHERE record_id = %1")
                .arg(reopened),
            TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
            QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = (SELECT MAX(id) FROM "
                           "audit_log WHERE record_id = %1)")
                .arg(untouched),
        };
        for (const QString& statement : statements)
            QCOMPARE(TestSupport::rawExec(f.path, statement), QString());

        const auto listed = [](const Verifier::Report& report) {
            QStringList lines;
            for (const Verifier::Finding& finding : report.findings)
                lines << QStringLiteral("%1|%2|%3|%4|%5")
                             .arg(finding.kind)
                             .arg(finding.recordId)
                             .arg(finding.auditRowId)
                             .arg(finding.signatureId)
                             .arg(finding.message);
            return lines;
        };
        const Verifier::Report whole = Verifier::verify(*f.store);
        const QStringList expected = listed(whole);
        QVERIFY(!whole.intact());
        QCOMPARE(whole.findings.first().kind, QStringLiteral("chain"));
        QCOMPARE(whole.findings.first().recordId, untouched);
        const auto has = [&whole](const QString& kind, qint64 recordId) {
            return std::any_of(whole.findings.cbegin(), whole.findings.cend(),
                               [&](const Verifier::Finding& found) {
                                   return found.kind == kind && found.recordId == recordId;
                               });
        };
        QVERIFY2(has(QStringLiteral("content"), signedRecord), qPrintable(TestSupport::joined(whole)));
        QVERIFY2(has(QStringLiteral("signature"), reopened), qPrintable(TestSupport::joined(whole)));
        for (const qsizetype perBatch : {1, 2, 3}) {
            const Verifier::Report split = Verifier::verify(*f.store, std::nullopt, QString(), perBatch);
            QCOMPARE(listed(split), expected);
            QCOMPARE(split.recordsChecked, whole.recordsChecked);
            QCOMPARE(split.signaturesChecked, whole.signaturesChecked);
            QCOMPARE(split.auditRowsChecked, whole.auditRowsChecked);
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchRead)
#include "tst_batchread.moc"
