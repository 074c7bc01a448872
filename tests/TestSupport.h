#pragma once

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
// COUNTERSIGN_TEST_BACKEND=postgresql and COUNTERSIGN_TEST_PG_URL (an admin URL).
inline bool onPostgres() {
    return qEnvironmentVariable("COUNTERSIGN_TEST_BACKEND") == u"postgresql";
}

namespace detail {
// Runs one statement on a location through a short-lived connection of its own.
inline QString exec(const QString& location, const QString& sql, int* firstValue = nullptr) {
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
    const QString admin = qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL");
    if (admin.isEmpty())
        qFatal("COUNTERSIGN_TEST_BACKEND=postgresql needs COUNTERSIGN_TEST_PG_URL: start a server with "
               "scripts/pg-test-server.sh");
    const QString database = QStringLiteral("cs_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString error = detail::exec(admin, QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
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
