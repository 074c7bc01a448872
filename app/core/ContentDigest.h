#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

// The canonical content of a record and its SHA-256 digest: what a signature
// is bound to. docs/CANONICAL-JSON.md documents the shape. Signatures and the
// record's state are not part of it (signing must not change what was signed);
// everything a person can change, and who changed it when, is.
class ContentDigest {
public:
    static QByteArray canonicalJson(const Record& record);
    static QString digest(const Record& record); // lowercase hex SHA-256
};

// The bytes an Ed25519 signature covers: every field of the signature that
// carries meaning, so that none can be altered or moved to another record.
class SignaturePayload {
public:
    // countersign-signature/1, rebuilt from the signature's fields.
    static QByteArray bytes(const SignatureEntry& signature);

    // What a version 2 signature adds to its own fields (docs/CANONICAL-JSON.md).
    struct Context {
        QString databaseId;
        QByteArray publicKey;  // the signer's 32-byte Ed25519 key
        QString certificate;   // the registry statement's hash; "" until the registry
        ChainHead chainHead;   // the record's chain before the signing's own row
        LedgerHead ledgerHead; // the database-wide ledger at the same moment
    };
    // countersign-signature/2: what is signed, and what the signature keeps as `payload`.
    static QByteArray version2(const SignatureEntry& signature, const Context& context);
    // The exact bytes a signature was made over, by its format.
    static QByteArray signedBytes(const SignatureEntry& signature);
    // The registry certificate a signature was made under (the statement's
    // hash); "" for a signature made without one (format 1, or before the
    // database had a signer registry).
    static QString certificateOf(const SignatureEntry& signature);
    // Hex SHA-256 of the countersign-strokes/1 object of a signature's strokes.
    static QString strokesSha256(const SignatureEntry& signature);
    static constexpr const char* kFormat2 = "countersign-signature/2";
    static constexpr const char* kContentFormat = "countersign-record-content/1";
};

// Signature strokes as JSON: [[[x,y],[x,y],...],...].
class StrokeJson {
public:
    static QByteArray write(const SignatureStrokes& strokes);
    // Refuses anything that is not a list of lists of finite [x, y] pairs inside the pad.
    static Result<SignatureStrokes> read(const QByteArray& json);
};
