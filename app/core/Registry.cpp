#include "core/Registry.h"

#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/PasswordQuality.h"
#include "core/RecoveryCode.h"
#include "core/Sha256.h"
#include "core/UtcTime.h"

namespace {
const QString kSigner = QStringLiteral("signer");
const QString kAdministrator = QStringLiteral("administrator");

StoredStatement signed_(RegistryStatement s, qint64 seq, const QString& previous, const SecretBytes& key) {
    s.seq = seq;
    s.previous = previous;
    StoredStatement stored;
    stored.seq = seq;
    stored.bytes = s.canonicalBytes();
    stored.hash = RegistryStatement::hashOf(stored.bytes);
    stored.signature = Crypto::sign(stored.bytes, key);
    return stored;
}

bool sameLogin(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString recoveryLogin() {
    return QString::fromUtf16(RecoveryCode::kLogin);
}
} // namespace

Registry::Registry(ChecklistStore& store)
    : m_store(store) {}

Result<QList<Registry::Entry>> Registry::entries() const {
    Result<QList<StoredStatement>> stored = m_store.registryStatements();
    if (!stored)
        return stored.failure();
    QList<Entry> result;
    for (const StoredStatement& s : stored.value()) {
        std::optional<RegistryStatement> read = RegistryStatement::parse(s.bytes);
        if (!read)
            return Error(tr("registry statement %1 cannot be read: run countersign-cli verify").arg(s.seq));
        result.append({*read, RegistryStatement::hashOf(s.bytes)});
    }
    return result;
}

Result<bool> Registry::exists() const {
    return m_store.hasRegistryStatements();
}

Result<QString> Registry::rootFingerprint() const {
    Result<QList<StoredStatement>> stored = m_store.registryStatements();
    if (!stored)
        return stored.failure();
    if (stored->isEmpty())
        return QString();
    const std::optional<RegistryStatement> root = RegistryStatement::parse(stored->first().bytes);
    if (!root)
        return Error(tr("the registry's root statement cannot be read: run countersign-cli verify"));
    return RegistryStatement::fingerprint(root->subjectKey);
}

RegistryStatement Registry::statementFor(const Signer& subject, const QString& kind,
                                         const QString& action) const {
    RegistryStatement s;
    s.databaseId = m_store.databaseId().value_or(QString());
    s.action = action;
    s.subjectKind = kind;
    s.subjectLogin = subject.login;
    s.subjectName = subject.printedName;
    s.subjectRoles = kind == kSigner ? subject.roles : QStringList();
    s.subjectKey = subject.publicKey;
    s.issuedAt = m_store.now();
    s.validFrom = s.issuedAt;
    if (kind == kSigner && action == u"certify")
        s.approvalsRequired = approvalsRequired().value_or(1);
    return s;
}

Result<Registry::Root> Registry::initRoot(const QString& login, const QString& printedName,
                                          const SecretBytes& password, const QString& actor,
                                          int approvalsRequired) {
    if (approvalsRequired != 1 && approvalsRequired != 2)
        return Error(tr("a signer's certificate needs one administrator, or two under the two-person rule"));
    Result<bool> already = exists();
    if (!already)
        return already.failure();
    if (already.value())
        return Error(tr("this database has a signer registry already (root %1); an administrator adds "
                        "administrators with admin add")
                         .arg(rootFingerprint().value_or(QString())));
    Signer admin;
    admin.login = login.trimmed();
    admin.printedName = printedName.trimmed();
    if (admin.login.isEmpty() || admin.login.contains(u' '))
        return Error(tr("an administrator's login is one word without spaces"));
    if (admin.printedName.isEmpty())
        return Error(tr("an administrator needs a printed name"));
    if (RecoveryCode::isReservedLogin(admin.login))
        return reservedLogin();
    if (Status good = PasswordQuality::check(password, admin.login, admin.printedName); !good)
        return good.failure();
    if (!Crypto::initialize())
        return Error(tr("the cryptography library could not start"));
    Result<QString> hash = Crypto::hashPassword(password);
    if (!hash)
        return hash.failure();
    Crypto::KeyPair keys = Crypto::generateSigningKeys();
    if (!keys.secretKey.isValid())
        return Error(tr("no guarded memory for a new key"));
    Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, password);
    if (!sealed)
        return sealed.failure();
    admin.publicKey = keys.publicKey;

    // The migration: what exists already is listed and certified by the root.
    Result<QList<Signer>> signers = m_store.signers();
    if (!signers)
        return signers.failure();
    QHash<qint64, QByteArray> keyOf;
    for (const Signer& s : signers.value()) {
        keyOf.insert(s.id, s.publicKey);
        if (sameLogin(s.login, admin.login))
            return Error(tr("\"%1\" is a signer's login: an administrator may not certify themselves, so "
                            "choose another login for the administrator")
                             .arg(s.login));
    }
    RegistryStatement root = statementFor(admin, kAdministrator, QStringLiteral("root"));
    root.issuerLogin = admin.login;
    root.issuerKey = admin.publicKey;
    root.approvalsRequired = approvalsRequired;
    if (!signers->isEmpty()) {
        QList<RegistryStatement::Legacy> legacy;
        Result<QList<RecordSummary>> records = m_store.records();
        if (!records)
            return records.failure();
        for (const RecordSummary& r : records.value()) {
            Result<QList<SignatureEntry>> signatures = m_store.signatures(r.id);
            if (!signatures)
                return signatures.failure();
            for (const SignatureEntry& sig : signatures.value())
                legacy.append({keyOf.value(sig.signerId), Sha256::hex(SignaturePayload::signedBytes(sig))});
        }
        root.legacy = legacy;
    }
    Result<NewRecoveryKey> madeRecovery = newRecoveryKey();
    if (!madeRecovery)
        return madeRecovery.failure();
    NewRecoveryKey recovery = std::move(madeRecovery).value();
    RegistryStatement recoveryCertificate =
        statementFor(recovery.admin, kAdministrator, QStringLiteral("certify"));
    recoveryCertificate.issuerLogin = admin.login;
    recoveryCertificate.issuerKey = admin.publicKey;
    QList<RegistryStatement> certifications{recoveryCertificate};
    for (const Signer& s : signers.value()) {
        if (!s.active)
            continue;
        RegistryStatement c = statementFor(s, kSigner, QStringLiteral("certify"));
        c.approvalsRequired =
            approvalsRequired; // under the rule, existing signers too await a second administrator
        c.issuerLogin = admin.login;
        c.issuerKey = admin.publicKey;
        certifications.append(c);
    }
    const SecretBytes& key = keys.secretKey;
    const auto make = [&](qint64 seq, const QString& previous) -> Result<QList<StoredStatement>> {
        if (seq != 1)
            return Error(tr("another program created the signer registry meanwhile"));
        QList<StoredStatement> out{signed_(root, seq, previous, key)};
        for (const RegistryStatement& c : certifications)
            out.append(signed_(c, out.last().seq + 1, out.last().hash, key));
        return out;
    };
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::AddAdministrator;
    change.subject = admin;
    change.secrets = {hash.value(), sealed.value()};
    change.recoveryAdministrator = recovery.admin;
    if (Result<QList<StoredStatement>> stored = m_store.appendRegistry(make, change, actor); !stored)
        return stored.failure();
    return Root{RegistryStatement::fingerprint(admin.publicKey), std::move(recovery.code)};
}

Result<Signer> Registry::authenticate(Credentials& credentials, SecretBytes& key) {
    const QString refused = tr("the administrator's login or password is wrong");
    if (RecoveryCode::isReservedLogin(credentials.login)) {
        credentials.password.clear();
        return Error(tr("\"%1\" is the recovery key, which has no password and cannot certify: it only "
                        "resets a lost administrator password (countersign-cli admin recover). Sign in as an "
                        "administrator.")
                         .arg(recoveryLogin()));
    }
    Result<Signer> admin = m_store.administrator(credentials.login);
    if (!admin) {
        Result<bool> any = exists();
        if (any && !any.value())
            return Error(tr("this database has no administrator yet: countersign-cli admin init creates the "
                            "first one"));
        return Error(refused);
    }
    if (!admin->active)
        return Error(tr("the administrator %1 has been deactivated").arg(admin->login));
    const QDateTime now = m_store.now();
    if (admin->lockedUntil.isValid() && admin->lockedUntil > now)
        return Error(tr("the administrator %1 is locked after %2 wrong passwords, until %3. Try again later.")
                         .arg(admin->login)
                         .arg(kMaxFailedLogins)
                         .arg(UtcTime::localClock(admin->lockedUntil)));
    Result<ChecklistStore::SignerSecrets> secrets = m_store.administratorSecrets(admin->login);
    if (!secrets)
        return secrets.failure();
    Result<SecretBytes> opened = Crypto::openSecretKey(secrets->sealedSecret, credentials.password);
    credentials.password.clear();
    if (!opened && opened.errorKind() != Error::Kind::PasswordRejected)
        return opened.failure();
    if (!opened) {
        const int failures = (admin->lockedUntil.isValid() ? 0 : admin->failedAttempts) + 1;
        const QDateTime lockUntil =
            failures >= kMaxFailedLogins ? now.addSecs(kLockMinutes * 60) : QDateTime();
        if (admin->lockedUntil.isValid())
            m_store.clearAdministratorFailedLogins(admin->login);
        m_store.recordAdministratorFailedLogin(admin->login, lockUntil);
        if (lockUntil.isValid())
            return Error(tr("the administrator's login or password is wrong. After %1 wrong passwords in a "
                            "row, %2 is locked for %3 minutes.")
                             .arg(kMaxFailedLogins)
                             .arg(admin->login)
                             .arg(kLockMinutes));
        return Error(refused);
    }
    m_store.clearAdministratorFailedLogins(admin->login);
    key = std::move(opened).value();
    // The key must be the one the registry certified for this administrator.
    Result<QByteArray> inForce = certifiedAdministratorKey(admin->login);
    if (!inForce)
        return inForce.failure();
    const QByteArray& certified = inForce.value();
    if (certified.isEmpty() || Crypto::publicKeyOf(key) != certified || admin->publicKey != certified) {
        key.clear();
        return Error(tr("the key of the administrator %1 is not the one the signer registry certified: the "
                        "administrators table was changed outside Countersign. Run countersign-cli verify.")
                         .arg(admin->login));
    }
    return admin;
}

Result<QByteArray> Registry::certifiedAdministratorKey(const QString& login) const {
    Result<QList<Entry>> chain = entries();
    if (!chain)
        return chain.failure();
    QByteArray certified;
    for (const Entry& e : chain.value()) {
        const RegistryStatement& st = e.statement;
        if (st.subjectKind != kAdministrator || !sameLogin(st.subjectLogin, login))
            continue;
        if (st.action == u"revoke")
            certified.clear();
        else if (st.action == u"root" || st.action == u"certify" ||
                 (st.action == u"recover" && sameLogin(st.issuerLogin, recoveryLogin())))
            certified = st.subjectKey;
    }
    return certified;
}

Status Registry::refuseSelf(const Credentials& admin, const QString& subjectLogin) const {
    if (sameLogin(admin.login, subjectLogin))
        return Error(tr("an administrator may not certify themselves: another administrator must add or "
                        "change %1")
                         .arg(subjectLogin.trimmed()));
    return {};
}

Result<QList<StoredStatement>> Registry::issue(const Signer& issuer, const SecretBytes& key,
                                               RegistryStatement statement,
                                               const ChecklistStore::RegistryChange& change,
                                               const QString& actor) {
    return issue(issuer, key, QList<RegistryStatement>{statement}, change, actor);
}

Result<QList<StoredStatement>> Registry::issue(const Signer& issuer, const SecretBytes& key,
                                               QList<RegistryStatement> statements,
                                               const ChecklistStore::RegistryChange& change,
                                               const QString& actor) {
    for (RegistryStatement& statement : statements) {
        statement.issuerLogin = issuer.login;
        statement.issuerKey = issuer.publicKey;
    }
    const auto make = [&](qint64 seq, const QString& previous) -> Result<QList<StoredStatement>> {
        if (seq == 1)
            return Error(tr("this database has no signer registry: countersign-cli admin init creates it"));
        QList<StoredStatement> out;
        for (const RegistryStatement& statement : std::as_const(statements))
            out.append(signed_(statement, out.isEmpty() ? seq : out.last().seq + 1,
                               out.isEmpty() ? previous : out.last().hash, key));
        return out;
    };
    return m_store.appendRegistry(make, change, actor);
}

Status Registry::addAdministrator(Credentials& credentials, const QString& login, const QString& printedName,
                                  const SecretBytes& password, const QString& actor) {
    if (Status self = refuseSelf(credentials, login); !self)
        return self;
    Signer admin;
    admin.login = login.trimmed();
    admin.printedName = printedName.trimmed();
    if (admin.login.isEmpty() || admin.login.contains(u' '))
        return Error(tr("an administrator's login is one word without spaces"));
    if (admin.printedName.isEmpty())
        return Error(tr("an administrator needs a printed name"));
    if (RecoveryCode::isReservedLogin(admin.login))
        return reservedLogin();
    if (m_store.administrator(admin.login))
        return Error(tr("there is already an administrator with the login \"%1\"").arg(admin.login));
    if (Status good = PasswordQuality::check(password, admin.login, admin.printedName); !good)
        return good;
    SecretBytes key;
    Result<Signer> issuer = authenticate(credentials, key);
    if (!issuer)
        return issuer.failure();
    Result<QString> hash = Crypto::hashPassword(password);
    if (!hash)
        return hash.failure();
    Crypto::KeyPair keys = Crypto::generateSigningKeys();
    Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, password);
    if (!sealed)
        return sealed.failure();
    admin.publicKey = keys.publicKey;
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::AddAdministrator;
    change.subject = admin;
    change.secrets = {hash.value(), sealed.value()};
    Result<QList<StoredStatement>> stored = issue(
        issuer.value(), key, statementFor(admin, kAdministrator, QStringLiteral("certify")), change, actor);
    return stored ? Status() : Status(stored.failure());
}

Result<qint64> Registry::certifyNewSigner(Credentials& credentials, const Signer& signer,
                                          const ChecklistStore::SignerSecrets& secrets,
                                          const QString& actor) {
    if (Status self = refuseSelf(credentials, signer.login); !self)
        return self.failure();
    if (RecoveryCode::isReservedLogin(signer.login))
        return reservedLogin();
    SecretBytes key;
    Result<Signer> issuer = authenticate(credentials, key);
    if (!issuer)
        return issuer.failure();
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::AddSigner;
    change.subject = signer;
    change.secrets = secrets;
    Result<QList<StoredStatement>> stored =
        issue(issuer.value(), key, statementFor(signer, kSigner, QStringLiteral("certify")), change, actor);
    if (!stored)
        return stored.failure();
    Result<Signer> added = m_store.signer(signer.login);
    if (!added)
        return added.failure();
    return added->id;
}

Status Registry::setSignerActive(Credentials& credentials, const QString& signerLogin, bool active,
                                 const QString& actor) {
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::SetSignerActive;
    change.active = active;
    return stateAboutSigner(credentials, signerLogin,
                            active ? QStringLiteral("certify") : QStringLiteral("revoke"), change, actor);
}

Status Registry::setSignerRoles(Credentials& credentials, const QString& signerLogin,
                                const QStringList& roles, const QString& actor) {
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::SetSignerRoles;
    for (const QString& role : roles) {
        if (!role.trimmed().isEmpty() && !change.subject.roles.contains(role.trimmed()))
            change.subject.roles << role.trimmed();
    }
    // A signer with no role could sign nothing: deactivation says that honestly.
    if (change.subject.roles.isEmpty())
        return Error(
            tr("a signer needs at least one role; deactivate %1 instead").arg(signerLogin.trimmed()));
    return stateAboutSigner(credentials, signerLogin, QStringLiteral("certify"), change, actor);
}

Status Registry::unlockSigner(Credentials& credentials, const QString& signerLogin, const QString& actor) {
    ChecklistStore::RegistryChange change;
    change.kind = ChecklistStore::RegistryChange::Kind::UnlockSigner;
    return stateAboutSigner(credentials, signerLogin, QStringLiteral("unlock"), change, actor);
}

Status Registry::stateAboutSigner(Credentials& credentials, const QString& signerLogin, const QString& action,
                                  ChecklistStore::RegistryChange change, const QString& actor) {
    Result<Signer> signer = m_store.signer(signerLogin);
    if (!signer)
        return signer.failure();
    if (Status self = refuseSelf(credentials, signer->login); !self)
        return self;
    Signer subject = signer.value();
    if (change.kind == ChecklistStore::RegistryChange::Kind::SetSignerRoles) {
        if (!subject.active)
            return Error(tr("%1 has been deactivated: reactivate them before changing their roles")
                             .arg(subject.login));
        subject.roles = change.subject.roles;
    }
    SecretBytes key;
    Result<Signer> issuer = authenticate(credentials, key);
    if (!issuer)
        return issuer.failure();
    change.subject = subject;
    Result<QList<StoredStatement>> stored =
        issue(issuer.value(), key, statementFor(subject, kSigner, action), change, actor);
    return stored ? Status() : Status(stored.failure());
}

Result<int> Registry::approvalsRequired() const {
    Result<QList<StoredStatement>> stored = m_store.registryStatements();
    if (!stored)
        return stored.failure();
    if (stored->isEmpty())
        return 1;
    const std::optional<RegistryStatement> root = RegistryStatement::parse(stored->first().bytes);
    if (!root)
        return Error(tr("the registry's root statement cannot be read: run countersign-cli verify"));
    return root->approvalsRequired >= 2 ? 2 : 1;
}

bool Registry::isApprovalOf(const RegistryStatement& approve, const Entry& certify) {
    const RegistryStatement& c = certify.statement;
    return approve.action == u"approve" && c.action == u"certify" && c.subjectKind == kSigner &&
           approve.subjectKind == kSigner && c.approvalsRequired >= 2 && approve.approves == certify.hash &&
           approve.subjectLogin == c.subjectLogin && approve.subjectKey == c.subjectKey &&
           !sameLogin(approve.issuerLogin, c.issuerLogin) &&
           !sameLogin(approve.issuerLogin, c.subjectLogin) &&
           !RecoveryCode::isReservedLogin(approve.issuerLogin);
}

Result<QHash<QString, Registry::Standing>> Registry::standings() const {
    Result<QList<Entry>> chain = entries();
    if (!chain)
        return chain.failure();
    QHash<QString, Standing> standings;   // by the signer's login as the statements spell it
    QHash<QString, QByteArray> adminKeys; // in force as the chain goes
    for (const Entry& e : chain.value()) {
        const RegistryStatement& st = e.statement;
        if (st.subjectKind == kAdministrator) {
            if (st.action == u"revoke")
                adminKeys.remove(st.subjectLogin.toLower());
            else if (st.action == u"root" || st.action == u"certify" ||
                     (st.action == u"recover" && sameLogin(st.issuerLogin, recoveryLogin())))
                adminKeys.insert(st.subjectLogin.toLower(), st.subjectKey);
            continue;
        }
        if (st.subjectKind != kSigner)
            continue;
        Standing& standing = standings[st.subjectLogin];
        if (st.action == u"certify") {
            standing.certificate = e;
            standing.approved = st.approvalsRequired <= 1;
        } else if (st.action == u"revoke") {
            standing = Standing();
        } else if (st.action == u"approve" && standing.certificate && !standing.approved &&
                   isApprovalOf(st, *standing.certificate) &&
                   adminKeys.value(st.issuerLogin.toLower()) == st.issuerKey) {
            standing.approved = true;
        }
    }
    return standings;
}

Result<Registry::Standing> Registry::standingOf(const QString& signerLogin) const {
    Result<QHash<QString, Standing>> all = standings();
    if (!all)
        return all.failure();
    return all->value(signerLogin);
}

Result<bool> Registry::awaitsApproval(const QString& signerLogin) const {
    Result<Standing> standing = standingOf(signerLogin);
    if (!standing)
        return standing.failure();
    return standing->certificate && !standing->approved;
}

Result<QSet<QString>> Registry::awaitingApproval() const {
    Result<QHash<QString, Standing>> all = standings();
    if (!all)
        return all.failure();
    QSet<QString> logins;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        if (it->certificate && !it->approved)
            logins.insert(it.key());
    }
    return logins;
}

Status Registry::approveSigner(Credentials& credentials, const QString& signerLogin, const QString& actor) {
    Result<Signer> signer = m_store.signer(signerLogin);
    if (!signer)
        return signer.failure();
    if (Status self = refuseSelf(credentials, signer->login); !self)
        return self;
    Result<Standing> standing = standingOf(signer->login);
    if (!standing)
        return standing.failure();
    if (!standing->certificate || standing->approved)
        return Error(
            tr("%1 has no certificate awaiting a second administrator's approval: nothing to approve")
                .arg(signer->login));
    const Entry& certify = *standing->certificate;
    if (sameLogin(credentials.login, certify.statement.issuerLogin))
        return Error(tr("the two-person rule needs another administrator: %1 issued this certificate")
                         .arg(certify.statement.issuerLogin));
    if (certify.statement.subjectKey != signer->publicKey)
        return Error(tr("%1's key is not the one their certificate names: the signers table was changed "
                        "outside Countersign. Run countersign-cli verify.")
                         .arg(signer->login));
    SecretBytes key;
    Result<Signer> issuer = authenticate(credentials, key);
    if (!issuer)
        return issuer.failure();
    // The approval repeats what it approves: the same signer, name, roles and key.
    RegistryStatement approval = statementFor(*signer, kSigner, QStringLiteral("approve"));
    approval.subjectName = certify.statement.subjectName;
    approval.subjectRoles = certify.statement.subjectRoles;
    approval.approves = certify.hash;
    ChecklistStore::RegistryChange change; // Kind::None: no row changes
    Result<QList<StoredStatement>> stored = issue(issuer.value(), key, approval, change, actor);
    return stored ? Status() : Status(stored.failure());
}

Result<QString> Registry::certificateInForce(const Signer& signer) const {
    Result<bool> has = exists();
    if (!has)
        return has.failure();
    if (!has.value())
        return QString();
    Result<Standing> standing = standingOf(signer.login);
    if (!standing)
        return standing.failure();
    const std::optional<Entry>& inForce = standing->certificate;
    if (!inForce || inForce->statement.subjectKey != signer.publicKey ||
        inForce->statement.subjectName != signer.printedName ||
        inForce->statement.subjectRoles != signer.roles)
        return Error(
            tr("%1 has no certificate in the signer registry that matches their key, name and roles: "
               "the signers table was changed outside Countersign, or an administrator has not "
               "certified them. Ask an administrator to run countersign-cli verify.")
                .arg(signer.login));
    if (!standing->approved)
        return Error(
            tr("%1 awaits a second administrator's approval (two-person rule): countersign-cli signer "
               "approve %1 --admin LOGIN")
                .arg(signer.login));
    return inForce->hash;
}
