#pragma once

#include "Checklist.h"
#include "Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class SqlDialect;

// The one class that owns the SQL. Every method runs prepared statements with
// bound values inside an explicit transaction; every change to a record writes
// its audit row in the same transaction, so a failure leaves nothing behind.
// Errors come back as values: the store never shows UI and never reads settings.
class ChecklistStore : public QObject {
    Q_OBJECT
public:
    enum class OpenMode {
        CreateIfMissing, // the default database: created on first start
        ExistingOnly,    // a path the user named: never create a file they did not ask for
    };

    // The status and notes of an item, as the user sets them.
    struct ItemEdit {
        ItemStatus status = ItemStatus::Pending;
        QString notes;
    };

    explicit ChecklistStore(QObject* parent = nullptr);
    ~ChecklistStore() override;

    // The GUI's and the CLI's default: AppDataLocation/countersign.sqlite.
    static QString defaultLocation();
    // The current schema version (PRAGMA user_version).
    static int schemaVersion();

    Status open(const QString& location, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;
    QString location() const;

    // Tests replace the clock; it must return UTC.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // ---- Templates
    // Stores a new template; a title that already exists gets the next version.
    Result<qint64> addTemplate(const ChecklistTemplate& tmpl);
    // Imports the built-in "Production Deployment Checklist" when no version exists.
    Status ensureBuiltInTemplate();
    QList<TemplateSummary> templates() const;
    Result<ChecklistTemplate> loadTemplate(qint64 templateId) const;
    // An id names one exact version; a title (any case) names its newest version.
    Result<qint64> resolveTemplate(const QString& idOrTitle) const;

    // ---- Records
    Result<qint64> createRecord(qint64 templateId, const RecordInfo& info, const QString& actor);
    QList<RecordSummary> records() const;
    Result<RecordSummary> recordSummary(qint64 recordId) const;
    Result<Record> loadRecord(qint64 recordId) const;
    Result<qint64> resolveRecord(const QString& idText) const;

    // ---- Items
    Result<ChecklistItem> loadItem(qint64 itemId) const;
    qint64 recordOfItem(qint64 itemId) const;
    // Sets an item's status and notes. N/A and Failed need a note. With
    // expectedRevision, an edit based on a stale value is refused with who
    // changed it and when. Writes one audit row per changed field.
    Result<ChecklistItem> updateItem(qint64 itemId, const ItemEdit& edit, const QString& actor,
                                     std::optional<int> expectedRevision = std::nullopt);

    // ---- Audit trail (append-only)
    QList<AuditEntry> auditTrail(qint64 recordId) const;

Q_SIGNALS:
    void templatesChanged();
    void recordCreated(qint64 recordId);
    void itemChanged(qint64 recordId, const ChecklistItem& item);

private:
    class Transaction;
    Status migrate();
    Status createSchemaV1();
    Result<qint64> insertTemplate(const ChecklistTemplate& tmpl);
    Result<QList<ChecklistSection>> loadSections(const QString& sectionTable, const QString& itemTable,
                                                 const QString& ownerColumn, qint64 ownerId) const;
    Status appendAudit(const AuditEntry& entry);
    QString lastError(const QString& what) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    std::function<QDateTime()> m_clock;
};
