#include "core/store/RegistryTable.h"

#include "core/store/AuditLog.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

using namespace StoreValues;

namespace {
const char* const kAdminColumns =
    "SELECT id, login, printed_name, active, public_key, failed_attempts, locked_until, created_at "
    "FROM administrators ";

Signer adminFromRow(const QSqlQuery& q) {
    Signer a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.printedName = q.value(2).toString();
    a.active = q.value(3).toInt() != 0;
    a.publicKey = QByteArray::fromHex(q.value(4).toString().toLatin1());
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = fromDbTime(q.value(6));
    a.createdAt = fromDbTime(q.value(7));
    return a;
}
} // namespace

RegistryTable::RegistryTable(StoreConnection& connection, AuditLog& audit)
    : m_connection(connection)
    , m_audit(audit) {}

Result<QList<Signer>> RegistryTable::administrators() const {
    QList<Signer> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kAdminColumns) + QStringLiteral("ORDER BY login")))
        return m_connection.queryFailure(tr("cannot read the administrators"), q.lastError());
    while (q.next())
        result.append(adminFromRow(q));
    return result;
}

Result<Signer> RegistryTable::administrator(const QString& login) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QString::fromLatin1(kAdminColumns) + QStringLiteral("WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read the administrators"), q.lastError());
    if (!q.next())
        return Error(tr("there is no administrator with the login \"%1\"").arg(login));
    return adminFromRow(q);
}

Result<RegistryTable::Secrets> RegistryTable::administratorSecrets(const QString& login) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT password_hash, sealed_secret FROM administrators WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read the administrators"), q.lastError());
    if (!q.next())
        return Error(tr("there is no administrator with the login \"%1\"").arg(login));
    return Secrets{q.value(0).toString(), QByteArray::fromBase64(q.value(1).toString().toLatin1())};
}

Result<QList<StoredStatement>> RegistryTable::statements() const {
    QList<StoredStatement> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT seq, statement, hash, signature FROM registry_statements ORDER BY seq")))
        return m_connection.queryFailure(tr("cannot read the signer registry"), q.lastError());
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8(), q.value(2).toString(),
                       QByteArray::fromBase64(q.value(3).toString().toLatin1())});
    return result;
}

Result<QString> RegistryTable::headHash() const {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT hash FROM registry_statements ORDER BY seq DESC LIMIT 1")))
        return m_connection.queryFailure(tr("cannot read the signer registry"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> RegistryTable::hasStatements() const {
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT 1 FROM registry_statements LIMIT 1")))
        return m_connection.queryFailure(tr("cannot read the signer registry"), q.lastError());
    return q.next();
}

Result<QList<StoredStatement>> RegistryTable::append(const StatementMaker& make,
                                                     const std::function<Status()>& alsoInside,
                                                     const QString& actor) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM registry_statements ORDER BY seq DESC LIMIT 1")))
        return m_connection.queryFailure(tr("cannot read the signer registry"), q.lastError());
    qint64 nextSeq = 1;
    QString previous = RegistryStatement::firstPrevious();
    if (q.next()) {
        nextSeq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString();
    }
    q.finish();
    Result<QList<StoredStatement>> made = make(nextSeq, previous);
    if (!made)
        return made.failure();
    for (const StoredStatement& s : made.value()) {
        if (s.seq != nextSeq++)
            return Error(tr("cannot add to the signer registry: statement %1 is out of order").arg(s.seq));
        q.prepare(QStringLiteral(
            "INSERT INTO registry_statements (seq, statement, hash, signature) VALUES (?, ?, ?, ?)"));
        q.addBindValue(bindable(s.seq));
        q.addBindValue(bindable(QString::fromUtf8(s.bytes)));
        q.addBindValue(bindable(s.hash));
        q.addBindValue(bindable(QString::fromLatin1(s.signature.toBase64())));
        if (!q.exec())
            return Error(
                tr("cannot add to the signer registry: %1").arg(m_connection.explain(q.lastError())));
        const std::optional<RegistryStatement> read = RegistryStatement::parse(s.bytes);
        AuditEntry e;
        e.action = QStringLiteral("registry_statement");
        e.field = read ? QStringLiteral("%1 %2").arg(read->action, read->subjectLogin) : QString();
        e.newValue = QStringLiteral("seq %1 | sha256 %2").arg(s.seq).arg(s.hash);
        e.actor = actor;
        e.at = m_connection.now();
        if (Status st = m_audit.append(e); !st)
            return st.failure();
    }
    if (alsoInside) {
        if (Status st = alsoInside(); !st)
            return st.failure();
    }
    if (Status st = tx.commit(); !st)
        return st.failure();
    return made;
}

Status RegistryTable::addAdministratorRow(const Signer& admin, const Secrets& secrets, const QString& actor) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("INSERT INTO administrators (login, printed_name, password_hash, public_key, "
                             "sealed_secret, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)"));
    const QDateTime at = m_connection.now();
    q.addBindValue(bindable(admin.login));
    q.addBindValue(bindable(admin.printedName));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(admin.publicKey.toHex())));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(toDbTime(at)));
    if (!q.exec())
        return Error(tr("cannot add the administrator: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("admin_added");
    e.field = admin.login;
    e.newValue =
        QStringLiteral("%1 | key %2").arg(admin.printedName, QString::fromLatin1(admin.publicKey.toHex()));
    e.actor = actor;
    e.at = at;
    return m_audit.append(e);
}

Status RegistryTable::replaceAdministratorKey(const Signer& admin, const Secrets& secrets,
                                              const QString& actor) {
    Result<Signer> current = administrator(admin.login);
    if (!current)
        return current.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(
        QStringLiteral("UPDATE administrators SET public_key = ?, password_hash = ?, sealed_secret = ?, "
                       "active = 1, failed_attempts = 0, locked_until = NULL WHERE login = ?"));
    q.addBindValue(bindable(QString::fromLatin1(admin.publicKey.toHex())));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(current->login));
    if (!q.exec())
        return Error(
            tr("cannot replace the administrator's key: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("admin_key_replaced");
    e.field = current->login;
    e.oldValue = QStringLiteral("key %1").arg(QString::fromLatin1(current->publicKey.toHex()));
    e.newValue = QStringLiteral("key %1").arg(QString::fromLatin1(admin.publicKey.toHex()));
    e.actor = actor;
    e.at = m_connection.now();
    return m_audit.append(e);
}

Status RegistryTable::recordFailedLogin(const QString& login, const QDateTime& lockUntil) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE administrators SET failed_attempts = failed_attempts + 1, "
                             "locked_until = ? WHERE login = ?"));
    q.addBindValue(bindable(lockUntil.isValid() ? QVariant(toDbTime(lockUntil))
                                                : QVariant(QMetaType(QMetaType::QString))));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot record the failed sign-in: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("admin_login_failed");
    e.field = login;
    e.newValue = QStringLiteral("wrong password");
    e.actor = login;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    if (lockUntil.isValid()) {
        e.action = QStringLiteral("admin_locked");
        e.newValue = QStringLiteral("locked until %1").arg(toDbTime(lockUntil));
        if (Status s = m_audit.append(e); !s)
            return s;
    }
    return tx.commit();
}

Status RegistryTable::clearFailedLogins(const QString& login) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    Result<Signer> current = administrator(login);
    if (!current)
        return current.failure();
    if (current->failedAttempts == 0 && !current->lockedUntil.isValid())
        return unchanged(tx, Status());
    QSqlQuery q(m_connection.db());
    q.prepare(
        QStringLiteral("UPDATE administrators SET failed_attempts = 0, locked_until = NULL WHERE login = ?"));
    q.addBindValue(bindable(current->login));
    if (!q.exec())
        return Error(tr("cannot update the administrator: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("admin_failed_logins_cleared");
    e.field = current->login;
    e.oldValue = QStringLiteral("%1 failed").arg(current->failedAttempts);
    e.newValue = QStringLiteral("0 failed");
    e.actor = current->login;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    return tx.commit();
}
