#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Replays the audit trail and compares what it says with the data as stored
// now: a hash chain proves no row of the trail was changed, but not that the
// tables still hold what the trail set (an insider who can write the file
// edits a row and leaves the trail alone, or deletes both and hashes the
// chain again). Each item's status and note are what the trail last set
// (or its template's, if never set), each record and signature has its
// event and each event its record and signature, each section's and group's
// mark not applicable is what the trail last set, each revocation its
// reopening, the record's state follows from its signatures, and each
// signer's counters, lock, roles and activity are what the trail left.
// Keys only on record_id, item_id, action, field, old_value, new_value and
// the rows' order. Its messages are Verifier's.
class AuditReconciler {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    using Findings = QList<Verifier::Finding>;

    // Reads the whole trail once, oldest row first.
    explicit AuditReconciler(const QList<ChecklistStore::ChainRow>& rows);

    // One record as stored now (with every signature, revoked ones too), its
    // content digests now, and the template it was created from.
    void reconcileRecord(const Record& record, const RecordDigests& digests, const ChecklistTemplate& tmpl,
                         Findings& findings) const;
    // The records the trail created against the ids the records table holds.
    void reconcileRecordSet(const QList<qint64>& present, Findings& findings) const;
    void reconcileSigners(const QList<Signer>& signers, Findings& findings) const;

private:
    struct RecordTrail {
        QList<qint64> createdRows;
        QString created;          // the created event's new_value
        QList<AuditEntry> events; // status, notes, signed, sealed, reopened: in order
    };
    struct SignerTrail {
        qint64 addedRow = 0;
        QStringList roles;
        bool active = true;
        int failedAttempts = 0;
        QDateTime lockedUntil;
        qint64 lastRow = 0; // the last row about this signer
    };
    void replaySigner(const AuditEntry& e);

    QHash<qint64, RecordTrail> m_records;
    QHash<QString, SignerTrail> m_signers; // by login
};
