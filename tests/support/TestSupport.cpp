#include "TestSupport.h"

#include "core/AuditChain.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "io/BuiltInTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace TestSupport {

void strictWarnings() {
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

bool onPostgres() {
    return qEnvironmentVariable("COUNTERSIGN_TEST_BACKEND") == u"postgresql";
}

QString pgSetting(const char* name) {
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

QString pgAdminUrl() {
    return pgSetting("COUNTERSIGN_TEST_PG_URL");
}

QString pgPasswordUrl() {
    return pgSetting("COUNTERSIGN_TEST_PG_PASSWORD_URL");
}

bool postgresRequired() {
    return qEnvironmentVariable("COUNTERSIGN_REQUIRE_PG") == u"1";
}

QString postgresMissing() {
    if (!pgAdminUrl().isEmpty())
        return {};
    return QStringLiteral("PostgreSQL tests skipped: no server (install the Debian package postgresql and "
                          "ctest starts one, or set COUNTERSIGN_TEST_PG_URL)");
}

PgTransport pgTransport() {
    const QString transport = qEnvironmentVariable("COUNTERSIGN_TEST_PG_TRANSPORT");
    if (transport == u"socket")
        return PgTransport::Socket;
    if (transport == u"tls")
        return PgTransport::Tls;
    return PgTransport::Tcp;
}

PgLocation PgLocation::parse(const QString& location) {
    const QUrl url(location);
    const QUrlQuery query(url);
    PgLocation parsed;
    parsed.user = query.hasQueryItem(QStringLiteral("user")) ? query.queryItemValue(QStringLiteral("user"))
                                                             : url.userName();
    parsed.database = url.path().mid(1);
    parsed.port = query.hasQueryItem(QStringLiteral("port"))
                      ? query.queryItemValue(QStringLiteral("port")).toInt()
                      : url.port(5432);
    const QString host = query.queryItemValue(QStringLiteral("host"));
    if (host.startsWith(u'/')) {
        parsed.serverDir = host;
        parsed.transport = PgTransport::Socket;
    } else if (query.queryItemValue(QStringLiteral("sslmode")) == u"verify-full") {
        parsed.serverDir = QFileInfo(query.queryItemValue(QStringLiteral("sslrootcert"))).path();
        parsed.transport = PgTransport::Tls;
    }
    return parsed;
}

QString PgLocation::toString() const {
    switch (transport) {
    case PgTransport::Socket:
        // libpq's form for a socket folder: the host is a query parameter.
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, serverDir)
            .arg(port)
            .arg(user);
    case PgTransport::Tls:
        // "localhost": the name the test server's certificate is made for.
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4/ca.crt")
            .arg(user)
            .arg(port)
            .arg(database, serverDir);
    case PgTransport::Tcp:
        break;
    }
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port).arg(database);
}

QString ownerLocation(const QString& location) {
    if (!location.startsWith(u"postgresql:"))
        return location;
    PgLocation owner = PgLocation::parse(location);
    if (owner.user != kAppRole)
        return location;
    owner.user = PgLocation::parse(pgAdminUrl()).user;
    return owner.toString();
}

namespace {
// A connection of its own to a location, named name (removed by the caller).
QSqlDatabase rawConnection(const QString& location, const QString& name) {
    QSqlDatabase db;
    if (location.startsWith(u"postgresql:")) {
        // Over the same transport as the location: a socket folder is libpq's host.
        const PgLocation parsed = PgLocation::parse(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.transport == PgTransport::Socket ? parsed.serverDir
                       : parsed.transport == PgTransport::Tls  ? QStringLiteral("localhost")
                                                               : QStringLiteral("127.0.0.1"));
        db.setPort(parsed.port);
        db.setUserName(parsed.user);
        db.setDatabaseName(parsed.database);
        if (parsed.transport == PgTransport::Tls)
            db.setConnectOptions(
                QStringLiteral("sslmode=verify-full;sslrootcert=%1/ca.crt").arg(parsed.serverDir));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
    }
    return db;
}

QString rawConnectionName() {
    return QStringLiteral("test-raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}
} // namespace

namespace detail {
QString exec(const QString& location, const QString& sql, int* firstValue, QStringList* rows) {
    const QString name = rawConnectionName();
    QString error;
    {
        QSqlDatabase db = rawConnection(location, name);
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

QString newDatabase(const QTemporaryDir& dir, const QString& name) {
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
    const QString owner = url.toString();
    // The role every suite's store, CLI and drivers connect as, made once per
    // server: it may log in (the test server trusts local connections) and
    // is given its rights on each database by the owner, as a team's DBA does.
    static bool roleMade = false;
    if (!roleMade) {
        // Another test process may create it at the same moment.
        const QString made = detail::exec(
            admin, QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object OR "
                                  "unique_violation THEN NULL; END $$")
                       .arg(kAppRole));
        if (!made.isEmpty())
            qFatal("cannot create the role %s: %s", qPrintable(kAppRole), qPrintable(made));
        roleMade = true;
    }
    {
        // server init's own steps, through the engine: the schema owned by the
        // owner, with the built-in template, and the app role's grants.
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = store.open(owner); !opened)
            qFatal("cannot set up the test database as its owner: %s", qPrintable(opened.error()));
        if (const Status granted = store.grantApplicationRole(kAppRole); !granted)
            qFatal("cannot give %s its rights: %s", qPrintable(kAppRole), qPrintable(granted.error()));
    }
    // Over the transport this run tests (COUNTERSIGN_TEST_PG_TRANSPORT).
    PgLocation app = PgLocation::parse(url.toString());
    app.user = kAppRole;
    app.transport = pgTransport();
    app.serverDir = pgSetting("COUNTERSIGN_TEST_PG_DIR");
    return app.toString();
}

QStringList rawRows(const QString& location, const QString& sql) {
    QStringList rows;
    const QString error = detail::exec(ownerLocation(location), sql, nullptr, &rows);
    return error.isEmpty() ? rows : QStringList{error};
}

QString rawExec(const QString& location, const QString& sql) {
    return detail::exec(ownerLocation(location), sql);
}

QString rawExecAsGiven(const QString& location, const QString& sql) {
    return detail::exec(location, sql);
}

int rawValue(const QString& location, const QString& sql) {
    int value = -1;
    detail::exec(ownerLocation(location), sql, &value);
    return value;
}

QString joined(const Verifier::Report& report) {
    QStringList lines;
    for (const Verifier::Finding& f : report.findings)
        lines << QStringLiteral("[%1] %2").arg(f.kind, f.message);
    return lines.join(u'\n');
}

QString dropTrigger(const QString& trigger, const QString& table) {
    return onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table)
                        : QStringLiteral("DROP TRIGGER %1").arg(trigger);
}

QString rechainAuditLog(const QString& location, RechainWith how) {
    const bool replace = how == RechainWith::InsertOrReplace;
    if (replace && onPostgres())
        return QStringLiteral("INSERT OR REPLACE is SQLite's");
    const QString name = rawConnectionName();
    QString error;
    {
        QSqlDatabase db = rawConnection(ownerLocation(location), name);
        QSqlQuery q(db);
        const QString dropUpdateGuard =
            onPostgres() ? QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log")
                         : QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update");
        if (!db.open())
            error = db.lastError().text();
        else if (!replace && !q.exec(dropUpdateGuard))
            error = q.lastError().text();
        else if (!db.transaction())
            error = db.lastError().text();
        else if (!q.exec(QStringLiteral("SELECT id, record_id, item_id, action, field, old_value, new_value, "
                                        "actor, at, format, os_account, edit_id FROM audit_log ORDER BY id")))
            error = q.lastError().text();
        QList<std::pair<qint64, AuditEntry>> rows;
        QHash<qint64, QString> storedTimes; // written back as they were, byte for byte
        while (error.isEmpty() && q.next()) {
            AuditEntry e;
            e.recordId = q.value(1).toLongLong();
            e.itemId = q.value(2).toLongLong();
            e.action = q.value(3).toString();
            e.field = q.value(4).toString();
            e.oldValue = q.value(5).toString();
            e.newValue = q.value(6).toString();
            e.actor = q.value(7).toString();
            e.at = UtcTime::parse(q.value(8).toString());
            e.format = q.value(9).toInt();
            e.osAccount = q.value(10).toString();
            e.editId = q.value(11).toString();
            rows.append({q.value(0).toLongLong(), e});
            storedTimes.insert(q.value(0).toLongLong(), q.value(8).toString());
        }
        q.finish();
        QSqlQuery update(db);
        // REPLACE deletes the old row and inserts the new one without firing
        // a DELETE or UPDATE trigger (recursive_triggers is off): no guard is touched.
        const QString write =
            replace ? QStringLiteral(
                          "INSERT OR REPLACE INTO audit_log (prev_hash, hash, record_seq, ledger_hash, "
                          "id, record_id, item_id, action, field, old_value, new_value, actor, at, "
                          "format, os_account, edit_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ?, record_seq = ?, "
                                     "ledger_hash = ? WHERE id = ?");
        if (error.isEmpty() && !update.prepare(write))
            error = update.lastError().text();
        // Both generations, as the application writes them: format 1 rows in
        // one chain, format 2 rows per record with their sequence numbers
        // renumbered (so a deleted row leaves no gap), and the ledger over all.
        QString formatOneTail = AuditChain::genesis();
        QString ledger = AuditChain::genesis();
        QHash<qint64, ChainHead> tails;
        for (auto& [id, entry] : rows) {
            if (!error.isEmpty())
                break;
            QString previous;
            QString ledgerHash;
            if (entry.format == 1) {
                previous = formatOneTail;
                entry.recordSeq = 0;
                entry.hash = AuditChain::rowHash(previous, entry);
                formatOneTail = entry.hash;
                ledger = entry.hash;
            } else {
                const ChainHead before = tails.value(entry.recordId);
                previous = before.hash.isEmpty() ? AuditChain::genesis() : before.hash;
                entry.recordSeq = before.seq + 1;
                entry.hash = AuditChain::rowHash(previous, entry);
                ledgerHash = AuditChain::ledgerHash(ledger, entry);
                ledger = ledgerHash;
            }
            tails.insert(entry.recordId, {entry.recordSeq, entry.hash});
            update.addBindValue(previous);
            update.addBindValue(entry.hash);
            update.addBindValue(entry.recordSeq);
            update.addBindValue(ledgerHash.isNull() ? QStringLiteral("") : ledgerHash);
            update.addBindValue(id);
            if (replace) {
                for (const QVariant& value :
                     {QVariant(entry.recordId), QVariant(entry.itemId), QVariant(entry.action),
                      QVariant(entry.field), QVariant(entry.oldValue), QVariant(entry.newValue),
                      QVariant(entry.actor), QVariant(storedTimes.value(id)), QVariant(entry.format),
                      QVariant(entry.osAccount), QVariant(entry.editId)})
                    update.addBindValue(value);
            }
            if (!update.exec())
                error = update.lastError().text();
        }
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace TestSupport
