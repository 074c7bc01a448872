#include "report/NssDatabase.h"

#include <QDir>
#include <QFileInfo>

#include <poppler-form.h>

namespace {
QString& opened() {
    static QString dir;
    return dir;
}
} // namespace

QString NssDatabase::defaultDirectory() {
    return QDir::homePath() + QStringLiteral("/.pki/nssdb");
}

QString NssDatabase::openedDirectory() {
    return opened();
}

Status NssDatabase::open(const QString& dir) {
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (opened() == absolute)
        return {};
    if (!opened().isEmpty())
        return Error(tr("this program already opened the NSS database %1 and cannot switch to %2 until it "
                        "restarts")
                         .arg(opened(), absolute));
    // cert8.db is the old (dbm) format NSS still reads.
    if (!QFileInfo::exists(absolute + QStringLiteral("/cert9.db")) &&
        !QFileInfo::exists(absolute + QStringLiteral("/cert8.db")))
        return Error(
            tr("%1 is no NSS database (it has no cert9.db); create one with \"certutil -N -d sql:%1\"")
                .arg(absolute));
    if (!Poppler::hasNSSSupport())
        return Error(tr("this poppler library was built without NSS and cannot seal or check seals"));
    Poppler::setNSSDir(absolute);
    opened() = absolute;
    return {};
}
