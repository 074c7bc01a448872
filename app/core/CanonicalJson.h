#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QStringView>

class Sha256;

// Writes JSON straight to bytes, exactly as QJsonDocument::Compact writes the
// same values (no white space, Qt's string escapes and UTF-8), without building
// a QJsonObject or QJsonArray tree first. Content digests and audit row hashes
// are taken over these bytes, so they must never differ from Qt's: the tree
// cost most of a 10,000-item digest and of every audited change.
// The caller writes the structure (brackets, commas, keys in sorted order).
// When a sink hash is given, full chunks go to it as they fill, so a large
// document is never held whole.
class CanonicalJsonWriter {
public:
    explicit CanonicalJsonWriter(Sha256* sink = nullptr);

    void raw(const char* text) { m_bytes.append(text); }
    void raw(char c) { m_bytes.append(c); }
    // `"name":`; names are fixed ASCII keys.
    void key(const char* name);
    void string(QStringView text);
    void stringList(const QStringList& list);
    void integer(qint64 value);
    // The number as a JSON string ("42"), as QString::number would give it.
    void integerString(qint64 value);
    void boolean(bool value) { m_bytes.append(value ? "true" : "false"); }
    // UtcTime::text of the time, as a string ("" for an invalid time).
    void time(const QDateTime& t);

    // The bytes written (without a sink).
    QByteArray take() { return std::move(m_bytes); }
    // Hands what is left to the sink.
    void finish();

    // Appends text as a quoted JSON string, byte for byte as Qt writes it.
    static void appendString(QByteArray& out, QStringView text);

private:
    void flushIfFull();

    Sha256* m_sink;
    QByteArray m_bytes;
};
