#pragma once

#include "core/Checklist.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

// One pass over many records (verify reads every record of the database):
// what the records share is read once in it, not once per record: the
// database's identity and, per template version, its SHA-256 as stored and
// its policies. The caller owns it and keeps it for that pass only; outside a
// pass each load reads them again, so a template changed in SQL is seen by
// the next pass.
struct RecordReadPass {
    struct TemplateFacts {
        QString sha256;
        QMap<QString, RolePolicy> policies;
    };
    using Templates = QHash<qint64, TemplateFacts>;
    std::optional<QString> databaseId;
    Templates templates; // by template id
};
