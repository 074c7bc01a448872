#include "core/CanonicalJson.h"

#include "core/Sha256.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// The longest form of one UTF-16 code unit: `\u001f`.
constexpr qsizetype kMaxBytesPerUnit = 6;

bool isSurrogate(char16_t u) {
    return u >= 0xd800 && u <= 0xdfff;
}

} // namespace

CanonicalJsonWriter::CanonicalJsonWriter(Sha256* sink)
    : m_sink(sink) {
    m_bytes.reserve(m_sink ? kChunk + 1024 : 512);
}

void CanonicalJsonWriter::key(const char* name) {
    m_bytes.append('"');
    m_bytes.append(name);
    m_bytes.append("\":", 2);
}

void CanonicalJsonWriter::string(QStringView text) {
    appendString(m_bytes, text);
    flushIfFull();
}

void CanonicalJsonWriter::stringList(const QStringList& list) {
    m_bytes.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            m_bytes.append(',');
        appendString(m_bytes, list.at(i));
    }
    m_bytes.append(']');
    flushIfFull();
}

void CanonicalJsonWriter::integer(qint64 value) {
    m_bytes.append(QByteArray::number(value));
}

void CanonicalJsonWriter::integerString(qint64 value) {
    m_bytes.append('"');
    m_bytes.append(QByteArray::number(value));
    m_bytes.append('"');
}

void CanonicalJsonWriter::time(const QDateTime& t) {
    string(UtcTime::text(t));
}

void CanonicalJsonWriter::finish() {
    if (m_sink)
        m_sink->addData(m_bytes);
    m_bytes.clear();
}

void CanonicalJsonWriter::flushIfFull() {
    if (m_sink && m_bytes.size() >= kChunk) {
        m_sink->addData(m_bytes);
        m_bytes.resize(0); // keeps the capacity
    }
}

void CanonicalJsonWriter::appendString(QByteArray& out, QStringView text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 + text.size() * kMaxBytesPerUnit);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = kHex[u >> 4];
                *cursor++ = kHex[u & 0xf];
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            // A surrogate pair: one code point, four UTF-8 bytes.
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate (broken UTF-16): whatever Qt makes of it, the
            // bytes must be Qt's, so its own writer does this rare string.
            out.resize(start);
            const QByteArray quoted =
                QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
            out.append(quoted.constData() + 1, quoted.size() - 2); // without the [ ]
            return;
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}
