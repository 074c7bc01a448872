#pragma once

#include "core/ChecklistStore.h"
#include "core/RegistryStatement.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

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

    // What admin init hands back once: the database's identity and the recovery key.
    struct Root {
        QString fingerprint;      // as RegistryStatement::fingerprint writes it ("7f3a 09c2 …")
        SecretBytes recoveryCode; // ASCII, "7K2Q-9M4T-…" (RecoveryCode); shown once, never stored
    };

    // The first administrator and the self-signed root statement (seq 1),
    // then the recovery administrator's certify statement (seq 2, signed by
    // the root) for a new recovery key. On a database that has signers
    // already, the root statement lists every existing signature as legacy,
    // and a certify statement follows for each signer as they are (the
    // migration). All in one transaction.
    // approvalsRequired 2 sets the two-person rule for good (the root's
    // approvals_required): every certificate of a signer then needs a second
    // administrator's approval (approveSigner) before it is in force.
    Result<Root> initRoot(const QString& login, const QString& printedName, const SecretBytes& password,
                          const QString& actor, int approvalsRequired = 1);
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
    // The two-person rule: a second administrator approves the signer's
    // certificate that awaits approval. Refused for the administrator who
    // issued it, the signer themselves, and when nothing awaits approval.
    Status approveSigner(Credentials& admin, const QString& signerLogin, const QString& actor);
    // Clears a signer's lock after wrong passwords.
    Status unlockSigner(Credentials& admin, const QString& signerLogin, const QString& actor);

    // A lost password: with the recovery code (as typed: any case, dashes and
    // spaces ignored), the administrator login (active, certified) gets a new
    // key sealed under newPassword, by a `recover` statement the recovery key
    // signs; their failed sign-ins and lock are cleared. Refused, with nothing
    // written, for a code that is not this database's or a weak password.
    Status recoverAdministrator(const SecretBytes& recoveryCode, const QString& login,
                                const SecretBytes& newPassword, const QString& actor);
    // A new recovery key, certified by admin (revoking the one before, if
    // any): for a registry made before recovery keys, or a lost sheet.
    // Returns the new code, shown once.
    Result<SecretBytes> issueRecoveryKey(Credentials& admin, const QString& actor);
    // Whether the registry has a recovery key in force.
    Result<bool> hasRecoveryKey() const;

    // How many administrators a signer's certificate needs: 2 under the
    // two-person rule, else 1 (also without a registry).
    Result<int> approvalsRequired() const;
    // Whether the signer's latest certificate awaits a second administrator's approval.
    Result<bool> awaitsApproval(const QString& signerLogin) const;
    // The logins of every signer whose latest certificate awaits approval, from one reading of the
    // chain: for a list of signers (awaitsApproval for each would read the chain once a signer).
    Result<QSet<QString>> awaitingApproval() const;
    // Whether approve is, by its content, an approval of certify under the
    // two-person rule: it names it, about the same signer and key, by an
    // administrator who neither issued it nor is its subject, and not by the
    // recovery key. (Whether its issuer was an administrator then is the caller's.)
    static bool isApprovalOf(const RegistryStatement& approve, const Entry& certify);

    // The hash of the certify statement under which the signer's key is in
    // force now: "" without a registry; an error when there is one and the
    // signer has no certificate in force that matches their row, or (the
    // two-person rule) it awaits a second administrator's approval.
    Result<QString> certificateInForce(const Signer& signer) const;

private:
    // A signer's latest certificate at the chain's end, and whether it has the approvals it needs.
    struct Standing {
        std::optional<Entry> certificate;
        bool approved = false;
    };
    Result<Standing> standingOf(const QString& signerLogin) const;
    // Every signer's standing, by login, in one pass over the chain.
    Result<QHash<QString, Standing>> standings() const;
    // Checks the administrator's password by unsealing their key (handed back
    // in key), counting failures and locking after kMaxFailedLogins; and that
    // the key is the one the registry certified for them.
    Result<Signer> authenticate(Credentials& admin, SecretBytes& key);
    // Signs and stores one statement after the chain's end (seq and previous filled in).
    Result<QList<StoredStatement>> issue(const Signer& issuer, const SecretBytes& key,
                                         RegistryStatement statement,
                                         const ChecklistStore::RegistryChange& change, const QString& actor);
    // Several statements in a row, in one transaction.
    Result<QList<StoredStatement>> issue(const Signer& issuer, const SecretBytes& key,
                                         QList<RegistryStatement> statements,
                                         const ChecklistStore::RegistryChange& change, const QString& actor);
    static Error reservedLogin();
    Status refuseSelf(const Credentials& admin, const QString& subjectLogin) const;
    // An existing signer's statement (action: certify, revoke, unlock) by
    // the authenticated administrator, with change done in its transaction.
    Status stateAboutSigner(Credentials& credentials, const QString& signerLogin, const QString& action,
                            ChecklistStore::RegistryChange change, const QString& actor);
    RegistryStatement statementFor(const Signer& subject, const QString& kind, const QString& action) const;
    // A new recovery code, and the recovery administrator (login "recovery") for its key.
    struct NewRecoveryKey {
        Signer admin;
        SecretBytes code;
    };
    static Result<NewRecoveryKey> newRecoveryKey();
    // The key the registry has in force for an administrator's login (empty when none).
    Result<QByteArray> certifiedAdministratorKey(const QString& login) const;

    ChecklistStore& m_store;
};
