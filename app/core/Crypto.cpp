#include "core/Crypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Crypto {

namespace {
// Interactive limits: about half a second on this class of machine, which is
// what a person signing can wait and what makes guessing expensive.
const unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

QString tr(const char* text) {
    return QCoreApplication::translate("Crypto", text);
}
} // namespace

bool initialize() {
    return sodium_init() >= 0;
}

Result<QString> hashPassword(const QString& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), kOpsLimit, kMemLimit);
    wipe(utf8);
    if (rc != 0)
        return Error(tr("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& encodedHash, const QString& password) {
    if (!initialize())
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray hash = encodedHash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    wipe(utf8);
    return ok;
}

KeyPair generateSigningKeys() {
    initialize();
    KeyPair keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

namespace {
Result<QByteArray> deriveKey(const QString& password, const QByteArray& salt) {
    QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()), utf8.constData(),
                      size_t(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return Error(tr("not enough memory to derive the key"));
    return key;
}
} // namespace

Result<QByteArray> sealSecretKey(const QByteArray& secretKey, const QString& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    Result<QByteArray> key = deriveKey(password, salt);
    if (!key)
        return key;
    QByteArray keyBytes = key.value();
    QByteArray cipher(int(crypto_secretbox_MACBYTES) + secretKey.size(), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(cipher.data()),
                          reinterpret_cast<const unsigned char*>(secretKey.constData()),
                          static_cast<unsigned long long>(secretKey.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(keyBytes.constData()));
    wipe(keyBytes);
    return QByteArray(salt + nonce + cipher);
}

Result<QByteArray> openSecretKey(const QByteArray& sealed, const QString& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    const int header = int(crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES);
    if (sealed.size() <= header + int(crypto_secretbox_MACBYTES))
        return Error(tr("the stored signing key is damaged"));
    const QByteArray salt = sealed.left(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = sealed.mid(crypto_pwhash_SALTBYTES, crypto_secretbox_NONCEBYTES);
    const QByteArray cipher = sealed.mid(header);
    Result<QByteArray> key = deriveKey(password, salt);
    if (!key)
        return key;
    QByteArray keyBytes = key.value();
    QByteArray plain(cipher.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                              reinterpret_cast<const unsigned char*>(cipher.constData()),
                                              static_cast<unsigned long long>(cipher.size()),
                                              reinterpret_cast<const unsigned char*>(nonce.constData()),
                                              reinterpret_cast<const unsigned char*>(keyBytes.constData()));
    wipe(keyBytes);
    if (rc != 0) {
        wipe(plain);
        return Error(tr("the password does not open the signing key"));
    }
    return plain;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey) {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    if (!initialize() || signature.size() != int(crypto_sign_BYTES) ||
        publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

void wipe(QByteArray& secret) {
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace Crypto
