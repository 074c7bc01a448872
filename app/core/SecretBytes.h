#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

// A secret (a password, an unsealed signing key) in libsodium's guarded
// memory: sodium_malloc places it between guard pages and locks it out of swap
// (mlock), and it is wiped the moment the object dies. There is one copy only:
// the class moves but never copies, and growing reallocates guarded memory and
// wipes the old. Nothing here converts a secret to a QString or QByteArray.
class SecretBytes {
public:
    SecretBytes() = default;
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // size zero bytes, ready to be written through data().
    static SecretBytes zeroed(qsizetype size);
    // The UTF-8 of text, encoded straight into guarded memory (the same bytes
    // as text.toUtf8(), without that temporary). The caller still owns text
    // and should drop it at once.
    static SecretBytes fromText(QStringView text);

    // Overwrites text's characters in place and empties it, when nothing
    // else shares its buffer (otherwise only empties it: writing would copy).
    // For the QString a QLineEdit handed out, once the field is cleared.
    static void wipe(QString& text);

    // False when guarded memory could not be had (an mlock limit, no memory).
    bool isValid() const { return m_data != nullptr; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }

    // Adds a byte, growing as needed; false when no guarded memory was left.
    bool append(char byte);
    // Drops the last count bytes and wipes them.
    void chop(qsizetype count);
    // Wipes and frees now rather than at the end of the scope.
    void clear();

    // How long the UTF-8 text is as a QString (UTF-16 code units), counted
    // without decoding: the minimum password length is written in those.
    qsizetype textLength() const;

private:
    bool reserve(qsizetype capacity);

    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};
