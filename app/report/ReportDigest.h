#pragma once

#include "core/Checklist.h"
#include "core/ContentDigest.h"

#include <QString>

#include <future>

// The record's content digest in the format new signatures use, computed on
// another core beside the layout (see ReportRenderer): waited for only where
// the report first prints it.
class ReportDigest {
public:
    ReportDigest(const Record& record, std::shared_future<QString> digest)
        : m_record(record)
        , m_future(std::move(digest)) {}

    const QString& get() const {
        if (m_digest.isEmpty())
            m_digest = m_future.get();
        return m_digest;
    }
    // Against the digest computed once: a record with thousands of items is
    // not hashed again per signature. A signature made over another content
    // format (content/1, before content/2) is checked in its own, hashed once.
    SignatureState stateOf(const SignatureEntry& signature) const {
        if (ContentDigest::formatOf(signature) == ContentDigest::kSigningFormat)
            return signature.stateAgainst(signature.revoked ? QString() : get());
        return m_others.stateOf(signature);
    }

private:
    const Record& m_record;
    mutable std::shared_future<QString> m_future;
    mutable QString m_digest;
    RecordDigests m_others{m_record};
};
