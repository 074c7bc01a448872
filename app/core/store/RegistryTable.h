#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/RegistryStatement.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

class AuditLog;
class StoreConnection;

// The signer registry's tables: the administrators (their sealed Ed25519
// keys and Argon2id hashes, kept like the signers', and their failed
// sign-ins) and registry_statements, the append-only chain of signed
// countersign-certificate/1 statements, each kept as its exact bytes, its
// hash and its issuer's signature. Every statement is audited in the same
// transaction; what else a statement changes (a signer added, deactivated)
// is written by its own room through the `alsoInside` step of append().
class RegistryTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    using Secrets = ChecklistStore::SignerSecrets;
    using StatementMaker = ChecklistStore::StatementMaker;

    RegistryTable(StoreConnection& connection, AuditLog& audit);

    Result<QList<Signer>> administrators() const;
    Result<Signer> administrator(const QString& login) const;
    Result<Secrets> administratorSecrets(const QString& login) const;
    Result<QList<StoredStatement>> statements() const;
    // The newest statement's hash; "" when there is none.
    Result<QString> headHash() const;
    Result<bool> hasStatements() const;

    // In one write transaction: reads the chain's end, has make() write and
    // sign the statements that follow it, stores and audits them, runs
    // alsoInside (may be empty), and commits. Returns the statements stored.
    Result<QList<StoredStatement>> append(const StatementMaker& make,
                                          const std::function<Status()>& alsoInside, const QString& actor);
    // Inside the caller's transaction (an alsoInside step).
    Status addAdministratorRow(const Signer& admin, const Secrets& secrets, const QString& actor);
    // The administrator's key, password hash and sealed key replaced (a
    // recovery, or a new recovery key), active again, failed sign-ins cleared.
    Status replaceAdministratorKey(const Signer& admin, const Secrets& secrets, const QString& actor);

    Status recordFailedLogin(const QString& login, const QDateTime& lockUntil);
    Status clearFailedLogins(const QString& login);

private:
    StoreConnection& m_connection;
    AuditLog& m_audit;
};
