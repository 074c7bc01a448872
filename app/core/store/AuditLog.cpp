#include "core/store/AuditLog.h"

#include "core/AuditChain.h"
#include "core/HotStatement.h"
#include "core/UtcTime.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QHash>
#include <QSqlQuery>

#include <limits>

using namespace StoreValues;

AuditLog::AuditLog(StoreConnection& connection)
    : m_connection(connection) {}

namespace {

// A format 1 row's ledger value is its own hash: format 1 chained the whole database already.
const QString kLedgerValue = QStringLiteral("CASE WHEN format >= 2 THEN ledger_hash ELSE hash END");

} // namespace

QString AuditLog::tailColumns(const QString& recordIdColumn) {
    return QStringLiteral("(SELECT record_seq FROM audit_log WHERE record_id = %1 ORDER BY id DESC LIMIT 1), "
                          "(SELECT hash FROM audit_log WHERE record_id = %1 ORDER BY id DESC LIMIT 1), "
                          "(SELECT %2 FROM audit_log ORDER BY id DESC LIMIT 1)")
        .arg(recordIdColumn, kLedgerValue);
}

AuditLog::Tail AuditLog::tailFromColumns(const HotStatement& row, int first) {
    Tail tail;
    tail.record.seq = row.isNull(first) ? 0 : row.integer(first);
    tail.record.hash = row.isNull(first + 1) ? QString() : row.text(first + 1);
    tail.ledger = row.isNull(first + 2) ? QString() : row.text(first + 2);
    return tail;
}

Result<AuditLog::Tail> AuditLog::tail(qint64 recordId) const {
    HotStatement& q =
        m_connection.prepared(StoreConnection::Statement::AuditTail,
                              QStringLiteral("SELECT %1").arg(tailColumns(QStringLiteral("?"))));
    q.bind(0, recordId);
    q.bind(1, recordId);
    if (!q.exec() || !q.next())
        return Error(tr("cannot read the audit trail: %1").arg(m_connection.explain(q.lastError())));
    Tail result = tailFromColumns(q, 0);
    q.finish();
    return result;
}

Status AuditLog::append(const AuditEntry& entry) {
    // Callers hold a write transaction, so the tail read here is still the tail at insert.
    Result<Tail> current = tail(entry.recordId);
    if (!current)
        return current.failure();
    Tail tail = std::move(current).value();
    return appendAfter(tail, entry);
}

Status AuditLog::appendAfter(Tail& tail, const AuditEntry& entry) {
    // Hash exactly what is stored: the time as its stored text reads back.
    const QString atText = toDbTime(entry.at);
    AuditEntry stored = entry;
    stored.at = UtcTime::parse(atText);
    stored.format = 2;
    stored.recordSeq = tail.record.seq + 1;
    stored.osAccount = AuditChain::osAccount();
    const QString previousHash = tail.record.hash.isEmpty() ? AuditChain::genesis() : tail.record.hash;
    stored.hash = AuditChain::rowHash(previousHash, stored);
    const QString ledger =
        AuditChain::ledgerHash(tail.ledger.isEmpty() ? AuditChain::genesis() : tail.ledger, stored);
    HotStatement& q = m_connection.prepared(
        StoreConnection::Statement::InsertAudit,
        QStringLiteral("INSERT INTO audit_log (record_id, item_id, action, field, old_value, "
                       "new_value, actor, at, prev_hash, hash, format, record_seq, os_account, edit_id, "
                       "ledger_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?)"));
    q.bind(0, stored.recordId);
    q.bind(1, stored.itemId);
    q.bind(2, stored.action);
    q.bind(3, stored.field);
    q.bind(4, stored.oldValue);
    q.bind(5, stored.newValue);
    q.bind(6, stored.actor);
    q.bind(7, atText);
    q.bind(8, previousHash);
    q.bind(9, stored.hash);
    q.bind(10, stored.recordSeq);
    q.bind(11, stored.osAccount);
    q.bind(12, stored.editId);
    q.bind(13, ledger);
    if (!q.exec())
        return Error(tr("cannot write the audit trail: %1").arg(m_connection.explain(q.lastError())));
    tail.record = {stored.recordSeq, stored.hash};
    tail.ledger = ledger;
    return {};
}

Result<ChainHead> AuditLog::recordHead(qint64 recordId) const {
    QSqlQuery q(m_connection.db());
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT record_seq, hash FROM audit_log WHERE record_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(bindable(recordId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail of record %1").arg(recordId),
                                         q.lastError());
    if (!q.next())
        return ChainHead{};
    return ChainHead{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<LedgerHead> AuditLog::ledgerHead() const {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(kLedgerValue)))
        return m_connection.queryFailure(tr("cannot read the audit trail"), q.lastError());
    if (!q.next())
        return LedgerHead{};
    return LedgerHead{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<std::optional<ChecklistStore::PinnedRow>> AuditLog::recordRowAt(qint64 recordId, qint64 seq) const {
    QSqlQuery q(m_connection.db());
    const bool prepared = q.prepare(
        seq > 0 ? QStringLiteral("SELECT id, hash, at FROM audit_log WHERE record_id = ? AND format >= 2 "
                                 "AND record_seq = ? ORDER BY id")
                : QStringLiteral("SELECT id, hash, at FROM audit_log WHERE record_id = ? AND format = 1 "
                                 "AND record_seq = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(bindable(recordId));
    q.addBindValue(bindable(seq));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail of record %1").arg(recordId),
                                         q.lastError());
    if (!q.next())
        return std::optional<ChecklistStore::PinnedRow>();
    return std::optional<ChecklistStore::PinnedRow>(
        ChecklistStore::PinnedRow{q.value(0).toLongLong(), q.value(1).toString(), fromDbTime(q.value(2))});
}

Result<std::optional<QString>> AuditLog::ledgerValueAt(qint64 auditRowId) const {
    QSqlQuery q(m_connection.db());
    const bool prepared =
        q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(kLedgerValue));
    q.addBindValue(bindable(auditRowId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail"), q.lastError());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

QString AuditLog::editAppliedCondition() {
    // "<> ''" lets the server use the partial index audit_log_edit_once.
    return QStringLiteral("edit_id = ? AND edit_id <> ''");
}

Result<std::optional<qint64>> AuditLog::recordOfEdit(const QString& editId) const {
    if (editId.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_connection.db());
    const bool prepared = q.prepare(
        QStringLiteral("SELECT record_id FROM audit_log WHERE %1 LIMIT 1").arg(editAppliedCondition()));
    q.addBindValue(bindable(editId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail"), q.lastError());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status AuditLog::recordEvent(qint64 recordId, const QString& action, const QString& detail,
                             const QString& actor) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    AuditEntry e;
    e.recordId = recordId;
    e.action = action;
    e.newValue = detail;
    e.actor = actor;
    e.at = m_connection.now();
    if (Status s = append(e); !s)
        return s;
    return tx.commit();
}

Result<QList<AuditEntry>> AuditLog::trailAfter(qint64 recordId, qint64 afterId, int limit) const {
    return readTrail(recordId, afterId, Order::OldestFirst, limit);
}

Result<QList<AuditEntry>> AuditLog::trailBefore(qint64 recordId, qint64 beforeId, int limit) const {
    return readTrail(recordId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(),
                     Order::NewestFirst, limit);
}

Result<QList<AuditEntry>> AuditLog::readTrail(qint64 recordId, qint64 boundaryId, Order order,
                                              int limit) const {
    QList<AuditEntry> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    // (record_id, id) is the audit_log_by_record index, in either direction:
    // a page costs its own rows, however long the trail. The item's text is
    // only read (joined) for the reader, never written here.
    const bool oldestFirst = order == Order::OldestFirst;
    const bool prepared = q.prepare(
        QStringLiteral("SELECT a.id, a.record_id, a.item_id, COALESCE(i.text, ''), a.action, a.field, "
                       "a.old_value, a.new_value, a.actor, a.at, a.hash, a.format, a.record_seq, "
                       "COALESCE(a.os_account, ''), COALESCE(a.edit_id, '') "
                       "FROM audit_log a LEFT JOIN record_items i ON i.id = a.item_id "
                       "WHERE a.record_id = ? AND a.id %1 ? ORDER BY a.id %2 LIMIT ?")
            .arg(oldestFirst ? QStringLiteral(">") : QStringLiteral("<"))
            .arg(oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.addBindValue(bindable(recordId));
    q.addBindValue(bindable(boundaryId));
    // Both SQLite and PostgreSQL take a bound LIMIT; "all" is the largest one.
    q.addBindValue(bindable(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail of record %1").arg(recordId),
                                         q.lastError());
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.recordId = q.value(1).toLongLong();
        e.itemId = q.value(2).toLongLong();
        e.itemText = q.value(3).toString();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.actor = q.value(8).toString();
        e.at = fromDbTime(q.value(9));
        e.hash = q.value(10).toString();
        e.format = q.value(11).toInt();
        e.recordSeq = q.value(12).toLongLong();
        e.osAccount = q.value(13).toString();
        e.editId = q.value(14).toString();
        result.append(e);
    }
    return result;
}

Result<QList<ChecklistStore::ChainRow>> AuditLog::chain(std::optional<qint64> recordId) const {
    QList<ChecklistStore::ChainRow> rows;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT id, record_id, item_id, action, field, old_value, new_value, actor, at, "
                       "prev_hash, hash, format, record_seq, os_account, edit_id, ledger_hash "
                       "FROM audit_log %1 ORDER BY id")
            .arg(recordId ? QStringLiteral("WHERE record_id = ?") : QString()));
    if (recordId)
        q.addBindValue(bindable(*recordId));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read the audit trail"), q.lastError());
    // Each row names the hash of the row before it in its chain (its
    // record's, or the database's for format 1): that row's string is kept
    // rather than a copy (a whole verify holds millions of rows).
    QHash<qint64, QString> lastHashOfRecord;
    QString lastHash;
    while (q.next()) {
        ChecklistStore::ChainRow row;
        row.entry.id = q.value(0).toLongLong();
        row.entry.recordId = q.value(1).toLongLong();
        row.entry.itemId = q.value(2).toLongLong();
        row.entry.action = q.value(3).toString();
        row.entry.field = q.value(4).toString();
        row.entry.oldValue = q.value(5).toString();
        row.entry.newValue = q.value(6).toString();
        row.entry.actor = q.value(7).toString();
        row.entry.at = fromDbTime(q.value(8));
        row.previousHash = q.value(9).toString();
        row.entry.hash = q.value(10).toString();
        row.entry.format = q.value(11).toInt();
        row.entry.recordSeq = q.value(12).toLongLong();
        row.entry.osAccount = q.value(13).toString();
        row.entry.editId = q.value(14).toString();
        row.ledgerHash = q.value(15).toString();
        QString& recordTail = lastHashOfRecord[row.entry.recordId];
        if (row.previousHash == recordTail)
            row.previousHash = recordTail;
        else if (row.previousHash == lastHash)
            row.previousHash = lastHash;
        recordTail = row.entry.hash;
        lastHash = row.entry.hash;
        rows.append(std::move(row));
    }
    return rows;
}
