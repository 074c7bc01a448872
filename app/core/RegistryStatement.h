#pragma once

#include "core/Checklist.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One statement of the signer registry, countersign-certificate/1
// (docs/CANONICAL-JSON.md): who may sign or administer, signed by an
// administrator's Ed25519 key. The statements form their own chain (seq,
// previous); the database keeps each one's exact bytes and signature.
struct RegistryStatement {
    static constexpr const char* kFormat = "countersign-certificate/1";

    // A signature made before the registry, listed by the root at migration.
    struct Legacy {
        QByteArray publicKey;  // 32 bytes
        QString payloadSha256; // hex sha-256 of SignaturePayload::signedBytes
        friend bool operator==(const Legacy&, const Legacy&) = default;
    };

    QString databaseId;
    qint64 seq = 0;
    QString previous;    // hex sha-256 of the previous statement's bytes; 64 zeros for seq 1
    QString action;      // root | certify | revoke | unlock
    QString subjectKind; // signer | administrator
    QString subjectLogin;
    QString subjectName;
    QStringList subjectRoles;
    QByteArray subjectKey; // 32 bytes
    QDateTime validFrom;
    QDateTime issuedAt;
    QString issuerLogin;
    QByteArray issuerKey;
    int approvalsRequired = 1;
    QString approves; // "" writes null
    std::optional<QList<Legacy>> legacy;

    // The canonical bytes: keys sorted, compact, UTF-8 (CanonicalJsonWriter).
    QByteArray canonicalBytes() const;
    // Reads bytes back; nullopt unless they are exactly the canonical form of
    // a countersign-certificate/1 statement.
    static std::optional<RegistryStatement> parse(const QByteArray& bytes);

    // Hex sha-256 of bytes: what the next statement's `previous` and a
    // signature payload's `certificate` name.
    static QString hashOf(const QByteArray& bytes);
    // First 16 bytes of SHA-256 of the root's public key, hex in groups of four.
    static QString fingerprint(const QByteArray& publicKey);
    // A fingerprint as typed (any case, spaces or not), as fingerprint() writes it; "" when not one.
    static QString normalizedFingerprint(const QString& typed);
    static QString firstPrevious() { return QString(64, u'0'); }
};

// A statement as stored: its bytes, their hash and the issuer's signature.
struct StoredStatement {
    qint64 seq = 0;
    QByteArray bytes;
    QString hash;
    QByteArray signature; // 64 bytes
};
