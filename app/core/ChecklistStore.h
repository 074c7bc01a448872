#pragma once

#include "core/Checklist.h"
#include "core/ItemChangeAction.h"
#include "core/RegistryStatement.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class AttachmentTable;
class AuditLog;
class DatabaseBackup;
class QIODevice;
class DatabaseIdentity;
class ItemTable;
class NotApplicableMarks;
class OnceOnlyWrite;
class RecordTable;
struct RecordReadPass;
class RegistryTable;
class SchemaMigrator;
class SignatureTable;
class SignerTable;
class StoreConnection;
class TemplateTable;
class WriteTransaction;

// The store: the one way in to the database, a façade over rooms that each own
// one table family (app/core/store). Every method runs prepared statements with
// bound values inside an explicit transaction; every change to a record writes
// its audit row in the same transaction, so a failure leaves nothing behind.
// Errors come back as values: the store never shows UI and never reads settings.
// A list read that fails says why instead of returning an empty list: an empty
// list always means there is nothing, so no caller can take a table it could
// not read for an empty one (verify would call it intact).
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
    // Who set an item's status and its note, and when: what an undo puts back
    // (the stamps before the change) and a redo (the stamps the change wrote),
    // so that "Checked at" keeps saying when the item was checked.
    struct ItemStamps {
        QString checkedBy;
        QDateTime checkedAt;
        QString notesBy;
        QDateTime notesAt;
        static ItemStamps of(const ChecklistItem& item) {
            return {item.updatedBy, item.updatedAt, item.notesBy, item.notesAt};
        }
    };

    explicit ChecklistStore(QObject* parent = nullptr);
    ~ChecklistStore() override;

    // The GUI's and the CLI's default: AppDataLocation/countersign.sqlite.
    static QString defaultLocation();
    // The current schema version (PRAGMA user_version).
    static int schemaVersion();

    // A file path (SQLite) or postgresql://user@host:port/database (a team's server).
    Status open(const QString& location, OpenMode mode = OpenMode::CreateIfMissing);
    static bool isServerLocation(const QString& location);
    // What it takes to open a second connection to the same database, say in
    // a worker thread: the location, the server password typed for this one,
    // and the busy timeout.
    struct Connection {
        QString location;
        QString password;
        std::chrono::milliseconds busyTimeout{10000};
    };
    Connection connection() const;
    // Opens the database another store has open (an existing one only), without
    // watching it for other writers: for a worker that reads and closes again.
    Status openSecondConnection(const Connection& connection);
    // A password for the server typed into the GUI; never stored. Without one,
    // libpq reads PGPASSWORD or ~/.pgpass.
    void setServerPassword(const QString& password);
    // How long a statement waits for another program's write lock before the
    // store retries and then reports the database busy (SQLite; the server
    // has its own lock timeout). Takes effect at the next open().
    void setBusyTimeout(std::chrono::milliseconds timeout);
    void close();
    bool isOpen() const;
    QString location() const;
    // A server session that crosses a network unencrypted, as the server's
    // pg_stat_ssl tells after connecting: the host and the sslmode that
    // allowed it. Never set for a file or a Unix socket.
    struct PlainTextSession {
        QString host;
        QString sslMode;
    };
    std::optional<PlainTextSession> plainTextSession() const;
    // The location as the user reads it: never a server's password.
    QString shownLocation() const;
    // A server's connection that dropped (the server restarted, the network
    // went away): whether it no longer answers (one round trip, so not before
    // every call), and connecting to it again, listening again for other
    // writers. A write that loses its connection connects again by itself,
    // once, and is applied once (OnceOnlyWrite); either way reconnected() and
    // changedElsewhere() follow, so views reload what they missed.
    bool connectionLost();
    Status reconnect();

    // ---- Many writes in one transaction (the benchmark's ten-year archive,
    // an import): while a BulkWrite is open, every write of this store joins
    // its transaction instead of committing its own (one durable commit for
    // thousands of rows) and runs the same room code, so the rows and the
    // audit chain are those the writes one by one would make. A write that
    // fails inside spoils the bulk: commit() then refuses, and the whole
    // bulk is rolled back, as it is when the BulkWrite goes without commit().
    // A write made again after a lost server connection (OnceOnlyWrite) is
    // not: the connection took the whole bulk with it.
    class BulkWrite {
    public:
        explicit BulkWrite(ChecklistStore& store);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;
        // Why the bulk's transaction did not begin (the write lock, a replaced log).
        Status began() const;
        Status commit();

    private:
        StoreConnection& m_connection;
        std::unique_ptr<WriteTransaction> m_tx;
    };

    // Tests replace the clock; it must return UTC.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // ---- Templates
    // Where a new database's first template comes from: BuiltInTemplate::load
    // (app/io) for the built-in "Production Deployment Checklist". Read only
    // when open() creates a database, in the transaction that creates it.
    // Without one, a new database starts with no template.
    using TemplateSource = std::function<Result<ChecklistTemplate>()>;
    void setBuiltInTemplate(TemplateSource source);
    // Stores a new template; a title that already exists gets the next version.
    Result<qint64> addTemplate(const ChecklistTemplate& tmpl);
    // Imports builtIn (the built-in template) when no version of its title exists.
    Status ensureBuiltInTemplate(const ChecklistTemplate& builtIn);
    Result<QList<TemplateSummary>> templates() const;
    Result<ChecklistTemplate> loadTemplate(qint64 templateId) const;
    // An id names one exact version; a title (any case) names its newest version.
    Result<qint64> resolveTemplate(const QString& idOrTitle) const;

    // ---- Records
    // editId as ItemEdit's: empty, the store makes one; a creation whose id was
    // applied before returns that record's id and creates nothing.
    Result<qint64> createRecord(qint64 templateId, const RecordInfo& info, const QString& actor,
                                const QString& editId = QString());
    Result<QList<RecordSummary>> records() const;
    // The list of records read in pages, for a view of thousands of them: every
    // record's id in list order (oldest first), then the summaries of at most
    // limit records with an id above afterId, in the same order.
    Result<QList<qint64>> recordIds() const;
    Result<QList<RecordSummary>> recordsAfter(qint64 afterId, int limit) const;
    Result<RecordSummary> recordSummary(qint64 recordId) const;
    Result<Record> loadRecord(qint64 recordId) const;
    // The same, one of many read in one pass: what the records share is read
    // once per pass (RecordReadPass).
    Result<Record> loadRecord(qint64 recordId, RecordReadPass& pass) const;
    Result<qint64> resolveRecord(const QString& idText) const;
    // The items of a record whose revision is no longer the one a view shows
    // (shownRevisions: item id to revision), read as they are stored now and
    // each announced with itemChanged, as the store announces its own writes.
    // This is how the views learn which rows another program changed: the
    // change poll (changedElsewhere) only says that something did.
    Result<QList<ChecklistItem>> announceItemsChangedElsewhere(qint64 recordId,
                                                               const QHash<qint64, int>& shownRevisions);

    // ---- Items
    Result<ChecklistItem> loadItem(qint64 itemId) const;
    qint64 recordOfItem(qint64 itemId) const;
    // Sets an item's status and notes. N/A and Failed need a note. With
    // expectedRevision, an edit based on a stale value is refused with who
    // changed it and when. Writes one audit row per changed field, its action
    // saying whether this is an edit or the undo or redo of one.
    // A changed status stamps the item's checked by/at with actor and now, a
    // changed note its notes by/at; an undo or redo (kind) restores the stamps
    // of what it returns to instead, when given (only an undo or redo may).
    // editId is the edit's client-made id (audit_log.edit_id); empty: the
    // store makes one. An edit whose id was applied before reports success and
    // changes nothing (the item as it is), which is how a write that lost its
    // server connection is made again once and applied once (OnceOnlyWrite).
    Result<ChecklistItem> updateItem(qint64 itemId, const ItemEdit& edit, const QString& actor,
                                     std::optional<int> expectedRevision = std::nullopt,
                                     ItemChangeAction::Kind kind = ItemChangeAction::Kind::Edit,
                                     const std::optional<ItemStamps>& restore = std::nullopt,
                                     const QString& editId = QString());

    // ---- Evidence attachments (AttachmentTable, schema 11): files on a
    // record's items, their bytes kept in the database in 1 MiB chunks by
    // their SHA-256 (the same bytes attached twice are stored once). Every
    // loaded record and item carries its attachments (ChecklistItem::attachments),
    // removed ones too. Attaching and removing are refused on a signed or
    // sealed record (a standing signature covers the record as it is), each
    // writes one audit event ("attached", "detached") and emits itemChanged.
    struct ItemAttachment {
        qint64 recordId = 0;
        qint64 itemId = 0;
        AttachmentEntry entry;
    };
    // The bytes of an attachment as they are stored now, recomputed from its chunks.
    struct StoredBytes {
        QString sha256; // lower-case hex
        qint64 size = 0;
    };
    // Attaches what source holds (read from its start; a pipe is kept in a
    // temporary file first) to an item of the record, under name (its last
    // path part). A file over attachmentSizeLimit() is refused with its
    // size and the limit, and nothing is written.
    Result<AttachmentEntry> attach(qint64 recordId, qint64 itemId, QIODevice& source, const QString& name,
                                   const QString& by);
    // The same for a file; name empty: the file's own name.
    Result<AttachmentEntry> attach(qint64 recordId, qint64 itemId, const QString& filePath,
                                   const QString& name, const QString& by);
    // Marks an attachment removed (who, when, why); its row and bytes stay.
    Result<AttachmentEntry> removeAttachment(qint64 recordId, qint64 attachmentId, const QString& reason,
                                             const QString& by);
    // Writes an attachment's bytes to out chunk by chunk, checking their
    // SHA-256 as they pass: a missing or changed chunk is an error naming
    // the attachment (out may then hold part of the bytes: write to a
    // temporary file and keep it only on success).
    Status extractAttachment(qint64 attachmentId, QIODevice& out) const;
    // Every attachment of a record, removed ones too, oldest first.
    Result<QList<ItemAttachment>> attachments(qint64 recordId) const;
    // Many records read together (a whole verify reads every record in
    // batches): one statement per table for the whole batch, not six per
    // record, which on a server are each a round trip. Each id in the order
    // given, with the record as loadRecord(id, pass) reads it and its
    // attachments as attachments(id) lists them; a record the batch could
    // not read is read alone, so a failure is that record's own. ids: a few
    // hundred at most (each is a bound value).
    struct LoadedRecord {
        qint64 id = 0;
        Result<Record> record;
        Result<QList<ItemAttachment>> attachments;
    };
    QList<LoadedRecord> loadRecords(const QList<qint64>& ids, RecordReadPass& pass) const;
    Result<ItemAttachment> attachment(qint64 attachmentId) const;
    // What verify compares with an attachment's row; an error for a missing
    // or wrongly sized chunk.
    Result<StoredBytes> storedAttachmentBytes(qint64 attachmentId) const;
    // The largest file this database takes (a setting in the database,
    // default 50 MiB); changing it is audited (database event "attachment_limit").
    Result<qint64> attachmentSizeLimit() const;
    Status setAttachmentSizeLimit(qint64 bytes, const QString& by);
    // ---- A section or group marked not applicable at once (NotApplicableMarks)
    // What the mark changed, item by item, so that an undo puts back exactly
    // what was there and a redo exactly what the mark wrote.
    struct NotApplicableChange {
        qint64 recordId = 0;
        qint64 sectionId = 0;
        qint64 groupId = 0; // the group header's item id; 0: the whole section
        QString title;      // the section's or the group's, as written
        NotApplicableMark mark;
        struct Item {
            qint64 itemId = 0;
            ItemEdit before;
            ItemStamps beforeStamps;
            ItemEdit after;
            ItemStamps afterStamps;
        };
        QList<Item> items; // the items it changed (one already N/A with a note is left alone)
    };
    // Marks a checklist section (groupId 0) or one of its groups not
    // applicable, with one reason, in one transaction: the mark (actor, now,
    // reason) on the section or group header, and every countable item under
    // it set to N/A. An item keeps its own note; one without a note gets the
    // reason as its note (N/A needs one). The audit trail gets the mark
    // ("na_marked") and each item's change ("na_status", "na_notes"). Refused
    // on a signed or sealed record, for a section or group already marked and
    // for one with no items. editId as updateItem's.
    Result<NotApplicableChange> markNotApplicable(qint64 sectionId, qint64 groupId, const QString& reason,
                                                  const QString& actor, const QString& editId = QString());
    // Takes a mark back (Edit ▸ Undo): each item's status, note and stamps as
    // they were before it, the mark removed; refused when an item or the mark
    // changed since. The redo writes the mark again with its first stamps.
    Result<NotApplicableChange> undoNotApplicable(const NotApplicableChange& change, const QString& actor,
                                                  const QString& editId = QString());
    Result<NotApplicableChange> redoNotApplicable(const NotApplicableChange& change, const QString& actor,
                                                  const QString& editId = QString());

    // ---- Signers (deactivated, never deleted or renamed)
    // What the store keeps of a signer beyond the public fields: never leaves the engine.
    struct SignerSecrets {
        QString passwordHash;    // Argon2id, libsodium string form
        QByteArray sealedSecret; // Ed25519 secret key sealed under the password
    };
    // addSigner, setSignerActive and setSignerRoles are for a database from
    // before the signer registry; once it has one they refuse, and only an
    // administrator's certificate changes who may sign (Registry, appendRegistry).
    Result<qint64> addSigner(const Signer& signer, const SignerSecrets& secrets, const QString& actor);
    Result<QList<Signer>> signers() const;
    Result<Signer> signer(const QString& login) const;
    Result<SignerSecrets> signerSecrets(const QString& login) const;
    Status setSignerSecrets(const QString& login, const SignerSecrets& secrets, const QString& actor);
    Status setSignerActive(const QString& login, bool active, const QString& actor);
    Status setSignerRoles(const QString& login, const QStringList& roles, const QString& actor);
    // Counts a wrong password (audited); locks the signer until lockUntil when given.
    Status recordFailedLogin(const QString& login, qint64 recordId, const QDateTime& lockUntil);
    // Clears the count and the lock after a right password (audited when there was one to clear).
    Status clearFailedLogins(const QString& login);

    // ---- Signer registry (RegistryTable; its rules are Registry's)
    // Writes and signs the statements that follow the chain's end (nextSeq, previousHash).
    using StatementMaker =
        std::function<Result<QList<StoredStatement>>(qint64 nextSeq, const QString& previousHash)>;
    // What a statement changes beside the registry, written in the same transaction.
    struct RegistryChange {
        // ReplaceAdministratorKey: a recovered administrator's new key and password, or a new recovery key
        // (the subject's public key, with secrets), clearing failed sign-ins.
        enum class Kind {
            None,
            AddAdministrator,
            AddSigner,
            SetSignerActive,
            SetSignerRoles,
            UnlockSigner,
            ReplaceAdministratorKey
        };
        Kind kind = Kind::None;
        Signer subject;
        SignerSecrets secrets;
        bool active = true;
        // AddAdministrator at admin init: when its login is set, the recovery
        // administrator's row too (no password: empty hash and sealed key).
        Signer recoveryAdministrator;
    };
    Result<QList<StoredStatement>> appendRegistry(const StatementMaker& make, const RegistryChange& change,
                                                  const QString& actor);
    Result<QList<StoredStatement>> registryStatements() const;
    // The hash of the registry's newest statement ("" without one): it
    // changes whenever the registry does, and costs one small read.
    Result<QString> registryHeadHash() const;
    // Whether the registry has any statement: one row read, not every
    // statement's bytes (the window asks at start).
    Result<bool> hasRegistryStatements() const;
    Result<QList<Signer>> administrators() const;
    Result<Signer> administrator(const QString& login) const;
    Result<SignerSecrets> administratorSecrets(const QString& login) const;
    Status recordAdministratorFailedLogin(const QString& login, const QDateTime& lockUntil);
    Status clearAdministratorFailedLogins(const QString& login);

    // ---- Signatures
    // Stores a signature and moves the record to signed or sealed, in one
    // transaction that first checks the record still has the content that was
    // signed (expectedDigest) and the role is still unsigned.
    Result<qint64> addSignature(const SignatureEntry& signature, bool sealsRecord);
    // The sign-off rules that depend on the other signatures (signing order,
    // one role per person, whether this signature completes the record), run
    // again inside the write transaction on the record as it is then, so two
    // signers at once cannot both pass them on what they read before. Returns
    // whether the new signature seals the record, or why it may not be stored.
    using SignatureRules = std::function<Result<bool>(const Record& current)>;
    Result<qint64> addSignature(const SignatureEntry& signature, const SignatureRules& rules);
    // Stores a refusal to sign a role (decline.declined), made and checked
    // like a signature; the record stays as it is (SignOffService::decline).
    Result<qint64> addDecline(const SignatureEntry& decline);
    // Revokes every standing signature and returns the record to in progress.
    Status reopenRecord(qint64 recordId, const QString& login, const QString& reason);
    // Every signature and refusal of a record, oldest first.
    Result<QList<SignatureEntry>> signatures(qint64 recordId) const;
    // The content digest a signature must carry, computed from the stored record.
    Result<QString> contentDigest(qint64 recordId) const;

    // ---- Audit trail (append-only)
    Result<QList<AuditEntry>> auditTrail(qint64 recordId) const;
    // Pages of it, for a view that reads a long trail as it is scrolled: the rows
    // after afterId, oldest first; the rows before beforeId (0: from the newest),
    // newest first. At most limit rows (-1: all).
    Result<QList<AuditEntry>> auditTrailAfter(qint64 recordId, qint64 afterId, int limit = -1) const;
    Result<QList<AuditEntry>> auditTrailBefore(qint64 recordId, qint64 beforeId, int limit) const;
    // Every row with the hash it claims to chain from, for verification.
    struct ChainRow {
        AuditEntry entry;
        QString previousHash;
        QString ledgerHash; // format 2 rows only
    };
    // Every row, or one record's rows, in id order.
    Result<QList<ChainRow>> auditChain(std::optional<qint64> recordId = std::nullopt) const;
    // The newest row of a record's audit chain: what a signature pins.
    Result<ChainHead> recordChainHead(qint64 recordId) const;
    // The ledger's newest row, and its stored value at a row (nullopt when the
    // row is gone): what each user's machine remembers of the database.
    Result<LedgerHead> ledgerHead() const;
    Result<std::optional<QString>> ledgerValueAt(qint64 auditRowId) const;
    // A record's audit row at a sequence number (0: its newest row written
    // before per-record chains): its id, hash and time as stored.
    struct PinnedRow {
        qint64 id = 0;
        QString hash;
        QDateTime at;
    };
    Result<std::optional<PinnedRow>> recordRowAt(qint64 recordId, qint64 seq) const;
    // The random id this database was given when it was created or first
    // moved to per-record chains; binds signatures and machines' memories to it.
    Result<QString> databaseId() const;
    // A PostgreSQL hot standby: it may lag behind the primary the users write to.
    Result<bool> isStandby() const;
    // Audits an event that is not a change of data (a refused signing, say).
    Status recordEvent(qint64 recordId, const QString& action, const QString& detail, const QString& actor);

    // ---- Backup
    // Writes a consistent copy of an open SQLite database to targetPath (which
    // must not exist yet), safe while other processes use the database. A
    // server database is backed up with the server's own tools (pg_dump).
    Status backUp(const QString& targetPath) const;

    // ---- A team's server
    // Run as the database's owner (countersign-cli server init): gives the
    // application's role appRole what the engine needs and nothing more
    // (ServerRoles, README "Teams"). Again after every upgrade's migration.
    Status grantApplicationRole(const QString& appRole);

Q_SIGNALS:
    void templatesChanged();
    void recordCreated(qint64 recordId);
    void itemChanged(qint64 recordId, const ChecklistItem& item);
    // A section or group was marked not applicable, or the mark taken back
    // (its items' changes come as itemChanged before it).
    void notApplicableChanged(qint64 recordId, qint64 sectionId);
    // A record's signatures or state changed (signed, sealed, reopened).
    void recordStateChanged(qint64 recordId);
    void signersChanged();
    // Another process or connection changed the database (SQLite: PRAGMA
    // data_version polling; PostgreSQL: LISTEN/NOTIFY). Views reload.
    void changedElsewhere();
    // Another program deleted this connection's -wal/-shm (it believed itself
    // the file's last user): nothing more is written until the database is
    // reopened. message says so in the user's words. Emitted once per open.
    void logReplaced(const QString& message);
    // The server's connection was lost and is made again (by reconnect() or
    // by a write that lost it); queued, so it never runs inside a store call.
    void reconnected();

private:
    // Refuses a change of who may sign that is not an administrator's certificate, once there is a registry.
    Status refuseOutsideRegistry() const;
    // Tells the views an item changed (its attachments) by emitting itemChanged.
    void announceItem(qint64 recordId, qint64 itemId);
    // Tells the views what a mark, its undo or its redo changed: each item, then the mark.
    void announceMark(const NotApplicableChange& change);
    // Opens, migrates and remembers the log of an SQLite file.
    Status openFile(const QString& location, OpenMode mode);

    // The rooms, each owning one table family (app/core/store); this class
    // forwards to them and tells the views what changed.
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TemplateTable> m_templates;
    std::unique_ptr<RecordTable> m_records;
    std::unique_ptr<ItemTable> m_items;
    std::unique_ptr<NotApplicableMarks> m_marks;
    std::unique_ptr<SignerTable> m_signers;
    std::unique_ptr<SignatureTable> m_signatures;
    std::unique_ptr<RegistryTable> m_registry;
    std::unique_ptr<AttachmentTable> m_attachments;
    std::unique_ptr<DatabaseBackup> m_backup;
    std::unique_ptr<DatabaseIdentity> m_identity;
    std::unique_ptr<SchemaMigrator> m_migrator;
    std::unique_ptr<OnceOnlyWrite> m_once;
    TemplateSource m_builtInTemplate;
    bool m_watchForOthers = true;
};
