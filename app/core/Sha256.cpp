#include "core/Sha256.h"

#include <sodium.h>

static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(Sha256) && alignof(crypto_hash_sha256_state) <= 16);

namespace {
crypto_hash_sha256_state* stateOf(unsigned char* storage) {
    return reinterpret_cast<crypto_hash_sha256_state*>(storage);
}
} // namespace

Sha256::Sha256() {
    crypto_hash_sha256_init(stateOf(m_state));
}

void Sha256::addData(QByteArrayView bytes) {
    crypto_hash_sha256_update(stateOf(m_state), reinterpret_cast<const unsigned char*>(bytes.data()),
                              quint64(bytes.size()));
}

QByteArray Sha256::result() {
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(stateOf(m_state), reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QString Sha256::resultHex() {
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView bytes) {
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

QString Sha256::hex(QByteArrayView bytes) {
    return QString::fromLatin1(hash(bytes).toHex());
}
