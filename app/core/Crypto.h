#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Thin wrappers over libsodium: Argon2id password hashes, Ed25519 keys and
// signatures, and secret keys sealed under a key derived from the password.
// Nothing here logs or keeps a password.
namespace Crypto {

// Must succeed before any other call; safe to call more than once.
bool initialize();

// An Argon2id hash in libsodium's self-describing string form ($argon2id$v=19$...).
Result<QString> hashPassword(const QString& password);
bool verifyPassword(const QString& encodedHash, const QString& password);

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes; wipe after use
};
KeyPair generateSigningKeys();

// The secret key encrypted with XSalsa20-Poly1305 under a key derived from the
// password by Argon2id: salt || nonce || ciphertext.
Result<QByteArray> sealSecretKey(const QByteArray& secretKey, const QString& password);
// Fails when the password is wrong or the sealed key was altered.
Result<QByteArray> openSecretKey(const QByteArray& sealed, const QString& password);

QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

// Overwrites memory that held a secret.
void wipe(QByteArray& secret);

} // namespace Crypto
