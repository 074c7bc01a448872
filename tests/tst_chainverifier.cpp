// ChainVerifier::checkAll hashes the chain on every core; what it finds must be
// exactly what one thread over the whole chain finds, on an intact chain and
// on one an insider edited, cut and re-hashed, with the work split into many
// parts (each starting from the ledger hash stored before it).
#include "TestSupport.h"

#include "core/AuditChain.h"
#include "core/ChainVerifier.h"

#include <QTest>

namespace {

using ChainRow = ChecklistStore::ChainRow;

// Re-hashes every row from `from` on, as an insider who knows the scheme would
// after changing something: each record's chain and the ledger made whole again.
void rehashFrom(QList<ChainRow>& chain, qsizetype from) {
    QHash<qint64, ChainHead> tails;
    QString ledger = AuditChain::genesis();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        ChainRow& row = chain[i];
        AuditEntry& e = row.entry;
        if (i >= from) {
            const ChainHead before = tails.value(e.recordId);
            e.recordSeq = before.seq + 1;
            row.previousHash = before.hash.isEmpty() ? AuditChain::genesis() : before.hash;
            e.hash = AuditChain::rowHash(row.previousHash, e);
            row.ledgerHash = AuditChain::ledgerHash(ledger, e);
        }
        ledger = row.ledgerHash;
        tails.insert(e.recordId, {e.recordSeq, e.hash});
    }
}

// An intact chain as AuditLog writes it: format 2 rows of `records` records
// in turn, each chained within its record (the same hashing as an insider's
// re-hash, from the first row), the ledger over all of them.
QList<ChainRow> intactChain(int rows, int records) {
    QList<ChainRow> chain;
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        ChainRow row;
        AuditEntry& e = row.entry;
        e.id = i + 1;
        e.recordId = i % records;
        e.itemId = i % 7;
        e.action = QStringLiteral("status");
        e.field = QStringLiteral("status");
        e.oldValue = QStringLiteral("pending");
        e.newValue = QStringLiteral("done ü %1").arg(i);
        e.actor = QStringLiteral("Ada Lovelace");
        e.osAccount = QStringLiteral("ada");
        e.at = start.addSecs(i);
        e.editId = QStringLiteral("edit-%1").arg(i);
        e.format = 2;
        chain << row;
    }
    rehashFrom(chain, 0);
    return chain;
}

QStringList allAtOnce(const QList<ChainRow>& chain, bool ledger, qsizetype rowsPerThread) {
    QList<Verifier::Finding> findings;
    ChainVerifier verifier(findings);
    verifier.checkAll(chain, ledger, rowsPerThread);
    QStringList messages;
    for (const Verifier::Finding& f : findings)
        messages << f.message;
    return messages;
}

} // namespace

class TestChainVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::strictWarnings(); }

    void findsWhatOnePartFinds_data() {
        QTest::addColumn<QString>("attack");
        QTest::newRow("intact") << QString();
        QTest::newRow("a value edited") << QStringLiteral("edit");
        QTest::newRow("a value edited, the row re-hashed") << QStringLiteral("edit-rehash-row");
        QTest::newRow("a row deleted, everything after re-hashed") << QStringLiteral("delete-rehash");
        QTest::newRow("a ledger hash replaced") << QStringLiteral("ledger");
        QTest::newRow("an old-format row put in") << QStringLiteral("format-one");
    }
    void findsWhatOnePartFinds() {
        QFETCH(QString, attack);
        QList<ChainRow> chain = intactChain(1200, 9);
        if (attack == u"edit") {
            chain[300].entry.newValue = QStringLiteral("failed");
        } else if (attack == u"edit-rehash-row") {
            chain[700].entry.newValue = QStringLiteral("failed");
            chain[700].entry.hash = AuditChain::rowHash(chain[700].previousHash, chain[700].entry);
        } else if (attack == u"delete-rehash") {
            chain.removeAt(450);
            rehashFrom(chain, 450);
            // The record's own chain is whole again, the ledger too: only
            // the seq gap of the record would show, and it was renumbered.
        } else if (attack == u"ledger") {
            chain[1100].ledgerHash = AuditChain::genesis();
        } else if (attack == u"format-one") {
            chain[900].entry.format = 1;
            chain[900].entry.hash = AuditChain::rowHash(chain[900].previousHash, chain[900].entry);
        }
        for (const bool ledger : {true, false}) {
            // One part: no row's hashes start from a tail another part worked out.
            const QStringList expected = allAtOnce(chain, ledger, chain.size() + 1);
            if (attack.isEmpty())
                QCOMPARE(expected, QStringList());
            else if (attack != u"delete-rehash")
                QVERIFY2(!expected.isEmpty() || !ledger, qPrintable(attack));
            // One thread, and the work split into parts of 50 rows (as many threads as the machine has, up to
            // 8).
            QCOMPARE(allAtOnce(chain, ledger, 20000), expected);
            QCOMPARE(allAtOnce(chain, ledger, 50), expected);
            QCOMPARE(allAtOnce(chain, ledger, 1), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
