#pragma once

#include "core/Checklist.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Which records a list shows: by state, by creation time and by text. One
// rule for the CLI's `records --state/--since/--match` and the window's
// record list, so both find the same records for the same words.
class RecordFilter {
public:
    // Only records in this state.
    std::optional<RecordState> state;
    // Only records created at or after this moment (UTC).
    std::optional<QDateTime> since;
    // Only records whose title, release version, environment, template title
    // or state key contains this text, in any case. Empty: every record.
    QString text;

    // Whether it leaves out anything at all.
    bool narrows() const;
    bool accepts(const RecordSummary& record) const;

    // A state as the CLI and the JSON name it (in_progress, signed, sealed);
    // nothing for any other word.
    static std::optional<RecordState> stateFromKey(const QString& key);
    // A day (2026-03-14: its start, UTC) or a moment in ISO 8601 with its
    // offset (2026-03-14T09:30:00Z, 2026-03-14T10:30:00+01:00); nothing for
    // anything else, including a moment without an offset, which would name
    // a different time on every machine.
    static std::optional<QDateTime> momentFromText(const QString& text);
};
