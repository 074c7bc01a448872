#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One PDF signature (a seal) as poppler validated it.
struct SealReport {
    QString field;               // the signature field's name
    bool signatureValid = false; // the CMS signature matches the signed bytes
    QString signatureStatus;     // why not, in words; "valid" when it is
    // The signed byte ranges reach the end of the file: nothing was added after the seal.
    bool coversWholeDocument = false;
    bool trusted = false;      // the certificate chains to a root trusted in the NSS database
    QString certificateStatus; // in words: "trusted", "issuer unknown", "expired", …
    QString signer;            // the certificate's common name
    QString subject;           // distinguished names
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QDateTime signedAt;
    QString reason;

    // A seal whose bytes are as signed and cover the file; trust is reported apart.
    bool intact() const { return signatureValid && coversWholeDocument; }
};

// Reads a PDF's signature fields and validates each through poppler (never
// our own CMS code), without asking the network (no OCSP). Trust comes from
// the NSS database poppler opened (PdfSealer's, or the user's default).
class PdfSealCheck {
    Q_DECLARE_TR_FUNCTIONS(PdfSealCheck)
public:
    // Every signature in the file, in the order poppler lists them; an
    // unsigned PDF gives an empty list. Fails when the file is no readable PDF.
    // nssDir, when given, is the database whose trust counts (NssDatabase::open).
    // Without withTrust only the signatures are checked (PdfSealer reading
    // back what it wrote): trusted stays false, and nothing asks the network.
    static Result<QList<SealReport>> check(const QString& path, const QString& nssDir = QString(),
                                           bool withTrust = true);
};
