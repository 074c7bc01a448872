// Registry's recovery key, in a file of its own beside Registry.cpp: making
// one at set-up (or anew), and an administrator's lost password reset with it
// (docs/CANONICAL-JSON.md "The recovery administrator").
#include "core/Registry.h"

#include "core/Crypto.h"
#include "core/PasswordQuality.h"
#include "core/RecoveryCode.h"

namespace {
const QString kAdministrator = QStringLiteral("administrator");

QString recoveryLogin() {
    return QString::fromUtf16(RecoveryCode::kLogin);
}
} // namespace

Result<Registry::NewRecoveryKey> Registry::newRecoveryKey() {
    NewRecoveryKey made;
    made.code = RecoveryCode::generate();
    const std::optional<SecretBytes> bytes =
        made.code.isValid() ? RecoveryCode::decode(made.code) : std::nullopt;
    if (!bytes)
        return Error(tr("no guarded memory for a new recovery key"));
    const Crypto::KeyPair keys = RecoveryCode::keysOf(*bytes);
    if (keys.publicKey.isEmpty())
        return Error(tr("no guarded memory for a new recovery key"));
    made.admin.login = recoveryLogin();
    made.admin.printedName = QStringLiteral("Recovery key"); // in a signed statement: never translated
    made.admin.publicKey = keys.publicKey;
    return made;
}

Error Registry::reservedLogin() {
    return Error(tr("\"%1\" is reserved for the recovery key: choose another login").arg(recoveryLogin()));
}

Result<bool> Registry::hasRecoveryKey() const {
    Result<QByteArray> key = certifiedAdministratorKey(recoveryLogin());
    if (!key)
        return key.failure();
    return !key->isEmpty();
}

Status Registry::recoverAdministrator(const SecretBytes& recoveryCode, const QString& login,
                                      const SecretBytes& newPassword, const QString& actor) {
    const std::optional<SecretBytes> bytes = RecoveryCode::decode(recoveryCode);
    if (!bytes)
        return Error(tr("that is not a recovery key: it has 26 letters and digits, as printed by admin init "
                        "(dashes and spaces do not matter)"));
    Result<QByteArray> recoveryKey = certifiedAdministratorKey(recoveryLogin());
    if (!recoveryKey)
        return recoveryKey.failure();
    if (recoveryKey->isEmpty())
        return Error(tr("this database has no recovery key: another administrator resets the password "
                        "(admin recovery-key issues a recovery key for next time)"));
    Crypto::KeyPair recovery = RecoveryCode::keysOf(*bytes);
    if (recovery.publicKey.isEmpty())
        return Error(tr("no guarded memory for the recovery key"));
    if (recovery.publicKey != recoveryKey.value())
        return Error(tr("this recovery key does not belong to this database: check the sheet (and that this "
                        "is the database it was printed for)"));
    if (RecoveryCode::isReservedLogin(login))
        return Error(tr("the recovery key resets an administrator's password; it has none of its own"));
    Result<Signer> admin = m_store.administrator(login);
    if (!admin)
        return admin.failure();
    if (!admin->active)
        return Error(tr("the administrator %1 has been deactivated").arg(admin->login));
    Result<QByteArray> certified = certifiedAdministratorKey(admin->login);
    if (!certified)
        return certified.failure();
    if (certified->isEmpty())
        return Error(tr("the administrator %1 has no certificate in force in the signer registry: run "
                        "countersign-cli verify")
                         .arg(admin->login));
    if (Status good = PasswordQuality::check(newPassword, admin->login, admin->printedName); !good)
        return good;
    Result<QString> hash = Crypto::hashPassword(newPassword);
    if (!hash)
        return hash.failure();
    Crypto::KeyPair keys = Crypto::generateSigningKeys();
    if (!keys.secretKey.isValid())
        return Error(tr("no guarded memory for a new key"));
    Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, newPassword);
    if (!sealed)
        return sealed.failure();
    Signer recovered = admin.value();
    recovered.publicKey = keys.publicKey;
    Signer issuer;
    issuer.login = recoveryLogin();
    issuer.publicKey = recovery.publicKey;
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::ReplaceAdministratorKey;
    change.subject = recovered;
    change.secrets = {hash.value(), sealed.value()};
    Result<QList<StoredStatement>> stored =
        issue(issuer, recovery.secretKey, statementFor(recovered, kAdministrator, QStringLiteral("recover")),
              change, actor);
    return stored ? Status() : Status(stored.failure());
}

Result<SecretBytes> Registry::issueRecoveryKey(Credentials& credentials, const QString& actor) {
    // A pre-recovery database may have a real administrator named "recovery": that one stays.
    Result<Signer> existing = m_store.administrator(recoveryLogin());
    Result<QByteArray> inForce = certifiedAdministratorKey(recoveryLogin());
    if (!inForce)
        return inForce.failure();
    if (existing) {
        Result<ChecklistStore::SignerSecrets> secrets = m_store.administratorSecrets(recoveryLogin());
        if (!secrets)
            return secrets.failure();
        if (!secrets->passwordHash.isEmpty())
            return Error(tr("the administrator \"%1\" is a person's account from before recovery keys: this "
                            "database cannot have a recovery key")
                             .arg(recoveryLogin()));
    }
    SecretBytes key;
    Result<Signer> issuer = authenticate(credentials, key);
    if (!issuer)
        return issuer.failure();
    Result<NewRecoveryKey> madeKey = newRecoveryKey();
    if (!madeKey)
        return madeKey.failure();
    NewRecoveryKey made = std::move(madeKey).value();
    QList<RegistryStatement> statements;
    if (!inForce->isEmpty()) {
        Signer old = made.admin;
        old.publicKey = inForce.value();
        statements.append(statementFor(old, kAdministrator, QStringLiteral("revoke")));
    }
    statements.append(statementFor(made.admin, kAdministrator, QStringLiteral("certify")));
    ChecklistStore::RegistryChange change;
    change.kind = existing ? ChecklistStore::RegistryChange::Kind::ReplaceAdministratorKey
                           : ChecklistStore::RegistryChange::Kind::AddAdministrator;
    change.subject = made.admin;
    Result<QList<StoredStatement>> stored = issue(issuer.value(), key, statements, change, actor);
    if (!stored)
        return stored.failure();
    return std::move(made.code);
}
