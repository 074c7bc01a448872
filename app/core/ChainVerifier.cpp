#include "core/ChainVerifier.h"

#include "core/AuditChain.h"
#include "core/Beside.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace {

// What the ledger tail is after `row`, given the tail before it: a format 1
// row's hash (format 1 chained the whole database); a format 2 row's stored
// ledger hash when the ledger is checked; an unknown format leaves it.
void advanceLedgerTail(QString& tail, const ChecklistStore::ChainRow& row, bool checkLedger) {
    if (row.entry.format == 1)
        tail = row.entry.hash;
    else if (row.entry.format == 2 && checkLedger)
        tail = row.ledgerHash;
}

} // namespace

void ChainVerifier::finding(const AuditEntry& entry, const QString& message) {
    m_findings.append({QStringLiteral("chain"), entry.recordId, entry.id, 0, message});
}

void ChainVerifier::checkAll(const QList<ChecklistStore::ChainRow>& rows, bool checkLedger,
                             qsizetype rowsPerThread) {
    if (rows.isEmpty())
        return;
    std::vector<Hashes> hashes(static_cast<size_t>(rows.size()));
    const qsizetype threads =
        std::clamp<qsizetype>(std::min<qsizetype>(std::thread::hardware_concurrency(),
                                                  rows.size() / std::max<qsizetype>(rowsPerThread, 1)),
                              1, 8);
    const qsizetype share = (rows.size() + threads - 1) / threads;
    // Each part starts from the ledger tail the rows before it leave.
    std::vector<QString> tails(static_cast<size_t>(threads));
    QString tail = m_ledgerTail;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i % share == 0)
            tails[size_t(i / share)] = tail;
        advanceLedgerTail(tail, rows.at(i), checkLedger);
    }
    m_ledgerTail = tail; // where the next rows' ledger starts
    const QString genesis = AuditChain::genesis();
    const auto hashPart = [&](qsizetype part) {
        QString ledgerTail = tails[size_t(part)];
        for (qsizetype i = part * share; i < std::min(rows.size(), (part + 1) * share); ++i) {
            const ChecklistStore::ChainRow& row = rows.at(i);
            hashes[size_t(i)].rowHolds = AuditChain::rowHash(row.previousHash, row.entry) == row.entry.hash;
            if (checkLedger && row.entry.format == 2)
                hashes[size_t(i)].ledgerHolds =
                    AuditChain::ledgerHash(ledgerTail.isEmpty() ? genesis : ledgerTail, row.entry) ==
                    row.ledgerHash;
            advanceLedgerTail(ledgerTail, row, checkLedger);
        }
    };
    std::vector<std::jthread> workers;
    for (qsizetype part = 1; part < threads; ++part)
        workers.push_back(startBeside([&hashPart, part] { hashPart(part); }));
    hashPart(0);
    for (std::jthread& worker : workers) {
        if (worker.joinable())
            worker.join();
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        apply(rows.at(i), checkLedger, hashes[size_t(i)]);
}

void ChainVerifier::apply(const ChecklistStore::ChainRow& row, bool checkLedger, Hashes hashes) {
    ++m_rowsChecked;
    const AuditEntry& entry = row.entry;
    const QString genesis = AuditChain::genesis();
    if (!hashes.rowHolds)
        finding(entry, tr("audit row %1 (%2 by %3, record %4): its content was edited after it was written")
                           .arg(entry.id)
                           .arg(entry.action, entry.actor)
                           .arg(entry.recordId));
    if (entry.format == 1) {
        // Nothing writes format 1 any more: one found after a format 2 row was put there by hand.
        if (m_sawFormatTwo)
            finding(entry, tr("audit row %1 is in the old format but comes after rows in the new one: it was "
                              "inserted after the database moved to per-record chains")
                               .arg(entry.id));
        const QString expected = m_formatOneTail.isEmpty() ? genesis : m_formatOneTail;
        if (row.previousHash != expected)
            finding(entry, tr("audit row %1: the chain is broken before it (a row was deleted, inserted or "
                              "reordered)")
                               .arg(entry.id));
        m_formatOneTail = entry.hash;
        m_recordTails.insert(entry.recordId, {0, entry.hash});
        return;
    }
    if (entry.format != 2) {
        finding(entry, tr("audit row %1 claims format %2, which this version does not know")
                           .arg(entry.id)
                           .arg(entry.format));
        return;
    }
    m_sawFormatTwo = true;
    const ChainHead before = m_recordTails.value(entry.recordId);
    const QString expectedPrevious = before.hash.isEmpty() ? genesis : before.hash;
    if (entry.recordSeq != before.seq + 1)
        finding(entry, tr("audit row %1: it is row %2 of record %3, but the record's row before it is row %4 "
                          "(a row of the record was deleted, inserted or reordered)")
                           .arg(entry.id)
                           .arg(entry.recordSeq)
                           .arg(entry.recordId)
                           .arg(before.seq));
    else if (row.previousHash != expectedPrevious)
        finding(entry, tr("audit row %1: the chain of record %2 is broken before it (a row was deleted, "
                          "inserted or reordered)")
                           .arg(entry.id)
                           .arg(entry.recordId));
    m_recordTails.insert(entry.recordId, {entry.recordSeq, entry.hash});
    if (!checkLedger)
        return;
    if (!hashes.ledgerHolds)
        finding(entry, tr("audit row %1: the database-wide ledger does not follow from the row before it (a "
                          "row was deleted, inserted, reordered or edited, anywhere in the database)")
                           .arg(entry.id));
}
