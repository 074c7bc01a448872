#include "ChecklistStore.h"

#include "AuditChain.h"
#include "MarkdownTemplateReader.h"
#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>


Q_LOGGING_CATEGORY(lcStore, "countersign.store")

namespace {

constexpr int kSchemaVersion = 1;
const QString kBuiltInTemplateResource = QStringLiteral(":/countersign/production-deployment-checklist.md");

QString toDbTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromDbTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString toJsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString& text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue& v : array)
        result.append(v.toString());
    return result;
}

// An id given on the command line or in a URL: digits only.
std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

// Begins a write transaction and rolls it back unless commit() succeeded, so
// that every early return leaves the database as it was.
class ChecklistStore::Transaction {
public:
    explicit Transaction(ChecklistStore& store)
        : m_store(store)
    {
        QSqlQuery q(m_store.m_db);
        m_active = q.exec(m_store.m_dialect->beginWrite());
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(m_store.m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_active; }
    QString error() const { return m_error; }
    Status commit()
    {
        QSqlQuery q(m_store.m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return Error(QStringLiteral("could not commit to the database: %1").arg(q.lastError().text()));
        m_active = false;
        return {};
    }

private:
    ChecklistStore& m_store;
    bool m_active = false;
    QString m_error;
};

ChecklistStore::ChecklistStore(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ChecklistStore::~ChecklistStore()
{
    close();
}

QString ChecklistStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/countersign.sqlite");
}

int ChecklistStore::schemaVersion()
{
    return kSchemaVersion;
}

void ChecklistStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ChecklistStore::now() const
{
    return m_clock().toUTC();
}

bool ChecklistStore::isOpen() const
{
    return m_db.isOpen();
}

QString ChecklistStore::location() const
{
    return m_location;
}

QString ChecklistStore::lastError(const QString& what) const
{
    return QStringLiteral("%1: %2").arg(what, m_db.lastError().text());
}

Status ChecklistStore::open(const QString& location, OpenMode mode)
{
    close();
    const QFileInfo info(location);
    if (info.exists()) {
        if (!info.isFile())
            return Error(tr("%1 is not a file. Give the path of a Countersign database (.sqlite).").arg(location));
        QFile probe(location);
        if (!probe.open(QIODevice::ReadOnly))
            return Error(tr("cannot read %1: %2. Check the file's permissions.").arg(location, probe.errorString()));
        const QByteArray header = probe.read(16);
        if (header.isEmpty() && mode == OpenMode::ExistingOnly)
            return Error(tr("%1 is an empty file, not a Countersign database. Give the path of a database, "
                            "or leave out --db to use the default one.")
                             .arg(location));
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return Error(tr("%1 is not a Countersign database (it is not an SQLite file). The file was not "
                            "changed. Check the path.")
                             .arg(location));
    } else if (mode == OpenMode::ExistingOnly) {
        return Error(tr("there is no database at %1. Check the path, or leave out --db to use the default "
                        "database.")
                         .arg(location));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error(tr("cannot create the folder %1 for the database. Check that it can be written.")
                         .arg(info.absolutePath()));
    }

    m_dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    m_connectionName = QStringLiteral("countersign-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    m_db.setDatabaseName(location);
    // Another process may hold the write lock for a moment: wait rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return Error(tr("cannot open the database %1: %2").arg(location, why));
    }
    m_location = location;

    Status migrated = migrate();
    if (!migrated) {
        close();
        return migrated;
    }
    return {};
}

void ChecklistStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_location.clear();
}

Status ChecklistStore::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error(tr("%1 could not be read as a database (%2). The file was not changed.")
                         .arg(m_location, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return Error(tr("%1 was written by a newer Countersign (schema version %2; this version reads up to %3). "
                        "Update Countersign to open it. The file was not changed.")
                         .arg(m_location)
                         .arg(version)
                         .arg(kSchemaVersion));
    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error(lastError(tr("cannot read %1").arg(m_location)));
        if (q.value(0).toInt() > 0)
            return Error(tr("%1 is an SQLite database, but not a Countersign database. The file was not changed.")
                             .arg(m_location));
        q.finish();
    }

    // WAL lets the GUI read while the CLI writes. synchronous=FULL makes every
    // acknowledged commit durable even if the machine loses power, not only if
    // the process is killed: a signed-off tick must never be lost.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error(lastError(tr("cannot set up %1").arg(m_location)));
    }

    if (version == 0) {
        Status created = createSchemaV1();
        if (!created)
            return created;
        return ensureBuiltInTemplate();
    }
    return {};
}

Status ChecklistStore::createSchemaV1()
{
    const QString pk = m_dialect->primaryKey();
    QStringList ddl{
        QStringLiteral("CREATE TABLE templates (id %1, title TEXT NOT NULL, version INTEGER NOT NULL, "
                       "description TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, "
                       "UNIQUE (title, version))")
            .arg(pk),
        QStringLiteral("CREATE TABLE template_sections (id %1, "
                       "template_id INTEGER NOT NULL REFERENCES templates(id), position INTEGER NOT NULL, "
                       "title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "columns TEXT NOT NULL DEFAULT '[]', status_column INTEGER NOT NULL DEFAULT -1, "
                       "notes_column INTEGER NOT NULL DEFAULT -1)")
            .arg(pk),
        QStringLiteral("CREATE TABLE template_items (id %1, "
                       "section_id INTEGER NOT NULL REFERENCES template_sections(id), position INTEGER NOT NULL, "
                       "is_group INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
                       "status TEXT NOT NULL DEFAULT 'pending', notes TEXT NOT NULL DEFAULT '', "
                       "extra TEXT NOT NULL DEFAULT '[]')")
            .arg(pk),
        QStringLiteral("CREATE TABLE records (id %1, template_id INTEGER NOT NULL REFERENCES templates(id), "
                       "title TEXT NOT NULL, release_version TEXT NOT NULL DEFAULT '', "
                       "environment TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'in_progress', "
                       "description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "created_by TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral("CREATE TABLE record_sections (id %1, "
                       "record_id INTEGER NOT NULL REFERENCES records(id), position INTEGER NOT NULL, "
                       "title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                       "columns TEXT NOT NULL DEFAULT '[]', status_column INTEGER NOT NULL DEFAULT -1, "
                       "notes_column INTEGER NOT NULL DEFAULT -1)")
            .arg(pk),
        QStringLiteral("CREATE TABLE record_items (id %1, "
                       "section_id INTEGER NOT NULL REFERENCES record_sections(id), position INTEGER NOT NULL, "
                       "is_group INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
                       "status TEXT NOT NULL DEFAULT 'pending', notes TEXT NOT NULL DEFAULT '', "
                       "extra TEXT NOT NULL DEFAULT '[]', updated_by TEXT NOT NULL DEFAULT '', "
                       "updated_at TEXT, revision INTEGER NOT NULL DEFAULT 0)")
            .arg(pk),
        QStringLiteral("CREATE TABLE audit_log (id %1, record_id INTEGER NOT NULL DEFAULT 0, "
                       "item_id INTEGER NOT NULL DEFAULT 0, action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', "
                       "old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '', "
                       "actor TEXT NOT NULL, at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral("CREATE INDEX template_sections_by_template ON template_sections (template_id, position)"),
        QStringLiteral("CREATE INDEX template_items_by_section ON template_items (section_id, position)"),
        QStringLiteral("CREATE INDEX record_sections_by_record ON record_sections (record_id, position)"),
        QStringLiteral("CREATE INDEX record_items_by_section ON record_items (section_id, position)"),
        QStringLiteral("CREATE INDEX audit_log_by_record ON audit_log (record_id, id)"),
    };
    ddl += m_dialect->appendOnlyTriggers(QStringLiteral("audit_log"));
    ddl << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);

    Transaction tx(*this);
    if (!tx.began())
        return Error(tr("cannot write to %1: %2").arg(m_location, tx.error()));
    QSqlQuery q(m_db);
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot create the database schema in %1: %2").arg(m_location, q.lastError().text()));
    }
    return tx.commit();
}

// ---- Templates

Status ChecklistStore::ensureBuiltInTemplate()
{
    QFile file(kBuiltInTemplateResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("the built-in template is missing from this build of Countersign"));
    Result<ChecklistTemplate> builtIn = MarkdownTemplateReader::read(file.readAll());
    if (!builtIn)
        return Error(tr("the built-in template does not read: %1").arg(builtIn.error()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM templates WHERE title = ?"));
    q.addBindValue(builtIn->title);
    if (!q.exec() || !q.next())
        return Error(lastError(tr("cannot read templates")));
    if (q.value(0).toInt() > 0)
        return {};
    q.finish();
    Result<qint64> added = addTemplate(builtIn.value());
    if (!added)
        return Error(added.error());
    return {};
}

Result<qint64> ChecklistStore::addTemplate(const ChecklistTemplate& tmpl)
{
    if (tmpl.title.trimmed().isEmpty())
        return Error(tr("the template has no title"));
    Transaction tx(*this);
    if (!tx.began())
        return Error(tr("cannot write to %1: %2").arg(m_location, tx.error()));
    Result<qint64> id = insertTemplate(tmpl);
    if (!id)
        return id;
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    Q_EMIT templatesChanged();
    return id;
}

Result<qint64> ChecklistStore::insertTemplate(const ChecklistTemplate& tmpl)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM templates WHERE title = ?"));
    q.addBindValue(tmpl.title);
    if (!q.exec() || !q.next())
        return Error(lastError(tr("cannot read templates")));
    const int version = q.value(0).toInt() + 1;

    q.prepare(QStringLiteral(
        "INSERT INTO templates (title, version, description, imported_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(tmpl.title);
    q.addBindValue(version);
    q.addBindValue(tmpl.description);
    q.addBindValue(toDbTime(now()));
    if (!q.exec() || !q.next())
        return Error(tr("cannot store the template: %1").arg(q.lastError().text()));
    const qint64 templateId = q.value(0).toLongLong();
    q.finish();

    QSqlQuery section(m_db);
    section.prepare(QStringLiteral(
        "INSERT INTO template_sections (template_id, position, title, kind, description, columns, status_column, "
        "notes_column) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO template_items (section_id, position, is_group, text, status, notes, "
                                "extra) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int s = 0; s < tmpl.sections.size(); ++s) {
        const ChecklistSection& sec = tmpl.sections.at(s);
        section.bindValue(0, templateId);
        section.bindValue(1, s);
        section.bindValue(2, sec.title);
        section.bindValue(3, SectionKindText::key(sec.kind));
        section.bindValue(4, sec.description);
        section.bindValue(5, toJsonList(sec.columns));
        section.bindValue(6, sec.statusColumn);
        section.bindValue(7, sec.notesColumn);
        if (!section.exec() || !section.next())
            return Error(tr("cannot store the section \"%1\": %2").arg(sec.title, section.lastError().text()));
        const qint64 sectionId = section.value(0).toLongLong();
        section.finish();
        for (int i = 0; i < sec.items.size(); ++i) {
            const ChecklistItem& it = sec.items.at(i);
            item.bindValue(0, sectionId);
            item.bindValue(1, i);
            item.bindValue(2, it.isGroupHeader ? 1 : 0);
            item.bindValue(3, it.text);
            item.bindValue(4, ItemStatusText::key(it.status));
            item.bindValue(5, it.notes);
            item.bindValue(6, toJsonList(it.extra));
            if (!item.exec())
                return Error(tr("cannot store the item \"%1\": %2").arg(it.text, item.lastError().text()));
        }
    }
    return templateId;
}

QList<TemplateSummary> ChecklistStore::templates() const
{
    QList<TemplateSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.title, t.version, t.imported_at, "
        "  (SELECT count(*) FROM template_items i JOIN template_sections s ON s.id = i.section_id "
        "   WHERE s.template_id = t.id AND s.kind = 'checklist' AND i.is_group = 0), "
        "  t.version = (SELECT MAX(version) FROM templates n WHERE n.title = t.title) "
        "FROM templates t ORDER BY t.title, t.version"));
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot list templates:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        TemplateSummary t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.version = q.value(2).toInt();
        t.importedAt = fromDbTime(q.value(3));
        t.itemCount = q.value(4).toInt();
        t.isNewest = q.value(5).toBool();
        result.append(t);
    }
    return result;
}

Result<QList<ChecklistSection>> ChecklistStore::loadSections(const QString& sectionTable, const QString& itemTable,
                                                             const QString& ownerColumn, qint64 ownerId) const
{
    // Table and column names come from the two fixed call sites below, never from input.
    const bool isRecord = itemTable == u"record_items";
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, kind, description, columns, status_column, notes_column FROM %1 "
                             "WHERE %2 = ? ORDER BY position")
                  .arg(sectionTable, ownerColumn));
    q.addBindValue(ownerId);
    if (!q.exec())
        return Error(lastError(tr("cannot read sections")));
    QList<ChecklistSection> sections;
    QHash<qint64, int> indexOfSection;
    while (q.next()) {
        ChecklistSection s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.kind = SectionKindText::fromKey(q.value(2).toString()).value_or(SectionKind::Text);
        s.description = q.value(3).toString();
        s.columns = fromJsonList(q.value(4).toString());
        s.statusColumn = q.value(5).toInt();
        s.notesColumn = q.value(6).toInt();
        indexOfSection.insert(s.id, int(sections.size()));
        sections.append(s);
    }
    q.finish();

    const QString recordColumns = isRecord ? QStringLiteral(", i.updated_by, i.updated_at, i.revision") : QString();
    q.prepare(QStringLiteral("SELECT i.section_id, i.id, i.is_group, i.text, i.status, i.notes, i.extra%1 "
                             "FROM %2 i JOIN %3 s ON s.id = i.section_id WHERE s.%4 = ? "
                             "ORDER BY s.position, i.position")
                  .arg(recordColumns, itemTable, sectionTable, ownerColumn));
    q.addBindValue(ownerId);
    if (!q.exec())
        return Error(lastError(tr("cannot read items")));
    while (q.next()) {
        ChecklistItem it;
        it.id = q.value(1).toLongLong();
        it.isGroupHeader = q.value(2).toInt() != 0;
        it.text = q.value(3).toString();
        it.status = ItemStatusText::fromKey(q.value(4).toString()).value_or(ItemStatus::Pending);
        it.notes = q.value(5).toString();
        it.extra = fromJsonList(q.value(6).toString());
        if (isRecord) {
            it.updatedBy = q.value(7).toString();
            it.updatedAt = fromDbTime(q.value(8));
            it.revision = q.value(9).toInt();
        }
        sections[indexOfSection.value(q.value(0).toLongLong())].items.append(it);
    }
    return sections;
}

Result<ChecklistTemplate> ChecklistStore::loadTemplate(qint64 templateId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, version, description, imported_at FROM templates WHERE id = ?"));
    q.addBindValue(templateId);
    if (!q.exec())
        return Error(lastError(tr("cannot read template %1").arg(templateId)));
    if (!q.next())
        return Error(tr("there is no template with id %1. `countersign-cli templates` lists them.").arg(templateId));
    ChecklistTemplate t;
    t.id = templateId;
    t.title = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.description = q.value(2).toString();
    t.importedAt = fromDbTime(q.value(3));
    Result<QList<ChecklistSection>> sections = loadSections(
        QStringLiteral("template_sections"), QStringLiteral("template_items"), QStringLiteral("template_id"), templateId);
    if (!sections)
        return Error(sections.error());
    t.sections = std::move(sections).value();
    return t;
}

Result<qint64> ChecklistStore::resolveTemplate(const QString& idOrTitle) const
{
    const QList<TemplateSummary> all = templates();
    if (const std::optional<qint64> id = parseId(idOrTitle)) {
        for (const TemplateSummary& t : all) {
            if (t.id == *id)
                return t.id;
        }
    }
    const TemplateSummary* newest = nullptr;
    for (const TemplateSummary& t : all) {
        if (t.title.compare(idOrTitle.trimmed(), Qt::CaseInsensitive) == 0 && (!newest || t.version > newest->version))
            newest = &t;
    }
    if (newest)
        return newest->id;
    QStringList known;
    for (const TemplateSummary& t : all) {
        if (t.isNewest)
            known << QStringLiteral("%1 (id %2)").arg(t.title).arg(t.id);
    }
    return Error(tr("no template is called or numbered \"%1\". Templates: %2")
                     .arg(idOrTitle, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
}

// ---- Records

Result<qint64> ChecklistStore::createRecord(qint64 templateId, const RecordInfo& info, const QString& actor)
{
    if (info.title.trimmed().isEmpty())
        return Error(tr("a record needs a title"));
    Result<ChecklistTemplate> tmpl = loadTemplate(templateId);
    if (!tmpl)
        return Error(tmpl.error());

    Transaction tx(*this);
    if (!tx.began())
        return Error(tr("cannot write to %1: %2").arg(m_location, tx.error()));
    const QDateTime at = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO records (template_id, title, release_version, environment, state, "
                             "description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(templateId);
    q.addBindValue(info.title.trimmed());
    q.addBindValue(info.releaseVersion.trimmed());
    q.addBindValue(info.environment.trimmed());
    q.addBindValue(RecordStateText::key(RecordState::InProgress));
    q.addBindValue(tmpl->description);
    q.addBindValue(toDbTime(at));
    q.addBindValue(actor);
    if (!q.exec() || !q.next())
        return Error(tr("cannot create the record: %1").arg(q.lastError().text()));
    const qint64 recordId = q.value(0).toLongLong();
    q.finish();

    QSqlQuery section(m_db);
    section.prepare(QStringLiteral(
        "INSERT INTO record_sections (record_id, position, title, kind, description, columns, status_column, "
        "notes_column) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO record_items (section_id, position, is_group, text, status, notes, "
                                "extra) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int s = 0; s < tmpl->sections.size(); ++s) {
        const ChecklistSection& sec = tmpl->sections.at(s);
        section.bindValue(0, recordId);
        section.bindValue(1, s);
        section.bindValue(2, sec.title);
        section.bindValue(3, SectionKindText::key(sec.kind));
        section.bindValue(4, sec.description);
        section.bindValue(5, toJsonList(sec.columns));
        section.bindValue(6, sec.statusColumn);
        section.bindValue(7, sec.notesColumn);
        if (!section.exec() || !section.next())
            return Error(tr("cannot copy the section \"%1\": %2").arg(sec.title, section.lastError().text()));
        const qint64 sectionId = section.value(0).toLongLong();
        section.finish();
        for (int i = 0; i < sec.items.size(); ++i) {
            const ChecklistItem& it = sec.items.at(i);
            item.bindValue(0, sectionId);
            item.bindValue(1, i);
            item.bindValue(2, it.isGroupHeader ? 1 : 0);
            item.bindValue(3, it.text);
            item.bindValue(4, ItemStatusText::key(it.status));
            item.bindValue(5, it.notes);
            item.bindValue(6, toJsonList(it.extra));
            if (!item.exec())
                return Error(tr("cannot copy the item \"%1\": %2").arg(it.text, item.lastError().text()));
        }
    }

    AuditEntry created;
    created.recordId = recordId;
    created.action = QStringLiteral("created");
    created.newValue = QStringLiteral("%1 | %2 | %3 | template %4 v%5")
                           .arg(info.title.trimmed(), info.releaseVersion.trimmed(), info.environment.trimmed(),
                                tmpl->title)
                           .arg(tmpl->version);
    created.actor = actor;
    created.at = at;
    Status audited = appendAudit(created);
    if (!audited)
        return Error(audited.error());
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());
    Q_EMIT recordCreated(recordId);
    return recordId;
}

namespace {
const char* const kRecordSummarySql =
    "SELECT r.id, r.title, r.release_version, r.environment, r.state, r.template_id, t.title, t.version, "
    "  r.created_at, "
    "  COUNT(i.id), "
    "  COALESCE(SUM(CASE WHEN i.status = 'done' THEN 1 ELSE 0 END), 0), "
    "  COALESCE(SUM(CASE WHEN i.status = 'na' THEN 1 ELSE 0 END), 0), "
    "  COALESCE(SUM(CASE WHEN i.status = 'failed' THEN 1 ELSE 0 END), 0) "
    "FROM records r JOIN templates t ON t.id = r.template_id "
    "LEFT JOIN record_sections s ON s.record_id = r.id AND s.kind = 'checklist' "
    "LEFT JOIN record_items i ON i.section_id = s.id AND i.is_group = 0 ";

RecordSummary summaryFromRow(const QSqlQuery& q)
{
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

QList<RecordSummary> ChecklistStore::records() const
{
    QList<RecordSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Progress is counted in SQL: listing thousands of records never loads their items.
    q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("GROUP BY r.id, t.id ORDER BY r.id"));
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot list records:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

Result<RecordSummary> ChecklistStore::recordSummary(qint64 recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kRecordSummarySql) + QStringLiteral("WHERE r.id = ? GROUP BY r.id, t.id"));
    q.addBindValue(recordId);
    if (!q.exec())
        return Error(lastError(tr("cannot read record %1").arg(recordId)));
    if (!q.next())
        return Error(tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    return summaryFromRow(q);
}

Result<Record> ChecklistStore::loadRecord(qint64 recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.template_id, t.title, t.version, r.title, r.release_version, r.environment, "
                             "r.state, r.created_at, r.created_by, r.description "
                             "FROM records r JOIN templates t ON t.id = r.template_id WHERE r.id = ?"));
    q.addBindValue(recordId);
    if (!q.exec())
        return Error(lastError(tr("cannot read record %1").arg(recordId)));
    if (!q.next())
        return Error(tr("there is no record with id %1. `countersign-cli records` lists them.").arg(recordId));
    Record r;
    r.id = recordId;
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
    q.finish();
    Result<QList<ChecklistSection>> sections = loadSections(
        QStringLiteral("record_sections"), QStringLiteral("record_items"), QStringLiteral("record_id"), recordId);
    if (!sections)
        return Error(sections.error());
    r.sections = std::move(sections).value();
    return r;
}

Result<qint64> ChecklistStore::resolveRecord(const QString& idText) const
{
    const std::optional<qint64> id = parseId(idText);
    if (!id)
        return Error(tr("\"%1\" is not a record id (a whole number). `countersign-cli records` lists them.")
                         .arg(idText));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM records WHERE id = ?"));
    q.addBindValue(*id);
    if (!q.exec())
        return Error(lastError(tr("cannot read records")));
    if (!q.next())
        return Error(tr("there is no record with id %1. `countersign-cli records` lists them.").arg(*id));
    return *id;
}

// ---- Items

Result<ChecklistItem> ChecklistStore::loadItem(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT is_group, text, status, notes, extra, updated_by, updated_at, revision "
                             "FROM record_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Error(lastError(tr("cannot read item %1").arg(itemId)));
    if (!q.next())
        return Error(tr("there is no item with id %1").arg(itemId));
    ChecklistItem it;
    it.id = itemId;
    it.isGroupHeader = q.value(0).toInt() != 0;
    it.text = q.value(1).toString();
    it.status = ItemStatusText::fromKey(q.value(2).toString()).value_or(ItemStatus::Pending);
    it.notes = q.value(3).toString();
    it.extra = fromJsonList(q.value(4).toString());
    it.updatedBy = q.value(5).toString();
    it.updatedAt = fromDbTime(q.value(6));
    it.revision = q.value(7).toInt();
    return it;
}

qint64 ChecklistStore::recordOfItem(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT s.record_id FROM record_items i JOIN record_sections s ON s.id = i.section_id WHERE i.id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<ChecklistItem> ChecklistStore::updateItem(qint64 itemId, const ItemEdit& edit, const QString& actor,
                                                 std::optional<int> expectedRevision)
{
    if (ItemStatusText::requiresNote(edit.status) && edit.notes.trimmed().isEmpty())
        return Error(tr("%1 needs a note that says why").arg(ItemStatusText::label(edit.status)));
    if (actor.trimmed().isEmpty())
        return Error(tr("every change needs a name to record who made it"));

    Transaction tx(*this);
    if (!tx.began())
        return Error(tr("cannot write to %1: %2").arg(m_location, tx.error()));
    // Read inside the write transaction: nobody can change the item between this read and the update.
    Result<ChecklistItem> current = loadItem(itemId);
    if (!current)
        return current;
    const ChecklistItem before = current.value();
    if (before.isGroupHeader)
        return Error(tr("\"%1\" is a group heading, not an item").arg(before.text));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.state, s.kind FROM record_items i JOIN record_sections s ON s.id = i.section_id "
        "JOIN records r ON r.id = s.record_id WHERE i.id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return Error(lastError(tr("cannot read the record of item %1").arg(itemId)));
    const qint64 recordId = q.value(0).toLongLong();
    const RecordState state = RecordStateText::fromKey(q.value(1).toString());
    const bool isChecklist = q.value(2).toString() == u"checklist";
    q.finish();
    if (!isChecklist)
        return Error(tr("\"%1\" is not a checklist item").arg(before.text));
    if (state == RecordState::Sealed)
        return Error(tr("record %1 is sealed: every role has signed it, so it cannot change. Reopen it first "
                        "(this revokes the signatures).")
                         .arg(recordId));
    if (expectedRevision && *expectedRevision != before.revision)
        return Error(tr("\"%1\" was changed by %2 at %3. Reload the record and try again.")
                         .arg(before.text, before.updatedBy,
                              before.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (before.status == edit.status && before.notes == edit.notes)
        return before;

    const QDateTime at = now();
    q.prepare(QStringLiteral("UPDATE record_items SET status = ?, notes = ?, updated_by = ?, updated_at = ?, "
                             "revision = revision + 1 WHERE id = ?"));
    q.addBindValue(ItemStatusText::key(edit.status));
    q.addBindValue(edit.notes);
    q.addBindValue(actor);
    q.addBindValue(toDbTime(at));
    q.addBindValue(itemId);
    if (!q.exec())
        return Error(tr("cannot change \"%1\": %2").arg(before.text, q.lastError().text()));

    AuditEntry entry;
    entry.recordId = recordId;
    entry.itemId = itemId;
    entry.actor = actor;
    entry.at = at;
    if (before.status != edit.status) {
        entry.action = QStringLiteral("status");
        entry.field = QStringLiteral("status");
        entry.oldValue = ItemStatusText::key(before.status);
        entry.newValue = ItemStatusText::key(edit.status);
        if (Status s = appendAudit(entry); !s)
            return Error(s.error());
    }
    if (before.notes != edit.notes) {
        entry.action = QStringLiteral("notes");
        entry.field = QStringLiteral("notes");
        entry.oldValue = before.notes;
        entry.newValue = edit.notes;
        if (Status s = appendAudit(entry); !s)
            return Error(s.error());
    }
    Status committed = tx.commit();
    if (!committed)
        return Error(committed.error());

    ChecklistItem after = before;
    after.status = edit.status;
    after.notes = edit.notes;
    after.updatedBy = actor;
    after.updatedAt = fromDbTime(toDbTime(at));
    after.revision = before.revision + 1;
    Q_EMIT itemChanged(recordId, after);
    return after;
}

// ---- Audit trail

Status ChecklistStore::appendAudit(const AuditEntry& entry)
{
    // Callers hold a write transaction, so the tail read here is still the tail at insert.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Error(lastError(tr("cannot read the audit trail")));
    const QString previous = q.next() ? q.value(0).toString() : AuditChain::genesis();
    q.finish();
    AuditEntry stored = entry;
    stored.at = fromDbTime(toDbTime(entry.at)); // hash exactly what is stored
    q.prepare(QStringLiteral("INSERT INTO audit_log (record_id, item_id, action, field, old_value, new_value, "
                             "actor, at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(stored.recordId);
    q.addBindValue(stored.itemId);
    q.addBindValue(stored.action);
    q.addBindValue(stored.field);
    q.addBindValue(stored.oldValue);
    q.addBindValue(stored.newValue);
    q.addBindValue(stored.actor);
    q.addBindValue(toDbTime(stored.at));
    q.addBindValue(previous);
    q.addBindValue(AuditChain::rowHash(previous, stored));
    if (!q.exec())
        return Error(tr("cannot write the audit trail: %1").arg(q.lastError().text()));
    return {};
}

QList<AuditEntry> ChecklistStore::auditTrail(qint64 recordId) const
{
    QList<AuditEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.record_id, a.item_id, COALESCE(i.text, ''), a.action, a.field, "
                             "a.old_value, a.new_value, a.actor, a.at, a.hash "
                             "FROM audit_log a LEFT JOIN record_items i ON i.id = a.item_id "
                             "WHERE a.record_id = ? ORDER BY a.id"));
    q.addBindValue(recordId);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot read the audit trail:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.recordId = q.value(1).toLongLong();
        e.itemId = q.value(2).toLongLong();
        e.itemText = q.value(3).toString();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.actor = q.value(8).toString();
        e.at = fromDbTime(q.value(9));
        e.hash = q.value(10).toString();
        result.append(e);
    }
    return result;
}
