#include "core/store/DatabaseIdentity.h"

#include "core/AuditChain.h"
#include "core/Checklist.h"
#include "core/store/AuditLog.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"

#include <QSqlQuery>
#include <QUuid>

using namespace StoreValues;

DatabaseIdentity::DatabaseIdentity(StoreConnection& connection, AuditLog& audit)
    : m_connection(connection)
    , m_audit(audit) {}

Status DatabaseIdentity::create() {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("CREATE TABLE countersign_identity (database_id TEXT NOT NULL)")))
        return Error(tr("cannot give %1 its identity: %2")
                         .arg(m_connection.location(), m_connection.explain(q.lastError())));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(QStringLiteral("INSERT INTO countersign_identity (database_id) VALUES (?)"));
    q.addBindValue(bindable(id));
    if (!q.exec())
        return Error(tr("cannot give %1 its identity: %2")
                         .arg(m_connection.location(), m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QString::fromLatin1(AuditChain::kDatabaseIdentityAction);
    e.newValue = id;
    e.actor = QStringLiteral("countersign");
    e.at = m_connection.now();
    return m_audit.append(e);
}

Result<QString> DatabaseIdentity::id() const {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT database_id FROM countersign_identity")))
        return m_connection.queryFailure(tr("cannot read the database's identity"), q.lastError());
    if (!q.next())
        return Error(tr("the database has no identity (its countersign_identity row was deleted)"));
    const QString id = q.value(0).toString();
    if (q.next())
        return Error(tr("the database has more than one identity (rows were added to countersign_identity)"));
    return id;
}
