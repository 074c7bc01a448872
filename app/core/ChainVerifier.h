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

    // Checks one row; rows come in id order. With a single record's rows, the
    // ledger is not checked (it runs over every record's rows).
    void check(const ChecklistStore::ChainRow& row, bool checkLedger);
    int rowsChecked() const { return m_rowsChecked; }

private:
    void finding(const AuditEntry& entry, const QString& message);

    QList<Verifier::Finding>& m_findings;
    QString m_formatOneTail;
    QString m_ledgerTail;
    QHash<qint64, ChainHead> m_recordTails;
    bool m_sawFormatTwo = false;
    int m_rowsChecked = 0;
};
