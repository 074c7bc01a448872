#include "core/LibPq.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

#include <type_traits>

namespace {

const char* const kLibrary = "libpq.so.5";

// Resolves every function of the table, or says which one is missing.
Result<LibPq::Functions> resolve(void* handle) {
    LibPq::Functions f;
    QString missing;
    const auto bind = [&](auto& slot, const char* name) {
        slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(::dlsym(handle, name));
        if (!slot && missing.isEmpty())
            missing = QString::fromLatin1(name);
    };
    bind(f.conninfoParse, "PQconninfoParse");
    bind(f.conninfoFree, "PQconninfoFree");
    bind(f.freemem, "PQfreemem");
    bind(f.host, "PQhost");
    bind(f.conninfo, "PQconninfo");
    bind(f.execParams, "PQexecParams");
    bind(f.resultStatus, "PQresultStatus");
    bind(f.resultErrorField, "PQresultErrorField");
    bind(f.resultErrorMessage, "PQresultErrorMessage");
    bind(f.errorMessage, "PQerrorMessage");
    bind(f.clear, "PQclear");
    bind(f.ntuples, "PQntuples");
    bind(f.getvalue, "PQgetvalue");
    bind(f.getlength, "PQgetlength");
    if (!missing.isEmpty())
        return Error(LibPq::tr("the PostgreSQL client library %1 lacks %2; install a current libpq5")
                         .arg(QString::fromLatin1(kLibrary), missing));
    return f;
}

Result<LibPq::Functions> load() {
    // Never unloaded: the table's pointers are used until the process ends.
    void* handle = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        return Error(LibPq::tr("cannot load the PostgreSQL client library %1 (%2), which a server "
                               "connection needs: install the Debian package libpq5")
                         .arg(QString::fromLatin1(kLibrary), QString::fromLocal8Bit(why ? why : "")));
    }
    return resolve(handle);
}

} // namespace

Result<const LibPq::Functions*> LibPq::get() {
    static const Result<Functions> loaded = load();
    if (!loaded)
        return loaded.failure();
    return &loaded.value();
}

PGconn* LibPq::connectionOf(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (pg_conn*); Qt 5 as declared (PGconn*).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}
