#include "DatabaseAdvice.h"

#include <QStringList>

namespace {
bool mentionsAny(const QString& message, const QStringList& phrases) {
    for (const QString& phrase : phrases) {
        if (message.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString DatabaseAdvice::explain(const QString& message, const QString& location) {
    const QString where = location.isEmpty() ? tr("the database") : location;
    if (mentionsAny(message, {QStringLiteral("database is locked"),
                              QStringLiteral("database table is locked"), QStringLiteral("SQLITE_BUSY")}))
        return tr("%1 is busy: another program (a Countersign window or another countersign-cli) is writing "
                  "to "
                  "it and did not finish within 10 seconds. Nothing was changed. Try again when it has "
                  "finished, "
                  "or close the program that holds it.")
            .arg(where);
    if (mentionsAny(message, {QStringLiteral("malformed"), QStringLiteral("file is not a database"),
                              QStringLiteral("SQLITE_CORRUPT"), QStringLiteral("SQLITE_NOTADB")}))
        return tr("%1 is damaged (truncated or corrupted) and cannot be read. The file was not changed. "
                  "Restore "
                  "it from a backup (`countersign-cli backup FILE` makes one), and keep the damaged file for "
                  "inspection.")
            .arg(where);
    if (mentionsAny(message,
                    {QStringLiteral("disk I/O error"), QStringLiteral("unable to open database file")}))
        return tr("%1 cannot be read or written: the disk or the folder refused it. Check the path, its "
                  "permissions and the free space.")
            .arg(where);
    return message;
}
