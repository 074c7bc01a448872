#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// A certificate with its private key in an NSS database, as poppler lists it.
struct SealCertificate {
    QString nickname;
    QString subject; // the distinguished name
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QString keyType; // "RSA", "EC", "DSA" or "other"
    int keyBits = 0;
    bool isRsa = false;
};

// Seals a finished PDF with an organisation's X.509 certificate and private
// key from an NSS database (as Okular and pdfsig keep them), through poppler:
// an invisible signature field in an incremental update, so every byte of the
// PDF/A file stays as written and any PDF reader can check that none changed.
// The NSS database is opened once per process (NssDatabase).
class PdfSealer {
    Q_DECLARE_TR_FUNCTIONS(PdfSealer)
public:
    // Opens the NSS database at nssDir (its password may be empty when it has
    // none) and lists its certificates that have a private key.
    static Result<QList<SealCertificate>> certificates(const QString& nssDir, const SecretBytes& password);

    struct Request {
        QString nssDir;
        QString nickname;
        qint64 recordId = 0; // the record the report shows: the seal's reason names it
        QDateTime now;       // the certificate must be valid now
    };
    // The certificate the request names, when it can seal now: it has its
    // private key, is valid at request.now, has an RSA key, and the key opens
    // with password. Asked before the report is made, so that the report can
    // print who seals it and a refusal costs no rendering.
    static Result<SealCertificate> sealingCertificate(const Request& request, const SecretBytes& password);

    // Seals the finished PDF into target, replacing target only once the
    // sealed file is complete and its seal verifies. Nickname, expiry, key
    // type and password are checked first; on any failure nothing is left
    // behind and an existing target is untouched.
    static Status seal(const QByteArray& pdf, const QString& target, const Request& request,
                       const SecretBytes& password);

    // Why certificate cannot seal at now (not yet or no longer valid, not
    // RSA), as a clause; empty when it can. The key's password is not checked.
    static QString cannotSeal(const SealCertificate& certificate, const QDateTime& now);

    // What the seal means, shown by every PDF reader: "Release sign-off
    // record N, sealed by Countersign; signatures inside verified at export"
    static QString reason(qint64 recordId);
};
