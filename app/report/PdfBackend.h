#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "report/PdfSealCheck.h"
#include "report/PdfSealer.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What the PDF module (countersign_pdf, app/report/poppler) does for the
// report layer: every call that needs poppler and NSS, as a table of plain
// functions over value types. The module is loaded on first use (PdfModule),
// so a start that reads no PDF maps neither poppler nor NSS and the dozens of
// libraries they bring. The report's classes (PdfEvidenceReader, PdfSealCheck,
// PdfSealer, NssDatabase) keep their static APIs and the rules (which
// certificate may seal, where the sealed file goes); the module only asks
// poppler.
//
// The module links none of Countersign's own code: it uses Result, Error and
// SealReport/SealCertificate (header-only values) and SecretBytes' inline
// accessors, so no static state (logging categories, NSS's opened folder)
// exists twice. A change to this table is a new version.
struct PdfBackend {
    static constexpr int kVersion = 1;
    int version = kVersion;

    // Every page's text in order, pages apart by a form feed (as pdftotext
    // writes them); fails when the file is no readable PDF.
    Result<QString> (*pageText)(const QString& path) = nullptr;
    // Every signature in the file, validated (PdfSealCheck::check).
    Result<QList<SealReport>> (*checkSeals)(const QString& path, bool withTrust) = nullptr;

    // Whether this poppler was built with NSS.
    bool (*hasNss)() = nullptr;
    // Points poppler's NSS at dir; works once per process, before NSS is used.
    void (*setNssDirectory)(const QString& dir) = nullptr;
    // The certificates with a private key in the NSS database, logging in
    // with password; *asked is how often NSS asked for it (twice: refused).
    QList<SealCertificate> (*signingCertificates)(const SecretBytes& password, int* asked) = nullptr;
    // Whether the private key of the certificate nickname opens with password.
    bool (*keyOpens)(const QString& nickname, const SecretBytes& password) = nullptr;

    struct Signature {
        QString nickname;
        QString reason;
        QString text; // poppler wants one even for an invisible field
    };
    // Writes pdf sealed with an invisible signature (an incremental update)
    // to the file target.
    Status (*sign)(const QByteArray& pdf, const QString& target, const Signature& signature,
                   const SecretBytes& password) = nullptr;
};

// The module's one entry point, resolved by name.
inline constexpr char kPdfBackendEntry[] = "countersign_pdf_backend";
extern "C" const PdfBackend* countersign_pdf_backend();
