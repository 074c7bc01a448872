#pragma once

#include "Checklist.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The machine-readable shapes of a record: the JSON of `countersign-cli show --json`
// and `export --json`, and the CSV of `export --csv` (one row per item).
class RecordExporter {
public:
    static QJsonObject toJson(const Record& record);
    static QByteArray toJsonBytes(const Record& record);
    // Columns: section, group, text, status, notes, by, at (RFC 4180 quoting).
    static QByteArray toCsv(const Record& record);
};
