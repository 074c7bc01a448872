#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// verify's checks of a record's evidence files: each attachment's bytes,
// read back from their chunks, hash to the SHA-256 its row records (a chunk
// changed or deleted in SQL is named), and the audit trail's "attached" and
// "detached" events account for every attachment's row as it is stored (an
// insider who edits a row leaves the trail alone, or deletes both). Its
// messages are Verifier's.
class AttachmentCheck {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    // Reads the attachment events of the trail once.
    explicit AttachmentCheck(const QList<ChecklistStore::ChainRow>& rows);

    // One record's attachments as the store lists them (attached: read with
    // the record, ChecklistStore::loadRecords), their bytes read from store;
    // withTrail: the trail was read (else only the bytes are checked).
    void check(const ChecklistStore& store, const Record& record,
               const Result<QList<ChecklistStore::ItemAttachment>>& attached, bool withTrail,
               QList<Verifier::Finding>& findings) const;

private:
    void checkTrail(const Record& record, const QList<ChecklistStore::ItemAttachment>& attached,
                    QList<Verifier::Finding>& findings) const;

    QHash<qint64, QList<AuditEntry>> m_events; // attached and detached, by record, oldest first
};
