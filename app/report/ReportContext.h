#pragma once

#include "core/Checklist.h"
#include "core/UtcTime.h"
#include "report/ReportDigest.h"
#include "report/ReportFlow.h"
#include "report/ReportLineCache.h"
#include "report/ReportOptions.h"
#include "report/ReportTable.h"

#include <QDateTime>
#include <QList>

// What every part of the report reads and writes through: the record and
// its trail, the options, the page cursor, the one open table, the cache of
// repeated lines and the times in the report's time zone. ReportComposer
// owns them all; the parts (ReportTitleBlock, ReportSummary, ...) hold this.
struct ReportContext {
    const Record& record;
    const QList<AuditEntry>& audit;
    const ReportOptions& options;
    const ReportDigest& digest;
    const UtcTime::ZoneText& times;
    QDateTime generatedAt;
    ReportFlow& flow;
    ReportTable& table;
    ReportLineCache& lines;

    ReportTextLayout& text() const { return flow.text(); }
};
