#pragma once

#include "core/Checklist.h"
#include "core/ContentDigest.h"
#include "core/PayloadVerifier.h"

#include <QHash>

// What checking a record's signatures and refusals takes from the record
// alone: its content digests in each format they name, each version 2
// payload read and its Ed25519 signature checked, each version 1 signature's
// Ed25519 verdict against its signer's key. It touches neither the store nor
// the history, so a whole verify takes a batch of these on another core
// while it reads the next batch (they are most of a record's check).
class RecordPrecheck {
public:
    // record and signersById: kept alive by the caller for this object's life.
    RecordPrecheck(const Record& record, const QHash<qint64, Signer>& signersById);

    const RecordDigests& digests() const { return m_digests; }
    // signature: one of the record's signatures or refusals.
    const PayloadVerifier::Reading& payload(const SignatureEntry& signature) const;
    // ContentDigest::formatOf(signature), its payload read once.
    std::optional<ContentFormat> formatOf(const SignatureEntry& signature) const;
    // Whether a version 1 signature holds over its rebuilt bytes with its signer's key now.
    bool formatOneHolds(const SignatureEntry& signature) const;

private:
    RecordDigests m_digests;
    QHash<const SignatureEntry*, PayloadVerifier::Reading> m_payloads;
    QHash<const SignatureEntry*, bool> m_formatOneHolds;
};
