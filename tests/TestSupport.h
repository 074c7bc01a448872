#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace TestSupport {

// Every test calls this from initTestCase() and init() (QtTest forgets
// failOnWarning patterns after each test function): unexpected Qt warnings fail
// the test, and QStandardPaths points at a throwaway location so no test ever
// touches the user's real database or settings.
inline void strictWarnings() {
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// The store, engine and CLI suites run against both backends: SQLite files by
// default, and a PostgreSQL server when ctest runs their *_pg twins with
// COUNTERSIGN_TEST_BACKEND=postgresql. The server is the one CTest's pg_server
// fixture starts (tests/CMakeLists.txt), or one of your own named by
// COUNTERSIGN_TEST_PG_URL (an admin URL).
inline bool onPostgres() {
    return qEnvironmentVariable("COUNTERSIGN_TEST_BACKEND") == u"postgresql";
}

// A setting of the test server: the environment first (someone running their own
// server), else the file the pg_server fixture writes, one NAME=VALUE a line
// (scripts/pg-test-server.sh start-file): a CTest fixture cannot set the
// environment of the tests that need it. "" when neither names a server.
inline QString pgSetting(const char* name) {
    const QString fromEnvironment = qEnvironmentVariable(name);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef COUNTERSIGN_TEST_PG_FILE
    QFile file(QStringLiteral(COUNTERSIGN_TEST_PG_FILE));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray prefix = QByteArray(name) + '=';
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return QString::fromUtf8(line.mid(prefix.size())).trimmed();
        }
    }
#endif
    return {};
}

// postgresql://postgres@127.0.0.1:PORT/postgres, a superuser every connection of which is trusted.
inline QString pgAdminUrl() {
    return pgSetting("COUNTERSIGN_TEST_PG_URL");
}

// postgresql://user:password@host:port/database for a role the server asks a password of.
inline QString pgPasswordUrl() {
    return pgSetting("COUNTERSIGN_TEST_PG_PASSWORD_URL");
}

// COUNTERSIGN_REQUIRE_PG=1 (scripts/test.sh) turns a missing server from a skip
// into a failure, so a skipped PostgreSQL test never turns CI green by accident.
inline bool postgresRequired() {
    return qEnvironmentVariable("COUNTERSIGN_REQUIRE_PG") == u"1";
}

// Why a test that needs the server cannot run, or "" when there is one.
inline QString postgresMissing() {
    if (!pgAdminUrl().isEmpty())
        return {};
    return QStringLiteral("PostgreSQL tests skipped: no server (install the Debian package postgresql and "
                          "ctest starts one, or set COUNTERSIGN_TEST_PG_URL)");
}

namespace detail {
// Runs one statement on a location through a short-lived connection of its own
// (SQLite's own for a file: nothing else may open a database file, DatabaseFile.h).
// firstValue gets the first row's first column; rows every row's first column.
inline QString exec(const QString& location, const QString& sql, int* firstValue = nullptr,
                    QStringList* rows = nullptr) {
    const QString name = QStringLiteral("test-raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString error;
    {
        QSqlDatabase db;
        if (location.startsWith(u"postgresql://")) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
            else if (firstValue)
                *firstValue = q.next() ? q.value(0).toInt() : -1;
            else if (rows)
                while (q.next())
                    rows->append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace detail

// A new, empty database for one test: a file in dir, or a fresh database on the server.
inline QString newDatabase(const QTemporaryDir& dir, const QString& name) {
    if (!onPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    const QString admin = pgAdminUrl();
    if (admin.isEmpty())
        qFatal("COUNTERSIGN_TEST_BACKEND=postgresql needs a server: run the test through ctest, or set "
               "COUNTERSIGN_TEST_PG_URL (scripts/pg-test-server.sh starts one)");
    const QString database = QStringLiteral("cs_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString error = detail::exec(admin, QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// The first column of every row of a query, or the error as the only row.
inline QStringList rawRows(const QString& location, const QString& sql) {
    QStringList rows;
    const QString error = detail::exec(location, sql, nullptr, &rows);
    return error.isEmpty() ? rows : QStringList{error};
}

// Raw SQL behind the store's back, as a tamperer would: "" on success, else the error.
inline QString rawExec(const QString& location, const QString& sql) {
    return detail::exec(location, sql);
}

// The first column of the first row of a query, or -1.
inline int rawValue(const QString& location, const QString& sql) {
    int value = -1;
    detail::exec(location, sql, &value);
    return value;
}

// SQL that removes a trigger, on either backend.
inline QString dropTrigger(const QString& trigger, const QString& table) {
    return onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table)
                        : QStringLiteral("DROP TRIGGER %1").arg(trigger);
}

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
