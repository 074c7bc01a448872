#pragma once

#include "core/Checklist.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The machine-readable shapes of a record: the JSON of `countersign-cli show --json`
// and `export --json`, and the CSV of `export --csv` (one row per item).
//
// JSON:
//   { id, title, version (release version), environment, state, created_at,
//     created_by, template: {id, title, version},
//     progress: {total, done, na, failed, pending},
//     sections: [ {title, kind, description, columns,
//                  items: [ {id, group, text, status, notes, extra: {<column>: value},
//                            updated_by, updated_at, notes_by, notes_at[, attachments]} ]} ],
//     signoffs: [ {role, signed, name, signed_at} ] }
// Group header rows are not items: each item names its group in "group" (""
// when it has none), so consumers never have to skip header rows. Only the
// items of checklist sections have a "status": procedure steps and sign-off
// roles have none. Times are ISO 8601 UTC with milliseconds and a Z
// (UtcTime::text, the form that is stored and signed: "2024-05-01T14:03:59.123Z"),
// or null when never set. updated_by/updated_at say who set the status and
// when (a note does not change them); notes_by/notes_at who wrote the note and
// when ("" and null when unknown: a template's note, or one older than schema 8).
// "attachments" is there only for an item with evidence files: every one ever
// attached, oldest first, as attachmentJson() writes it.
// "signoffs" has one entry per row of the sign-off section, signed or not;
// signers_required and independent are the role's policy (the template
// version's; 1 and false by default), signed_count its standing signatures,
// signed whether it has all it needs (Record::roleComplete); name (the
// printed name) and signed_at come from its first standing signature
// (Record::activeSignature) and are null until then.
//
// CSV: header "section,group,text,status,notes,by,at", one row per checklist
// item (no group headers, procedure steps or sign-off rows), UTF-8, LF line
// ends, RFC 4180 quoting (fields with a comma, quote, CR or LF are quoted and
// their quotes doubled).
class RecordExporter {
public:
    static QJsonObject toJson(const Record& record);
    // {id, name, size, media_type, sha256, added_by, added_at, removed (bool)
    //  [, removed_by, removed_at, removed_reason]}
    static QJsonObject attachmentJson(const AttachmentEntry& entry);
    static QByteArray toJsonBytes(const Record& record);
    // Columns: section, group, text, status, notes, by, at (RFC 4180 quoting).
    static QByteArray toCsv(const Record& record);
};
