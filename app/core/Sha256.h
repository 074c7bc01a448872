#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// SHA-256 through libsodium, for the hashes verify takes by the million (two
// per audit row, every content digest). QCryptographicHash's own SHA-256 is
// portable C: it was about 15 % of a whole verify's CPU, and libsodium's is
// about twice as fast here (docs/PERFORMANCE.md). The bytes are the same;
// tst_canonicaljson checks them against QCryptographicHash.
class Sha256 {
public:
    Sha256();

    void addData(QByteArrayView bytes);
    // The 32-byte digest; the hash is spent after it.
    QByteArray result();
    // The same in lower-case hex, as the chain, the digests and the rows store it.
    QString resultHex();

    static QByteArray hash(QByteArrayView bytes);
    static QString hex(QByteArrayView bytes);

private:
    // libsodium's crypto_hash_sha256_state (104 bytes), kept opaque so that
    // the header needs no sodium.h (the library is core's own, PRIVATE).
    alignas(16) unsigned char m_state[128];
};
