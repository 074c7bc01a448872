#include "core/store/SignatureTable.h"

#include "core/ContentDigest.h"
#include "core/store/AttachmentTable.h"
#include "core/store/AuditLog.h"
#include "core/store/RecordTable.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

using namespace StoreValues;

SignatureTable::SignatureTable(StoreConnection& connection, RecordTable& records, AuditLog& audit)
    : m_connection(connection)
    , m_records(records)
    , m_audit(audit) {}

Result<QList<SignatureEntry>> SignatureTable::list(qint64 recordId) const {
    Result<QHash<qint64, QList<SignatureEntry>>> byRecord = listMany({recordId});
    if (!byRecord)
        return byRecord.failure();
    return byRecord->value(recordId);
}

Result<QHash<qint64, QList<SignatureEntry>>> SignatureTable::listMany(const QList<qint64>& recordIds) const {
    QHash<qint64, QList<SignatureEntry>> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(
        QStringLiteral(
            "SELECT id, record_id, role, role_position, signer_id, login, printed_name, meaning, "
            "signed_at, digest, strokes, typed, signature, revoked_at, revoked_by, revoked_reason, "
            "content, payload_format, payload, decision, reason FROM signatures WHERE record_id IN (%1) "
            "ORDER BY record_id, id")
            .arg(placeholders(recordIds.size())));
    for (qint64 id : recordIds)
        q.addBindValue(bindable(id));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(
            tr("cannot read the signatures of record %1").arg(idsText(recordIds)), q.lastError());
    while (q.next()) {
        SignatureEntry s;
        s.id = q.value(0).toLongLong();
        s.recordId = q.value(1).toLongLong();
        s.role = q.value(2).toString();
        s.rolePosition = q.value(3).toInt();
        s.signerId = q.value(4).toLongLong();
        s.login = q.value(5).toString();
        s.printedName = q.value(6).toString();
        s.meaning = q.value(7).toString();
        s.signedAt = fromDbTime(q.value(8));
        s.digest = q.value(9).toString();
        s.strokes = StrokeJson::read(q.value(10).toString().toUtf8()).value_or(SignatureStrokes{});
        s.typed = q.value(11).toInt() != 0;
        s.signature = QByteArray::fromHex(q.value(12).toString().toLatin1());
        s.revoked = !q.value(13).isNull();
        s.revokedAt = fromDbTime(q.value(13));
        s.revokedBy = q.value(14).toString();
        s.revokedReason = q.value(15).toString();
        s.signedContent = q.value(16).toString().toUtf8();
        s.payloadFormat = q.value(17).toInt();
        s.payload = q.value(18).toString().toUtf8();
        // Anything but "signed" is a refusal, so that a changed word never
        // turns a refusal into a signature (verify compares it with the payload).
        s.declined = q.value(19).toString() != u"signed";
        s.reason = q.value(20).toString();
        result[s.recordId].append(std::move(s));
    }
    return result;
}

Result<Record> SignatureTable::signedRecord(qint64 recordId, RecordReadPass* pass) const {
    Result<Record> record = m_records.load(recordId, pass);
    if (!record)
        return record;
    Result<QList<SignatureEntry>> signatureList = list(recordId);
    if (!signatureList)
        return signatureList.failure();
    Record r = std::move(record).value();
    for (const SignatureEntry& entry : signatureList.value())
        (entry.declined ? r.declines : r.signatures).append(entry);
    return r;
}

QList<ChecklistStore::LoadedRecord> SignatureTable::signedRecords(const QList<qint64>& recordIds,
                                                                  RecordReadPass& pass) const {
    QList<ChecklistStore::LoadedRecord> result;
    result.reserve(recordIds.size());
    Result<RecordTable::Loaded> loaded = m_records.loadMany(recordIds, &pass);
    Result<QHash<qint64, QList<SignatureEntry>>> signatures =
        loaded ? listMany(recordIds) : Result<QHash<qint64, QList<SignatureEntry>>>(loaded.failure());
    QHash<qint64, const Record*> byId;
    if (loaded && signatures) {
        for (const Record& r : loaded->records)
            byId.insert(r.id, &r);
    }
    for (qint64 id : recordIds) {
        const Record* read = byId.value(id);
        if (!read) {
            // Not in the batch, or the batch failed: read alone, so its failure is its own.
            Result<QHash<qint64, QList<ChecklistStore::ItemAttachment>>> attached =
                AttachmentTable::ofRecords(m_connection, {id});
            result.append({id, signedRecord(id, &pass),
                           attached ? Result<QList<ChecklistStore::ItemAttachment>>(attached->value(id))
                                    : Result<QList<ChecklistStore::ItemAttachment>>(attached.failure())});
            continue;
        }
        Record r = *read;
        for (const SignatureEntry& entry : signatures->value(id))
            (entry.declined ? r.declines : r.signatures).append(entry);
        result.append({id, std::move(r), loaded->attachments.value(id)});
    }
    return result;
}

Result<QString> SignatureTable::contentDigest(qint64 recordId) const {
    Result<Record> record = signedRecord(recordId);
    if (!record)
        return Error(record.error());
    return ContentDigest::digest(record.value(), ContentDigest::kSigningFormat);
}

// What keeps the stored data whole, whatever the sign-off rules: a sealed
// record takes no signature or refusal, a role has at most as many standing
// signatures as its template version's policy asks for, and both cover the
// content as it is stored. (Who may sign, in which order and whether this
// seals are the rules, SignOffService's.)
Status SignatureTable::checkStillMatches(const Record& record, const SignatureEntry& entry) const {
    if (record.state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(entry.recordId));
    if (record.roleComplete(entry.role))
        return Error(
            tr("the role %1 has already been signed on record %2").arg(entry.role).arg(entry.recordId));
    // The entry names the content format its digest is in (content/2 for everything made now).
    if (RecordDigests(record).forSignature(entry) != entry.digest)
        return Error(entry.declined
                         ? tr("record %1 changed while it was being declined. Review it and decline again.")
                               .arg(entry.recordId)
                         : tr("record %1 changed while it was being signed. Review it and sign again.")
                               .arg(entry.recordId));
    return {};
}

// One row of the signatures table, a signature's or a refusal's, with the
// record's content as signed, so verify can say which field changed since.
Result<qint64> SignatureTable::insertRow(const SignatureEntry& entry, const Record& record) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("INSERT INTO signatures (record_id, role, role_position, signer_id, login, "
                             "printed_name, meaning, signed_at, digest, content, strokes, typed, signature, "
                             "payload_format, payload, decision, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(entry.recordId));
    q.addBindValue(bindable(entry.role));
    q.addBindValue(bindable(entry.rolePosition));
    q.addBindValue(bindable(entry.signerId));
    q.addBindValue(bindable(entry.login));
    q.addBindValue(bindable(entry.printedName));
    q.addBindValue(bindable(entry.meaning));
    q.addBindValue(bindable(toDbTime(entry.signedAt)));
    q.addBindValue(bindable(entry.digest));
    q.addBindValue(bindable(QString::fromUtf8(ContentDigest::canonicalJson(
        record, ContentDigest::formatOf(entry).value_or(ContentDigest::kSigningFormat)))));
    q.addBindValue(bindable(QString::fromUtf8(StrokeJson::write(entry.strokes))));
    q.addBindValue(bindable(entry.typed ? 1 : 0));
    q.addBindValue(bindable(QString::fromLatin1(entry.signature.toHex())));
    q.addBindValue(bindable(entry.payloadFormat));
    q.addBindValue(bindable(QString::fromUtf8(entry.payload)));
    q.addBindValue(bindable(entry.declined ? QStringLiteral("declined") : QStringLiteral("signed")));
    q.addBindValue(bindable(entry.declined ? entry.reason : QString()));
    if (!q.exec() || !q.next())
        return Error(
            (entry.declined ? tr("cannot store the refusal: %1") : tr("cannot store the signature: %1"))
                .arg(m_connection.explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

// The "signed" or "declined" event of a signature or refusal.
Status SignatureTable::appendEvent(const SignatureEntry& entry) {
    AuditEntry e;
    e.recordId = entry.recordId;
    e.action = entry.declined ? QStringLiteral("declined") : QStringLiteral("signed");
    e.field = entry.role;
    e.newValue = eventText(entry);
    e.actor = entry.login;
    e.at = entry.signedAt;
    return m_audit.append(e);
}

Result<qint64> SignatureTable::add(const SignatureEntry& signature,
                                   const ChecklistStore::SignatureRules& rules) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    // Checked again inside the write lock: another signer or an edit may have come first.
    Result<Record> record = signedRecord(signature.recordId);
    if (!record)
        return Error(record.error());
    if (Status matches = checkStillMatches(record.value(), signature); !matches)
        return Error(matches.error());
    // The rules that depend on the other signatures, on what they are now that nobody else can write.
    const Result<bool> allowed = rules(record.value());
    if (!allowed)
        return Error(allowed.error());
    const bool sealsRecord = allowed.value();

    const Result<qint64> id = insertRow(signature, record.value());
    if (!id)
        return id;
    const RecordState newState = sealsRecord ? RecordState::Sealed : RecordState::Signed;
    if (Status moved = m_records.setState(signature.recordId, newState, tr("cannot update the record: %1"));
        !moved)
        return moved.failure();
    if (Status s = appendEvent(signature); !s)
        return Error(s.error());
    if (sealsRecord) {
        AuditEntry e;
        e.recordId = signature.recordId;
        e.action = QStringLiteral("sealed");
        e.oldValue = RecordStateText::key(record->state);
        e.newValue = RecordStateText::key(RecordState::Sealed);
        e.actor = signature.login;
        e.at = signature.signedAt;
        if (Status s = m_audit.append(e); !s)
            return Error(s.error());
    }
    if (Status s = tx.commit(); !s)
        return Error(s.error());
    return id;
}

Result<qint64> SignatureTable::addDecline(const SignatureEntry& decline) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    Result<Record> record = signedRecord(decline.recordId);
    if (!record)
        return Error(record.error());
    if (Status matches = checkStillMatches(record.value(), decline); !matches)
        return Error(matches.error());
    const Result<qint64> id = insertRow(decline, record.value());
    if (!id)
        return id;
    // The record's state does not change: it stays open for the work the refusal asks for.
    if (Status s = appendEvent(decline); !s)
        return Error(s.error());
    if (Status s = tx.commit(); !s)
        return Error(s.error());
    return id;
}

QString SignatureTable::eventText(const SignatureEntry& entry) {
    return QStringLiteral("%1 (%2) | %3 | digest %4")
        .arg(entry.printedName, entry.login, entry.declined ? entry.reason : entry.meaning, entry.digest);
}

Status SignatureTable::reopen(qint64 recordId, const QString& login, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error(tr("reopening a record needs a reason"));
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    Result<RecordSummary> summary = m_records.summary(recordId);
    if (!summary)
        return Error(summary.error());
    if (summary->state == RecordState::InProgress)
        return Error(tr("record %1 has no signatures to revoke; it is already open").arg(recordId));
    const QDateTime at = m_connection.now();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signatures SET revoked_at = ?, revoked_by = ?, revoked_reason = ? "
                             "WHERE record_id = ? AND revoked_at IS NULL AND decision = 'signed'"));
    q.addBindValue(bindable(toDbTime(at)));
    q.addBindValue(bindable(login));
    q.addBindValue(bindable(reason.trimmed()));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return Error(tr("cannot revoke the signatures: %1").arg(m_connection.explain(q.lastError())));
    const int revoked = q.numRowsAffected();
    if (Status moved =
            m_records.setState(recordId, RecordState::InProgress, tr("cannot reopen the record: %1"));
        !moved)
        return moved;
    AuditEntry e;
    e.recordId = recordId;
    e.action = QStringLiteral("reopened");
    e.oldValue = RecordStateText::key(summary->state);
    e.newValue = QStringLiteral("%1 signature(s) revoked: %2").arg(revoked).arg(reason.trimmed());
    e.actor = login;
    e.at = at;
    if (Status s = m_audit.append(e); !s)
        return s;
    return tx.commit();
}
