#include "report/PdfSealer.h"

#include "report/NssDatabase.h"
#include "report/PdfSealCheck.h"
#include "report/PopplerFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRectF>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

namespace {

// Poppler's callback is told only the token's name, not whether NSS is asking
// again because the last answer was wrong; and NSS asks again for as long as
// it is answered. So the password is given once per operation and the number
// of questions tells a refused password (asked twice) from a database
// without one (never asked).
struct PasswordPrompt {
    QByteArray password; // a copy poppler's API forces on us; wiped after each operation
    int asked = 0;
};

PasswordPrompt& prompt() {
    static PasswordPrompt p;
    return p;
}

void arm(const SecretBytes& password) {
    prompt().password = QByteArray(password.chars(), password.size());
    prompt().asked = 0;
}

void disarm() {
    QByteArray& p = prompt().password;
    std::memset(p.data(), 0, size_t(p.size()));
    p.clear();
}

QString keyTypeName(Poppler::CertificateInfo::PublicKeyType type) {
    switch (type) {
    case Poppler::CertificateInfo::RsaKey:
        return QStringLiteral("RSA");
    case Poppler::CertificateInfo::DsaKey:
        return QStringLiteral("DSA");
    case Poppler::CertificateInfo::EcKey:
        return QStringLiteral("EC");
    case Poppler::CertificateInfo::OtherKey:
        break;
    }
    return QStringLiteral("other");
}

SealCertificate describe(const Poppler::CertificateInfo& info) {
    SealCertificate c;
    c.nickname = info.nickName();
    c.subject = info.subjectInfo(Poppler::CertificateInfo::DistinguishedName);
    c.issuer = info.issuerInfo(Poppler::CertificateInfo::DistinguishedName);
    c.validFrom = info.validityStart().toUTC();
    c.validTo = info.validityEnd().toUTC();
    c.keyType = keyTypeName(info.publicKeyType());
    c.keyBits = info.publicKeyStrength();
    c.isRsa = info.publicKeyType() == Poppler::CertificateInfo::RsaKey;
    return c;
}

// Opens NSS on nssDir (once per process) and lists what it holds with a
// private key, logging in with the password when the database has one.
Result<QVector<Poppler::CertificateInfo>> openDatabase(const QString& nssDir, const SecretBytes& password) {
    const Status opened = NssDatabase::open(nssDir);
    if (!opened)
        return opened.failure();
    const QString dir = NssDatabase::openedDirectory();
    static const bool callbackSet = [] {
        PopplerFile::silence();
        Poppler::setNSSPasswordCallback([](const char*) -> char* {
            PasswordPrompt& p = prompt();
            ++p.asked;
            if (p.asked > 1 || p.password.isEmpty())
                return nullptr;                    // NSS would ask again and again for a refused one
            return strdup(p.password.constData()); // NSS frees it
        });
        return true;
    }();
    Q_UNUSED(callbackSet);
    arm(password);
    QVector<Poppler::CertificateInfo> found = Poppler::getAvailableSigningCertificates();
    const int asked = prompt().asked;
    disarm();
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
    const Result<QVector<Poppler::CertificateInfo>> found = openDatabase(nssDir, password);
    if (!found)
        return found.failure();
    QList<SealCertificate> list;
    for (const Poppler::CertificateInfo& info : found.value())
        list.append(describe(info));
    return list;
}

namespace {
// The certificate named in the request, when it can seal now: present with
// its private key, valid at request.now, RSA, and its key opens with password.
Result<const Poppler::CertificateInfo*> chooseCertificate(const QVector<Poppler::CertificateInfo>& found,
                                                          const PdfSealer::Request& request,
                                                          const SecretBytes& password) {
    const QString dir = NssDatabase::openedDirectory();
    const Poppler::CertificateInfo* chosen = nullptr;
    for (const Poppler::CertificateInfo& info : found) {
        if (info.nickName() == request.nickname)
            chosen = &info;
    }
    if (!chosen)
        return Error(PdfSealer::tr("the NSS database %1 has no certificate with a private key named \"%2\"")
                         .arg(dir, request.nickname));
    const SealCertificate certificate = describe(*chosen);
    if (const QString why = PdfSealer::cannotSeal(certificate, request.now); !why.isEmpty())
        return Error(why);
    QString secret = QString::fromUtf8(password.chars(), password.size());
    const auto wipeSecret = qScopeGuard([&secret] { SecretBytes::wipe(secret); });
    arm(password);
    const bool keyOpens = chosen->checkPassword(secret);
    disarm();
    if (!keyOpens)
        return Error(PdfSealer::tr("the private key of \"%1\" does not open with the password given")
                         .arg(certificate.nickname),
                     Error::Kind::PasswordRejected);
    return chosen;
}
} // namespace

Result<SealCertificate> PdfSealer::sealingCertificate(const Request& request, const SecretBytes& password) {
    const Result<QVector<Poppler::CertificateInfo>> found = openDatabase(request.nssDir, password);
    if (!found)
        return found.failure();
    const Result<const Poppler::CertificateInfo*> chosen =
        chooseCertificate(found.value(), request, password);
    if (!chosen)
        return chosen.failure();
    return describe(*chosen.value());
}

Status PdfSealer::seal(const QByteArray& pdf, const QString& target, const Request& request,
                       const SecretBytes& password) {
    const Result<QVector<Poppler::CertificateInfo>> found = openDatabase(request.nssDir, password);
    if (!found)
        return found.failure();
    const Result<const Poppler::CertificateInfo*> chosen =
        chooseCertificate(found.value(), request, password);
    if (!chosen)
        return chosen.failure();
    const SealCertificate certificate = describe(*chosen.value());
    QString secret = QString::fromUtf8(password.chars(), password.size());
    const auto wipeSecret = qScopeGuard([&secret] { SecretBytes::wipe(secret); });

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return Error(tr("the PDF to seal cannot be read"));
    const QFileInfo targetInfo(target);
    QTemporaryFile sealed(targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() +
                          QStringLiteral(".XXXXXX"));
    if (!sealed.open())
        return Error(tr("cannot write in %1: %2").arg(targetInfo.absolutePath(), sealed.errorString()));
    sealed.close(); // poppler writes the file by its name; QTemporaryFile removes whatever is left

    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(sealed.fileName());
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(request.nickname);
    data.setPassword(secret);
    data.setPage(0);
    data.setBoundingRectangle(QRectF()); // invisible: the seal's words are the reader's, not a stamp
    data.setFieldPartialName(QStringLiteral("Countersign seal"));
    data.setReason(reason(request.recordId));
    // poppler 22.12 refuses to sign without a text, though an invisible field
    // never shows it. It checks every character against the font
    // PdfDocumentWriter::setSealable offers and embeds a system font for any
    // it misses: the record's number is printed in that (regular) face in
    // every report, in every language, so its digits are always there.
    data.setSignatureText(QString::number(request.recordId));
    arm(password);
    const bool signedOk = converter->sign(data);
    disarm();
    data.setPassword(QString());
    if (!signedOk)
        return Error(tr("poppler could not seal the PDF with \"%1\"").arg(certificate.nickname));
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
