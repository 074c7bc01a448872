#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

class AuditLog;
class RecordTable;
class StoreConnection;

// The signatures table: storing a signature (and moving its record to signed
// or sealed) or a refusal to sign, revoking every standing one when a record is reopened, and the
// record as a signer sees it, with its signatures.
class SignatureTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    SignatureTable(StoreConnection& connection, RecordTable& records, AuditLog& audit);

    Result<QList<SignatureEntry>> list(qint64 recordId) const;
    // Every signature and refusal of each record, oldest first, by record (one without any absent).
    Result<QHash<qint64, QList<SignatureEntry>>> listMany(const QList<qint64>& recordIds) const;
    // The whole record: its content (RecordTable) and its signatures.
    Result<Record> signedRecord(qint64 recordId, RecordReadPass* pass = nullptr) const;
    // Many records read together (ChecklistStore::loadRecords).
    QList<ChecklistStore::LoadedRecord> signedRecords(const QList<qint64>& recordIds,
                                                      RecordReadPass& pass) const;
    Result<QString> contentDigest(qint64 recordId) const;

    // Stores a signature inside a write transaction, on the record as it is
    // then: first the checks that keep the stored data whole, then the
    // caller's sign-off rules (SignOffService), which say whether it seals.
    Result<qint64> add(const SignatureEntry& signature, const ChecklistStore::SignatureRules& rules);
    // Stores a refusal to sign (SignatureEntry::declined) with its "declined"
    // audit event; the record's state stays as it is.
    Result<qint64> addDecline(const SignatureEntry& decline);
    // What a "signed" or "declined" event's new_value says of its signature
    // or refusal, for the audit reconciler.
    static QString eventText(const SignatureEntry& entry);
    // Revokes the standing signatures (refusals stay as they were).
    Status reopen(qint64 recordId, const QString& login, const QString& reason);

private:
    Status checkStillMatches(const Record& record, const SignatureEntry& entry) const;
    Result<qint64> insertRow(const SignatureEntry& entry, const Record& record);
    Status appendEvent(const SignatureEntry& entry);

    StoreConnection& m_connection;
    RecordTable& m_records;
    AuditLog& m_audit;
};
