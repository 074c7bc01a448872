#pragma once

#include "core/Checklist.h"

#include <QString>

#include <future>

// The record's content digest, computed on another core beside the layout
// (see ReportRenderer): waited for only where the report first prints it.
class ReportDigest {
public:
    explicit ReportDigest(std::shared_future<QString> digest)
        : m_future(std::move(digest)) {}

    const QString& get() const {
        if (m_digest.isEmpty())
            m_digest = m_future.get();
        return m_digest;
    }
    // Against the digest computed once: a record with thousands of items is
    // not hashed again per signature.
    SignatureState stateOf(const SignatureEntry& signature) const { return signature.stateAgainst(get()); }

private:
    mutable std::shared_future<QString> m_future;
    mutable QString m_digest;
};
