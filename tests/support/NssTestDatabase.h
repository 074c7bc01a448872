#pragma once

#include <QString>
#include <QStringList>

// Throwaway NSS databases made with certutil (libnss3-tools), as an
// organisation's would be: a test CA trusted for signing, an RSA sealing
// certificate it issued ("ACME Seal", CN=ACME Release Office), an expired one
// ("Expired") and an EC one ("EC Seal"), which poppler cannot seal with.
namespace NssTestDatabase {

inline const QString kSeal = QStringLiteral("ACME Seal");
inline const QString kSealSubject = QStringLiteral("CN=ACME Release Office,O=ACME");

// False (with certutil's words as a warning) when certutil failed.
// With a password, it is kept in dir/password.txt for certutil() to use.
bool make(const QString& dir, const QString& password);
// An empty database (no password), which trusts nothing.
bool makeEmpty(const QString& dir);
// certutil -d sql:dir [-f dir/password.txt] arguments
bool certutil(const QString& dir, const QStringList& arguments);
// A certificate and its key as a PKCS#12 file protected by filePassword (pk12util -o).
bool exportCertificate(const QString& dir, const QString& nickname, const QString& p12File,
                       const QString& filePassword);
// Whether certutil lists a certificate named nickname in dir.
bool holds(const QString& dir, const QString& nickname);

} // namespace NssTestDatabase
