#pragma once

#include "core/ChecklistStore.h"
#include "core/RegistryStatement.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>

// Who may sign: the administrator-certified signer registry (the registry
// issue, docs/CANONICAL-JSON.md "countersign-certificate/1"). Every change of
// who may sign or administer is a statement signed by an administrator's
// Ed25519 key, which is sealed under the administrator's password as a
// signer's is: someone who can write the database but knows no administrator's
// password cannot make one. GUI-free; the CLI and (later) the window use it.
class Registry {
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 15;

    // An administrator's login and password, for one change.
    struct Credentials {
        QString login;
        SecretBytes password;
    };
    // A statement with its hash, as the chain holds it.
    struct Entry {
        RegistryStatement statement;
        QString hash;
    };

    explicit Registry(ChecklistStore& store);

    // Whether the database has a registry (a root statement).
    Result<bool> exists() const;
    // The root's fingerprint; "" when there is no registry.
    Result<QString> rootFingerprint() const;
    // The statements, read and parsed (a statement that does not parse is an error here; verify names it).
    Result<QList<Entry>> entries() const;

    // The first administrator and the self-signed root statement (seq 1).
    // On a database that has signers already, the root statement lists every
    // existing signature as legacy, and a certify statement follows for each
    // signer as they are (the migration). Returns the root fingerprint.
    Result<QString> initRoot(const QString& login, const QString& printedName, const SecretBytes& password,
                             const QString& actor);
    Status addAdministrator(Credentials& admin, const QString& login, const QString& printedName,
                            const SecretBytes& password, const QString& actor);
    // A new signer, certified by admin in the same transaction that adds them.
    Result<qint64> certifyNewSigner(Credentials& admin, const Signer& signer,
                                    const ChecklistStore::SignerSecrets& secrets, const QString& actor);
    // Deactivation (revoke) and reactivation (certify again) of a signer.
    Status setSignerActive(Credentials& admin, const QString& signerLogin, bool active, const QString& actor);
    // New roles for an active signer: a certify statement of the same key and name with them.
    Status setSignerRoles(Credentials& admin, const QString& signerLogin, const QStringList& roles,
                          const QString& actor);
    // Clears a signer's lock after wrong passwords.
    Status unlockSigner(Credentials& admin, const QString& signerLogin, const QString& actor);

    // The hash of the certify statement under which the signer's key is in
    // force now: "" without a registry; an error when there is one and the
    // signer has no certificate in force that matches their row.
    Result<QString> certificateInForce(const Signer& signer) const;

private:
    // Checks the administrator's password by unsealing their key (handed back
    // in key), counting failures and locking after kMaxFailedLogins; and that
    // the key is the one the registry certified for them.
    Result<Signer> authenticate(Credentials& admin, SecretBytes& key);
    // Signs and stores one statement after the chain's end (seq and previous filled in).
    Result<QList<StoredStatement>> issue(const Signer& issuer, const SecretBytes& key,
                                         RegistryStatement statement,
                                         const ChecklistStore::RegistryChange& change, const QString& actor);
    Status refuseSelf(const Credentials& admin, const QString& subjectLogin) const;
    // An existing signer's statement (action: certify, revoke, unlock) by
    // the authenticated administrator, with change done in its transaction.
    Status stateAboutSigner(Credentials& credentials, const QString& signerLogin, const QString& action,
                            ChecklistStore::RegistryChange change, const QString& actor);
    RegistryStatement statementFor(const Signer& subject, const QString& kind, const QString& action) const;

    ChecklistStore& m_store;
};
