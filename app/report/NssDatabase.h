#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// The NSS database (certificates, private keys, trust) poppler seals and
// validates with. Poppler opens it once per process, at first use, and never
// another (Poppler::setNSSDir works only before that), so open() remembers
// the folder and refuses a second, different one instead of quietly using
// the first.
class NssDatabase {
    Q_DECLARE_TR_FUNCTIONS(NssDatabase)
public:
    // Where a user keeps certificates when no folder is named, as Okular and pdfsig.
    static QString defaultDirectory();
    // Opens the database in dir for this process; fails when dir holds none
    // (no cert9.db) or this process already opened another.
    static Status open(const QString& dir);
    // The folder open() was given, empty before.
    static QString openedDirectory();
};
