#pragma once

// What every suite shares: strict warnings, the two backends (an SQLite file
// or a database on the test's PostgreSQL server), and raw SQL behind the
// store's back. Built once into countersign_test_support (tests/support).

#include "core/Verifier.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

// A signing password that PasswordQuality accepts for any test signer (long,
// no dictionary word, nothing of a test login or printed name): for the tests
// that need a good password and do not test the password itself.
inline const QString kSigningPassword = QStringLiteral("Quartz-7-lantern-Fjord!");

// Every test calls this from initTestCase() and init() (QtTest forgets
// failOnWarning patterns after each test function): unexpected Qt warnings fail
// the test, and QStandardPaths points at a throwaway location so no test ever
// touches the user's real database or settings.
void strictWarnings();

// The store, engine and CLI suites run against both backends: SQLite files by
// default, and a PostgreSQL server when ctest runs their *_pg twins with
// COUNTERSIGN_TEST_BACKEND=postgresql. The server is the one CTest's pg_server
// fixture starts (tests/CMakeLists.txt), or one of your own named by
// COUNTERSIGN_TEST_PG_URL (an admin URL).
bool onPostgres();

// A setting of the test server: the environment first (someone running their own
// server), else the file the pg_server fixture writes, one NAME=VALUE a line
// (scripts/pg-test-server.sh start-file): a CTest fixture cannot set the
// environment of the tests that need it. "" when neither names a server.
QString pgSetting(const char* name);

// postgresql://postgres@127.0.0.1:PORT/postgres, a superuser every connection of which is trusted.
QString pgAdminUrl();

// postgresql://user:password@host:port/database for a role the server asks a password of.
QString pgPasswordUrl();

// COUNTERSIGN_REQUIRE_PG=1 (scripts/test.sh) turns a missing server from a skip
// into a failure, so a skipped PostgreSQL test never turns CI green by accident.
bool postgresRequired();

// Why a test that needs the server cannot run, or "" when there is one.
QString postgresMissing();

namespace detail {
// Runs one statement on a location through a short-lived connection of its own
// (SQLite's own for a file: nothing else may open a database file, DatabaseFile.h).
// firstValue gets the first row's first column; rows every row's first column.
QString exec(const QString& location, const QString& sql, int* firstValue = nullptr,
             QStringList* rows = nullptr);
} // namespace detail

// The role the PostgreSQL twins connect as: the application's login of a
// team's server, with the grants of `server init` and nothing more.
inline const QString kAppRole = QStringLiteral("countersign_app");

// A new database for one test: a file in dir (not created yet), or a fresh
// database on the server, set up by its owner as `server init` does (the
// schema with the built-in template, the grants of kAppRole), whose address
// names kAppRole: the suites run as the application's role, as a team does.
QString newDatabase(const QTemporaryDir& dir, const QString& name);

// How the suites reach the server: COUNTERSIGN_TEST_PG_TRANSPORT=tcp (the
// default: 127.0.0.1, plain libpq defaults), tls (localhost, sslmode=verify-full
// against the test server's own CA) or socket (the server's Unix socket folder).
// tests/CMakeLists.txt runs the server suites once more over tls and socket.
enum class PgTransport { Tcp, Tls, Socket };
PgTransport pgTransport();

// A test server's address in the three forms above, and back. serverDir is the
// folder pg-test-server.sh made: the socket's, and the one holding ca.crt.
struct PgLocation {
    QString user;
    QString database;
    int port = 5432;
    QString serverDir;
    PgTransport transport = PgTransport::Tcp;

    static PgLocation parse(const QString& location);
    QString toString() const;
};

// The same database as its owner (the server's superuser), who may change
// the tables and the triggers: a location that names kAppRole, with the
// owner's name instead; any other location as it is.
QString ownerLocation(const QString& location);

// The raw helpers below play the insider who can write the tables: on the
// server they connect as the owner (ownerLocation).

// The first column of every row of a query, or the error as the only row.
QStringList rawRows(const QString& location, const QString& sql);

// Raw SQL behind the store's back, as a tamperer would: "" on success, else the error.
QString rawExec(const QString& location, const QString& sql);

// Raw SQL as the role the location names (the app role: what the server lets it do).
QString rawExecAsGiven(const QString& location, const QString& sql);

// The first column of the first row of a query, or -1.
int rawValue(const QString& location, const QString& sql);

// SQL that removes a trigger, on either backend.
QString dropTrigger(const QString& trigger, const QString& table);

// What an insider does after editing audit_log: drops its update guard and
// writes every row's prev_hash, hash, record_seq and ledger hash again, in id
// order, with the application's own AuditChain, so the chains and the ledger
// hold once more and only what is pinned outside the rows (signatures, a
// machine's memory, a filed PDF) or a replay of the trail against the data
// can tell. With InsertOrReplace (SQLite) every row is written again by
// `INSERT OR REPLACE`, which fires no DELETE or UPDATE trigger: no guard is
// dropped. "" or the error.
enum class RechainWith { Update, InsertOrReplace };
QString rechainAuditLog(const QString& location, RechainWith how = RechainWith::Update);

// Every finding of a verify report, one "[kind] message" a line: what a
// failed QVERIFY2 prints.
QString joined(const Verifier::Report& report);

} // namespace TestSupport

// In initTestCase() of a suite with a *_pg twin, and at the top of a test that
// needs the server: without one, the test skips with one line (CTest's
// SKIP_REGULAR_EXPRESSION reports it as skipped), or fails under
// COUNTERSIGN_REQUIRE_PG=1. QSKIP and QFAIL return from the calling function,
// hence a macro.
#define COUNTERSIGN_NEEDS_POSTGRES()                                                                         \
    do {                                                                                                     \
        const QString why_ = TestSupport::postgresMissing();                                                 \
        if (!why_.isEmpty()) {                                                                               \
            if (TestSupport::postgresRequired())                                                             \
                QFAIL(qPrintable(why_ + QStringLiteral(", and COUNTERSIGN_REQUIRE_PG=1 forbids skipping"))); \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)
