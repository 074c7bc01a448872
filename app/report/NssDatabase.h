#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

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
    // Whether dir holds an NSS database.
    static bool exists(const QString& dir);

    // Creates an NSS database without a password in dir (certutil -N), as a
    // first import into ~/.pki/nssdb needs on a machine that never had one.
    static Status create(const QString& dir);
    // Imports a PKCS#12 file (a certificate with its private key, as a CA
    // hands it out) into the database in dir, through NSS's pk12util in a
    // process of its own: poppler opened this process's NSS read-only. The
    // passwords reach it through pipes, never a file or its command line.
    // dbPassword is the database's, empty when it has none.
    static Status importPkcs12(const QString& file, const QString& dir, const SecretBytes& filePassword,
                               const SecretBytes& dbPassword);
};
