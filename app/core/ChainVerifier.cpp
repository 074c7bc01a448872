#include "core/ChainVerifier.h"

#include "core/AuditChain.h"

void ChainVerifier::finding(const AuditEntry& entry, const QString& message) {
    m_findings.append({QStringLiteral("chain"), entry.recordId, entry.id, 0, message});
}

void ChainVerifier::check(const ChecklistStore::ChainRow& row, bool checkLedger) {
    ++m_rowsChecked;
    const AuditEntry& entry = row.entry;
    const QString genesis = AuditChain::genesis();
    if (AuditChain::rowHash(row.previousHash, entry) != entry.hash)
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
        m_ledgerTail = entry.hash;
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
    const QString ledgerBefore = m_ledgerTail.isEmpty() ? genesis : m_ledgerTail;
    if (AuditChain::ledgerHash(ledgerBefore, entry) != row.ledgerHash)
        finding(entry, tr("audit row %1: the database-wide ledger does not follow from the row before it (a "
                          "row was deleted, inserted, reordered or edited, anywhere in the database)")
                           .arg(entry.id));
    m_ledgerTail = row.ledgerHash;
}
