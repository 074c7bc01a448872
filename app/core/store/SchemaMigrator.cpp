#include "core/store/SchemaMigrator.h"

#include "core/SqlDialect.h"
#include "core/store/AttachmentTable.h"
#include "core/store/DatabaseBackup.h"
#include "core/store/DatabaseIdentity.h"
#include "core/store/RecordTable.h"
#include "core/store/ServerRoles.h"
#include "core/store/StoreConnection.h"
#include "core/store/TemplateTable.h"
#include "core/store/WriteTransaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

SchemaMigrator::SchemaMigrator(StoreConnection& connection, TemplateTable& templates, RecordTable& records,
                               const DatabaseBackup& backup, DatabaseIdentity& identity)
    : m_connection(connection)
    , m_templates(templates)
    , m_records(records)
    , m_backup(backup)
    , m_identity(identity) {}

Result<int> SchemaMigrator::readSchemaVersion() {
    auto unreadable = [this](const QSqlError& error) -> Error {
        // insufficient_privilege: a role the owner has not given its rights (server init).
        if (m_connection.dialect().backend() == SqlDialect::Backend::PostgreSQL &&
            error.nativeErrorCode() == u"42501")
            return Error(
                tr("this login may not read the Countersign tables in %1 (%2). Ask the administrator to "
                   "run countersign-cli server init --db ADDRESS --app-role ROLE as the database's owner, "
                   "naming the role you connect as.")
                    .arg(m_connection.shownLocation(), error.databaseText()));
        return m_connection.unchangedFileError(
            tr("%1 could not be read as a database").arg(m_connection.shownLocation()), error);
    };
    const SqlDialect& dialect = m_connection.dialect();
    QSqlQuery q(m_connection.db());
    if (const QString check = dialect.hasSchemaVersion(); !check.isEmpty()) {
        if (!q.exec(check) || !q.next())
            return unreadable(q.lastError());
        if (!q.value(0).toBool())
            return 0;
        q.finish();
    }
    if (!q.exec(dialect.readSchemaVersion()) || !q.next())
        return unreadable(q.lastError());
    return q.value(0).toInt();
}

Status SchemaMigrator::migrate(const ChecklistStore::TemplateSource& builtIn) {
    const SqlDialect& dialect = m_connection.dialect();
    const QString shown = m_connection.shownLocation();
    QSqlQuery q(m_connection.db());
    // These settings never write, so they are safe on a file that is refused below.
    for (const QString& statement : dialect.connectionSetup()) {
        if (!q.exec(statement))
            return m_connection.unchangedFileError(tr("cannot set up %1").arg(shown), q.lastError());
    }
    const Result<int> found = readSchemaVersion();
    if (!found)
        return found.failure();
    const int version = found.value();
    if (version > kSchemaVersion)
        return Error(
            tr("%1 was written by a newer Countersign (schema version %2; this version reads up to %3). "
               "Update Countersign to open it. The file was not changed.")
                .arg(shown)
                .arg(version)
                .arg(kSchemaVersion));
    if (version == 0) {
        if (!q.exec(dialect.countTables()) || !q.next())
            return Error(tr("cannot read %1: %2").arg(shown, m_connection.explain(q.lastError())));
        if (q.value(0).toInt() > 0)
            return Error(
                tr("%1 is an SQLite database, but not a Countersign database. The file was not changed.")
                    .arg(shown));
        q.finish();
    }

    if (version < kSchemaVersion && dialect.backend() == SqlDialect::Backend::PostgreSQL) {
        if (Status allowed = refuseUnlessOwner(version > 0); !allowed)
            return allowed;
    }
    if (version < kSchemaVersion) {
        QString backup;
        if (version > 0 && dialect.backend() == SqlDialect::Backend::SQLite) {
            Result<QString> saved = m_backup.beforeMigration(version);
            if (!saved)
                return saved.failure();
            backup = saved.value();
        }
        // A step that fails rolls everything back: say so, and where the copy is.
        auto notUpdated = [&](const QString& why) {
            if (version == 0)
                return Error(why);
            QString message = tr("%1 could not be updated from schema version %2 to %3: %4. The file was not "
                                 "changed; this version of Countersign cannot open it until it is.")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(kSchemaVersion)
                                  .arg(why);
            if (!backup.isEmpty())
                message +=
                    u' ' +
                    tr("A copy taken before the attempt is at %1.").arg(QDir::toNativeSeparators(backup));
            return Error(message);
        };
        // Every step runs in one transaction, in the file's own journal mode:
        // a failed migration leaves the file byte for byte as it was.
        WriteTransaction tx(m_connection);
        if (!tx.began())
            return tx.failure();
        // Another program may have created or updated it while this one waited for the lock.
        const Result<int> current = readSchemaVersion();
        if (!current)
            return current.failure();
        const int from = current.value();
        if (from < kSchemaVersion) {
            if (from < 1) {
                if (Status step = createSchemaV1(); !step)
                    return notUpdated(step.error());
            }
            if (from < 2) {
                if (Status step = migrateToV2(); !step)
                    return notUpdated(step.error());
            }
            if (from < 3) {
                if (Status step = migrateToV3(); !step)
                    return notUpdated(step.error());
            }
            if (from < 4) {
                if (Status step = migrateToV4(); !step)
                    return notUpdated(step.error());
            }
            if (from < 5) {
                if (Status step = migrateToV5(); !step)
                    return notUpdated(step.error());
            }
            if (from < 6) {
                if (Status step = migrateToV6(); !step)
                    return notUpdated(step.error());
            }
            if (from < 7) {
                if (Status step = migrateToV7(); !step)
                    return notUpdated(step.error());
            }
            if (from < 8) {
                if (Status step = migrateToV8(); !step)
                    return notUpdated(step.error());
            }
            if (from < 9) {
                if (Status step = migrateToV9(); !step)
                    return notUpdated(step.error());
            }
            if (from < 10) {
                if (Status step = migrateToV10(); !step)
                    return notUpdated(step.error());
            }
            if (from < 11) {
                if (Status step = migrateToV11(); !step)
                    return notUpdated(step.error());
            }
            if (from < 12) {
                if (Status step = migrateToV12(); !step)
                    return notUpdated(step.error());
            }
            if (from < 13) {
                if (Status step = migrateToV13(); !step)
                    return notUpdated(step.error());
            }
            // A new database starts with the built-in template, in the same transaction.
            if (from == 0 && builtIn) {
                Result<ChecklistTemplate> tmpl = builtIn();
                if (!tmpl)
                    return tmpl.failure();
                if (Result<qint64> added = m_templates.insert(tmpl.value()); !added)
                    return added.failure();
            }
            for (const QString& statement : dialect.writeSchemaVersion(kSchemaVersion)) {
                if (!q.exec(statement))
                    return notUpdated(
                        tr("cannot record the schema version: %1").arg(m_connection.explain(q.lastError())));
            }
            if (Status committed = tx.commit(); !committed)
                return notUpdated(committed.error());
            if (from > 0)
                qCInfo(lcStore) << "migrated" << m_connection.location() << "from schema" << from << "to"
                                << kSchemaVersion;
        }
    }

    // Only now, with the file known to be ours and current, may its header change.
    for (const QString& statement : dialect.journalSetup()) {
        if (!q.exec(statement)) {
            const QSqlError failure = q.lastError();
            return m_connection.failure(
                dialect.isBusy(failure)
                    ? m_connection.explain(failure)
                    : tr("cannot set up %1: %2").arg(shown, m_connection.explain(failure)),
                failure);
        }
    }
    return {};
}

// The application's role on a server may not change the schema (ServerRoles):
// say who can, instead of failing on the first CREATE or ALTER.
Status SchemaMigrator::refuseUnlessOwner(bool schemaExists) {
    const ServerRoles roles(m_connection);
    const Result<bool> may = roles.mayChangeSchema(schemaExists);
    if (!may)
        return may.failure();
    if (may.value())
        return {};
    const Result<QString> owner = roles.schemaOwner(schemaExists);
    if (!owner)
        return owner.failure();
    const Result<QString> role = roles.connectedRole();
    if (!role)
        return role.failure();
    const QString shown = m_connection.shownLocation();
    if (!schemaExists)
        return Error(
            tr("%1 has no Countersign tables yet, and the role %2 may not create them. The database's "
               "owner (%3) sets it up once: ask the administrator to run countersign-cli server init "
               "--db ADDRESS --app-role %2, with the database's address as %3.")
                .arg(shown, role.value(), owner.value()));
    return Error(tr("the database needs an update that only its owner can make: %1 is at an older schema "
                    "than this Countersign (version %2), and the role %3 may not change it. Ask the "
                    "administrator to run countersign-cli server init --db ADDRESS --app-role %3, with the "
                    "database's address as its owner %4. Nothing was changed.")
                     .arg(shown)
                     .arg(kSchemaVersion)
                     .arg(role.value(), owner.value()));
}

Status SchemaMigrator::createSchemaV1() {
    const SqlDialect& dialect = m_connection.dialect();
    const QString pk = dialect.primaryKey();
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
        QStringLiteral(
            "CREATE TABLE template_items (id %1, "
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
        QStringLiteral(
            "CREATE TABLE record_items (id %1, "
            "section_id INTEGER NOT NULL REFERENCES record_sections(id), position INTEGER NOT NULL, "
            "is_group INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
            "status TEXT NOT NULL DEFAULT 'pending', notes TEXT NOT NULL DEFAULT '', "
            "extra TEXT NOT NULL DEFAULT '[]', updated_by TEXT NOT NULL DEFAULT '', "
            "updated_at TEXT, revision INTEGER NOT NULL DEFAULT 0)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE audit_log (id %1, record_id INTEGER NOT NULL DEFAULT 0, "
            "item_id INTEGER NOT NULL DEFAULT 0, action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', "
            "old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '', "
            "actor TEXT NOT NULL, at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral(
            "CREATE INDEX template_sections_by_template ON template_sections (template_id, position)"),
        QStringLiteral("CREATE INDEX template_items_by_section ON template_items (section_id, position)"),
        QStringLiteral("CREATE INDEX record_sections_by_record ON record_sections (record_id, position)"),
        QStringLiteral("CREATE INDEX record_items_by_section ON record_items (section_id, position)"),
        QStringLiteral("CREATE INDEX audit_log_by_record ON audit_log (record_id, id)"),
    };
    ddl += dialect.appendOnlyTriggers(QStringLiteral("audit_log"));
    QSqlQuery q(m_connection.db());
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot create the database schema in %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

Status SchemaMigrator::migrateToV2() {
    const SqlDialect& dialect = m_connection.dialect();
    const QString pk = dialect.primaryKey();
    QStringList ddl{
        QStringLiteral(
            "CREATE TABLE signers (id %1, login TEXT NOT NULL UNIQUE, printed_name TEXT NOT NULL, "
            "roles TEXT NOT NULL DEFAULT '[]', password_hash TEXT NOT NULL, public_key TEXT NOT NULL, "
            "sealed_secret TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
            "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, created_at TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral(
            "CREATE TABLE signatures (id %1, record_id INTEGER NOT NULL REFERENCES records(id), "
            "role TEXT NOT NULL, role_position INTEGER NOT NULL, "
            "signer_id INTEGER NOT NULL REFERENCES signers(id), login TEXT NOT NULL, "
            "printed_name TEXT NOT NULL, meaning TEXT NOT NULL, signed_at TEXT NOT NULL, "
            "digest TEXT NOT NULL, content TEXT NOT NULL, strokes TEXT NOT NULL DEFAULT '[]', "
            "typed INTEGER NOT NULL DEFAULT 0, signature TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT, "
            "revoked_reason TEXT)")
            .arg(pk),
        QStringLiteral("CREATE INDEX signatures_by_record ON signatures (record_id, role_position)"),
    };
    // Old signatures keep their meaning only if their signer stays who they were.
    ddl += dialect.refuseTrigger(QStringLiteral("signers_no_delete"), QStringLiteral("signers"),
                                 QStringLiteral("DELETE"),
                                 QStringLiteral("signers are deactivated, never deleted"));
    ddl += dialect.refuseTrigger(QStringLiteral("signers_no_rename"), QStringLiteral("signers"),
                                 QStringLiteral("UPDATE OF login, printed_name, public_key"),
                                 QStringLiteral("signers are never renamed"));
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot add the sign-off tables to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// Progress counters on each record, kept by every change of an item in the
// same transaction: listing thousands of records reads one row per record
// instead of every item of every record.
Status SchemaMigrator::migrateToV3() {
    const QStringList ddl{
        QStringLiteral("ALTER TABLE records ADD COLUMN items_total INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_done INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_na INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE records ADD COLUMN items_failed INTEGER NOT NULL DEFAULT 0"),
    };
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot add the progress counters to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return m_records.recountProgress(std::nullopt);
}

// Per-record audit chains, the database-wide ledger and the database's
// identity (docs/CANONICAL-JSON.md, version 2). Rows written before keep
// format 1 and their hashes; a record's first format 2 row chains from the
// record's newest format 1 row, and the ledger from the last format 1 row.
// Signatures gain the exact bytes they signed.
Status SchemaMigrator::migrateToV4() {
    const QStringList ddl{
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN record_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN os_account TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN edit_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN ledger_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE signatures ADD COLUMN payload_format INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE signatures ADD COLUMN payload TEXT NOT NULL DEFAULT ''"),
    };
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot add per-record audit chains to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return m_identity.create();
}

// Task lists (the import issue): a section may be a GFM task list rather than
// a table, and an item keeps the Markdown written under it (a sub-list, a
// paragraph, a fenced code block) as its detail.
Status SchemaMigrator::migrateToV5() {
    const QStringList ddl{
        QStringLiteral("ALTER TABLE template_sections ADD COLUMN task_list INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE record_sections ADD COLUMN task_list INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE template_items ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE record_items ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
    };
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot add task lists and item details to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// The signer registry (docs/CANONICAL-JSON.md, countersign-certificate/1):
// administrators, kept like signers, and the append-only chain of signed
// statements saying who may sign. A recovery key and a second approver's
// statements fit in the same chain (actions recover, approve).
Status SchemaMigrator::migrateToV6() {
    const SqlDialect& dialect = m_connection.dialect();
    QStringList ddl{
        QStringLiteral(
            "CREATE TABLE administrators (id %1, login TEXT NOT NULL UNIQUE, printed_name TEXT NOT NULL, "
            "password_hash TEXT NOT NULL, public_key TEXT NOT NULL, sealed_secret TEXT NOT NULL, "
            "active INTEGER NOT NULL DEFAULT 1, failed_attempts INTEGER NOT NULL DEFAULT 0, "
            "locked_until TEXT, created_at TEXT NOT NULL)")
            .arg(dialect.primaryKey()),
        QStringLiteral("CREATE TABLE registry_statements (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL, "
                       "hash TEXT NOT NULL, signature TEXT NOT NULL)"),
    };
    const QString appendOnly = QStringLiteral("the signer registry is append-only");
    ddl += dialect.refuseTrigger(QStringLiteral("registry_statements_no_update"),
                                 QStringLiteral("registry_statements"), QStringLiteral("UPDATE"), appendOnly);
    ddl += dialect.refuseTrigger(QStringLiteral("registry_statements_no_delete"),
                                 QStringLiteral("registry_statements"), QStringLiteral("DELETE"), appendOnly);
    ddl +=
        dialect.refuseTrigger(QStringLiteral("administrators_no_delete"), QStringLiteral("administrators"),
                              QStringLiteral("DELETE"), QStringLiteral("administrators are never deleted"));
    ddl += dialect.refuseTrigger(QStringLiteral("administrators_no_rekey"), QStringLiteral("administrators"),
                                 QStringLiteral("UPDATE OF login, printed_name, public_key"),
                                 QStringLiteral("administrators are never renamed"));
    QSqlQuery q(m_connection.db());
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot add the signer registry to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// The recovery key (docs/CANONICAL-JSON.md "The recovery administrator"): a
// `recover` statement gives an administrator a new key, and a new recovery key
// replaces the old one's, so an administrator's key may now change; their
// login and printed name still may not.
Status SchemaMigrator::migrateToV7() {
    const SqlDialect& dialect = m_connection.dialect();
    QStringList ddl{
        dialect.dropTrigger(QStringLiteral("administrators_no_rekey"), QStringLiteral("administrators"))};
    ddl += dialect.refuseTrigger(QStringLiteral("administrators_no_rename"), QStringLiteral("administrators"),
                                 QStringLiteral("UPDATE OF login, printed_name"),
                                 QStringLiteral("administrators are never renamed"));
    QSqlQuery q(m_connection.db());
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot let %1 replace an administrator's key: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// A note's own author and time (the desktop issue "Separate the two facts"):
// until now a note re-stamped the item's updated_by/updated_at, which say who
// checked it. An existing note takes its author and time from the audit row
// that wrote it, where that row is the item's newest note change, a plain edit
// and wrote the note as it stands; otherwise (a template's note, an undo) they
// stay '' for unknown. updated_by/updated_at are left as they are: signed
// content (countersign-record-content/1) covers them.
Status SchemaMigrator::migrateToV8() {
    const QString writer =
        QStringLiteral("(SELECT a.%1 FROM audit_log a WHERE a.id = (SELECT MAX(b.id) FROM audit_log b "
                       "WHERE b.record_id = (SELECT s.record_id FROM record_sections s WHERE s.id = "
                       "record_items.section_id) "
                       "AND b.item_id = record_items.id AND b.field = 'notes') "
                       "AND a.action = 'notes' AND a.new_value = record_items.notes)");
    const QStringList ddl{
        QStringLiteral("ALTER TABLE record_items ADD COLUMN notes_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE record_items ADD COLUMN notes_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE record_items SET notes_by = COALESCE(%1, ''), notes_at = COALESCE(%2, '') "
                       "WHERE notes <> ''")
            .arg(writer.arg(QStringLiteral("actor")), writer.arg(QStringLiteral("at"))),
    };
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot give notes their own author and time in %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// Edits applied once (the team-server issue): each edit's audit rows carry
// its client-made id (OnceOnlyWrite), one row per field it changed. The
// index finds an edit by its id, and refuses a second copy of its rows even
// if a retried edit ever slipped past the look that comes first. Rows written
// before have no id ('').
Status SchemaMigrator::migrateToV9() {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("CREATE UNIQUE INDEX audit_log_edit_once ON audit_log (edit_id, field) "
                               "WHERE edit_id <> ''")))
        return Error(tr("cannot index the edits of %1: %2")
                         .arg(m_connection.location(), m_connection.explain(q.lastError())));
    return {};
}

// Declining to sign: a refusal is stored beside the signatures, made and
// checked the same way, with its decision and reason as the payload signs them.
Status SchemaMigrator::migrateToV10() {
    const QStringList ddl{
        QStringLiteral("ALTER TABLE signatures ADD COLUMN decision TEXT NOT NULL DEFAULT 'signed'"),
        QStringLiteral("ALTER TABLE signatures ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
    };
    QSqlQuery q(m_connection.db());
    for (const QString& statement : ddl) {
        if (!q.exec(statement))
            return Error(tr("cannot add declined signatures to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// Evidence attachments (the evidence issue): files on a record's items, their
// bytes in chunks by SHA-256, and the database's size limit for one file
// (AttachmentTable owns the tables and their DDL).
Status SchemaMigrator::migrateToV11() {
    return AttachmentTable::createTables(m_connection);
}

// A whole section or group marked not applicable at once (the evidence issue):
// who marked it, when and why, on the section's row or the group header's.
// '' while unmarked; the items' own statuses and notes say the rest.
Status SchemaMigrator::migrateToV12() {
    QStringList ddl;
    for (const char* table : {"record_sections", "record_items"}) {
        for (const char* column : {"na_by", "na_at", "na_reason"})
            ddl << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                       .arg(QLatin1String(table), QLatin1String(column));
    }
    QSqlQuery q(m_connection.db());
    for (const QString& statement : std::as_const(ddl)) {
        if (!q.exec(statement))
            return Error(tr("cannot add sections marked not applicable to %1: %2")
                             .arg(m_connection.location(), m_connection.explain(q.lastError())));
    }
    return {};
}

// Sign-off policies (issue 20): how many distinct signers a role of a template
// version needs and whether they must be independent of the record's items.
// A role without a row has the default (one signer, not independent), which is
// what every template before had. Rows belong to one template version and,
// like its sections, never change: an edited policy is a new version.
Status SchemaMigrator::migrateToV13() {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("CREATE TABLE template_role_policies ("
                               "template_id INTEGER NOT NULL REFERENCES templates(id), role TEXT NOT NULL, "
                               "signers_required INTEGER NOT NULL CHECK (signers_required >= 1), "
                               "independent INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (template_id, role))")))
        return Error(tr("cannot add sign-off policies to %1: %2")
                         .arg(m_connection.location(), m_connection.explain(q.lastError())));
    return {};
}
