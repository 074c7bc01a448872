#include "BareTableRead.h"

#include "core/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace BareTableRead {

QStringList verifiedTables() {
    return {QStringLiteral("audit_log"),
            QStringLiteral("countersign_identity"),
            QStringLiteral("registry_statements"),
            QStringLiteral("administrators"),
            QStringLiteral("signers"),
            QStringLiteral("records"),
            QStringLiteral("templates"),
            QStringLiteral("template_sections"),
            QStringLiteral("template_items"),
            QStringLiteral("template_role_policies"),
            QStringLiteral("record_sections"),
            QStringLiteral("record_items"),
            QStringLiteral("signatures"),
            QStringLiteral("attachments"),
            QStringLiteral("attachment_chunks")};
}

namespace {

void readTables(QSqlDatabase& db, Totals& totals) {
    const QStringList present = db.tables();
    for (const QString& table : verifiedTables()) {
        if (!present.contains(table)) {
            totals.missing << table;
            continue;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // A table name from the fixed list above, never from input.
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table)) {
            totals.error = table + QStringLiteral(": ") + q.lastError().text();
            return;
        }
        const int columns = q.record().count();
        while (q.next()) {
            ++totals.rows;
            for (int c = 0; c < columns; ++c) {
                const QVariant value = q.value(c);
                totals.values += value.isValid() ? 1 : 0;
            }
        }
    }
}

// Connected as the store connects (StoreConnection): a file read-only, a
// server through libpq with the address's own options.
bool connect(QSqlDatabase& db, const QString& location, Totals& totals) {
    if (!ServerAddress::isServerAddress(location)) {
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return true;
    }
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        totals.error = address.error();
        return false;
    }
    db.setHostName(address->value(QStringLiteral("host")));
    db.setDatabaseName(address->value(QStringLiteral("dbname")));
    db.setUserName(address->value(QStringLiteral("user")));
    db.setPassword(address->password());
    db.setConnectOptions(address->connectOptions());
    return true;
}

} // namespace

Totals readAll(const QString& location) {
    Totals totals;
    const QString name = QStringLiteral("bare-table-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            ServerAddress::isServerAddress(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
            name);
        if (connect(db, location, totals)) {
            if (db.open())
                readTables(db, totals);
            else
                totals.error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return totals;
}

} // namespace BareTableRead
