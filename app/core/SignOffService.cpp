#include "core/SignOffService.h"

#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/PasswordQuality.h"
#include "core/RolePolicyRules.h"
#include "core/UtcTime.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SignOffService", text);
}

int columnIndex(const ChecklistSection& section, const QString& header) {
    for (int c = 0; c < section.columns.size(); ++c) {
        if (section.columns.at(c).trimmed().compare(header, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

// A sign-off row's cell under a given header ("" when the template has no such column).
QString signOffCell(const ChecklistSection& section, const ChecklistItem& row, const QString& header) {
    const int column = columnIndex(section, header);
    if (column <= 0)
        return {};
    const QList<int> extras = section.extraColumns();
    const int slot = int(extras.indexOf(column));
    return slot >= 0 && slot < row.extra.size() ? row.extra.at(slot).trimmed() : QString();
}

} // namespace

SignOffService::SignOffService(ChecklistStore& store)
    : m_store(store) {}

Result<qint64> SignOffService::registerSigner(const QString& login, const QString& printedName,
                                              const QStringList& roles, const SecretBytes& password,
                                              const QString& actor, Registry::Credentials* admin) {
    Registry registry(m_store);
    const Result<bool> hasRegistry = registry.exists();
    if (!hasRegistry)
        return hasRegistry.failure();
    const Result<bool> required = administratorRequired();
    if (!required)
        return required.failure();
    if (required.value() && !admin)
        return Error(
            hasRegistry.value()
                ? tr("only an administrator can add signers")
                : tr("only an administrator can add signers, and this database has none yet: set up its "
                     "first administrator (Tools ▸ Signers ▸ Set Up, or countersign-cli admin init)"));
    if (Status good = PasswordQuality::check(password, login.trimmed(), printedName.trimmed()); !good)
        return good.failure();
    if (!Crypto::initialize())
        return Error(tr("the cryptography library could not start"));
    Result<QString> hash = Crypto::hashPassword(password);
    if (!hash)
        return Error(hash.error());
    const Crypto::KeyPair keys = Crypto::generateSigningKeys();
    Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, password);
    if (!sealed)
        return Error(sealed.error());
    Signer signer;
    signer.login = login.trimmed();
    signer.printedName = printedName.trimmed();
    for (const QString& role : roles) {
        if (!role.trimmed().isEmpty())
            signer.roles << role.trimmed();
    }
    signer.publicKey = keys.publicKey;
    if (hasRegistry.value())
        return registry.certifyNewSigner(*admin, signer, {hash.value(), sealed.value()}, actor);
    if (admin)
        return Error(tr("this database has no signer registry yet: countersign-cli admin init creates it"));
    return m_store.addSigner(signer, {hash.value(), sealed.value()}, actor);
}

Result<bool> SignOffService::administratorRequired() const {
    const Result<bool> hasRegistry = Registry(m_store).exists();
    if (!hasRegistry)
        return hasRegistry.failure();
    if (hasRegistry.value())
        return true;
    const Result<QList<Signer>> signers = m_store.signers();
    if (!signers)
        return signers.failure();
    return signers->isEmpty();
}

Result<Signer> SignOffService::authenticate(const QString& login, const SecretBytes& password,
                                            qint64 recordId, SecretBytes* unsealedKey) {
    Result<Signer> signer = m_store.signer(login);
    // The same answer for an unknown login and a wrong password: no hint for a guesser.
    const QString refused = tr("the login or the password is wrong");
    if (!signer)
        return Error(refused);
    if (!signer->active)
        return Error(tr("the signer %1 has been deactivated and can no longer sign").arg(signer->login));
    const QDateTime now = m_store.now();
    if (signer->lockedUntil.isValid() && signer->lockedUntil > now)
        return Error(tr("the signer %1 is locked after %2 wrong passwords, until %3. Try again later.")
                         .arg(signer->login)
                         .arg(kMaxFailedLogins)
                         .arg(UtcTime::localClock(signer->lockedUntil)));
    Result<ChecklistStore::SignerSecrets> secrets = m_store.signerSecrets(login);
    if (!secrets)
        return Error(secrets.error());
    // Both checks cost the same Argon2id derivation (Crypto::activeProfile()):
    // a login hash cheaper than the sealed key would let whoever copied the
    // database guess passwords against the cheap one and then open the key
    // with the answer, so the expensive one would protect nothing. Signing
    // checks by unsealing, so it pays for one derivation, not two.
    bool passwordOk = false;
    if (unsealedKey) {
        Result<SecretBytes> key = Crypto::openSecretKey(secrets->sealedSecret, password);
        if (!key && key.errorKind() != Error::Kind::PasswordRejected)
            return Error(key.error()); // damaged or out of memory: not the signer's mistake
        passwordOk = key.ok();
        if (passwordOk)
            *unsealedKey = std::move(key).value();
    } else {
        passwordOk = Crypto::verifyPassword(secrets->passwordHash, password);
    }
    if (!passwordOk) {
        // A lock that has run out starts a fresh count.
        const int failures = (signer->lockedUntil.isValid() ? 0 : signer->failedAttempts) + 1;
        const QDateTime lockUntil =
            failures >= kMaxFailedLogins ? now.addSecs(kLockMinutes * 60) : QDateTime();
        if (signer->lockedUntil.isValid())
            m_store.clearFailedLogins(login);
        m_store.recordFailedLogin(signer->login, recordId, lockUntil);
        if (lockUntil.isValid())
            return Error(
                tr("the login or the password is wrong. After %1 wrong passwords in a row, %2 is locked "
                   "for %3 minutes.")
                    .arg(kMaxFailedLogins)
                    .arg(signer->login)
                    .arg(kLockMinutes));
        return Error(refused);
    }
    m_store.clearFailedLogins(login);
    // The signers table is not signed itself: a key swapped in by hand would
    // sign records as this signer with a key that their public key (which
    // verify checks) does not match.
    if (unsealedKey && Crypto::publicKeyOf(*unsealedKey) != signer->publicKey) {
        unsealedKey->clear();
        return Error(tr("the stored signing key of %1 does not belong to their registered public key: the "
                        "signers table was changed outside Countersign, and the key is not used. Ask an "
                        "administrator to check the database.")
                         .arg(signer->login));
    }
    return signer;
}

Status SignOffService::changePassword(const QString& login, const SecretBytes& oldPassword,
                                      const SecretBytes& newPassword) {
    // Checked before the current password, which costs a key derivation. An
    // unknown login is refused below as a wrong password is, without a hint.
    const Result<Signer> owner = m_store.signer(login);
    const QString printedName = owner ? owner->printedName : QString();
    if (Status good = PasswordQuality::check(newPassword, login.trimmed(), printedName, &oldPassword); !good)
        return good.failure();
    SecretBytes secretKey;
    Result<Signer> signer = authenticate(login, oldPassword, 0, &secretKey);
    if (!signer)
        return Error(signer.error());
    // Always written as countersign-sealed-key/2 at today's cost: a version 1 key is upgraded here.
    Result<QByteArray> resealed = Crypto::sealSecretKey(secretKey, newPassword);
    secretKey.clear();
    if (!resealed)
        return Error(resealed.error());
    Result<QString> hash = Crypto::hashPassword(newPassword);
    if (!hash)
        return Error(hash.error());
    return m_store.setSignerSecrets(login, {hash.value(), resealed.value()}, login);
}

Status SignOffService::canSign(const Record& record, const QString& role) const {
    if (record.state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(record.id));
    const Result<int> found = roleRow(record, role);
    if (!found)
        return Error(found.error());
    const int position = found.value();
    const ChecklistSection* signOff = record.signOffSection();
    const ChecklistItem& row = signOff->items.at(position);
    if (record.roleComplete(row.text)) {
        const int required = record.policyFor(row.text).signersRequired;
        if (required <= 1)
            return Error(tr("%1 has already signed record %2").arg(row.text).arg(record.id));
        return Error(
            tr("%1 has all %2 of its signatures on record %3").arg(row.text).arg(required).arg(record.id));
    }
    if (Status unchanged = changedSinceDeclined(record, row.text); !unchanged)
        return unchanged;

    if (!rolesSignInAnyOrder(*signOff)) {
        QStringList waiting;
        for (int i = 0; i < position; ++i) {
            if (!record.roleComplete(signOff->items.at(i).text))
                waiting << signOff->items.at(i).text;
        }
        if (!waiting.isEmpty())
            return Error(tr("%1 signs after %2: they have not signed yet")
                             .arg(row.text, waiting.join(QStringLiteral(", "))));
    }

    if (!signsAnyTime(*signOff, row)) {
        // The GUI asks this for every role whenever a record opens: a record
        // of 10,000 pending items must not cost 10,000 formatted lines.
        constexpr qsizetype kListedAtMost = 50;
        int blockingCount = 0;
        QStringList listed;
        for (const ChecklistSection& section : record.sections) {
            if (section.kind != SectionKind::Checklist)
                continue;
            // Named as the grid shows them: section, group, position, text.
            QString group;
            int position = 0;
            for (const ChecklistItem& item : section.items) {
                if (item.isGroupHeader) {
                    group = item.text;
                    continue;
                }
                ++position;
                if (ItemStatusText::isResolved(item.status))
                    continue;
                if (++blockingCount <= kListedAtMost) {
                    const QString where =
                        group.isEmpty() ? section.title : QStringLiteral("%1 ▸ %2").arg(section.title, group);
                    listed << tr("  %1 ▸ %2. %3 (%4)")
                                  .arg(where)
                                  .arg(position)
                                  .arg(item.text, ItemStatusText::label(item.status));
                }
            }
        }
        if (blockingCount > kListedAtMost)
            listed << tr("  … and %1 more").arg(blockingCount - kListedAtMost);
        if (blockingCount > 0)
            return Error(tr("record %1 cannot be signed while items are pending or failed (%2 of them):\n%3")
                             .arg(record.id)
                             .arg(blockingCount)
                             .arg(listed.join(u'\n')));
    }
    return {};
}

Result<SignOffService::UnlockedKey> SignOffService::unlock(const QString& login,
                                                           const SecretBytes& password) {
    UnlockedKey unlocked;
    Result<Signer> signer = authenticate(login, password, 0, &unlocked.m_key);
    if (!signer)
        return signer.failure();
    unlocked.m_login = signer->login;
    return unlocked;
}

Result<Signer> SignOffService::signerOf(const UnlockedKey& key) const {
    Result<Signer> signer = m_store.signer(key.login());
    if (!signer)
        return signer;
    if (!signer->active)
        return Error(tr("the signer %1 has been deactivated and can no longer sign").arg(signer->login));
    if (Crypto::publicKeyOf(key.m_key) != signer->publicKey)
        return Error(tr("the signing key of %1 is no longer their registered key: unlock it again")
                         .arg(signer->login));
    return signer;
}

Result<SignatureEntry> SignOffService::sign(const SignRequest& request) {
    return signWith(request, nullptr);
}

Result<SignatureEntry> SignOffService::sign(const SignRequest& request, const UnlockedKey& key) {
    if (request.login.trimmed().compare(key.login(), Qt::CaseInsensitive) != 0)
        return Error(tr("the unlocked key is %1's, not %2's").arg(key.login(), request.login));
    return signWith(request, &key);
}

Result<SignatureEntry> SignOffService::signWith(const SignRequest& request, const UnlockedKey* key) {
    Result<Record> record = m_store.loadRecord(request.recordId);
    if (!record)
        return Error(record.error());
    if (Status allowed = canSign(record.value(), request.role); !allowed)
        return Error(allowed.error());
    if (request.meaning.trimmed().isEmpty())
        return Error(tr("a signature needs a meaning (for example Approved)"));
    if (!request.typed && request.strokes.isEmpty())
        return Error(tr("draw a signature, or choose a typed signature"));

    SecretBytes ownKey; // unsealed by the password check, wiped when sign() returns
    Result<Signer> signer =
        key ? signerOf(*key) : authenticate(request.login, request.password, request.recordId, &ownKey);
    if (!signer)
        return Error(signer.error());
    const SecretBytes& secretKey = key ? key->m_key : ownKey;

    // canSign found the role above.
    const int position = roleRow(record.value(), request.role).value_or(0);
    const QString role = record->signOffSection()->items.at(position).text;
    if (!signer->roles.contains(role, Qt::CaseInsensitive))
        return Error(
            tr("%1 (%2) may not sign as %3. Their roles: %4")
                .arg(signer->printedName, signer->login, role,
                     signer->roles.isEmpty() ? tr("none") : signer->roles.join(QStringLiteral(", "))));
    if (Status once = RolePolicyRules::signsOnce(record.value(), signer->id, signer->printedName, role);
        !once)
        return Error(once.error());
    if (Status independent = checkIndependent(record.value(), role, signer.value()); !independent)
        return Error(independent.error());

    SignatureEntry entry;
    entry.recordId = record->id;
    entry.role = role;
    entry.rolePosition = position;
    entry.signerId = signer->id;
    entry.login = signer->login;
    entry.printedName = signer->printedName;
    entry.meaning = request.meaning.trimmed();
    entry.signedAt = m_store.now(); // the application's clock, never typed
    entry.digest = ContentDigest::digest(record.value(), ContentDigest::kSigningFormat);
    entry.typed = request.typed;
    entry.strokes = request.typed
                        ? SignatureStrokes()
                        : StrokeJson::read(StrokeJson::write(request.strokes)).value_or(SignatureStrokes{});
    // Version 2 pins the record's history as it stands now: rewriting anything
    // up to here, in this record or (through the ledger) anywhere in the
    // database, then means forging this signature.
    Result<SignaturePayload::Context> context = payloadContext(*signer, record->id, key);
    if (!context)
        return Error(context.error());
    entry.payloadFormat = 2;
    entry.payload = SignaturePayload::version2(entry, context.value());
    entry.signature = Crypto::sign(entry.payload, secretKey);
    ownKey.clear();

    // The rules that depend on other signatures run again inside the store's
    // write lock, on the record as it is then: another role may have signed
    // (and this signature now seals the record) or the record been reopened
    // since it was read above.
    const qint64 signerId = signer->id;
    Result<qint64> id =
        m_store.addSignature(entry, [this, &entry, signerId](const Record& current) -> Result<bool> {
            if (Status allowed = canSign(current, entry.role); !allowed)
                return Error(allowed.error());
            if (Status once = RolePolicyRules::signsOnce(current, signerId, entry.printedName, entry.role);
                !once)
                return Error(once.error());
            Record afterSigning = current;
            afterSigning.signatures.append(entry);
            return allRolesSigned(afterSigning);
        });
    if (!id)
        return Error(id.error());
    entry.id = id.value();
    return entry;
}

Status SignOffService::checkIndependent(const Record& record, const QString& role,
                                        const Signer& signer) const {
    if (!record.policyFor(role).independent)
        return {};
    const Result<QList<AuditEntry>> trail = m_store.auditTrail(record.id);
    if (!trail)
        return Error(trail.error());
    return RolePolicyRules::independent(record, role, signer, trail.value());
}

// The row of the sign-off table a role names (in any case; the last such
// row), or why there is none.
Result<int> SignOffService::roleRow(const Record& record, const QString& role) {
    const ChecklistSection* signOff = record.signOffSection();
    if (!signOff)
        return Error(tr("record %1 has no sign-off table").arg(record.id));
    int position = -1;
    for (int i = 0; i < signOff->items.size(); ++i) {
        if (signOff->items.at(i).text.compare(role.trimmed(), Qt::CaseInsensitive) == 0)
            position = i;
    }
    if (position >= 0)
        return position;
    QStringList roles;
    for (const ChecklistItem& row : signOff->items)
        roles << row.text;
    return Error(tr("record %1 has no role \"%2\". Its roles: %3")
                     .arg(record.id)
                     .arg(role, roles.join(QStringLiteral(", "))));
}

// The newest refusal of a role when it was of the record as it is now; nullptr
// once the record has changed since (or the role was never declined).
const SignatureEntry* SignOffService::standingDecline(const Record& record, const QString& role) {
    const SignatureEntry* declined = record.latestDecline(role);
    return declined && declined->digest == RecordDigests(record).forSignature(*declined) ? declined : nullptr;
}

// A role that was declined is signed again only on a changed record: the
// refusal asked for a change, and a signature of the very content refused
// would quietly overrule it.
Status SignOffService::changedSinceDeclined(const Record& record, const QString& role) {
    const SignatureEntry* declined = standingDecline(record, role);
    if (!declined)
        return {};
    return Error(tr("%1 declined to sign as %2 on %3: \"%4\". The role can be signed once the record has "
                    "changed.")
                     .arg(declined->printedName, role, UtcTime::text(declined->signedAt), declined->reason));
}

Status SignOffService::canDecline(const Record& record, const QString& role) const {
    if (record.state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it").arg(record.id));
    const Result<int> found = roleRow(record, role);
    if (!found)
        return Error(found.error());
    const QString& roleText = record.signOffSection()->items.at(found.value()).text;
    if (record.roleComplete(roleText))
        return Error(tr("%1 has already signed record %2: reopen the record before declining it")
                         .arg(roleText)
                         .arg(record.id));
    if (const SignatureEntry* declined = standingDecline(record, roleText))
        return Error(tr("%1 already declined to sign as %2 on %3, and the record has not changed since")
                         .arg(declined->printedName, roleText, UtcTime::text(declined->signedAt)));
    return {};
}

Result<SignatureEntry> SignOffService::decline(const DeclineRequest& request) {
    Result<Record> record = m_store.loadRecord(request.recordId);
    if (!record)
        return Error(record.error());
    if (Status allowed = canDecline(record.value(), request.role); !allowed)
        return Error(allowed.error());
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return Error(tr("declining to sign needs a reason: say what must change before you sign"));
    if (reason.size() > kMaxReasonLength)
        return Error(tr("the reason is %1 characters long; keep it under %2")
                         .arg(reason.size())
                         .arg(kMaxReasonLength));

    SecretBytes secretKey; // unsealed by the password check, wiped when decline() returns
    Result<Signer> signer = authenticate(request.login, request.password, request.recordId, &secretKey);
    if (!signer)
        return Error(signer.error());
    SignatureEntry entry;
    // canDecline found the role above.
    entry.rolePosition = roleRow(record.value(), request.role).value_or(0);
    entry.role = record->signOffSection()->items.at(entry.rolePosition).text;
    if (!signer->roles.contains(entry.role, Qt::CaseInsensitive))
        return Error(
            tr("%1 (%2) may not decline as %3: it is not one of their roles (%4)")
                .arg(signer->printedName, signer->login, entry.role,
                     signer->roles.isEmpty() ? tr("none") : signer->roles.join(QStringLiteral(", "))));
    entry.recordId = record->id;
    entry.signerId = signer->id;
    entry.login = signer->login;
    entry.printedName = signer->printedName;
    entry.declined = true;
    entry.reason = reason;
    entry.signedAt = m_store.now();
    entry.digest = ContentDigest::digest(record.value(), ContentDigest::kSigningFormat);
    Result<SignaturePayload::Context> context = payloadContext(*signer, record->id);
    if (!context)
        return Error(context.error());
    entry.payloadFormat = 2;
    entry.payload = SignaturePayload::version2(entry, context.value());
    entry.signature = Crypto::sign(entry.payload, secretKey);
    secretKey.clear();
    Result<qint64> id = m_store.addDecline(entry);
    if (!id)
        return Error(id.error());
    entry.id = id.value();
    return entry;
}

Result<QString> SignOffService::certificateInForce(const Signer& signer, const UnlockedKey* key) const {
    if (!key)
        return Registry(m_store).certificateInForce(signer);
    const Result<QString> head = m_store.registryHeadHash();
    if (!head)
        return head.failure();
    const auto& known = key->m_certified;
    if (known && known->registryHead == head.value() && known->signer.publicKey == signer.publicKey &&
        known->signer.printedName == signer.printedName && known->signer.roles == signer.roles)
        return known->certificate;
    Result<QString> certificate = Registry(m_store).certificateInForce(signer);
    if (certificate)
        key->m_certified = UnlockedKey::Certified{head.value(), signer, certificate.value()};
    return certificate;
}

Result<SignaturePayload::Context> SignOffService::payloadContext(const Signer& signer, qint64 recordId,
                                                                 const UnlockedKey* key) const {
    SignaturePayload::Context context;
    Result<QString> databaseId = m_store.databaseId();
    if (!databaseId)
        return Error(databaseId.error());
    Result<ChainHead> chainHead = m_store.recordChainHead(recordId);
    if (!chainHead)
        return Error(chainHead.error());
    Result<LedgerHead> ledgerHead = m_store.ledgerHead();
    if (!ledgerHead)
        return Error(ledgerHead.error());
    // The registry statement under which the key is in force now ("" only on a database from before it).
    Result<QString> certificate = certificateInForce(signer, key);
    if (!certificate)
        return Error(certificate.error());
    context.certificate = certificate.value();
    context.databaseId = databaseId.value();
    context.publicKey = signer.publicKey;
    context.chainHead = chainHead.value();
    context.ledgerHead = ledgerHead.value();
    return context;
}

Status SignOffService::reopen(qint64 recordId, const QString& login, const SecretBytes& password,
                              const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error(tr("reopening a record needs a reason"));
    Result<Signer> signer = authenticate(login, password, recordId);
    if (!signer)
        return Error(signer.error());
    return m_store.reopenRecord(recordId, signer->login, reason);
}

// The template relaxes the completeness rule for a role with "any time" in a
// When column (a Deployment Manager who signs off the plan before it runs).
bool SignOffService::signsAnyTime(const ChecklistSection& signOff, const ChecklistItem& row) {
    return signOffCell(signOff, row, QStringLiteral("When")).compare(u"any time", Qt::CaseInsensitive) == 0;
}

// "Roles may sign in any order." in the sign-off section's description lifts the order rule.
bool SignOffService::rolesSignInAnyOrder(const ChecklistSection& signOff) {
    return signOff.description.contains(QStringLiteral("any order"), Qt::CaseInsensitive);
}

QStringList SignOffService::meanings(const Record& record, const QString& role) {
    QStringList result = tableMeanings(record, role);
    if (result.isEmpty())
        result = {tr("Approved"), tr("Reviewed"), tr("Verified")};
    return result;
}

QStringList SignOffService::tableMeanings(const Record& record, const QString& role) {
    QStringList result;
    if (const ChecklistSection* signOff = record.signOffSection()) {
        for (const ChecklistItem& row : signOff->items) {
            const QString meaning = signOffCell(*signOff, row, QStringLiteral("Meaning"));
            if (meaning.isEmpty() || result.contains(meaning))
                continue;
            if (row.text.compare(role, Qt::CaseInsensitive) == 0)
                result.prepend(meaning);
            else
                result.append(meaning);
        }
    }
    return result;
}

SignatureState SignOffService::stateOf(const Record& record, const SignatureEntry& signature) {
    return RecordDigests(record).stateOf(signature);
}

QList<SignatureState> SignOffService::statesOf(const Record& record) {
    QList<SignatureState> states;
    states.reserve(record.signatures.size());
    const RecordDigests digests(record); // each format hashed once, and only for a standing signature
    for (const SignatureEntry& signature : record.signatures)
        states << digests.stateOf(signature);
    return states;
}

bool SignOffService::allRolesSigned(const Record& record) {
    const ChecklistSection* signOff = record.signOffSection();
    if (!signOff || signOff->items.isEmpty())
        return false;
    for (const ChecklistItem& row : signOff->items) {
        if (!record.roleComplete(row.text))
            return false;
    }
    return true;
}
