#include "core/store/AuditLog.h"

#include "core/AuditChain.h"
#include "core/HotStatement.h"
#include "core/UtcTime.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

#include <limits>

using namespace StoreValues;

AuditLog::AuditLog(StoreConnection& connection)
    : m_connection(connection) {}

QString AuditLog::tailHashQuery() {
    return QStringLiteral("(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)");
}

Status AuditLog::append(const AuditEntry& entry) {
    // Callers hold a write transaction, so the tail read here is still the tail at insert.
    HotStatement& tail =
        m_connection.prepared(StoreConnection::Statement::AuditTail,
                              QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!tail.exec())
        return Error(tr("cannot read the audit trail: %1").arg(m_connection.explain(tail.lastError())));
    const QString previous = tail.next() ? tail.text(0) : AuditChain::genesis();
    tail.finish();
    if (Result<QString> appended = appendAfter(previous, entry); !appended)
        return Error(appended.error());
    return {};
}

Result<QString> AuditLog::appendAfter(const QString& previousHash, const AuditEntry& entry) {
    // Hash exactly what is stored: the time as its stored text reads back.
    const QString atText = toDbTime(entry.at);
    AuditEntry stored = entry;
    stored.at = UtcTime::parse(atText);
    const QString hash = AuditChain::rowHash(previousHash, stored);
    HotStatement& q = m_connection.prepared(
        StoreConnection::Statement::InsertAudit,
        QStringLiteral("INSERT INTO audit_log (record_id, item_id, action, field, old_value, "
                       "new_value, actor, at, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, stored.recordId);
    q.bind(1, stored.itemId);
    q.bind(2, stored.action);
    q.bind(3, stored.field);
    q.bind(4, stored.oldValue);
    q.bind(5, stored.newValue);
    q.bind(6, stored.actor);
    q.bind(7, atText);
    q.bind(8, previousHash);
    q.bind(9, hash);
    if (!q.exec())
        return Error(tr("cannot write the audit trail: %1").arg(m_connection.explain(q.lastError())));
    return hash;
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
                       "a.old_value, a.new_value, a.actor, a.at, a.hash "
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
        result.append(e);
    }
    return result;
}

Result<QList<ChecklistStore::ChainRow>> AuditLog::chain() const {
    QList<ChecklistStore::ChainRow> rows;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, record_id, item_id, action, field, old_value, new_value, actor, at, "
                           "prev_hash, hash FROM audit_log ORDER BY id")))
        return m_connection.queryFailure(tr("cannot read the audit trail"), q.lastError());
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
        rows.append(row);
    }
    return rows;
}
