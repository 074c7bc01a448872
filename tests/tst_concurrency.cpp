// Several processes on one database at once (tests/drivers/concurrent_editor),
// on SQLite and, as tst_concurrency_pg, on PostgreSQL: nothing acknowledged is
// lost, every edit is audited exactly once, the audit chain stays one line, a
// stale edit is refused rather than silently overwriting, signing rules hold
// under the write lock, and a store hears about other writers within a second
// but never about its own writes.
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/AuditChain.h"
#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// Two signers' passwords that PasswordQuality accepts, each their own.
const QString kQaPassword = QStringLiteral("qa-Harbor-71-quill");
const QString kPoPassword = QStringLiteral("po-Meadow-38-flint");

ChecklistItem item(const QString& text, ItemStatus status = ItemStatus::Pending) {
    ChecklistItem i;
    i.text = text;
    i.status = status;
    return i;
}

// A checklist of many items, all done by default, and a sign-off table.
ChecklistTemplate teamTemplate(bool anyOrder) {
    ChecklistTemplate t;
    t.title = anyOrder ? QStringLiteral("Team Any Order") : QStringLiteral("Team In Order");
    ChecklistSection checks;
    checks.title = QStringLiteral("Checks");
    checks.kind = SectionKind::Checklist;
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    for (int i = 0; i < 24; ++i)
        checks.items.append(item(QStringLiteral("Check %1").arg(i), ItemStatus::Done));
    ChecklistSection signoff;
    signoff.title = QStringLiteral("Sign-off");
    signoff.kind = SectionKind::SignOff;
    if (anyOrder)
        signoff.description = QStringLiteral("Roles may sign in any order.");
    signoff.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                       QStringLiteral("Date")};
    signoff.items = {item(QStringLiteral("QA Lead")), item(QStringLiteral("Product Owner"))};
    t.sections = {checks, signoff};
    return t;
}

QList<qint64> checklistItems(const Record& record) {
    QList<qint64> ids;
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& i : section.items) {
            if (!i.isGroupHeader)
                ids.append(i.id);
        }
    }
    return ids;
}

// One driver process, spoken to a line at a time.
class Driver {
public:
    explicit Driver(const QStringList& arguments) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(COUNTERSIGN_CONCURRENT_EDITOR), arguments);
    }
    ~Driver() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // The next whole line it prints, or an empty one after 60 s of silence.
    QByteArray nextLine() {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return {};
        }
        return m_process.readLine().trimmed();
    }
    // Sent at once: QProcess would otherwise hold it until this process next waits on that driver.
    void go() {
        m_process.write("go\n");
        m_process.waitForBytesWritten(5000);
    }
    // Waits for the end; the rest of its output, one line each.
    QList<QByteArray> finish() {
        m_process.closeWriteChannel();
        m_process.waitForFinished(120000);
        QList<QByteArray> lines;
        for (const QByteArray& line : m_process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines;
    }
    bool succeeded() const {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshDatabase() {
        return TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter));
    }

    // A new database holding one record of the team template; returns its id.
    qint64 makeRecord(const QString& location, bool anyOrder = true) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (!store.open(location).ok())
            return 0;
        const Result<qint64> templateId = store.addTemplate(teamTemplate(anyOrder));
        if (!templateId)
            return 0;
        return store
            .createRecord(*templateId, {QStringLiteral("Together"), QStringLiteral("2.0"), {}},
                          QStringLiteral("lead"))
            .value_or(0);
    }

    // Every row names its record's row before it, none twice: one line per
    // record, no fork; and the ledger runs through every row in order.
    static void verifyOneChain(const ChecklistStore& store) {
        const QList<ChecklistStore::ChainRow> chain = store.auditChain().value();
        QVERIFY(!chain.isEmpty());
        QSet<QString> predecessors;
        QHash<qint64, ChainHead> tails;
        QString ledger = AuditChain::genesis();
        for (const ChecklistStore::ChainRow& row : chain) {
            const ChainHead before = tails.value(row.entry.recordId);
            QCOMPARE(row.entry.recordSeq, before.seq + 1);
            QCOMPARE(row.previousHash, before.hash.isEmpty() ? AuditChain::genesis() : before.hash);
            QVERIFY2(!predecessors.contains(row.previousHash) || row.previousHash == AuditChain::genesis(),
                     "two audit rows follow the same row");
            predecessors.insert(row.previousHash);
            tails.insert(row.entry.recordId, {row.entry.recordSeq, row.entry.hash});
            QCOMPARE(row.ledgerHash, AuditChain::ledgerHash(ledger, row.entry));
            ledger = row.ledgerHash;
        }
        const Verifier::Report report = Verifier::verify(store);
        QVERIFY2(report.intact(),
                 qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().message));
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void manyProcessesEditingAtOnceLoseNothing() {
        const QString location = freshDatabase();
        const qint64 recordId = makeRecord(location);
        QVERIFY(recordId > 0);
        qint64 shared = 0;
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(location).ok());
            shared = checklistItems(*store.loadRecord(recordId)).first();
        }
        constexpr int kWorkers = 4;
        constexpr int kEdits = 40;
        std::vector<std::unique_ptr<Driver>> drivers;
        for (int w = 0; w < kWorkers; ++w) {
            drivers.push_back(std::make_unique<Driver>(
                QStringList{QStringLiteral("edit"), location, QString::number(recordId), QString::number(w),
                            QString::number(kWorkers), QString::number(kEdits), QString::number(shared)}));
        }
        for (auto& d : drivers)
            QCOMPARE(d->nextLine(), QByteArray("ready"));
        for (auto& d : drivers)
            d->go(); // all at once

        QHash<QString, qint64> ackedNotes; // note -> item
        QHash<qint64, int> editsPerItem;   // acknowledged edits of each worker's own items
        QHash<qint64, int> newestRevision;
        QStringList sharedWins;
        int refusals = 0;
        for (auto& d : drivers) {
            const QList<QByteArray> lines = d->finish();
            QVERIFY2(d->succeeded(), qPrintable(d->errors()));
            for (const QByteArray& line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.first() == "acked") {
                    const qint64 itemId = words.at(1).toLongLong();
                    ackedNotes.insert(QString::fromLatin1(words.at(3)), itemId);
                    ++editsPerItem[itemId];
                    newestRevision[itemId] = qMax(newestRevision.value(itemId), words.at(2).toInt());
                } else if (words.first() == "won") {
                    sharedWins.append(QString::fromLatin1(words.at(3)));
                    ackedNotes.insert(QString::fromLatin1(words.at(3)), shared);
                } else {
                    QCOMPARE(words.first(), QByteArray("refused"));
                    QVERIFY2(line.contains("was changed by worker"), line.constData());
                    ++refusals;
                }
            }
        }
        QCOMPARE(int(editsPerItem.size()) > 0, true);
        int acknowledged = 0;
        for (int n : std::as_const(editsPerItem))
            acknowledged += n;
        QCOMPARE(acknowledged, kWorkers * kEdits);
        QCOMPARE(int(sharedWins.size()) + refusals, kWorkers * (kEdits / 4));

        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(location, ChecklistStore::OpenMode::ExistingOnly).ok());
        // Every acknowledged edit is audited exactly once.
        QHash<QString, int> audited;
        const Result<QList<AuditEntry>> trail = store.auditTrail(recordId);
        QVERIFY2(trail.ok(), qPrintable(trail.error()));
        for (const AuditEntry& e : trail.value()) {
            if (e.action == u"notes")
                ++audited[e.newValue];
        }
        for (auto it = ackedNotes.constBegin(); it != ackedNotes.constEnd(); ++it)
            QVERIFY2(
                audited.value(it.key()) == 1,
                qPrintable(QStringLiteral("%1 audited %2 times").arg(it.key()).arg(audited.value(it.key()))));
        QCOMPARE(int(audited.size()), int(ackedNotes.size()));
        // Every edit is there: each item's revision counts exactly its acknowledged edits.
        for (auto it = editsPerItem.constBegin(); it != editsPerItem.constEnd(); ++it) {
            const ChecklistItem stored = *store.loadItem(it.key());
            QCOMPARE(stored.revision, it.value());
            QCOMPARE(stored.revision, newestRevision.value(it.key()));
        }
        // No lost update on the contended item: each win is one revision.
        QCOMPARE(store.loadItem(shared)->revision, int(sharedWins.size()));
        verifyOneChain(store);
    }

    void sameItemAtOnceOneWinsTheOtherIsRefused() {
        const QString location = freshDatabase();
        const qint64 recordId = makeRecord(location);
        QVERIFY(recordId > 0);
        qint64 itemId = 0;
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(location).ok());
            itemId = checklistItems(*store.loadRecord(recordId)).at(3);
        }
        constexpr int kRounds = 8;
        Driver anna({QStringLiteral("duel"), location, QString::number(itemId), QString::number(kRounds),
                     QStringLiteral("anna")});
        Driver bert({QStringLiteral("duel"), location, QString::number(itemId), QString::number(kRounds),
                     QStringLiteral("bert")});
        for (int round = 0; round < kRounds; ++round) {
            // Both have read the same revision before either writes.
            const QByteArray annaRead = anna.nextLine();
            QCOMPARE(bert.nextLine(), annaRead);
            QCOMPARE(annaRead, QByteArray("read ") + QByteArray::number(round));
            anna.go();
            bert.go();
            const QByteArray annaResult = anna.nextLine();
            const QByteArray bertResult = bert.nextLine();
            const QByteArray won = "won " + QByteArray::number(round + 1);
            QVERIFY2((annaResult == won) != (bertResult == won),
                     qPrintable(QStringLiteral("round %1: %2 / %3")
                                    .arg(round)
                                    .arg(QString::fromUtf8(annaResult), QString::fromUtf8(bertResult))));
            const QByteArray refusal = annaResult == won ? bertResult : annaResult;
            const QByteArray winner = annaResult == won ? "anna" : "bert";
            QVERIFY2(refusal.startsWith("refused ") &&
                         refusal.contains(QByteArray("was changed by " + winner + " at ")),
                     refusal.constData());
        }
        anna.finish();
        bert.finish();
        QVERIFY2(anna.succeeded(), qPrintable(anna.errors()));
        QVERIFY2(bert.succeeded(), qPrintable(bert.errors()));
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(location, ChecklistStore::OpenMode::ExistingOnly).ok());
        QCOMPARE(store.loadItem(itemId)->revision, kRounds);
        int notesAudited = 0;
        const Result<QList<AuditEntry>> trail = store.auditTrail(recordId);
        QVERIFY2(trail.ok(), qPrintable(trail.error()));
        for (const AuditEntry& e : trail.value())
            notesAudited += e.itemId == itemId && e.action == u"notes" ? 1 : 0;
        QCOMPARE(notesAudited, kRounds);
        verifyOneChain(store);
    }

    void changedElsewhereFiresForOthersOnly() {
        const QString location = freshDatabase();
        const qint64 recordId = makeRecord(location);
        QVERIFY(recordId > 0);
        ChecklistStore mine;
        mine.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(mine.open(location, ChecklistStore::OpenMode::ExistingOnly).ok());
        ChecklistStore theirs;
        theirs.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(theirs.open(location, ChecklistStore::OpenMode::ExistingOnly).ok());
        const QList<qint64> items = checklistItems(*mine.loadRecord(recordId));
        QSignalSpy elsewhere(&mine, &ChecklistStore::changedElsewhere);
        QSignalSpy theirsElsewhere(&theirs, &ChecklistStore::changedElsewhere);

        // Nothing happens: nothing is reported.
        QTest::qWait(700);
        QCOMPARE(elsewhere.size(), 0);

        // Another connection writes: heard within a second.
        QVERIFY(
            theirs
                .updateItem(items.at(0), {ItemStatus::Pending, QStringLiteral("theirs")}, QStringLiteral("t"))
                .ok());
        QVERIFY(elsewhere.wait(1000));
        QTest::qWait(50);
        QCOMPARE(theirsElsewhere.size(), 0); // not for its own write
        theirsElsewhere.clear();

        // Another process writes: heard too.
        elsewhere.clear();
        Driver other({QStringLiteral("duel"), location, QString::number(items.at(1)), QStringLiteral("1"),
                      QStringLiteral("other")});
        QVERIFY(other.nextLine().startsWith("read"));
        other.go();
        QVERIFY(other.nextLine().startsWith("won"));
        other.finish();
        QVERIFY(elsewhere.wait(1000));

        // Its own writes never count.
        QTest::qWait(700); // let every report of the others' writes arrive first
        elsewhere.clear();
        theirsElsewhere.clear();
        QVERIFY(
            mine.updateItem(items.at(2), {ItemStatus::Pending, QStringLiteral("mine")}, QStringLiteral("m"))
                .ok());
        QVERIFY(
            mine.recordEvent(recordId, QStringLiteral("note"), QStringLiteral("mine"), QStringLiteral("m"))
                .ok());
        QVERIFY(theirsElsewhere.wait(1000)); // the other store did hear it
        QTest::qWait(1000);
        QCOMPARE(elsewhere.size(), 0);
    }

    void rolesSigningAtOnceKeepTheRules() {
        // Two roles sign the same records at the same moment, in separate
        // processes. In any order, the second signature must see the first
        // (inside the write lock) and seal the record; in order, the later
        // role is either refused or signs after the first.
        const QString location = freshDatabase();
        QList<qint64> anyOrder;
        QList<qint64> inOrder;
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(location).ok());
            const qint64 free = *store.addTemplate(teamTemplate(true));
            const qint64 strict = *store.addTemplate(teamTemplate(false));
            for (int i = 0; i < 3; ++i) {
                anyOrder << *store.createRecord(free, {QStringLiteral("Any %1").arg(i), {}, {}},
                                                QStringLiteral("lead"));
                inOrder << *store.createRecord(strict, {QStringLiteral("In %1").arg(i), {}, {}},
                                               QStringLiteral("lead"));
            }
            SignOffService service(store);
            QVERIFY(
                TestAdministrator::registerSigner(service, store, QStringLiteral("qa"),
                                                  QStringLiteral("Quinn Anders"), {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kQaPassword), QStringLiteral("admin"))
                    .ok());
            QVERIFY(TestAdministrator::registerSigner(
                        service, store, QStringLiteral("po"), QStringLiteral("Paula Owens"),
                        {QStringLiteral("Product Owner")}, SecretBytes::fromText(kPoPassword),
                        QStringLiteral("admin"))
                        .ok());
        }
        QStringList records;
        for (qint64 id : anyOrder + inOrder)
            records << QString::number(id);
        Driver qa(QStringList{QStringLiteral("sign"), location, QStringLiteral("QA Lead"),
                              QStringLiteral("qa"), kQaPassword} +
                  records);
        Driver po(QStringList{QStringLiteral("sign"), location, QStringLiteral("Product Owner"),
                              QStringLiteral("po"), kPoPassword} +
                  records);
        QHash<qint64, QByteArray> qaResult;
        QHash<qint64, QByteArray> poResult;
        for (const QString& record : std::as_const(records)) {
            QCOMPARE(qa.nextLine(), QByteArray("ready " + record.toLatin1()));
            QCOMPARE(po.nextLine(), QByteArray("ready " + record.toLatin1()));
            qa.go();
            po.go();
            qaResult.insert(record.toLongLong(), qa.nextLine());
            poResult.insert(record.toLongLong(), po.nextLine());
        }
        qa.finish();
        po.finish();
        QVERIFY2(qa.succeeded(), qPrintable(qa.errors()));
        QVERIFY2(po.succeeded(), qPrintable(po.errors()));

        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(location, ChecklistStore::OpenMode::ExistingOnly).ok());
        for (qint64 id : std::as_const(anyOrder)) {
            QVERIFY2(qaResult.value(id).startsWith("signed"), qaResult.value(id).constData());
            QVERIFY2(poResult.value(id).startsWith("signed"), poResult.value(id).constData());
            // Whichever signed second saw the first and sealed the record.
            QCOMPARE(store.loadRecord(id)->state, RecordState::Sealed);
        }
        for (qint64 id : std::as_const(inOrder)) {
            QVERIFY2(qaResult.value(id).startsWith("signed"), qaResult.value(id).constData());
            const QList<SignatureEntry> signatures = store.signatures(id).value();
            if (poResult.value(id).startsWith("signed")) {
                QCOMPARE(signatures.size(), 2);
                QCOMPARE(signatures.at(0).role, QStringLiteral("QA Lead"));
                QCOMPARE(store.loadRecord(id)->state, RecordState::Sealed);
            } else {
                QVERIFY2(poResult.value(id).contains("signs after QA Lead"), poResult.value(id).constData());
                QCOMPARE(signatures.size(), 1);
                QCOMPARE(store.loadRecord(id)->state, RecordState::Signed);
            }
        }
        verifyOneChain(store);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
