#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <libpq-fe.h>

class QSqlDatabase;

// libpq, loaded the first time a server address is read or a server
// connection is asked something, never at start: a program that links it
// pays for its relocations and initialisers (and Kerberos', LDAP's, SASL's
// and OpenSSL's that it brings) on every start, and a SQLite file never needs
// it. Qt's PostgreSQL driver loads the same libpq.so.5 itself when a server
// is opened, so on a server this finds it loaded. Only the types come from
// libpq-fe.h; every function is called through the table.
class LibPq {
    Q_DECLARE_TR_FUNCTIONS(LibPq)
public:
    struct Functions {
        decltype(&PQconninfoParse) conninfoParse = nullptr;
        decltype(&PQconninfoFree) conninfoFree = nullptr;
        decltype(&PQfreemem) freemem = nullptr;
        decltype(&PQhost) host = nullptr;
        decltype(&PQconninfo) conninfo = nullptr;
        decltype(&PQexecParams) execParams = nullptr;
        decltype(&PQresultStatus) resultStatus = nullptr;
        decltype(&PQresultErrorField) resultErrorField = nullptr;
        decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
        decltype(&PQerrorMessage) errorMessage = nullptr;
        decltype(&PQclear) clear = nullptr;
        decltype(&PQntuples) ntuples = nullptr;
        decltype(&PQgetvalue) getvalue = nullptr;
        decltype(&PQgetlength) getlength = nullptr;
    };
    // The library's functions, loaded once per process; when it cannot be
    // loaded, an error that names it and its Debian package.
    static Result<const Functions*> get();
    // The libpq connection under db as Qt's PostgreSQL driver opened it;
    // nullptr under any other driver.
    static PGconn* connectionOf(const QSqlDatabase& db);
};
