#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Result.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

#include <optional>

class AuditLog;
class StoreConnection;

// The signers table: who may sign, their roles, their credentials (the
// password hash and the sealed signing key) and failed sign-ins. Signers are
// deactivated, never deleted or renamed; every change is audited. No two
// signers share a login, and no two active signers a printed name, compared
// regardless of case, white space runs and Unicode form (checked inside the
// write transaction of add() and of a reactivation).
class SignerTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    using Secrets = ChecklistStore::SignerSecrets;

    SignerTable(StoreConnection& connection, AuditLog& audit);

    // Each write runs in a write transaction of its own, or with Inside in the
    // caller's (a signer registry statement's, RegistryTable::append).
    enum class Transaction { Own, Inside };
    Result<qint64> add(const Signer& signer, const Secrets& secrets, const QString& actor,
                       Transaction transaction = Transaction::Own);
    Result<QList<Signer>> list() const;
    Result<Signer> find(const QString& login) const;
    Result<Secrets> secrets(const QString& login) const;
    Status setSecrets(const QString& login, const Secrets& secrets, const QString& actor);
    // Says whether the signer's state changed (it may already be as asked).
    Result<bool> setActive(const QString& login, bool active, const QString& actor,
                           Transaction transaction = Transaction::Own);
    Status setRoles(const QString& login, const QStringList& roles, const QString& actor,
                    Transaction transaction = Transaction::Own);
    Status recordFailedLogin(const QString& login, qint64 recordId, const QDateTime& lockUntil);
    Status clearFailedLogins(const QString& login, Transaction transaction = Transaction::Own);

private:
    // Begins this room's own write transaction in tx, unless the caller's is open (Transaction::Inside).
    Status beginIfOwn(std::optional<WriteTransaction>& tx, Transaction transaction);
    // Refuses a login that another signer has, or a printed name that another
    // active signer has, naming that signer; exceptId is the signer itself.
    // An empty login is not compared. Inside the caller's write transaction.
    Status refuseLookalike(const QString& login, const QString& printedName, qint64 exceptId) const;

    StoreConnection& m_connection;
    AuditLog& m_audit;
};
