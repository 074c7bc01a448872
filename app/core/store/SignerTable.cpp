#include "core/store/SignerTable.h"

#include "core/PersonName.h"
#include "core/store/AuditLog.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

using namespace StoreValues;

namespace {
Signer signerFromRow(const QSqlQuery& q) {
    // Column order: id, login, printed_name, roles, active, public_key, failed_attempts, locked_until,
    // created_at
    Signer s;
    s.id = q.value(0).toLongLong();
    s.login = q.value(1).toString();
    s.printedName = q.value(2).toString();
    s.roles = fromJsonList(q.value(3).toString());
    s.active = q.value(4).toInt() != 0;
    s.publicKey = QByteArray::fromHex(q.value(5).toString().toLatin1());
    s.failedAttempts = q.value(6).toInt();
    s.lockedUntil = fromDbTime(q.value(7));
    s.createdAt = fromDbTime(q.value(8));
    return s;
}

using PersonName::comparable;

const char* const kSignerColumns =
    "SELECT id, login, printed_name, roles, active, public_key, failed_attempts, locked_until, created_at "
    "FROM signers ";
} // namespace

SignerTable::SignerTable(StoreConnection& connection, AuditLog& audit)
    : m_connection(connection)
    , m_audit(audit) {}

Status SignerTable::beginIfOwn(std::optional<WriteTransaction>& tx, Transaction transaction) {
    if (transaction == Transaction::Inside)
        return {};
    tx.emplace(m_connection);
    if (!tx->began())
        return tx->failure();
    return {};
}

Result<qint64> SignerTable::add(const Signer& signer, const Secrets& secrets, const QString& actor,
                                Transaction transaction) {
    const QString login = signer.login.trimmed();
    if (login.isEmpty() || login.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error(tr("a login is one word without spaces"));
    if (signer.printedName.trimmed().isEmpty())
        return Error(tr("a signer needs a printed name"));
    std::optional<WriteTransaction> tx;
    if (Status began = beginIfOwn(tx, transaction); !began)
        return began.failure();
    if (Status unique = refuseLookalike(login, signer.printedName.trimmed(), 0); !unique)
        return unique.failure();
    QSqlQuery q(m_connection.db());
    const QDateTime at = m_connection.now();
    q.prepare(
        QStringLiteral("INSERT INTO signers (login, printed_name, roles, password_hash, public_key, "
                       "sealed_secret, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    q.addBindValue(bindable(login));
    q.addBindValue(bindable(signer.printedName.trimmed()));
    q.addBindValue(bindable(toJsonList(signer.roles)));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(signer.publicKey.toHex())));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(toDbTime(at)));
    if (!q.exec() || !q.next())
        return Error(tr("cannot add the signer: %1").arg(m_connection.explain(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditEntry e;
    e.action = QStringLiteral("signer_added");
    e.field = login;
    // The public key is in the chain: a key swapped in the signers table later no longer matches it.
    e.newValue = QStringLiteral("%1 | %2 | key %3")
                     .arg(signer.printedName.trimmed(), signer.roles.join(QStringLiteral(", ")),
                          QString::fromLatin1(signer.publicKey.toHex()));
    e.actor = actor;
    e.at = at;
    if (Status s = m_audit.append(e); !s)
        return Error(s.error());
    if (tx) {
        if (Status s = tx->commit(); !s)
            return Error(s.error());
    }
    return id;
}

Status SignerTable::refuseLookalike(const QString& login, const QString& printedName, qint64 exceptId) const {
    const QString sameLogin = comparable(login);
    const QString sameName = comparable(printedName);
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, login, printed_name, active FROM signers ORDER BY id"));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read signers"), q.lastError());
    while (q.next()) {
        if (q.value(0).toLongLong() == exceptId)
            continue;
        const QString otherLogin = q.value(1).toString();
        const QString otherName = q.value(2).toString();
        // A login names one signer for good, deactivated or not: signatures and the audit trail point to it.
        if (!login.isEmpty() && comparable(otherLogin) == sameLogin)
            return Error(tr("there is already a signer with the login \"%1\" (%2); logins count as the same "
                            "regardless of case and Unicode form: choose another login")
                             .arg(otherLogin, otherName));
        if (q.value(3).toInt() != 0 && comparable(otherName) == sameName)
            return Error(
                tr("the printed name \"%1\" is already the name of the active signer \"%2\"; printed "
                   "names count as the same regardless of case, spacing and Unicode form: add what "
                   "tells the two apart, such as a middle initial")
                    .arg(otherName, otherLogin));
    }
    return {};
}

Result<QList<Signer>> SignerTable::list() const {
    QList<Signer> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSignerColumns) + QStringLiteral("ORDER BY login")))
        return m_connection.queryFailure(tr("cannot read signers"), q.lastError());
    while (q.next())
        result.append(signerFromRow(q));
    return result;
}

Result<Signer> SignerTable::find(const QString& login) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QString::fromLatin1(kSignerColumns) + QStringLiteral("WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read signers"), q.lastError());
    if (!q.next())
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    return signerFromRow(q);
}

Result<SignerTable::Secrets> SignerTable::secrets(const QString& login) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT password_hash, sealed_secret FROM signers WHERE login = ?"));
    q.addBindValue(bindable(login.trimmed()));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read signers"), q.lastError());
    if (!q.next())
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    Secrets secrets;
    secrets.passwordHash = q.value(0).toString();
    secrets.sealedSecret = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    return secrets;
}

Status SignerTable::setSecrets(const QString& login, const Secrets& secrets, const QString& actor) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signers SET password_hash = ?, sealed_secret = ?, failed_attempts = 0, "
                             "locked_until = NULL WHERE login = ?"));
    q.addBindValue(bindable(secrets.passwordHash));
    q.addBindValue(bindable(QString::fromLatin1(secrets.sealedSecret.toBase64())));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the password: %1").arg(m_connection.explain(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Error(tr("there is no signer with the login \"%1\"").arg(login));
    AuditEntry e;
    e.action = QStringLiteral("signer_password");
    e.field = login;
    e.newValue = QStringLiteral("password changed");
    e.actor = actor;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    return tx.commit();
}

Result<bool> SignerTable::setActive(const QString& login, bool active, const QString& actor,
                                    Transaction transaction) {
    std::optional<WriteTransaction> tx;
    if (Status began = beginIfOwn(tx, transaction); !began)
        return began.failure();
    Result<Signer> current = find(login);
    if (!current)
        return current.failure();
    if (current->active == active)
        return false;
    // Printed names are unique among active signers: a reactivated one may meet their double.
    if (active) {
        if (Status unique = refuseLookalike(QString(), current->printedName, current->id); !unique)
            return Error(tr("cannot reactivate %1: %2").arg(current->login, unique.error()));
    }
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signers SET active = ? WHERE login = ?"));
    q.addBindValue(bindable(active ? 1 : 0));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the signer: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = active ? QStringLiteral("signer_activated") : QStringLiteral("signer_deactivated");
    e.field = login;
    e.oldValue = current->active ? QStringLiteral("active") : QStringLiteral("inactive");
    e.newValue = active ? QStringLiteral("active") : QStringLiteral("inactive");
    e.actor = actor;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s.failure();
    if (tx) {
        if (Status s = tx->commit(); !s)
            return s.failure();
    }
    return true;
}

Status SignerTable::setRoles(const QString& login, const QStringList& roles, const QString& actor,
                             Transaction transaction) {
    std::optional<WriteTransaction> tx;
    if (Status began = beginIfOwn(tx, transaction); !began)
        return began.failure();
    Result<Signer> current = find(login);
    if (!current)
        return current.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signers SET roles = ? WHERE login = ?"));
    q.addBindValue(bindable(toJsonList(roles)));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot change the signer: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.action = QStringLiteral("signer_roles");
    e.field = login;
    e.oldValue = current->roles.join(QStringLiteral(", "));
    e.newValue = roles.join(QStringLiteral(", "));
    e.actor = actor;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    return tx ? tx->commit() : Status();
}

Status SignerTable::recordFailedLogin(const QString& login, qint64 recordId, const QDateTime& lockUntil) {
    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signers SET failed_attempts = failed_attempts + 1, locked_until = ? "
                             "WHERE login = ?"));
    q.addBindValue(bindable(lockUntil.isValid() ? QVariant(toDbTime(lockUntil))
                                                : QVariant(QMetaType(QMetaType::QString))));
    q.addBindValue(bindable(login));
    if (!q.exec())
        return Error(tr("cannot record the failed sign-in: %1").arg(m_connection.explain(q.lastError())));
    AuditEntry e;
    e.recordId = recordId;
    e.action = QStringLiteral("login_failed");
    e.field = login;
    e.newValue = QStringLiteral("wrong password");
    e.actor = login;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    if (lockUntil.isValid()) {
        e.action = QStringLiteral("signer_locked");
        e.newValue = QStringLiteral("locked until %1").arg(toDbTime(lockUntil));
        if (Status s = m_audit.append(e); !s)
            return s;
    }
    return tx.commit();
}

Status SignerTable::clearFailedLogins(const QString& login, Transaction transaction) {
    std::optional<WriteTransaction> tx;
    if (Status began = beginIfOwn(tx, transaction); !began)
        return began.failure();
    Result<Signer> current = find(login);
    if (!current)
        return current.failure();
    if (current->failedAttempts == 0 && !current->lockedUntil.isValid())
        return tx ? unchanged(*tx, Status()) : Status();
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE signers SET failed_attempts = 0, locked_until = NULL WHERE login = ?"));
    q.addBindValue(bindable(current->login));
    if (!q.exec())
        return Error(tr("cannot update the signer: %1").arg(m_connection.explain(q.lastError())));
    // Audited like the failures it clears, so that verify can replay the count
    // and a counter reset in the file behind the application's back shows.
    AuditEntry e;
    e.action = QStringLiteral("failed_logins_cleared");
    e.field = current->login;
    e.oldValue = QStringLiteral("%1 failed").arg(current->failedAttempts);
    if (current->lockedUntil.isValid())
        e.oldValue += QStringLiteral(" | locked until %1").arg(toDbTime(current->lockedUntil));
    e.newValue = QStringLiteral("0 failed");
    e.actor = current->login;
    e.at = m_connection.now();
    if (Status s = m_audit.append(e); !s)
        return s;
    return tx ? tx->commit() : Status();
}
