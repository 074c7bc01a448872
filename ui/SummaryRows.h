#pragma once

#include "core/Checklist.h"

#include <QtGlobal>

#include <array>
#include <memory>
#include <optional>
#include <vector>

// The record summaries a RecordListModel has read, by row, kept in pages of
// the model's page size, each allocated when a summary of it is first kept.
// The window's first frame reads one page of the list: a slot for every
// record up front (160 bytes each, 3.2 MB for 20,000 records, every page of
// it written) cost the window's start 1.2 ms of CPU before it was shown.
class SummaryRows {
public:
    static constexpr int kPageSize = 50;

    explicit SummaryRows(qsizetype rows = 0)
        : m_pages((rows + kPageSize - 1) / kPageSize)
        , m_size(rows) {}

    qsizetype size() const { return m_size; }

    // The summary kept for a row, or nullptr when none is (never read, or out of range).
    const RecordSummary* at(qsizetype row) const {
        if (row < 0 || row >= m_size)
            return nullptr;
        const Page* page = m_pages[size_t(row / kPageSize)].get();
        if (!page)
            return nullptr;
        const std::optional<RecordSummary>& kept = (*page)[size_t(row % kPageSize)];
        return kept ? &*kept : nullptr;
    }

    void set(qsizetype row, const RecordSummary& summary) {
        Q_ASSERT(row >= 0 && row < m_size);
        std::unique_ptr<Page>& page = m_pages[size_t(row / kPageSize)];
        if (!page)
            page = std::make_unique<Page>();
        (*page)[size_t(row % kPageSize)] = summary;
    }

    void append(const RecordSummary& summary) {
        if (m_size % kPageSize == 0)
            m_pages.emplace_back();
        ++m_size;
        set(m_size - 1, summary);
    }

private:
    using Page = std::array<std::optional<RecordSummary>, kPageSize>;
    std::vector<std::unique_ptr<Page>> m_pages;
    qsizetype m_size = 0;
};
