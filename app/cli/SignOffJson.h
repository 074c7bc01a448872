#pragma once

#include "core/Checklist.h"

#include <QJsonArray>
#include <QJsonObject>

// The signatures in `show --json` and `export --json`:
//   "signoffs": one entry per role of the record's sign-off section, in its
//     order, signed or not: RecordExporter's {role, signed, name, signed_at},
//     name and signed_at null until the role is signed; a signed role also has
//     its first standing signature's login, meaning, digest, typed and state;
//     with RecordExporter's signers_required, independent and signed_count,
//     "signers" lists every standing signature of the role (login,
//     printed_name, meaning, signed_at, state), oldest first.
//   "signatures": every signature ever made on the record, in the order they
//     were made, revoked ones included, each with its role, login,
//     printed_name, meaning, signed_at (ISO 8601 UTC), digest, typed and state
//     (valid, invalidated or revoked: SignOffService::stateOf); a revoked one
//     also has revoked_at, revoked_by and revoked_reason.
class SignOffJson {
public:
    static QJsonArray signoffs(const Record& record);
    static QJsonArray signatures(const Record& record);
    // Every refusal to sign, oldest first (SignOffService::decline).
    static QJsonArray declines(const Record& record);
    // RecordExporter's JSON of the record with "signoffs" and "signatures" as above.
    static QJsonObject record(const Record& record);
};
