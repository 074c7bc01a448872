#pragma once

#include "core/Checklist.h"
#include "core/ContentDigest.h"
#include "core/PasswordQuality.h"
#include "core/Registry.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QStringList>

#include <optional>

class ChecklistStore;

// The sign-off rules, in one place that the GUI and the CLI both go through:
// who may sign which role, in what order, on what content, with which
// credentials; reopening; signer registration and passwords.
class SignOffService {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 15;
    // The shortest signing password accepted; the GUI's and the CLI's own checks use the same.
    // PasswordQuality checks a new password fully.
    static constexpr int kMinPasswordLength = PasswordQuality::kMinLength;

    explicit SignOffService(ChecklistStore& store);

    struct SignRequest {
        qint64 recordId = 0;
        QString role;
        QString login;
        SecretBytes password;
        QString meaning;
        SignatureStrokes strokes; // empty with typed = true
        bool typed = false;
    };

    // A new password must pass PasswordQuality::check (the signer's login and
    // printed name are what it must not be built on); the store refuses a login
    // or printed name that another signer already has.
    // Once the database has a signer registry, an administrator must certify
    // the new signer (admin: their login and password, checked and counted
    // like a signer's); a new database has its registry before its first
    // signer. Only a database from before the registry, not yet migrated by
    // `admin init`, adds signers without one.
    // Whether adding a signer needs an administrator: once there is a registry,
    // and on a new database (no signers yet), which gets its registry first.
    // False only for a database from before the registry that has signers.
    // registerSigner enforces the first; the front ends that can ask for an
    // administrator (the CLI) the second too.
    Result<bool> administratorRequired() const;
    Result<qint64> registerSigner(const QString& login, const QString& printedName, const QStringList& roles,
                                  const SecretBytes& password, const QString& actor,
                                  Registry::Credentials* admin = nullptr);
    Status changePassword(const QString& login, const SecretBytes& oldPassword,
                          const SecretBytes& newPassword);

    // Checks everything but the credentials: what the dialog shows before anyone types a password.
    // A role whose latest refusal was of the record as it is now cannot be signed.
    Status canSign(const Record& record, const QString& role) const;
    Result<SignatureEntry> sign(const SignRequest& request);
    // A signer's signing key unsealed once by their password (checked and
    // counted as for a signing), for one signer signing many records in a row
    // (the benchmark's ten-year archive) without a key derivation each time.
    // Only unlock() makes one; the key is wiped when it goes.
    class UnlockedKey {
    public:
        const QString& login() const { return m_login; }

    private:
        friend class SignOffService;
        QString m_login;
        SecretBytes m_key;
        // The certificate in force at the last signing, and what it was
        // looked up for: used again while the registry and the signer's row
        // are unchanged (reading the whole registry cost more than a signing).
        struct Certified {
            QString registryHead;
            Signer signer;
            QString certificate;
        };
        mutable std::optional<Certified> m_certified;
    };
    Result<UnlockedKey> unlock(const QString& login, const SecretBytes& password);
    // sign() with a key unlock() opened (request.password is not read): the
    // same checks, except the password's, on the signer as stored now.
    Result<SignatureEntry> sign(const SignRequest& request, const UnlockedKey& key);

    // Declining to sign ("I do not approve"): attributable like a signature
    // (login, password, the signer's key over the payload, decision
    // "declined"), with a required reason. The record stays open; the role
    // can be declined again, or signed, once the record has changed.
    static constexpr int kMaxReasonLength = 2000;
    struct DeclineRequest {
        qint64 recordId = 0;
        QString role;
        QString login;
        SecretBytes password;
        QString reason;
    };
    Status canDecline(const Record& record, const QString& role) const;
    Result<SignatureEntry> decline(const DeclineRequest& request);
    Status reopen(qint64 recordId, const QString& login, const SecretBytes& password, const QString& reason);

    // The meanings a template offers (its sign-off table's Meaning column), or
    // Approved, Reviewed, Verified; the role's own first.
    static QStringList meanings(const Record& record, const QString& role);
    // The sign-off table's meanings only, the role's own first; [] when it has
    // no Meaning column. Never translated: content/2 signs them.
    static QStringList tableMeanings(const Record& record, const QString& role);
    // The sign-off table's own rules, read from its text: a role with "any
    // time" in a When column may sign before the checklist is complete, and
    // "any order" in the section's description lifts the order of the roles.
    static bool signsAnyTime(const ChecklistSection& signOff, const ChecklistItem& row);
    static bool rolesSignInAnyOrder(const ChecklistSection& signOff);
    static SignatureState stateOf(const Record& record, const SignatureEntry& signature);
    // stateOf() for each of record.signatures, in order, hashing the record at most
    // once: a record of 10,000 items takes tens of milliseconds to digest.
    static QList<SignatureState> statesOf(const Record& record);
    // True when every role of the sign-off table has as many standing
    // signatures as its policy asks for (Record::roleComplete).
    static bool allRolesSigned(const Record& record);

private:
    // Checks login and password, counting failures and locking after five.
    // With unsealedKey the check is unsealing the signer's signing key, which
    // is handed back there (one key derivation for a signing); without, it is
    // the login hash.
    Result<Signer> authenticate(const QString& login, const SecretBytes& password, qint64 recordId,
                                SecretBytes* unsealedKey = nullptr);
    // sign()'s work once the request passed: key is the unsealed key, or
    // nullptr to unseal it with the request's password.
    Result<SignatureEntry> signWith(const SignRequest& request, const UnlockedKey* key);
    // The signer of an unlocked key as stored now: still active, key still theirs.
    Result<Signer> signerOf(const UnlockedKey& key) const;
    // RolePolicyRules::independent with the record's audit trail, for an independent role.
    Status checkIndependent(const Record& record, const QString& role, const Signer& signer) const;
    static Result<int> roleRow(const Record& record, const QString& role);
    static const SignatureEntry* standingDecline(const Record& record, const QString& role);
    static Status changedSinceDeclined(const Record& record, const QString& role);
    // The database, key and history a version 2 signature of a record is bound to.
    Result<SignaturePayload::Context> payloadContext(const Signer& signer, qint64 recordId,
                                                     const UnlockedKey* key = nullptr) const;
    // Registry::certificateInForce, or what key remembers of it while it still holds.
    Result<QString> certificateInForce(const Signer& signer, const UnlockedKey* key) const;

    ChecklistStore& m_store;
};
