#include "report/poppler/PopplerBackend.h"

#include "report/poppler/PopplerFile.h"

#include <QFileInfo>
#include <QTimeZone>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace {

QString signatureText(Poppler::SignatureValidationInfo::SignatureStatus status) {
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::SignatureValid:
        return PdfSealCheck::tr("valid");
    case S::SignatureInvalid:
        return PdfSealCheck::tr("invalid");
    case S::SignatureDigestMismatch:
        return PdfSealCheck::tr("the signed bytes were changed");
    case S::SignatureDecodingError:
        return PdfSealCheck::tr("the signature cannot be decoded");
    case S::SignatureNotFound:
        return PdfSealCheck::tr("the field holds no signature");
    case S::SignatureGenericError:
    case S::SignatureNotVerified:
        break;
    }
    return PdfSealCheck::tr("the signature could not be checked");
}

QString certificateText(Poppler::SignatureValidationInfo::CertificateStatus status) {
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::CertificateTrusted:
        return PdfSealCheck::tr("trusted");
    case S::CertificateUntrustedIssuer:
        return PdfSealCheck::tr("its issuer is marked untrusted");
    case S::CertificateUnknownIssuer:
        return PdfSealCheck::tr("its issuer is not trusted on this machine");
    case S::CertificateRevoked:
        return PdfSealCheck::tr("revoked");
    case S::CertificateExpired:
        return PdfSealCheck::tr("not valid at the signing time");
    case S::CertificateGenericError:
    case S::CertificateNotVerified:
        break;
    }
    return PdfSealCheck::tr("the certificate could not be checked");
}

} // namespace

Result<QList<SealReport>> PopplerBackend::checkSeals(const QString& path, bool withTrust) {
    Result<std::unique_ptr<Poppler::Document>> opened = PopplerFile::open(path);
    if (!opened)
        return opened.failure();
    const std::unique_ptr<Poppler::Document> document = std::move(opened).value();
    const QFileInfo file(path);
    QList<SealReport> seals;
    for (const std::unique_ptr<Poppler::FormFieldSignature>& field : document->signatures()) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        using Field = Poppler::FormFieldSignature;
        Poppler::SignatureValidationInfo info = field->validate(Field::ValidateOptions(
            Field::ValidateVerifyCertificate | Field::ValidateWithoutOCSPRevocationCheck));
        // poppler 22.12 (NSS's OCSP-disabled policy) answers "generic error"
        // for every chain without OCSP, trusted or not: `pdfsig -no-ocsp`
        // says the same. Then the chain is checked once more under NSS's
        // soft-failure OCSP policy, which asks the network only when the
        // certificate names an OCSP responder and counts no answer as no
        // revocation. The signature's own check above never needs it.
        if (withTrust &&
            info.certificateStatus() == Poppler::SignatureValidationInfo::CertificateGenericError)
            info = field->validate(
                Field::ValidateOptions(Field::ValidateVerifyCertificate | Field::ValidateForceRevalidation));
        SealReport seal;
        seal.field = field->fullyQualifiedName();
        seal.signatureValid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
        seal.signatureStatus = signatureText(info.signatureStatus());
        // poppler's own test, and ours: the last signed byte is the file's last.
        const QList<qint64> bounds = info.signedRangeBounds();
        seal.coversWholeDocument =
            info.signsTotalDocument() && !bounds.isEmpty() && bounds.last() == file.size();
        seal.trusted = info.certificateStatus() == Poppler::SignatureValidationInfo::CertificateTrusted;
        seal.certificateStatus = certificateText(info.certificateStatus());
        const Poppler::CertificateInfo certificate = info.certificateInfo();
        seal.signer = info.signerName();
        seal.subject = info.signerSubjectDN();
        if (!certificate.isNull()) {
            seal.issuer = certificate.issuerInfo(Poppler::CertificateInfo::DistinguishedName);
            seal.validFrom = certificate.validityStart().toUTC();
            seal.validTo = certificate.validityEnd().toUTC();
        }
        seal.signedAt = QDateTime::fromSecsSinceEpoch(info.signingTime(), QTimeZone::utc());
        seal.reason = info.reason();
        seals.append(seal);
    }
    return seals;
}
