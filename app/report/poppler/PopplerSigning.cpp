#include "report/poppler/PopplerBackend.h"

#include "report/poppler/PopplerFile.h"

#include <QRectF>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <cstring>
#include <memory>

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
    prompt().password = QByteArray(password.chars(), password.size());
    prompt().asked = 0;
}

void disarm() {
    QByteArray& p = prompt().password;
    explicit_bzero(p.data(), size_t(p.size()));
    p.clear();
}

// The password as the QString poppler's API takes, wiped when it goes. (The
// module links none of Countersign's code, so not SecretBytes::wipe; glibc's
// explicit_bzero is as sure not to be optimised away as libsodium's.)
class SecretText {
public:
    explicit SecretText(const SecretBytes& password)
        : m_text(QString::fromUtf8(password.chars(), password.size())) {}
    ~SecretText() {
        if (!m_text.isEmpty() && m_text.isDetached())
            explicit_bzero(m_text.data(), size_t(m_text.size()) * sizeof(QChar));
    }
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

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

} // namespace

QList<SealCertificate> PopplerBackend::signingCertificates(const SecretBytes& password, int* asked) {
    arm(password);
    const QVector<Poppler::CertificateInfo> found = Poppler::getAvailableSigningCertificates();
    *asked = prompt().asked;
    disarm();
    QList<SealCertificate> list;
    for (const Poppler::CertificateInfo& info : found)
        list.append(describe(info));
    return list;
}

bool PopplerBackend::keyOpens(const QString& nickname, const SecretBytes& password) {
    const SecretText secret(password);
    arm(password);
    bool opens = false;
    for (const Poppler::CertificateInfo& info : Poppler::getAvailableSigningCertificates()) {
        if (info.nickName() == nickname)
            opens = info.checkPassword(secret.text());
    }
    disarm();
    return opens;
}

Status PopplerBackend::sign(const QByteArray& pdf, const QString& target,
                            const PdfBackend::Signature& signature, const SecretBytes& password) {
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return Error(PdfSealer::tr("the PDF to seal cannot be read"));
    const SecretText secret(password);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(target);
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(signature.nickname);
    data.setPassword(secret.text());
    data.setPage(0);
    data.setBoundingRectangle(QRectF()); // invisible: the seal's words are the reader's, not a stamp
    data.setFieldPartialName(QStringLiteral("Countersign seal"));
    data.setReason(signature.reason);
    data.setSignatureText(signature.text);
    arm(password);
    const bool signedOk = converter->sign(data);
    disarm();
    data.setPassword(QString());
    if (!signedOk)
        return Error(PdfSealer::tr("poppler could not seal the PDF with \"%1\"").arg(signature.nickname));
    return {};
}
