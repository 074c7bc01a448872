#include "ui/SealedExport.h"

#include "core/Verifier.h"
#include "ui/NssPasswordPrompt.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"

namespace {
// A long list of findings would push the box's buttons off the screen.
constexpr int kFindingsShown = 5;
} // namespace

std::optional<SealedExport> SealedExport::prepare(QWidget* parent, const ChecklistStore& store,
                                                  const Record& record, const QString& title) {
    // A seal vouches for what is inside: never seal a record that fails verification.
    const Verifier::Report report = Verifier::verify(store, record.id);
    if (!report.intact()) {
        QStringList lines;
        for (const Verifier::Finding& finding : report.findings.mid(0, kFindingsShown))
            lines << QStringLiteral("• ") + finding.message;
        if (report.findings.size() > kFindingsShown)
            lines << tr("… and %n more", nullptr, int(report.findings.size() - kFindingsShown));
        Prompts::critical(parent, title,
                          tr("“%1” does not verify, so it is not sealed and no PDF was written.\n\n%2\n\n"
                             "Tools ▸ Verify Integrity shows every finding. To export the record "
                             "without a seal, choose “Do not seal” in Edit ▸ Preferences ▸ Sealing.")
                              .arg(record.info.title, lines.join(u'\n')));
        return std::nullopt;
    }
    SealedExport sealed;
    sealed.m_request.nssDir = UserSettings::sealNssDirectory();
    sealed.m_request.nickname = UserSettings::sealCertificate();
    sealed.m_request.recordId = record.id;
    sealed.m_request.now = QDateTime::currentDateTimeUtc();
    NssPasswordPrompt::Outcome checked = NssPasswordPrompt::run(
        parent, sealed.m_request.nssDir, [&sealed](const SecretBytes& password) -> Status {
            Result<SealCertificate> certificate = PdfSealer::sealingCertificate(sealed.m_request, password);
            if (!certificate)
                return certificate.failure();
            sealed.m_certificate = std::move(certificate).value();
            return {};
        });
    if (checked.cancelled)
        return std::nullopt;
    if (!checked.status) {
        Prompts::critical(
            parent, title,
            tr("“%1” cannot be sealed with the certificate “%2”, so no PDF was written.\n\n%3\n\n"
               "Choose another certificate, or “Do not seal”, in Edit ▸ Preferences ▸ Sealing.")
                .arg(record.info.title, sealed.m_request.nickname,
                     Prompts::asSentence(checked.status.error())));
        return std::nullopt;
    }
    sealed.m_password = std::move(checked.password);
    return sealed;
}

void SealedExport::applyTo(ReportOptions& options) const {
    options.sealable = true;
    options.sealSubject = m_certificate.subject;
    options.sealIssuer = m_certificate.issuer;
}

Status SealedExport::seal(const QByteArray& pdf, const QString& path) {
    // The seal's time is the export's, not the moment the dialog opened.
    m_request.now = QDateTime::currentDateTimeUtc();
    const Status sealed = PdfSealer::seal(pdf, path, m_request, m_password);
    m_password.clear();
    return sealed;
}
