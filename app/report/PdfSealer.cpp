#include "report/PdfSealer.h"

#include "report/NssDatabase.h"
#include "report/PdfModule.h"
#include "report/PdfSealCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {

// Opens NSS on nssDir (once per process) and lists what it holds with a
// private key, logging in with the password when the database has one.
Result<QList<SealCertificate>> openDatabase(const PdfBackend& backend, const QString& nssDir,
                                            const SecretBytes& password) {
    const Status opened = NssDatabase::open(nssDir);
    if (!opened)
        return opened.failure();
    const QString dir = NssDatabase::openedDirectory();
    int asked = 0;
    QList<SealCertificate> found = backend.signingCertificates(password, &asked);
    if (asked > 1)
        return Error(PdfSealer::tr("the password of the NSS database %1 is wrong").arg(dir),
                     Error::Kind::PasswordRejected);
    if (asked == 1 && password.isEmpty())
        return Error(PdfSealer::tr("the NSS database %1 has a password and none was given").arg(dir),
                     Error::Kind::PasswordRejected);
    return found;
}

} // namespace

QString PdfSealer::cannotSeal(const SealCertificate& certificate, const QDateTime& now) {
    if (now < certificate.validFrom)
        return tr("the certificate \"%1\" is not valid before %2")
            .arg(certificate.nickname, certificate.validFrom.toString(Qt::ISODate));
    if (now > certificate.validTo)
        return tr("the certificate \"%1\" expired on %2")
            .arg(certificate.nickname, certificate.validTo.toString(Qt::ISODate));
    // poppler 22.12 fails to seal with an EC key ("unable update signature")
    // and still writes a broken file; only RSA is known to work.
    if (!certificate.isRsa)
        return tr("the certificate \"%1\" has a key of type %2; only an RSA key can seal a PDF")
            .arg(certificate.nickname, certificate.keyType);
    return {};
}

QString PdfSealer::reason(qint64 recordId) {
    // Not translated: the seal's reason is part of the filed document, read
    // the same by every reader of it.
    return QStringLiteral(
               "Release sign-off record %1, sealed by Countersign; signatures inside verified at export")
        .arg(recordId);
}

Result<QList<SealCertificate>> PdfSealer::certificates(const QString& nssDir, const SecretBytes& password) {
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    return openDatabase(*backend.value(), nssDir, password);
}

namespace {
// The certificate named in the request, when it can seal now: present with
// its private key, valid at request.now, RSA, and its key opens with password.
Result<SealCertificate> chooseCertificate(const PdfBackend& backend, const PdfSealer::Request& request,
                                          const SecretBytes& password) {
    const Result<QList<SealCertificate>> found = openDatabase(backend, request.nssDir, password);
    if (!found)
        return found.failure();
    const QString dir = NssDatabase::openedDirectory();
    const SealCertificate* chosen = nullptr;
    for (const SealCertificate& certificate : found.value()) {
        if (certificate.nickname == request.nickname)
            chosen = &certificate;
    }
    if (!chosen)
        return Error(PdfSealer::tr("the NSS database %1 has no certificate with a private key named \"%2\"")
                         .arg(dir, request.nickname));
    if (const QString why = PdfSealer::cannotSeal(*chosen, request.now); !why.isEmpty())
        return Error(why);
    if (!backend.keyOpens(chosen->nickname, password))
        return Error(PdfSealer::tr("the private key of \"%1\" does not open with the password given")
                         .arg(chosen->nickname),
                     Error::Kind::PasswordRejected);
    return *chosen;
}
} // namespace

Result<SealCertificate> PdfSealer::sealingCertificate(const Request& request, const SecretBytes& password) {
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    return chooseCertificate(*backend.value(), request, password);
}

Status PdfSealer::seal(const QByteArray& pdf, const QString& target, const Request& request,
                       const SecretBytes& password) {
    const Result<const PdfBackend*> backend = PdfModule::backend();
    if (!backend)
        return backend.failure();
    const Result<SealCertificate> chosen = chooseCertificate(*backend.value(), request, password);
    if (!chosen)
        return chosen.failure();

    const QFileInfo targetInfo(target);
    QTemporaryFile sealed(targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() +
                          QStringLiteral(".XXXXXX"));
    if (!sealed.open())
        return Error(tr("cannot write in %1: %2").arg(targetInfo.absolutePath(), sealed.errorString()));
    sealed.close(); // poppler writes the file by its name; QTemporaryFile removes whatever is left

    // poppler 22.12 refuses to sign without a text, though an invisible field
    // never shows it. It checks every character against the font
    // PdfDocumentWriter::setSealable offers and embeds a system font for any
    // it misses: the record's number is printed in that (regular) face in
    // every report, in every language, so its digits are always there.
    const PdfBackend::Signature signature{request.nickname, reason(request.recordId),
                                          QString::number(request.recordId)};
    const Status signedOk = backend.value()->sign(pdf, sealed.fileName(), signature, password);
    if (!signedOk)
        return signedOk.failure();
    // sign() reports success for some files it wrote broken: read the seal back.
    const Result<QList<SealReport>> check = PdfSealCheck::check(sealed.fileName(), QString(), false);
    if (!check || check->isEmpty() || !check->last().intact())
        return Error(tr("the sealed PDF did not verify; nothing was written"));

    // QTemporaryFile made the file private; the sealed PDF is as readable as the one it replaces.
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(sealed.fileName(),
                          targetInfo.exists() ? QFile::permissions(targetInfo.absoluteFilePath()) : readable);
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(QFile::encodeName(sealed.fileName()).toStdString()),
        std::filesystem::path(QFile::encodeName(targetInfo.absoluteFilePath()).toStdString()), ec);
    if (ec)
        return Error(tr("cannot write %1: %2").arg(target, QString::fromStdString(ec.message())));
    return {};
}
