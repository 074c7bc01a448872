#include "core/store/SignatureTable.h"

#include "core/ContentDigest.h"
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
    QList<SignatureEntry> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT id, record_id, role, role_position, signer_id, login, printed_name, meaning, "
        "signed_at, digest, strokes, typed, signature, revoked_at, revoked_by, revoked_reason, "
        "content, payload_format, payload, decision, reason FROM signatures WHERE record_id = ? "
        "ORDER BY id"));
    q.addBindValue(bindable(recordId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the signatures of record %1").arg(recordId),
                                         q.lastError());
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
        result.append(s);
    }
    return result;
}

Result<Record> SignatureTable::signedRecord(qint64 recordId) const {
    Result<Record> record = m_records.load(recordId);
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

Result<QString> SignatureTable::contentDigest(qint64 recordId) const {
    Result<Record> record = signedRecord(recordId);
    if (!record)
        return Error(record.error());
    return ContentDigest::digest(record.value());
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
    // What keeps the stored data whole, whatever the sign-off rules: a sealed
    // record takes no signature, a role has at most one standing signature,
    // and a signature covers the content as it is stored. (Who may sign, in
    // which order and whether this seals are the rules, SignOffService's.)
    if (record->state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(signature.recordId));
    if (record->activeSignature(signature.role))
        return Error(tr("the role %1 has already been signed on record %2")
                         .arg(signature.role)
                         .arg(signature.recordId));
    if (ContentDigest::digest(record.value()) != signature.digest)
        return Error(tr("record %1 changed while it was being signed. Review it and sign again.")
                         .arg(signature.recordId));
    // The rules that depend on the other signatures, on what they are now that nobody else can write.
    const Result<bool> allowed = rules(record.value());
    if (!allowed)
        return Error(allowed.error());
    const bool sealsRecord = allowed.value();

    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("INSERT INTO signatures (record_id, role, role_position, signer_id, login, "
                             "printed_name, meaning, signed_at, digest, content, strokes, typed, signature, "
                             "payload_format, payload) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(signature.recordId));
    q.addBindValue(bindable(signature.role));
    q.addBindValue(bindable(signature.rolePosition));
    q.addBindValue(bindable(signature.signerId));
    q.addBindValue(bindable(signature.login));
    q.addBindValue(bindable(signature.printedName));
    q.addBindValue(bindable(signature.meaning));
    q.addBindValue(bindable(toDbTime(signature.signedAt)));
    q.addBindValue(bindable(signature.digest));
    // The signed content itself, so verify can say which field changed since.
    q.addBindValue(bindable(QString::fromUtf8(ContentDigest::canonicalJson(record.value()))));
    q.addBindValue(bindable(QString::fromUtf8(StrokeJson::write(signature.strokes))));
    q.addBindValue(bindable(signature.typed ? 1 : 0));
    q.addBindValue(bindable(QString::fromLatin1(signature.signature.toHex())));
    q.addBindValue(bindable(signature.payloadFormat));
    q.addBindValue(bindable(QString::fromUtf8(signature.payload)));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the signature: %1").arg(m_connection.explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    const RecordState newState = sealsRecord ? RecordState::Sealed : RecordState::Signed;
    if (Status moved = m_records.setState(signature.recordId, newState, tr("cannot update the record: %1"));
        !moved)
        return moved.failure();

    AuditEntry e;
    e.recordId = signature.recordId;
    e.action = QStringLiteral("signed");
    e.field = signature.role;
    e.newValue = QStringLiteral("%1 (%2) | %3 | digest %4")
                     .arg(signature.printedName, signature.login, signature.meaning, signature.digest);
    e.actor = signature.login;
    e.at = signature.signedAt;
    if (Status s = m_audit.append(e); !s)
        return Error(s.error());
    if (sealsRecord) {
        e.action = QStringLiteral("sealed");
        e.field.clear();
        e.oldValue = RecordStateText::key(record->state);
        e.newValue = RecordStateText::key(RecordState::Sealed);
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
    // The same guards as a signature's: a refusal is of the record as stored.
    if (record->state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(decline.recordId));
    if (record->activeSignature(decline.role))
        return Error(
            tr("the role %1 has already been signed on record %2").arg(decline.role).arg(decline.recordId));
    if (ContentDigest::digest(record.value()) != decline.digest)
        return Error(tr("record %1 changed while it was being declined. Review it and decline again.")
                         .arg(decline.recordId));

    QSqlQuery q(m_connection.db());
    q.prepare(
        QStringLiteral("INSERT INTO signatures (record_id, role, role_position, signer_id, login, "
                       "printed_name, meaning, signed_at, digest, content, strokes, typed, signature, "
                       "payload_format, payload, decision, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'declined', ?) RETURNING id"));
    q.addBindValue(bindable(decline.recordId));
    q.addBindValue(bindable(decline.role));
    q.addBindValue(bindable(decline.rolePosition));
    q.addBindValue(bindable(decline.signerId));
    q.addBindValue(bindable(decline.login));
    q.addBindValue(bindable(decline.printedName));
    q.addBindValue(bindable(decline.meaning));
    q.addBindValue(bindable(toDbTime(decline.signedAt)));
    q.addBindValue(bindable(decline.digest));
    q.addBindValue(bindable(QString::fromUtf8(ContentDigest::canonicalJson(record.value()))));
    q.addBindValue(bindable(QString::fromUtf8(StrokeJson::write(decline.strokes))));
    q.addBindValue(bindable(0));
    q.addBindValue(bindable(QString::fromLatin1(decline.signature.toHex())));
    q.addBindValue(bindable(decline.payloadFormat));
    q.addBindValue(bindable(QString::fromUtf8(decline.payload)));
    q.addBindValue(bindable(decline.reason));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the refusal: %1").arg(m_connection.explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    // The record's state does not change: it stays open for the work the refusal asks for.
    AuditEntry e;
    e.recordId = decline.recordId;
    e.action = QStringLiteral("declined");
    e.field = decline.role;
    e.newValue = declinedEventText(decline);
    e.actor = decline.login;
    e.at = decline.signedAt;
    if (Status s = m_audit.append(e); !s)
        return Error(s.error());
    if (Status s = tx.commit(); !s)
        return Error(s.error());
    return id;
}

QString SignatureTable::declinedEventText(const SignatureEntry& decline) {
    return QStringLiteral("%1 (%2) | %3 | digest %4")
        .arg(decline.printedName, decline.login, decline.reason, decline.digest);
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
