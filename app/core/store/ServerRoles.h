#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class StoreConnection;

// Who may do what on a PostgreSQL server (README, "Teams"): the database's
// owner holds the tables and migrates them; the application's role, the login
// the team's programs use every day, gets only the rights the engine's own SQL
// needs. It reads every table, adds rows, changes the few columns the engine
// changes, and owns nothing: no DELETE, no TRUNCATE, no UPDATE of the audit
// trail, no DDL, so it cannot drop the triggers that keep the history whole.
class ServerRoles {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    // What the application's role may do with one table. SELECT always.
    struct TableRights {
        QString table;
        bool insert = false;
        QStringList updatableColumns; // UPDATE (columns) for exactly these
    };
    // Every table of the current schema, with the INSERTs and UPDATEs the
    // store's rooms make (app/core/store/*.cpp). A table a schema step adds
    // joins this list in the same change (tst_cli_server checks that every
    // table has grants for the app role).
    static const std::vector<TableRights>& rights();

    // A role name that needs no quoting in SQL: GRANT takes no bound values,
    // so only such a name is ever spelled into a statement.
    static bool isPlainRoleName(const QString& role);

    explicit ServerRoles(StoreConnection& connection);

    // Run by the owner on a current schema: checks that appRole exists, is a
    // different role that owns nothing here and cannot act as the owner, then
    // revokes what it had and grants rights() (and the sequences of the tables
    // it adds to) in one transaction. Running it again gives the same rights.
    Status grantTo(const QString& appRole);

    // Whether the connected role may change the schema: it owns the tables
    // (or is a member of their owner), or, on a database without them yet,
    // may create tables in the schema. False for the application's role.
    Result<bool> mayChangeSchema(bool schemaExists) const;
    // The role that owns the tables (or, before they exist, the database).
    Result<QString> schemaOwner(bool schemaExists) const;
    Result<QString> connectedRole() const;

private:
    Status checkAppRole(const QString& appRole) const;
    Result<QStringList> sequencesOf(const QString& table) const;

    StoreConnection& m_connection;
};
