#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Thin wrappers over libsodium: Argon2id password hashes, Ed25519 keys and
// signatures, and secret keys sealed under a key derived from the password.
// Passwords and unsealed keys come and go as SecretBytes; nothing here logs,
// keeps or copies them into Qt containers.
namespace Crypto {

// Must succeed before any other call; safe to call more than once.
bool initialize();

// Argon2id's cost, as countersign-sealed-key/2 records it.
struct KdfProfile {
    quint32 opsLimit = 0;
    quint32 memLimitKiB = 0;
    friend bool operator==(const KdfProfile&, const KdfProfile&) = default;
};
// What new hashes and sealed keys cost: libsodium's MODERATE limits (about
// 0.8 s and 256 MiB), unless the test suites' COUNTERSIGN_TEST_KDF asks for
// "interactive" or "min" (read once, at the first call).
KdfProfile activeProfile();
// The profile in a countersign-sealed-key/2 header; nullopt for a version 1 or damaged blob.
std::optional<KdfProfile> sealedProfile(const QByteArray& sealed);

// An Argon2id hash at activeProfile() in libsodium's self-describing string form ($argon2id$v=19$...).
Result<QString> hashPassword(const SecretBytes& password);
bool verifyPassword(const QString& encodedHash, const SecretBytes& password);

struct KeyPair {
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 64 bytes
};
// An invalid secretKey when guarded memory could not be had.
KeyPair generateSigningKeys();
// The public half of an Ed25519 secret key (empty for a key of the wrong size).
QByteArray publicKeyOf(const SecretBytes& secretKey);

// The secret key encrypted with XSalsa20-Poly1305 under a key derived from the
// password by Argon2id at activeProfile(), as countersign-sealed-key/2
// (docs/CANONICAL-JSON.md): "CSK2" ‖ kdf-id ‖ opslimit ‖ memlimit KiB ‖ salt ‖ nonce ‖ ciphertext.
Result<QByteArray> sealSecretKey(const SecretBytes& secretKey, const SecretBytes& password);
// Opens version 2 and version 1 (salt ‖ nonce ‖ ciphertext at INTERACTIVE)
// blobs. A wrong password (or an altered ciphertext, which looks the same)
// fails with Error::Kind::PasswordRejected; a blob that cannot be read at all
// with Error::Kind::Damaged.
Result<SecretBytes> openSecretKey(const QByteArray& sealed, const SecretBytes& password);

QByteArray sign(const QByteArray& message, const SecretBytes& secretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

} // namespace Crypto
