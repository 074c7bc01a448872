#include "core/RecordPrecheck.h"

#include "core/Crypto.h"

RecordPrecheck::RecordPrecheck(const Record& record, const QHash<qint64, Signer>& signersById)
    : m_digests(record) {
    const auto take = [&](const SignatureEntry& sig) {
        if (sig.payloadFormat >= 2) {
            const PayloadVerifier::Reading& reading = *m_payloads.insert(&sig, PayloadVerifier::read(sig));
            // Hashed here, kept in m_digests for the checks that compare it.
            if (!sig.declined && !sig.revoked && reading.contentFormat)
                m_digests.of(*reading.contentFormat);
            return;
        }
        if (!sig.declined && !sig.revoked)
            m_digests.of(ContentFormat::V1);
        const auto signer = signersById.constFind(sig.signerId);
        m_formatOneHolds.insert(
            &sig, signer != signersById.constEnd() &&
                      Crypto::verify(SignaturePayload::bytes(sig), sig.signature, signer->publicKey));
    };
    for (const SignatureEntry& sig : record.signatures)
        take(sig);
    for (const SignatureEntry& sig : record.declines)
        take(sig);
}

const PayloadVerifier::Reading& RecordPrecheck::payload(const SignatureEntry& signature) const {
    static const PayloadVerifier::Reading unread;
    const auto found = m_payloads.constFind(&signature);
    return found == m_payloads.constEnd() ? unread : *found;
}

std::optional<ContentFormat> RecordPrecheck::formatOf(const SignatureEntry& signature) const {
    const auto found = m_payloads.constFind(&signature);
    return found == m_payloads.constEnd() ? ContentDigest::formatOf(signature) : found->contentFormat;
}

bool RecordPrecheck::formatOneHolds(const SignatureEntry& signature) const {
    return m_formatOneHolds.value(&signature, false);
}
