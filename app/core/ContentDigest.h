#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The canonical content of a record and its SHA-256 digest: what a signature
// is bound to. docs/CANONICAL-JSON.md documents the shape. Signatures and the
// record's state are not part of it (signing must not change what was signed);
// everything a person can change, and who changed it when, is.
// Two formats (docs/CANONICAL-JSON.md): content/1, which every signature made
// before content/2 is bound to and is checked by forever, and content/2, which
// new signatures and refusals use. A signature names its format
// (formatOf); verification always recomputes the format it names.
enum class ContentFormat { V1, V2 };

class ContentDigest {
public:
    static constexpr const char* kFormat1 = "countersign-record-content/1";
    static constexpr const char* kFormat2 = "countersign-record-content/2";
    // What new signatures and refusals are made over.
    static constexpr ContentFormat kSigningFormat = ContentFormat::V2;

    // countersign-record-content/1, byte for byte as it always was.
    static QByteArray canonicalJson(const Record& record);
    static QString digest(const Record& record); // lowercase hex SHA-256
    static QByteArray canonicalJson(const Record& record, ContentFormat format);
    static QString digest(const Record& record, ContentFormat format);
    static const char* formatName(ContentFormat format);

    // The content format a signature or refusal was made over: content/1 for
    // payload format 1, the payload's content_format for format 2; nullopt for
    // a name this version does not know (never checked as intact).
    static std::optional<ContentFormat> formatOf(const SignatureEntry& signature);
    // The content format of a name, nullopt for a name this version does not know.
    static std::optional<ContentFormat> formatNamed(const QString& name);
    // The content format's name as the signature gives it (for messages).
    static QString formatNameOf(const SignatureEntry& signature);

    // Hex SHA-256 of a template version as stored (countersign-template-source/1):
    // content/2's template.source_sha256, since the store keeps no imported Markdown.
    static QString templateSha256(const ChecklistTemplate& tmpl);
};

// A record's digest in each content format, each computed at most once: a
// record of 10,000 items takes tens of milliseconds to digest, and one record
// may carry signatures of both formats.
class RecordDigests {
public:
    explicit RecordDigests(const Record& record)
        : m_record(record) {}
    QString of(ContentFormat format) const;
    // The record's digest now in the format a signature names; "" for a format
    // this version does not know, which therefore never matches.
    QString forSignature(const SignatureEntry& signature) const;
    // Revoked, valid (the record's digest in the signature's format is the one
    // signed) or invalidated.
    SignatureState stateOf(const SignatureEntry& signature) const;

private:
    const Record& m_record;
    mutable std::optional<QString> m_digests[2];
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
        // The format signature.digest was computed in; content/1 only for tests
        // that build a signature as Countersign made them before content/2.
        ContentFormat contentFormat = ContentDigest::kSigningFormat;
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
    static constexpr const char* kContentFormat = ContentDigest::kFormat2;
};

// Signature strokes as JSON: [[[x,y],[x,y],...],...].
class StrokeJson {
public:
    static QByteArray write(const SignatureStrokes& strokes);
    // Refuses anything that is not a list of lists of finite [x, y] pairs inside the pad.
    static Result<SignatureStrokes> read(const QByteArray& json);
};
