#include "core/ChecklistStore.h"

#include "core/RecordReadPass.h"
#include "core/store/AttachmentTable.h"
#include "core/store/AuditLog.h"
#include "core/store/DatabaseBackup.h"
#include "core/store/DatabaseIdentity.h"
#include "core/store/ItemTable.h"
#include "core/store/NotApplicableMarks.h"
#include "core/store/OnceOnlyWrite.h"
#include "core/store/RecordTable.h"
#include "core/store/RegistryTable.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/ServerRoles.h"
#include "core/store/SignatureTable.h"
#include "core/store/SignerTable.h"
#include "core/store/StoreConnection.h"
#include "core/store/TemplateTable.h"
#include "core/store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

ChecklistStore::ChecklistStore(QObject* parent)
    : QObject(parent)
    , m_connection(std::make_unique<StoreConnection>())
    , m_audit(std::make_unique<AuditLog>(*m_connection))
    , m_templates(std::make_unique<TemplateTable>(*m_connection))
    , m_records(std::make_unique<RecordTable>(*m_connection, *m_templates, *m_audit))
    , m_items(std::make_unique<ItemTable>(*m_connection, *m_records, *m_audit))
    , m_marks(std::make_unique<NotApplicableMarks>(*m_connection, *m_records, *m_audit))
    , m_signers(std::make_unique<SignerTable>(*m_connection, *m_audit))
    , m_signatures(std::make_unique<SignatureTable>(*m_connection, *m_records, *m_audit))
    , m_registry(std::make_unique<RegistryTable>(*m_connection, *m_audit))
    , m_attachments(std::make_unique<AttachmentTable>(*m_connection, *m_audit))
    , m_backup(std::make_unique<DatabaseBackup>(*m_connection))
    , m_identity(std::make_unique<DatabaseIdentity>(*m_connection, *m_audit))
    , m_migrator(
          std::make_unique<SchemaMigrator>(*m_connection, *m_templates, *m_records, *m_backup, *m_identity))
    , m_once(std::make_unique<OnceOnlyWrite>(*m_connection)) {
    m_connection->setReconnectedHandler([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT reconnected();
                Q_EMIT changedElsewhere();
            },
            Qt::QueuedConnection);
    });
}

ChecklistStore::~ChecklistStore() {
    close();
}

QString ChecklistStore::defaultLocation() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/countersign.sqlite");
}

int ChecklistStore::schemaVersion() {
    return SchemaMigrator::kSchemaVersion;
}

// ---- The connection

Status ChecklistStore::open(const QString& location, OpenMode mode) {
    close();
    m_connection->setLocation(location); // every message from here on names it
    const bool onServer = isServerLocation(location);
    Status opened = onServer ? m_connection->connectToServer(location) : openFile(location, mode);
    if (opened && onServer)
        opened = m_migrator->migrate(m_builtInTemplate);
    if (opened && m_watchForOthers)
        opened = m_connection->watchForOthers(
            this, [this] { Q_EMIT changedElsewhere(); },
            [this](const QString& message) { Q_EMIT logReplaced(message); });
    if (!opened) {
        close();
        return opened;
    }
    return {};
}

// Opens and migrates a file. A file it refuses is left to SQLite, which
// removes the -wal and -shm it made when it closes as the file's last user,
// and leaves them alone while someone else still uses them.
Status ChecklistStore::openFile(const QString& location, OpenMode mode) {
    Status opened = m_connection->openFile(location, mode);
    if (opened)
        opened = m_migrator->migrate(m_builtInTemplate);
    if (opened) {
        m_connection->rememberLog();
        return {};
    }
    close();
    return opened;
}

bool ChecklistStore::isServerLocation(const QString& location) {
    return StoreConnection::isServerLocation(location);
}

ChecklistStore::Connection ChecklistStore::connection() const {
    return {m_connection->location(), m_connection->password(), m_connection->busyTimeout()};
}

Status ChecklistStore::openSecondConnection(const Connection& connection) {
    m_connection->setPassword(connection.password);
    m_connection->setBusyTimeout(connection.busyTimeout);
    m_watchForOthers = false;
    return open(connection.location, OpenMode::ExistingOnly);
}

Status ChecklistStore::grantApplicationRole(const QString& appRole) {
    ServerRoles roles(*m_connection);
    return roles.grantTo(appRole);
}

void ChecklistStore::setServerPassword(const QString& password) {
    m_connection->setPassword(password);
}

void ChecklistStore::setBusyTimeout(std::chrono::milliseconds timeout) {
    m_connection->setBusyTimeout(timeout);
}

void ChecklistStore::close() {
    m_connection->close();
}

bool ChecklistStore::isOpen() const {
    return m_connection->isOpen();
}

std::optional<ChecklistStore::PlainTextSession> ChecklistStore::plainTextSession() const {
    return m_connection->plainTextSession();
}

QString ChecklistStore::location() const {
    return m_connection->location();
}

QString ChecklistStore::shownLocation() const {
    return m_connection->shownLocation();
}

bool ChecklistStore::connectionLost() {
    return m_connection->connectionLost();
}

Status ChecklistStore::reconnect() {
    return m_connection->reconnect();
}

// ---- Bulk writes

ChecklistStore::BulkWrite::BulkWrite(ChecklistStore& store)
    : m_connection(*store.m_connection)
    , m_tx(std::make_unique<WriteTransaction>(m_connection)) {
    // A bulk inside a bulk is a part of the outer one, as any write there is.
    if (m_tx->began() && !m_tx->joined())
        m_connection.setBulkOpen(true);
}

ChecklistStore::BulkWrite::~BulkWrite() {
    if (m_tx->began() && !m_tx->joined())
        m_connection.setBulkOpen(false);
    m_tx.reset(); // rolls back unless commit() succeeded (a part: spoils the outer bulk)
}

Status ChecklistStore::BulkWrite::began() const {
    if (!m_tx->began())
        return m_tx->failure();
    return {};
}

Status ChecklistStore::BulkWrite::commit() {
    if (!m_tx->began()) // it never began, or it was committed already
        return m_tx->failure().message().isEmpty() ? Error(tr("this bulk write has ended already"))
                                                   : m_tx->failure();
    if (m_tx->joined())
        return m_tx->commit();
    const bool spoiled = m_connection.bulkSpoiled();
    m_connection.setBulkOpen(false);
    if (spoiled)
        return Error(tr("a write inside the bulk failed, so none of the bulk's writes were kept"));
    return m_tx->commit();
}

void ChecklistStore::setClock(std::function<QDateTime()> clock) {
    m_connection->setClock(std::move(clock));
}

QDateTime ChecklistStore::now() const {
    return m_connection->now();
}

// ---- Templates

void ChecklistStore::setBuiltInTemplate(TemplateSource source) {
    m_builtInTemplate = std::move(source);
}

Status ChecklistStore::ensureBuiltInTemplate(const ChecklistTemplate& builtIn) {
    const Result<bool> added = m_templates->ensure(builtIn);
    if (!added)
        return added.failure();
    if (added.value())
        Q_EMIT templatesChanged();
    return {};
}

Result<qint64> ChecklistStore::addTemplate(const ChecklistTemplate& tmpl) {
    Result<qint64> id = m_templates->add(tmpl);
    if (id)
        Q_EMIT templatesChanged();
    return id;
}

Result<QList<TemplateSummary>> ChecklistStore::templates() const {
    return m_templates->list();
}

Result<ChecklistTemplate> ChecklistStore::loadTemplate(qint64 templateId) const {
    return m_templates->load(templateId);
}

Result<qint64> ChecklistStore::resolveTemplate(const QString& idOrTitle) const {
    return m_templates->resolve(idOrTitle);
}

// ---- Records and items

Result<qint64> ChecklistStore::createRecord(qint64 templateId, const RecordInfo& info, const QString& actor,
                                            const QString& editId) {
    const QString creation = editId.isEmpty() ? OnceOnlyWrite::newEditId() : editId;
    Result<qint64> id =
        m_once->run<qint64>([&] { return m_records->create(templateId, info, actor, creation); });
    if (id)
        Q_EMIT recordCreated(id.value());
    return id;
}

Result<QList<RecordSummary>> ChecklistStore::records() const {
    return m_records->list();
}

Result<QList<qint64>> ChecklistStore::recordIds() const {
    return m_records->ids();
}

Result<QList<RecordSummary>> ChecklistStore::recordsAfter(qint64 afterId, int limit) const {
    return m_records->after(afterId, limit);
}

Result<RecordSummary> ChecklistStore::recordSummary(qint64 recordId) const {
    return m_records->summary(recordId);
}

Result<Record> ChecklistStore::loadRecord(qint64 recordId) const {
    return m_signatures->signedRecord(recordId, nullptr);
}

Result<Record> ChecklistStore::loadRecord(qint64 recordId, RecordReadPass& pass) const {
    return m_signatures->signedRecord(recordId, &pass);
}

QList<ChecklistStore::LoadedRecord> ChecklistStore::loadRecords(const QList<qint64>& ids,
                                                                RecordReadPass& pass) const {
    return m_signatures->signedRecords(ids, pass);
}

Result<qint64> ChecklistStore::resolveRecord(const QString& idText) const {
    return m_records->resolve(idText);
}

Result<QList<ChecklistItem>>
ChecklistStore::announceItemsChangedElsewhere(qint64 recordId, const QHash<qint64, int>& shownRevisions) {
    const Result<Record> stored = loadRecord(recordId);
    if (!stored)
        return stored.failure();
    QList<ChecklistItem> changed;
    for (const ChecklistSection& section : stored->sections) {
        for (const ChecklistItem& item : section.items) {
            const auto shown = shownRevisions.constFind(item.id);
            if (shown == shownRevisions.constEnd() || *shown != item.revision)
                changed.append(item);
        }
    }
    for (const ChecklistItem& item : std::as_const(changed))
        Q_EMIT itemChanged(recordId, item);
    return changed;
}

Result<ChecklistItem> ChecklistStore::loadItem(qint64 itemId) const {
    Result<ChecklistItem> item = m_items->load(itemId);
    if (!item)
        return item;
    Result<QList<AttachmentEntry>> attached = m_attachments->ofItem(itemId);
    if (!attached)
        return attached.failure();
    ChecklistItem loaded = std::move(item).value();
    loaded.attachments = std::move(attached).value();
    return loaded;
}

qint64 ChecklistStore::recordOfItem(qint64 itemId) const {
    return m_items->recordOf(itemId);
}

Result<ChecklistItem> ChecklistStore::updateItem(qint64 itemId, const ItemEdit& edit, const QString& actor,
                                                 std::optional<int> expectedRevision,
                                                 ItemChangeAction::Kind kind,
                                                 const std::optional<ItemStamps>& restore,
                                                 const QString& editId) {
    const QString id = editId.isEmpty() ? OnceOnlyWrite::newEditId() : editId;
    Result<ItemTable::Change> change = m_once->run<ItemTable::Change>(
        [&] { return m_items->update(itemId, edit, actor, expectedRevision, kind, restore, id); });
    if (!change)
        return change.failure();
    ChecklistItem item = change->item;
    // The item as a view shows it, with its evidence (the hot path's read leaves it out).
    if (change->hasAttachments) {
        if (Result<QList<AttachmentEntry>> attached = m_attachments->ofItem(itemId); attached)
            item.attachments = std::move(attached).value();
    }
    if (change->changed)
        Q_EMIT itemChanged(change->recordId, item);
    return item;
}

// ---- Signers

Result<qint64> ChecklistStore::addSigner(const Signer& signer, const SignerSecrets& secrets,
                                         const QString& actor) {
    if (Status outside = refuseOutsideRegistry(); !outside)
        return outside.failure();
    Result<qint64> id = m_signers->add(signer, secrets, actor);
    if (id)
        Q_EMIT signersChanged();
    return id;
}

Result<QList<Signer>> ChecklistStore::signers() const {
    return m_signers->list();
}

Result<Signer> ChecklistStore::signer(const QString& login) const {
    return m_signers->find(login);
}

Result<ChecklistStore::SignerSecrets> ChecklistStore::signerSecrets(const QString& login) const {
    return m_signers->secrets(login);
}

Status ChecklistStore::setSignerSecrets(const QString& login, const SignerSecrets& secrets,
                                        const QString& actor) {
    Status changed = m_signers->setSecrets(login, secrets, actor);
    if (changed)
        Q_EMIT signersChanged();
    return changed;
}

Status ChecklistStore::refuseOutsideRegistry() const {
    const Result<QList<StoredStatement>> statements = m_registry->statements();
    if (!statements)
        return statements.failure();
    if (!statements->isEmpty())
        return Error(tr("this database has a signer registry: only an administrator's certificate changes a "
                        "signer (Registry)"));
    return {};
}

Status ChecklistStore::setSignerActive(const QString& login, bool active, const QString& actor) {
    if (Status outside = refuseOutsideRegistry(); !outside)
        return outside;
    const Result<bool> changed = m_signers->setActive(login, active, actor);
    if (!changed)
        return changed.failure();
    if (changed.value())
        Q_EMIT signersChanged();
    return {};
}

Status ChecklistStore::setSignerRoles(const QString& login, const QStringList& roles, const QString& actor) {
    if (Status outside = refuseOutsideRegistry(); !outside)
        return outside;
    Status changed = m_signers->setRoles(login, roles, actor);
    if (changed)
        Q_EMIT signersChanged();
    return changed;
}

Status ChecklistStore::recordFailedLogin(const QString& login, qint64 recordId, const QDateTime& lockUntil) {
    return m_signers->recordFailedLogin(login, recordId, lockUntil);
}

Status ChecklistStore::clearFailedLogins(const QString& login) {
    return m_signers->clearFailedLogins(login);
}

// ---- Signer registry

Result<QList<StoredStatement>> ChecklistStore::appendRegistry(const StatementMaker& make,
                                                              const RegistryChange& change,
                                                              const QString& actor) {
    using Kind = RegistryChange::Kind;
    using Tx = SignerTable::Transaction;
    const auto alsoInside = [&]() -> Status {
        switch (change.kind) {
        case Kind::None:
            return {};
        case Kind::AddAdministrator:
            if (Status added = m_registry->addAdministratorRow(change.subject, change.secrets, actor); !added)
                return added;
            if (change.recoveryAdministrator.login.isEmpty())
                return {};
            return m_registry->addAdministratorRow(change.recoveryAdministrator, {}, actor);
        case Kind::AddSigner:
            if (Result<qint64> id = m_signers->add(change.subject, change.secrets, actor, Tx::Inside); !id)
                return id.failure();
            return {};
        case Kind::SetSignerActive:
            if (Result<bool> set =
                    m_signers->setActive(change.subject.login, change.active, actor, Tx::Inside);
                !set)
                return set.failure();
            return {};
        case Kind::SetSignerRoles:
            return m_signers->setRoles(change.subject.login, change.subject.roles, actor, Tx::Inside);
        case Kind::UnlockSigner:
            return m_signers->clearFailedLogins(change.subject.login, Tx::Inside);
        case Kind::ReplaceAdministratorKey:
            return m_registry->replaceAdministratorKey(change.subject, change.secrets, actor);
        }
        return {};
    };
    Result<QList<StoredStatement>> stored = m_registry->append(make, alsoInside, actor);
    if (stored)
        Q_EMIT signersChanged();
    return stored;
}

Result<QList<StoredStatement>> ChecklistStore::registryStatements() const {
    return m_registry->statements();
}

Result<QString> ChecklistStore::registryHeadHash() const {
    return m_registry->headHash();
}

Result<bool> ChecklistStore::hasRegistryStatements() const {
    return m_registry->hasStatements();
}

Result<QList<Signer>> ChecklistStore::administrators() const {
    return m_registry->administrators();
}

Result<Signer> ChecklistStore::administrator(const QString& login) const {
    return m_registry->administrator(login);
}

Result<ChecklistStore::SignerSecrets> ChecklistStore::administratorSecrets(const QString& login) const {
    return m_registry->administratorSecrets(login);
}

Status ChecklistStore::recordAdministratorFailedLogin(const QString& login, const QDateTime& lockUntil) {
    return m_registry->recordFailedLogin(login, lockUntil);
}

Status ChecklistStore::clearAdministratorFailedLogins(const QString& login) {
    return m_registry->clearFailedLogins(login);
}

// ---- Signatures

Result<QList<SignatureEntry>> ChecklistStore::signatures(qint64 recordId) const {
    return m_signatures->list(recordId);
}

Result<QString> ChecklistStore::contentDigest(qint64 recordId) const {
    return m_signatures->contentDigest(recordId);
}

Result<qint64> ChecklistStore::addSignature(const SignatureEntry& signature, bool sealsRecord) {
    return addSignature(signature, [sealsRecord](const Record&) -> Result<bool> { return sealsRecord; });
}

Result<qint64> ChecklistStore::addSignature(const SignatureEntry& signature, const SignatureRules& rules) {
    Result<qint64> id = m_signatures->add(signature, rules);
    if (id)
        Q_EMIT recordStateChanged(signature.recordId);
    return id;
}

Result<qint64> ChecklistStore::addDecline(const SignatureEntry& decline) {
    Result<qint64> id = m_signatures->addDecline(decline);
    if (id)
        Q_EMIT recordStateChanged(decline.recordId);
    return id;
}

Status ChecklistStore::reopenRecord(qint64 recordId, const QString& login, const QString& reason) {
    Status reopened = m_signatures->reopen(recordId, login, reason);
    if (reopened)
        Q_EMIT recordStateChanged(recordId);
    return reopened;
}

// ---- Audit trail

Result<QList<AuditEntry>> ChecklistStore::auditTrail(qint64 recordId) const {
    return auditTrailAfter(recordId, 0);
}

Result<QList<AuditEntry>> ChecklistStore::auditTrailAfter(qint64 recordId, qint64 afterId, int limit) const {
    return m_audit->trailAfter(recordId, afterId, limit);
}

Result<QList<AuditEntry>> ChecklistStore::auditTrailBefore(qint64 recordId, qint64 beforeId,
                                                           int limit) const {
    return m_audit->trailBefore(recordId, beforeId, limit);
}

Result<QList<ChecklistStore::ChainRow>> ChecklistStore::auditChain(std::optional<qint64> recordId) const {
    return m_audit->chain(recordId);
}

Result<ChainHead> ChecklistStore::recordChainHead(qint64 recordId) const {
    return m_audit->recordHead(recordId);
}

Result<LedgerHead> ChecklistStore::ledgerHead() const {
    return m_audit->ledgerHead();
}

Result<std::optional<QString>> ChecklistStore::ledgerValueAt(qint64 auditRowId) const {
    return m_audit->ledgerValueAt(auditRowId);
}

Result<std::optional<ChecklistStore::PinnedRow>> ChecklistStore::recordRowAt(qint64 recordId,
                                                                             qint64 seq) const {
    return m_audit->recordRowAt(recordId, seq);
}

Result<QString> ChecklistStore::databaseId() const {
    return m_identity->id();
}

Result<bool> ChecklistStore::isStandby() const {
    return m_connection->isStandby();
}

Status ChecklistStore::recordEvent(qint64 recordId, const QString& action, const QString& detail,
                                   const QString& actor) {
    return m_audit->recordEvent(recordId, action, detail, actor);
}

// ---- Backup

Status ChecklistStore::backUp(const QString& targetPath) const {
    return m_backup->copyTo(targetPath);
}
