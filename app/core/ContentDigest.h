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
    static QByteArray bytes(const SignatureEntry& signature);
};

// Signature strokes as JSON: [[[x,y],[x,y],...],...].
class StrokeJson {
public:
    static QByteArray write(const SignatureStrokes& strokes);
    // Refuses anything that is not a list of lists of finite [x, y] pairs inside the pad.
    static Result<SignatureStrokes> read(const QByteArray& json);
};
