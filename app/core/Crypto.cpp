#include "core/Crypto.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace Crypto {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Crypto", text);
}

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// countersign-sealed-key/2 (docs/CANONICAL-JSON.md).
const QByteArray kMagic = QByteArrayLiteral("CSK2");
constexpr char kKdfArgon2id13 = 1; // the format's own number, not libsodium's crypto_pwhash_ALG_ARGON2ID13
constexpr int kSaltOffset = 4 + 1 + 4 + 4;
constexpr int kNonceOffset = kSaltOffset + crypto_pwhash_SALTBYTES;
constexpr int kHeaderSize = kNonceOffset + crypto_secretbox_NONCEBYTES;
constexpr int kSealedSize = kHeaderSize + crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES;
// Version 1: salt ‖ nonce ‖ ciphertext, always at INTERACTIVE.
constexpr int kVersion1Size = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES +
                              crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES;

KdfProfile profileOf(unsigned long long opsLimit, size_t memLimitBytes) {
    return {quint32(opsLimit), quint32(memLimitBytes / 1024)};
}

// A blob names its own cost, so a doctored one could ask for terabytes:
// anything outside libsodium's MIN..SENSITIVE is treated as damaged.
bool plausible(const KdfProfile& profile) {
    return profile.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           profile.opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           quint64(profile.memLimitKiB) * 1024 >= crypto_pwhash_MEMLIMIT_MIN &&
           quint64(profile.memLimitKiB) * 1024 <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

Result<SecretBytes> deriveKey(const SecretBytes& password, const unsigned char* salt,
                              const KdfProfile& profile) {
    SecretBytes key = SecretBytes::zeroed(crypto_secretbox_KEYBYTES);
    if (!key.isValid())
        return Error(tr("no locked memory is left for the signing key"));
    const int rc =
        crypto_pwhash(key.data(), size_t(key.size()), password.chars(), size_t(password.size()), salt,
                      profile.opsLimit, size_t(profile.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error(tr("not enough memory to derive the key"));
    return key;
}

} // namespace

bool initialize() {
    return sodium_init() >= 0;
}

KdfProfile activeProfile() {
    // Read once: a process never mixes profiles, and the tests set it for every
    // suite (tests/CMakeLists.txt) so that a signing there costs milliseconds.
    static const KdfProfile profile = [] {
        const QString test = qEnvironmentVariable("COUNTERSIGN_TEST_KDF");
        if (test == u"min")
            return profileOf(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
        if (test == u"interactive")
            return profileOf(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
        return profileOf(crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE);
    }();
    return profile;
}

std::optional<KdfProfile> sealedProfile(const QByteArray& sealed) {
    if (sealed.size() != kSealedSize || !sealed.startsWith(kMagic) || sealed.at(4) != kKdfArgon2id13)
        return std::nullopt;
    const KdfProfile profile{qFromBigEndian<quint32>(sealed.constData() + 5),
                             qFromBigEndian<quint32>(sealed.constData() + 9)};
    if (!plausible(profile))
        return std::nullopt;
    return profile;
}

Result<QString> hashPassword(const SecretBytes& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    const KdfProfile profile = activeProfile();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.chars(), size_t(password.size()), profile.opsLimit,
                          size_t(profile.memLimitKiB) * 1024) != 0)
        return Error(tr("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& encodedHash, const SecretBytes& password) {
    if (!initialize())
        return false;
    const QByteArray hash = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(hash.constData(), password.chars(), size_t(password.size())) == 0;
}

KeyPair generateSigningKeys() {
    initialize();
    KeyPair keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey = SecretBytes::zeroed(crypto_sign_SECRETKEYBYTES);
    if (keys.secretKey.isValid())
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), keys.secretKey.data());
    return keys;
}

QByteArray publicKeyOf(const SecretBytes& secretKey) {
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    return publicKey;
}

Result<QByteArray> sealSecretKey(const SecretBytes& secretKey, const SecretBytes& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Error(tr("no locked memory is left for the signing key"));
    const KdfProfile profile = activeProfile();
    QByteArray sealed(kSealedSize, Qt::Uninitialized);
    char* out = sealed.data();
    memcpy(out, kMagic.constData(), 4);
    out[4] = kKdfArgon2id13;
    qToBigEndian(profile.opsLimit, out + 5);
    qToBigEndian(profile.memLimitKiB, out + 9);
    auto* salt = reinterpret_cast<unsigned char*>(out + kSaltOffset);
    auto* nonce = reinterpret_cast<unsigned char*>(out + kNonceOffset);
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    Result<SecretBytes> key = deriveKey(password, salt, profile);
    if (!key)
        return key.failure();
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(out + kHeaderSize), secretKey.data(),
                          static_cast<unsigned long long>(secretKey.size()), nonce, key->data());
    return sealed;
}

Result<SecretBytes> openSecretKey(const QByteArray& sealed, const SecretBytes& password) {
    if (!initialize())
        return Error(tr("the cryptography library could not start"));
    const unsigned char* salt = nullptr;
    const unsigned char* nonce = nullptr;
    const unsigned char* cipher = nullptr;
    KdfProfile profile;
    if (const std::optional<KdfProfile> version2 = sealedProfile(sealed)) {
        profile = *version2;
        salt = bytes(sealed) + kSaltOffset;
        nonce = bytes(sealed) + kNonceOffset;
        cipher = bytes(sealed) + kHeaderSize;
    } else if (sealed.size() == kVersion1Size) {
        profile = profileOf(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
        salt = bytes(sealed);
        nonce = salt + crypto_pwhash_SALTBYTES;
        cipher = nonce + crypto_secretbox_NONCEBYTES;
    } else {
        return Error(tr("the stored signing key is damaged"), Error::Kind::Damaged);
    }
    Result<SecretBytes> key = deriveKey(password, salt, profile);
    if (!key)
        return key;
    SecretBytes plain = SecretBytes::zeroed(crypto_sign_SECRETKEYBYTES);
    if (!plain.isValid())
        return Error(tr("no locked memory is left for the signing key"));
    if (crypto_secretbox_open_easy(plain.data(), cipher,
                                   crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, nonce,
                                   key->data()) != 0)
        return Error(tr("the password does not open the signing key"), Error::Kind::PasswordRejected);
    return plain;
}

QByteArray sign(const QByteArray& message, const SecretBytes& secretKey) {
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    if (!initialize() || signature.size() != int(crypto_sign_BYTES) ||
        publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

} // namespace Crypto
