#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/RecordReadPass.h"
#include "core/Result.h"
#include "core/store/SectionRows.h"

#include <QCoreApplication>

#include <optional>

class AuditLog;
class StoreConnection;
class TemplateTable;

// The records table and each record's sections and items as copied from its
// template: creating records, reading them whole or as summaries (in pages),
// their state, and the progress counters kept on each record.
class RecordTable {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    RecordTable(StoreConnection& connection, const TemplateTable& templates, AuditLog& audit);

    // editId marks the creation's audit row; a creation whose id is already in
    // the audit trail was made before, and returns that record's id.
    Result<qint64> create(qint64 templateId, const RecordInfo& info, const QString& actor,
                          const QString& editId);
    Result<QList<RecordSummary>> list() const;
    Result<QList<qint64>> ids() const;
    Result<QList<RecordSummary>> after(qint64 afterId, int limit) const;
    Result<RecordSummary> summary(qint64 recordId) const;
    // The record and its sections and items; its signatures are SignatureTable's to add.
    // With a pass, what the records share is read once in it (RecordReadPass).
    Result<Record> load(qint64 recordId, RecordReadPass* pass = nullptr) const;
    // Many records read together, one statement per table (a batch of a whole
    // verify): each as load() reads it, in id order (an id without a record
    // left out), with every attachment row of each (by record id), as
    // AttachmentCheck lists them: one on an item not the record's is on no item.
    struct Loaded {
        QList<Record> records;
        QHash<qint64, QList<ChecklistStore::ItemAttachment>> attachments;
    };
    Result<Loaded> loadMany(const QList<qint64>& recordIds, RecordReadPass* pass = nullptr) const;
    Result<qint64> resolve(const QString& idText) const;

    // Moves a record to state inside the caller's write transaction;
    // whatFailed words a failure, with %1 for the database's reason.
    Status setState(qint64 recordId, RecordState state, const QString& whatFailed);
    // Moves a record's progress counters by the given amounts inside the
    // caller's write transaction (an item's status changed).
    Status moveProgress(qint64 recordId, int done, int notApplicable, int failed);
    // Sets the progress counters of one record (or of every record) from its items.
    Status recountProgress(std::optional<qint64> recordId);

private:
    QString databaseId() const;
    // A template version's digest and policies, as a record's load reads them.
    using TemplateFacts = RecordReadPass::TemplateFacts;
    Result<TemplateFacts> templateFacts(qint64 templateId) const;
    // From the pass, read into it the first time.
    Result<TemplateFacts> templateFactsIn(RecordReadPass& pass, qint64 templateId) const;
    // Inside a bulk write (which holds the write lock, and a stored template
    // never changes) the facts of the template read last are kept until the
    // bulk ends: its records are loaded again and again as they are signed.
    struct KeptFacts {
        quint64 bulk = 0;
        qint64 templateId = 0;
        TemplateFacts facts;
    };
    mutable std::optional<KeptFacts> m_kept;

    StoreConnection& m_connection;
    const TemplateTable& m_templates;
    AuditLog& m_audit;
    SectionRows m_sections;
};
