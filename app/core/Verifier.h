#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class ChecklistStore;

// Checks that nothing was changed behind the application's back: the audit
// chain is unbroken, every signature's Ed25519 signature holds for its
// signer's registered key, and every standing signature's digest equals the
// record's content digest now; and the data is what the audit trail, replayed,
// says it is (AuditReconciler). Each finding says exactly what failed.
class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Finding {
        // chain | signature | signer | content | registry | root | reconcile (the data is not what the audit
        // trail says) | unreadable (a table verify could not read) | attachment (an evidence file's bytes
        // are not the ones attached)
        QString kind;
        qint64 recordId = 0;
        qint64 auditRowId = 0;
        qint64 signatureId = 0;
        QString message;
    };
    struct Report {
        QList<Finding> findings;
        int auditRowsChecked = 0;
        // Of those, the rows of the record verify RECORD was asked about (its trail);
        // the rest are the database's own (signers, registry, witness).
        int recordRowsChecked = 0;
        // Of those, the database's own rows (record 0: signers, registry, witness); the rest
        // (auditRowsChecked - recordRowsChecked - databaseRowsChecked) are other records' rows, checked
        // only when the database still has rows of the old database-wide chain.
        int databaseRowsChecked = 0;
        int signaturesChecked = 0;
        int recordsChecked = 0;
        // The signer registry's root fingerprint ("" when the database has no registry yet).
        QString rootFingerprint;
        bool intact() const { return findings.isEmpty(); }
    };

    // With a record id, checks that record's signatures (the chain is always checked whole).
    // With expectedRoot (a fingerprint), a registry with another root is a finding of kind "root".
    // recordsPerBatch: records read in one statement per table (tests make it small to check that
    // every split finds the same).
    static Report verify(const ChecklistStore& store, std::optional<qint64> recordId = std::nullopt,
                         const QString& expectedRoot = QString(), qsizetype recordsPerBatch = 500);
};
