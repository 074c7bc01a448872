#pragma once

#include "report/PdfBackend.h"

// The functions of the PDF module's table (PdfBackend), one file each
// family: the text (PopplerBackend.cpp), the seals' check (PopplerSeals.cpp)
// and NSS with signing (PopplerSigning.cpp).
namespace PopplerBackend {
Result<QString> pageText(const QString& path);
Result<QList<SealReport>> checkSeals(const QString& path, bool withTrust);
bool hasNss();
void setNssDirectory(const QString& dir);
QList<SealCertificate> signingCertificates(const SecretBytes& password, int* asked);
bool keyOpens(const QString& nickname, const SecretBytes& password);
Status sign(const QByteArray& pdf, const QString& target, const PdfBackend::Signature& signature,
            const SecretBytes& password);
} // namespace PopplerBackend
