#include "core/RecoveryCode.h"

#include <QString>

#include <sodium.h>

namespace RecoveryCode {

namespace {
constexpr int kBytes = 16;
constexpr int kCharacters = 26; // ceil(128 / 5)
constexpr int kGroup = 4;
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char kContext[] = "countersign-recovery/1";

// The value of a Crockford character, or -1 (U is not in the alphabet).
int valueOf(char c) {
    if (c >= 'a' && c <= 'z')
        c = char(c - 'a' + 'A');
    if (c == 'O')
        return 0;
    if (c == 'I' || c == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}
} // namespace

bool isReservedLogin(const QString& login) {
    return login.trimmed().compare(QStringView(kLogin), Qt::CaseInsensitive) == 0;
}

SecretBytes generate() {
    Crypto::initialize();
    SecretBytes raw = SecretBytes::zeroed(kBytes);
    SecretBytes text;
    if (!raw.isValid())
        return text;
    randombytes_buf(raw.data(), kBytes);
    // Five bits at a time, most significant first; the last character carries three bits and two zeros.
    int written = 0;
    for (int bit = 0; bit < kCharacters * 5; bit += 5) {
        int value = 0;
        for (int b = bit; b < bit + 5; ++b) {
            const int set = b < kBytes * 8 ? (raw.data()[b / 8] >> (7 - b % 8)) & 1 : 0;
            value = (value << 1) | set;
        }
        if (written > 0 && written % kGroup == 0 && !text.append('-'))
            return {};
        if (!text.append(kAlphabet[value]))
            return {};
        ++written;
    }
    return text;
}

std::optional<SecretBytes> decode(const SecretBytes& typed) {
    SecretBytes raw = SecretBytes::zeroed(kBytes);
    if (!raw.isValid())
        return std::nullopt;
    int bit = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const char c = typed.chars()[i];
        if (c == '-' || c == ' ' || c == '\t')
            continue;
        const int value = valueOf(c);
        if (value < 0 || bit >= kCharacters * 5)
            return std::nullopt;
        for (int b = 4; b >= 0; --b, ++bit) {
            const int set = (value >> b) & 1;
            if (bit >= kBytes * 8) {
                if (set) // the two bits after the 128th are always zero
                    return std::nullopt;
                continue;
            }
            raw.data()[bit / 8] = static_cast<unsigned char>(raw.data()[bit / 8] | (set << (7 - bit % 8)));
        }
    }
    if (bit != kCharacters * 5)
        return std::nullopt;
    return raw;
}

Crypto::KeyPair keysOf(const SecretBytes& code) {
    Crypto::initialize();
    Crypto::KeyPair keys;
    SecretBytes seed = SecretBytes::zeroed(crypto_sign_SEEDBYTES);
    keys.secretKey = SecretBytes::zeroed(crypto_sign_SECRETKEYBYTES);
    if (!seed.isValid() || !keys.secretKey.isValid() || code.size() != kBytes)
        return {};
    crypto_generichash(seed.data(), crypto_sign_SEEDBYTES, reinterpret_cast<const unsigned char*>(kContext),
                       sizeof(kContext) - 1, code.data(), size_t(code.size()));
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), keys.secretKey.data(),
                             seed.data());
    return keys;
}

} // namespace RecoveryCode
