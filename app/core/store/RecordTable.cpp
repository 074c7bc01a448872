#include "core/store/RecordTable.h"

#include "core/ContentDigest.h"
#include "core/HotStatement.h"
#include "core/store/AttachmentTable.h"
#include "core/store/AuditLog.h"
#include "core/store/NotApplicableMarks.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreValues.h"
#include "core/store/TemplateTable.h"
#include "core/store/WriteTransaction.h"

#include <QSqlQuery>

using namespace StoreValues;

namespace {
// A summary reads its template's title and version with it (a join for the
// reader only: the templates room owns that table).
const char* const kRecordSummarySql =
    "SELECT r.id, r.title, r.release_version, r.environment, r.state, r.template_id, t.title, t.version, "
    "  r.created_at, r.items_total, r.items_done, r.items_na, r.items_failed "
    "FROM records r JOIN templates t ON t.id = r.template_id ";

RecordSummary summaryFromRow(const QSqlQuery& q) {
    RecordSummary r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.releaseVersion = q.value(2).toString();
    r.environment = q.value(3).toString();
    r.state = RecordStateText::fromKey(q.value(4).toString());
    r.templateId = q.value(5).toLongLong();
    r.templateTitle = q.value(6).toString();
    r.templateVersion = q.value(7).toInt();
    r.createdAt = fromDbTime(q.value(8));
    r.progress.total = q.value(9).toInt();
    r.progress.done = q.value(10).toInt();
    r.progress.notApplicable = q.value(11).toInt();
    r.progress.failed = q.value(12).toInt();
    return r;
}
} // namespace

RecordTable::RecordTable(StoreConnection& connection, const TemplateTable& templates, AuditLog& audit)
    : m_connection(connection)
    , m_templates(templates)
    , m_audit(audit)
    , m_sections(connection, SectionRows::ofRecords()) {}

Result<qint64> RecordTable::create(qint64 templateId, const RecordInfo& info, const QString& actor,
                                   const QString& editId) {
    if (info.title.trimmed().isEmpty())
        return Error(tr("a record needs a title"));
    Result<ChecklistTemplate> tmpl = m_templates.load(templateId);
    if (!tmpl)
        return Error(tmpl.error());

    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    const Result<std::optional<qint64>> made = m_audit.recordOfEdit(editId);
    if (!made)
        return made.failure();
    if (made.value()) // created before, its answer lost with the connection
        return unchanged(tx, *made.value());
    const QDateTime at = m_connection.now();
    QSqlQuery q(m_connection.db());
    q.prepare(
        QStringLiteral("INSERT INTO records (template_id, title, release_version, environment, state, "
                       "description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(bindable(templateId));
    q.addBindValue(bindable(info.title.trimmed()));
    q.addBindValue(bindable(info.releaseVersion.trimmed()));
    q.addBindValue(bindable(info.environment.trimmed()));
    q.addBindValue(bindable(RecordStateText::key(RecordState::InProgress)));
    q.addBindValue(bindable(tmpl->description));
    q.addBindValue(bindable(toDbTime(at)));
    q.addBindValue(bindable(actor));
    if (!q.exec() || !q.next())
        return Error(tr("cannot create the record: %1").arg(m_connection.explain(q.lastError())));
    const qint64 recordId = q.value(0).toLongLong();
    q.finish();

    if (Status copied = m_sections.insert(recordId, tmpl->sections); !copied)
        return Error(copied.error());
    if (Status counted = recountProgress(recordId); !counted)
        return Error(counted.error());

    AuditEntry created;
    created.recordId = recordId;
    created.action = QStringLiteral("created");
    created.newValue =
        QStringLiteral("%1 | %2 | %3 | template %4 v%5")
            .arg(info.title.trimmed(), info.releaseVersion.trimmed(), info.environment.trimmed(), tmpl->title)
            .arg(tmpl->version);
    created.actor = actor;
    created.at = at;
    created.editId = editId;
    Status audited = m_audit.append(created);
    if (!audited)
        return Error(audited.error());
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    return recordId;
}

Result<QList<RecordSummary>> RecordTable::list() const {
    QList<RecordSummary> result;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    // Progress comes from each record's counters: listing thousands of records never reads their items.
    const bool prepared = q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("ORDER BY r.id"));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read records"), q.lastError());
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

Result<QList<qint64>> RecordTable::ids() const {
    QList<qint64> result;
    // Ids are unique: when there are as many as the span from the first to
    // the last, they are every id of that span, and the list is made
    // without stepping through a row per record (5-9 ms of the window's
    // start on 20,000 records). A gap (a server's sequence skips the id of
    // an insert rolled back) reads them one by one, as before.
    QSqlQuery span(m_connection.db());
    span.setForwardOnly(true);
    if (!span.exec(QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM records")) || !span.next())
        return m_connection.queryFailure(tr("cannot read records"), span.lastError());
    const qint64 count = span.value(0).toLongLong();
    if (count == 0)
        return result;
    const qint64 first = span.value(1).toLongLong();
    const qint64 last = span.value(2).toLongLong();
    if (last - first + 1 == count) {
        result.reserve(count);
        for (qint64 id = first; id <= last; ++id)
            result.append(id);
        return result;
    }
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM records ORDER BY id")))
        return m_connection.queryFailure(tr("cannot read records"), q.lastError());
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

Result<QList<RecordSummary>> RecordTable::after(qint64 afterId, int limit) const {
    QList<RecordSummary> result;
    // Keyset paging: the page starts after the last id the caller has, so
    // reading page 20 costs what reading page 1 does (no OFFSET to skip).
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QString::fromLatin1(kRecordSummarySql) +
                                    QStringLiteral("WHERE r.id > ? ORDER BY r.id LIMIT ?"));
    q.addBindValue(bindable(afterId));
    q.addBindValue(bindable(qint64(limit)));
    if (!prepared || !q.exec())
        return m_connection.queryFailure(tr("cannot read records"), q.lastError());
    result.reserve(limit);
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

Result<RecordSummary> RecordTable::summary(qint64 recordId) const {
    QSqlQuery q(m_connection.db());
    q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read record %1").arg(recordId), q.lastError());
    if (!q.next())
        return Error(
            tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    return summaryFromRow(q);
}

Result<Record> RecordTable::load(qint64 recordId, RecordReadPass* pass) const {
    Result<Loaded> loaded = loadMany({recordId}, pass);
    if (!loaded)
        return loaded.failure();
    if (loaded->records.isEmpty())
        return Error(
            tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    return loaded->records.constFirst();
}

Result<RecordTable::Loaded> RecordTable::loadMany(const QList<qint64>& recordIds,
                                                  RecordReadPass* pass) const {
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.template_id, t.title, t.version, r.title, r.release_version, r.environment, "
                  "r.state, r.created_at, r.created_by, r.description, r.id "
                  "FROM records r JOIN templates t ON t.id = r.template_id WHERE r.id IN (%1) ORDER BY r.id")
                  .arg(placeholders(recordIds.size())));
    for (qint64 id : recordIds)
        q.addBindValue(bindable(id));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read record %1").arg(idsText(recordIds)), q.lastError());
    Loaded loaded;
    while (q.next()) {
        Record r;
        r.id = q.value(10).toLongLong();
        r.templateId = q.value(0).toLongLong();
        r.templateTitle = q.value(1).toString();
        r.templateVersion = q.value(2).toInt();
        r.info.title = q.value(3).toString();
        r.info.releaseVersion = q.value(4).toString();
        r.info.environment = q.value(5).toString();
        r.state = RecordStateText::fromKey(q.value(6).toString());
        r.createdAt = fromDbTime(q.value(7));
        r.createdBy = q.value(8).toString();
        r.description = q.value(9).toString();
        loaded.records.append(std::move(r));
    }
    q.finish();
    if (loaded.records.isEmpty())
        return loaded;
    Result<QHash<qint64, QList<ChecklistSection>>> sections = m_sections.loadMany(recordIds);
    if (!sections)
        return sections.failure();
    Result<QHash<qint64, QList<ChecklistStore::ItemAttachment>>> attached =
        AttachmentTable::ofRecords(m_connection, recordIds);
    if (!attached)
        return attached.failure();
    loaded.attachments = std::move(attached).value();
    // What content/2 binds the record to besides its own rows: the database
    // and the template version it was made from, as they are stored now.
    if (pass && !pass->databaseId)
        pass->databaseId = databaseId();
    const QString database = pass ? *pass->databaseId : databaseId();
    const Result<QHash<qint64, NotApplicableMarks::RecordMarks>> marks =
        NotApplicableMarks::ofRecords(m_connection, recordIds);
    if (!marks)
        return marks.failure();
    for (Record& r : loaded.records) {
        r.sections = sections->value(r.id);
        AttachmentTable::putOnItems(loaded.attachments.value(r.id), r.sections);
        r.databaseId = database;
        NotApplicableMarks::putOn(marks->value(r.id), r.sections);
        // The template version's digest, and its policies: what the sign-off rules and content/2 read.
        // Implicitly shared: a pass's facts are copied into each record without copying their data.
        Result<TemplateFacts> facts =
            pass ? templateFactsIn(*pass, r.templateId) : templateFacts(r.templateId);
        if (!facts)
            return facts.failure();
        r.templateSha256 = facts->sha256;
        r.rolePolicies = facts->policies;
    }
    return loaded;
}

Result<RecordTable::TemplateFacts> RecordTable::templateFactsIn(RecordReadPass& pass,
                                                                qint64 templateId) const {
    if (const auto known = pass.templates.constFind(templateId); known != pass.templates.constEnd())
        return *known;
    Result<TemplateFacts> facts = templateFacts(templateId);
    if (facts)
        pass.templates.insert(templateId, facts.value());
    return facts;
}

Result<RecordTable::TemplateFacts> RecordTable::templateFacts(qint64 templateId) const {
    const bool inBulk = m_connection.inBulk();
    if (inBulk && m_kept && m_kept->bulk == m_connection.bulkNumber() && m_kept->templateId == templateId)
        return m_kept->facts;
    Result<ChecklistTemplate> tmpl = m_templates.load(templateId);
    if (!tmpl)
        return Error(tmpl.error());
    Result<QMap<QString, RolePolicy>> policies = m_templates.policies(templateId);
    if (!policies)
        return policies.failure();
    TemplateFacts facts{ContentDigest::templateSha256(tmpl.value()), std::move(policies).value()};
    if (inBulk)
        m_kept = KeptFacts{m_connection.bulkNumber(), templateId, facts};
    return facts;
}

// "" when the identity cannot be read (deleted or doubled in SQL): the content
// then fails every content/2 digest, and verify names the identity itself.
QString RecordTable::databaseId() const {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT database_id FROM countersign_identity")) || !q.next())
        return {};
    const QString id = q.value(0).toString();
    return q.next() ? QString() : id;
}

Result<qint64> RecordTable::resolve(const QString& idText) const {
    const std::optional<qint64> id = parseId(idText);
    if (!id)
        return Error(tr("\"%1\" is not a record id (a whole number). `countersign-cli records` lists them.")
                         .arg(idText));
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT id FROM records WHERE id = ?"));
    q.addBindValue(bindable(*id));
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read records"), q.lastError());
    if (!q.next())
        return Error(tr("there is no record with id %1. `countersign-cli records` lists them.").arg(*id));
    return *id;
}

Status RecordTable::setState(qint64 recordId, RecordState state, const QString& whatFailed) {
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE records SET state = ? WHERE id = ?"));
    q.addBindValue(bindable(RecordStateText::key(state)));
    q.addBindValue(bindable(recordId));
    if (!q.exec())
        return Error(whatFailed.arg(m_connection.explain(q.lastError())));
    return {};
}

Status RecordTable::moveProgress(qint64 recordId, int done, int notApplicable, int failed) {
    // Prepared once per connection: every tick that changes a status runs it.
    HotStatement& count =
        m_connection.prepared(StoreConnection::Statement::CountProgress,
                              QStringLiteral("UPDATE records SET items_done = items_done + ?, "
                                             "items_na = items_na + ?, items_failed = items_failed + ? "
                                             "WHERE id = ?"));
    count.bind(0, qint64(done));
    count.bind(1, qint64(notApplicable));
    count.bind(2, qint64(failed));
    count.bind(3, recordId);
    if (!count.exec())
        return Error(tr("cannot count the progress of record %1: %2")
                         .arg(recordId)
                         .arg(m_connection.explain(count.lastError())));
    return {};
}

Status RecordTable::recountProgress(std::optional<qint64> recordId) {
    // Countable items: not group headings, in checklist sections.
    auto count = [](const char* status) {
        return QStringLiteral(
                   "(SELECT COUNT(*) FROM record_items i JOIN record_sections s ON s.id = i.section_id "
                   "WHERE s.record_id = records.id AND s.kind = 'checklist' AND i.is_group = 0%1)")
            .arg(status ? QStringLiteral(" AND i.status = '%1'").arg(QLatin1String(status)) : QString());
    };
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("UPDATE records SET items_total = %1, items_done = %2, items_na = %3, "
                             "items_failed = %4%5")
                  .arg(count(nullptr), count("done"), count("na"), count("failed"),
                       recordId ? QStringLiteral(" WHERE id = ?") : QString()));
    if (recordId)
        q.addBindValue(bindable(*recordId));
    if (!q.exec())
        return Error(tr("cannot count the progress of the records in %1: %2")
                         .arg(m_connection.location(), m_connection.explain(q.lastError())));
    return {};
}
