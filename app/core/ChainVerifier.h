#pragma once

#include "core/ChecklistStore.h"
#include "core/Verifier.h"

#include <QHash>

// Re-hashes the audit trail, both generations of it (docs/CANONICAL-JSON.md):
// format 1 rows as one chain across the database, format 2 rows as one chain
// per record, and the database-wide ledger over every row. A break is
// reported once, where it is: each row is checked against the stored row
// before it, not against a recomputed one.
class ChainVerifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    explicit ChainVerifier(QList<Verifier::Finding>& findings)
        : m_findings(findings) {}

    // Checks every row, in id order. With a single record's rows, the ledger
    // is not checked (it runs over every record's rows). The hashes (two
    // SHA-256 a row, the most of a whole verify's chain check) are taken on
    // every core: each row's hashes follow from stored values only (its own,
    // and the ledger hash stored in the row before it); the rows are then
    // judged in order.
    // rowsPerThread: below it one thread does the work (a record's rows).
    void checkAll(const QList<ChecklistStore::ChainRow>& rows, bool checkLedger,
                  qsizetype rowsPerThread = 20000);
    int rowsChecked() const { return m_rowsChecked; }

private:
    struct Hashes {
        bool rowHolds = false;
        bool ledgerHolds = false;
    };
    void apply(const ChecklistStore::ChainRow& row, bool checkLedger, Hashes hashes);
    void finding(const AuditEntry& entry, const QString& message);

    QList<Verifier::Finding>& m_findings;
    QString m_formatOneTail;
    QString m_ledgerTail; // the stored ledger value after the rows checked so far
    QHash<qint64, ChainHead> m_recordTails;
    bool m_sawFormatTwo = false;
    int m_rowsChecked = 0;
};
