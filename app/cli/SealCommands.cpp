#include "cli/SealCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/PasswordInput.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "core/Verifier.h"
#include "report/NssDatabase.h"
#include "report/PdfSealCheck.h"
#include "report/PdfSealer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString day(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// The NSS database's password, when --password-stdin asks for it; none otherwise.
Result<SecretBytes> nssPassword(const CommandContext& context) {
    if (!context.isSet(CommonOptions::passwordStdinName))
        return SecretBytes();
    PasswordInput input;
    return input.read(SealCommands::tr("NSS database password: "),
                      SealCommands::tr("the NSS database password"));
}

QString withHint(const Error& error) {
    if (error.kind() == Error::Kind::PasswordRejected)
        return SealCommands::tr("%1 (--password-stdin reads the NSS database password)").arg(error.message());
    return error.message();
}
} // namespace

QCommandLineOption SealCommands::sealOption() {
    return QCommandLineOption(seal,
                              tr("Seal the PDF with the certificate NICKNAME from the NSS database "
                                 "(countersign-cli seal-certs lists them)."),
                              tr("NICKNAME"));
}

QCommandLineOption SealCommands::nssDirOption() {
    return QCommandLineOption(
        nssDir, tr("The NSS database of certificates (default: ~/.pki/nssdb, as Okular's)."), tr("DIR"));
}

QString SealCommands::nssDirectory(const CommandContext& context) {
    return context.isSet(nssDir) ? context.value(nssDir) : NssDatabase::defaultDirectory();
}

QList<Command> SealCommands::commands() {
    Command certs;
    certs.name = QStringLiteral("seal-certs");
    certs.synopsis = QStringLiteral("seal-certs [--nss-dir DIR] [--password-stdin] [--json]");
    certs.summary = tr("List the certificates that can seal an exported PDF");
    certs.description = tr("Lists the certificates with a private key in the NSS database: nickname, "
                           "subject, issuer, validity and key type. Only RSA keys can seal. When the "
                           "database has a password, --password-stdin reads it.");
    certs.options = {nssDirOption(), CommonOptions::passwordStdin(), CommonOptions::jsonFlag()};
    certs.database = Command::Database::None;
    certs.run = &SealCommands::listCertificates;
    return {certs};
}

int SealCommands::listCertificates(CommandContext& context) {
    Result<SecretBytes> password = nssPassword(context);
    if (!password)
        return context.fail(password.error());
    const Result<QList<SealCertificate>> found =
        PdfSealer::certificates(nssDirectory(context), password.value());
    if (!found)
        return context.fail(withHint(found.failure()));
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const SealCertificate& c : found.value()) {
            array.append(QJsonObject{{QStringLiteral("nickname"), c.nickname},
                                     {QStringLiteral("subject"), c.subject},
                                     {QStringLiteral("issuer"), c.issuer},
                                     {QStringLiteral("valid_from"), day(c.validFrom)},
                                     {QStringLiteral("valid_to"), day(c.validTo)},
                                     {QStringLiteral("key_type"), c.keyType},
                                     {QStringLiteral("key_bits"), c.keyBits}});
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (found->isEmpty()) {
        context.console().outLine(
            tr("No certificates with a private key in %1.").arg(NssDatabase::openedDirectory()));
        return ExitSuccess;
    }
    TablePrinter table({{tr("Nickname")},
                        {tr("Subject")},
                        {tr("Issuer")},
                        {tr("Valid from")},
                        {tr("Valid to")},
                        {tr("Key")}});
    for (const SealCertificate& c : found.value()) {
        table.addRow({c.nickname, c.subject, c.issuer, day(c.validFrom), day(c.validTo),
                      QStringLiteral("%1 %2").arg(c.keyType).arg(c.keyBits)});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

int SealCommands::exportSealed(CommandContext& context, const Record& record, const QString& target,
                               const Render& render) {
    if (target == u"-")
        return context.fail(tr("a sealed PDF is written to a file, not to standard output"));
    // A seal vouches for what is inside: never seal a record that fails verification.
    const Verifier::Report report = Verifier::verify(context.store(), record.id);
    if (!report.intact()) {
        QString why;
        for (const Verifier::Finding& f : report.findings)
            why += u"\n  " + f.message;
        return context.fail(tr("record %1 does not verify, so it is not sealed; %2 not written:%3")
                                .arg(record.id)
                                .arg(target, why));
    }
    Result<SecretBytes> password = nssPassword(context);
    if (!password)
        return context.fail(password.error());
    PdfSealer::Request request;
    request.nssDir = nssDirectory(context);
    request.nickname = context.value(seal);
    request.recordId = record.id;
    request.now = QDateTime::currentDateTimeUtc();
    const Result<SealCertificate> sealer = PdfSealer::sealingCertificate(request, password.value());
    if (!sealer)
        return context.fail(tr("cannot seal %1: %2").arg(target, withHint(sealer.failure())));
    const Result<QByteArray> pdf = render(sealer.value());
    if (!pdf)
        return context.fail(tr("cannot write %1: %2").arg(target, pdf.error()));
    const Status sealed = PdfSealer::seal(pdf.value(), target, request, password.value());
    if (!sealed)
        return context.fail(tr("cannot seal %1: %2").arg(target, withHint(sealed.failure())));
    return ExitSuccess;
}

SealCommands::Findings SealCommands::checkSeals(CommandContext& context, const QString& path) {
    Findings findings;
    const Result<QList<SealReport>> seals =
        PdfSealCheck::check(path, context.isSet(nssDir) ? context.value(nssDir) : QString());
    if (!seals) {
        findings.readable = false;
        findings.intact = false;
        findings.text = tr("FAILED: the PDF's seals cannot be checked: %1").arg(seals.error()) + u'\n';
        return findings;
    }
    for (const SealReport& s : seals.value()) {
        findings.intact = findings.intact && s.intact();
        findings.json.append(QJsonObject{{QStringLiteral("field"), s.field},
                                         {QStringLiteral("intact"), s.intact()},
                                         {QStringLiteral("signature"), s.signatureStatus},
                                         {QStringLiteral("covers_whole_file"), s.coversWholeDocument},
                                         {QStringLiteral("trusted"), s.trusted},
                                         {QStringLiteral("certificate"), s.certificateStatus},
                                         {QStringLiteral("signer"), s.signer},
                                         {QStringLiteral("subject"), s.subject},
                                         {QStringLiteral("issuer"), s.issuer},
                                         {QStringLiteral("valid_from"), day(s.validFrom)},
                                         {QStringLiteral("valid_to"), day(s.validTo)},
                                         {QStringLiteral("signed_at"), day(s.signedAt)},
                                         {QStringLiteral("reason"), s.reason}});
        QString text = tr("seal by %1: %2").arg(s.subject, s.intact() ? tr("valid") : tr("INVALID")) + u'\n';
        // A seal whose bytes changed may no longer yield its certificate: say so rather than print blanks.
        text += (s.issuer.isEmpty() ? tr("  certificate unreadable, sealed at %1").arg(day(s.signedAt))
                                    : tr("  issuer %1, certificate valid %2 to %3, sealed at %4")
                                          .arg(s.issuer, day(s.validFrom), day(s.validTo), day(s.signedAt))) +
                u'\n';
        if (!s.signatureValid)
            text += tr("FAILED: the seal's signature: %1").arg(s.signatureStatus) + u'\n';
        if (!s.coversWholeDocument)
            text += tr("FAILED: the PDF was changed after it was sealed (the seal does not cover the whole "
                       "file)") +
                    u'\n';
        text += s.trusted ? tr("  certificate trusted on this machine")
                          : tr("  certificate not trusted on this machine: %1").arg(s.certificateStatus);
        findings.text += text + u'\n';
    }
    return findings;
}
