#include "core/store/ServerRoles.h"

#include "core/SqlDialect.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
QStringList columns(std::initializer_list<const char*> names) {
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}
} // namespace

const std::vector<ServerRoles::TableRights>& ServerRoles::rights() {
    // Read from the rooms' SQL: TemplateTable and SectionRows add templates
    // (and their sign-off policies);
    // RecordTable, SectionRows and ItemTable records and their items,
    // NotApplicableMarks the marks on their sections and groups;
    // AuditLog the trail; SignerTable, SignatureTable and RegistryTable the
    // people and their statements; AttachmentTable the evidence files and
    // their size limit. The schema's version and the database's
    // identity are written only by SchemaMigrator, as the owner.
    static const std::vector<TableRights> all{
        {QStringLiteral("countersign_schema"), false, {}},
        {QStringLiteral("countersign_identity"), false, {}},
        {QStringLiteral("templates"), true, {}},
        {QStringLiteral("template_sections"), true, {}},
        {QStringLiteral("template_items"), true, {}},
        {QStringLiteral("template_role_policies"), true, {}},
        {QStringLiteral("records"), true,
         columns({"state", "items_total", "items_done", "items_na", "items_failed"})},
        {QStringLiteral("record_sections"), true, columns({"na_by", "na_at", "na_reason"})},
        {QStringLiteral("record_items"), true,
         columns({"status", "notes", "updated_by", "updated_at", "notes_by", "notes_at", "revision", "na_by",
                  "na_at", "na_reason"})},
        {QStringLiteral("audit_log"), true, {}},
        {QStringLiteral("signers"), true,
         columns({"password_hash", "sealed_secret", "failed_attempts", "locked_until", "active", "roles"})},
        {QStringLiteral("signatures"), true, columns({"revoked_at", "revoked_by", "revoked_reason"})},
        {QStringLiteral("administrators"), true,
         columns(
             {"public_key", "password_hash", "sealed_secret", "active", "failed_attempts", "locked_until"})},
        {QStringLiteral("registry_statements"), true, {}},
        {QStringLiteral("attachments"), true, columns({"removed_by", "removed_at", "removed_reason"})},
        {QStringLiteral("attachment_chunks"), true, {}},
        // Seeded by the migration; the app role only changes its value (audited).
        {QStringLiteral("attachment_settings"), false, columns({"value"})},
    };
    return all;
}

bool ServerRoles::isPlainRoleName(const QString& role) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(role).hasMatch();
}

ServerRoles::ServerRoles(StoreConnection& connection)
    : m_connection(connection) {}

Result<QString> ServerRoles::connectedRole() const {
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return m_connection.queryFailure(
            tr("cannot ask %1 who is connected").arg(m_connection.shownLocation()), q.lastError());
    return q.value(0).toString();
}

Result<QString> ServerRoles::schemaOwner(bool schemaExists) const {
    QSqlQuery q(m_connection.db());
    const QString sql = schemaExists ? QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class "
                                                      "WHERE oid = to_regclass('countersign_schema')")
                                     : QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                                      "WHERE datname = current_database()");
    if (!q.exec(sql) || !q.next())
        return m_connection.queryFailure(
            tr("cannot read who owns the Countersign tables in %1").arg(m_connection.shownLocation()),
            q.lastError());
    return q.value(0).toString();
}

Result<bool> ServerRoles::mayChangeSchema(bool schemaExists) const {
    QSqlQuery q(m_connection.db());
    // Changing a table takes its owner's rights; creating the first ones takes CREATE on the schema.
    const QString sql =
        schemaExists ? QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                                      "WHERE oid = to_regclass('countersign_schema')")
                     : QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')");
    if (!q.exec(sql) || !q.next())
        return m_connection.queryFailure(
            tr("cannot read whether this login may update %1").arg(m_connection.shownLocation()),
            q.lastError());
    return q.value(0).toBool();
}

Status ServerRoles::checkAppRole(const QString& appRole) const {
    const QString shown = m_connection.shownLocation();
    if (!isPlainRoleName(appRole))
        return Error(
            tr("\"%1\" is not a role name Countersign can use: write it in lower case letters, digits "
               "and _, starting with a letter (at most 63 characters).")
                .arg(appRole));
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral(
        "SELECT r.rolsuper, r.rolname = current_user, pg_has_role(r.oid, current_user, 'USAGE'), "
        "(SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) "
        "+ (SELECT count(*) FROM pg_namespace n WHERE n.nspowner = r.oid) "
        "+ (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid) "
        "+ (SELECT count(*) FROM pg_database d WHERE d.datname = current_database() AND d.datdba = r.oid), "
        "current_user FROM pg_roles r WHERE r.rolname = ?"));
    q.addBindValue(appRole);
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read the role %1 on %2").arg(appRole, shown),
                                         q.lastError());
    if (!q.next())
        return Error(tr("there is no role %1 on the server of %2. Create it first, as a user who may create "
                        "roles, with a password of its own that you then give the team: CREATE ROLE %1 LOGIN "
                        "PASSWORD 'a new password'; then run server init again.")
                         .arg(appRole, shown));
    const QString owner = q.value(4).toString();
    if (q.value(1).toBool())
        return Error(tr("%1 is the role this command is connected as. Run server init as the database's "
                        "owner, and name the application's own role with --app-role.")
                         .arg(appRole));
    if (q.value(0).toBool())
        return Error(
            tr("the role %1 is a superuser, who may do anything to the database. Give the team a role "
               "of its own without SUPERUSER.")
                .arg(appRole));
    if (q.value(2).toBool())
        return Error(
            tr("the role %1 is a member of %2, the database's owner, and so may change its tables and "
               "triggers. Revoke that membership (REVOKE %2 FROM %1;) and run server init again.")
                .arg(appRole, owner));
    if (q.value(3).toLongLong() > 0)
        return Error(tr("the role %1 owns tables, functions, schemas or the database itself in %2, and an "
                        "owner may drop the triggers that keep the audit trail whole. Give them to the owner "
                        "(as a superuser: REASSIGN OWNED BY %1 TO %3;) and run server init again.")
                         .arg(appRole, shown, owner));
    return {};
}

Result<QStringList> ServerRoles::sequencesOf(const QString& table) const {
    QSqlQuery q(m_connection.db());
    // The sequences a table's serial columns own (pg_depend), quoted by the server.
    q.prepare(QStringLiteral(
        "SELECT quote_ident(s.relname) FROM pg_class s "
        "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
        "AND d.refclassid = 'pg_class'::regclass "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND t.relname = ? AND t.relnamespace = current_schema()::regnamespace"));
    q.addBindValue(table);
    if (!q.exec())
        return m_connection.queryFailure(tr("cannot read the sequences of %1").arg(table), q.lastError());
    QStringList sequences;
    while (q.next())
        sequences << q.value(0).toString();
    return sequences;
}

Status ServerRoles::grantTo(const QString& appRole) {
    if (m_connection.dialect().backend() != SqlDialect::Backend::PostgreSQL)
        return Error(tr("roles are a PostgreSQL server's: an SQLite file has no logins to grant rights to."));
    if (Status checked = checkAppRole(appRole); !checked)
        return checked;
    // Identifiers cannot be bound: the role name is plain (checked above) and
    // quoted, the tables are this list's, the schema and sequences quoted by the server.
    const QString role = QLatin1Char('"') + appRole + QLatin1Char('"');
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema()), quote_ident(current_database())")) ||
        !q.next())
        return m_connection.queryFailure(tr("cannot read the schema of %1").arg(m_connection.shownLocation()),
                                         q.lastError());
    const QString schema = q.value(0).toString();
    const QString database = q.value(1).toString();
    q.finish();

    QStringList statements{
        // No one but the owner creates objects here, so no one else can own one.
        QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2").arg(schema, role),
        // What it had before (an older grant, a column since dropped from the list) goes first.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, role),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, role),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role),
    };
    for (const TableRights& table : rights()) {
        statements << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table.table, role);
        if (table.insert) {
            statements << QStringLiteral("GRANT INSERT ON %1 TO %2").arg(table.table, role);
            // BIGSERIAL ids: nextval() needs USAGE on the table's sequence.
            const Result<QStringList> sequences = sequencesOf(table.table);
            if (!sequences)
                return sequences.failure();
            for (const QString& sequence : sequences.value())
                statements << QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(sequence, role);
        }
        if (!table.updatableColumns.isEmpty())
            statements << QStringLiteral("GRANT UPDATE (%1) ON %2 TO %3")
                              .arg(table.updatableColumns.join(QStringLiteral(", ")), table.table, role);
    }

    WriteTransaction tx(m_connection);
    if (!tx.began())
        return tx.failure();
    for (const QString& statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return m_connection.queryFailure(
                tr("cannot give %1 its rights on %2").arg(appRole, m_connection.shownLocation()),
                q.lastError());
    }
    return tx.commit();
}
