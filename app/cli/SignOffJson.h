#pragma once

#include "Checklist.h"

#include <QJsonArray>
#include <QJsonObject>

// The "signoffs" of `show --json`: every signature ever made on the record,
// in the order they were made, revoked ones included, each with its role,
// login, printed_name, meaning, signed_at (ISO 8601 UTC), digest, typed and
// state (valid, invalidated or revoked: SignOffService::stateOf); a revoked
// one also has revoked_at, revoked_by and revoked_reason.
class SignOffJson {
public:
    static QJsonArray signoffs(const Record& record);
    // RecordExporter's JSON of the record with "signoffs" as above.
    static QJsonObject record(const Record& record);
};
