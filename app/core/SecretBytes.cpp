#include "core/SecretBytes.h"

#include <QStringEncoder>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace {
// sodium_malloc() rounds every allocation up to whole pages plus two guard
// pages, so a small secret costs the same at 16 bytes as at 64.
constexpr qsizetype kSmallestCapacity = 64;
} // namespace

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecretBytes SecretBytes::zeroed(qsizetype size) {
    SecretBytes secret;
    if (secret.reserve(size)) {
        sodium_memzero(secret.m_data, size_t(size));
        secret.m_size = size;
    }
    return secret;
}

SecretBytes SecretBytes::fromText(QStringView text) {
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    SecretBytes secret;
    if (!secret.reserve(qMax<qsizetype>(1, encoder.requiredSpace(text.size()))))
        return secret;
    char* begin = reinterpret_cast<char*>(secret.m_data);
    secret.m_size = encoder.appendToBuffer(begin, text) - begin;
    return secret;
}

void SecretBytes::wipe(QString& text) {
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

bool SecretBytes::reserve(qsizetype capacity) {
    if (capacity <= m_capacity && m_data)
        return true;
    if (sodium_init() < 0)
        return false;
    const qsizetype wanted = qMax(capacity, kSmallestCapacity);
    // sodium_malloc() also mlock()s the region, so it is never written to swap.
    auto* grown = static_cast<unsigned char*>(sodium_malloc(size_t(wanted)));
    if (!grown)
        return false;
    if (m_data)
        memcpy(grown, m_data, size_t(m_size));
    const qsizetype size = m_size;
    clear();
    m_data = grown;
    m_size = size;
    m_capacity = wanted;
    return true;
}

bool SecretBytes::append(char byte) {
    if (m_size == m_capacity && !reserve(qMax(kSmallestCapacity, m_capacity * 2)))
        return false;
    m_data[m_size++] = static_cast<unsigned char>(byte);
    return true;
}

void SecretBytes::chop(qsizetype count) {
    count = qBound<qsizetype>(0, count, m_size);
    sodium_memzero(m_data + m_size - count, size_t(count));
    m_size -= count;
}

void SecretBytes::clear() {
    if (m_data) {
        // sodium_free() wipes too; this says so where a reader looks for it.
        sodium_memzero(m_data, size_t(m_capacity));
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

qsizetype SecretBytes::textLength() const {
    qsizetype units = 0;
    for (qsizetype i = 0; i < m_size; ++i) {
        const unsigned char byte = m_data[i];
        if ((byte & 0xC0) != 0x80)         // a continuation byte adds nothing
            units += byte >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    return units;
}
