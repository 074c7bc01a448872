// Holds an SQLite database locked the way another program can, until its
// standard input ends or says anything; prints "locked" once it holds the lock.
//   exclusive: exclusive locking mode inside an exclusive transaction, so that
//              nobody else can even read the file (needs nobody else to have it open)
//   write:     an open write transaction, as a long write by another program
//
// Usage: lock_holder DATABASE exclusive|write
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 3) {
        std::fprintf(stderr, "usage: lock_holder DATABASE exclusive|write\n");
        return 2;
    }
    const bool exclusive = app.arguments().at(2) == u"exclusive";
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(app.arguments().at(1));
        QSqlQuery q(db);
        const bool held = db.open() &&
                          (exclusive ? q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) &&
                                           q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
                                     : q.exec(QStringLiteral("BEGIN IMMEDIATE"))) &&
                          q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!held) {
            std::fprintf(stderr, "lock_holder: %s\n",
                         qPrintable(q.lastError().text() + db.lastError().text()));
            status = 2;
        } else {
            q.finish();
            std::fputs("locked\n", stdout);
            std::fflush(stdout);
            std::string line;
            std::getline(std::cin, line);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return status;
}
