#include "cli/SigningCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/PasswordInput.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/SignOffService.h"
#include "core/SignatureGeometry.h"
#include "core/UtcTime.h"

#include <QFile>

namespace {
const QString kRole = QStringLiteral("role");
const QString kLogin = QStringLiteral("login");
const QString kMeaning = QStringLiteral("meaning");
const QString kStrokes = QStringLiteral("strokes");
const QString kReason = QStringLiteral("reason");
// A strokes file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxStrokesFileSize = 16 * 1024 * 1024;
// The help and the error below spell the pad's size in their (translated) words.
static_assert(SignatureGeometry::kPadWidth == 1000 && SignatureGeometry::kPadHeight == 300,
              "the pad's size changed: change --strokes' help and readStrokes' message with it");
} // namespace

QList<Command> SigningCommands::commands() {
    Command sign;
    sign.name = QStringLiteral("sign");
    sign.synopsis = QStringLiteral(
        "sign RECORD --role ROLE --login L --meaning TEXT --password-stdin [--strokes FILE.json]");
    sign.summary = tr("Sign one role of a record with a signer's password");
    sign.description =
        tr("The signature records the signer's printed name, the meaning (e.g. Approved), the application's "
           "UTC time and the digest of the record's content, signed with the signer's key. Without --strokes "
           "it is a typed signature. Roles sign in the order of the sign-off table, every item must be "
           "Done or N/A first (unless the template says otherwise), and one person signs one role. "
           "When every role has signed, the record is sealed. %1 wrong passwords in a row lock the "
           "signer for %n minutes.",
           nullptr, SignOffService::kLockMinutes)
            .arg(SignOffService::kMaxFailedLogins);
    sign.options = {
        QCommandLineOption(kRole, tr("The role to sign, as the sign-off table names it."), tr("ROLE")),
        QCommandLineOption(kLogin, tr("The signer's login."), tr("L")),
        QCommandLineOption(kMeaning, tr("What the signature means, e.g. Approved, Reviewed, Verified."),
                           tr("TEXT")),
        CommonOptions::passwordStdin(),
        QCommandLineOption(kStrokes,
                           tr("A drawn signature: JSON [[[x,y],...],...], x in 0..1000, y in 0..300."),
                           tr("FILE.json")),
    };
    sign.requiredOptions = {kRole, kLogin, kMeaning, CommonOptions::passwordStdinName};
    sign.minArguments = 1;
    sign.maxArguments = 1;
    sign.database = Command::Database::Read;
    sign.run = &SigningCommands::sign;

    Command reopen;
    reopen.name = QStringLiteral("reopen");
    reopen.synopsis = QStringLiteral("reopen RECORD --login L --reason TEXT --password-stdin");
    reopen.summary = tr("Revoke every signature of a record so it can change again");
    reopen.description =
        tr("The record returns to In progress and every role must sign again. The revoked "
           "signatures stay in the record with who revoked them, when and why, and the audit "
           "trail records the reopening.");
    reopen.options = {
        QCommandLineOption(kLogin, tr("The login of the signer who reopens the record."), tr("L")),
        QCommandLineOption(kReason, tr("Why the record must change (required)."), tr("TEXT")),
        CommonOptions::passwordStdin(),
    };
    reopen.requiredOptions = {kLogin, kReason, CommonOptions::passwordStdinName};
    reopen.minArguments = 1;
    reopen.maxArguments = 1;
    reopen.database = Command::Database::Read;
    reopen.run = &SigningCommands::reopen;

    Command decline;
    decline.name = QStringLiteral("decline");
    decline.synopsis = QStringLiteral("decline RECORD --role ROLE --login L --reason TEXT --password-stdin");
    decline.summary = tr("Decline to sign one role of a record, with a reason");
    decline.description =
        tr("A refusal is made like a signature: the signer's login and password, the application's UTC "
           "time, the digest of the record's content and the reason, signed with the signer's key. The "
           "record stays open; show, the audit trail and the PDF show who declined, when and why. The "
           "role can be signed (or declined again) once the record has changed.");
    decline.options = {
        QCommandLineOption(kRole, tr("The role to decline, as the sign-off table names it."), tr("ROLE")),
        QCommandLineOption(kLogin, tr("The signer's login."), tr("L")),
        QCommandLineOption(kReason, tr("What must change before you sign (required)."), tr("TEXT")),
        CommonOptions::passwordStdin(),
    };
    decline.requiredOptions = {kRole, kLogin, kReason, CommonOptions::passwordStdinName};
    decline.minArguments = 1;
    decline.maxArguments = 1;
    decline.database = Command::Database::Read;
    decline.run = &SigningCommands::decline;

    return {sign, decline, reopen};
}

Result<SignatureStrokes> SigningCommands::readStrokes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the strokes file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxStrokesFileSize)
        return Error(
            tr("the strokes file %1 is too large (%2 bytes) to be a signature").arg(path).arg(file.size()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(tr("cannot read the strokes file %1: %2").arg(path, file.errorString()));
    Result<SignatureStrokes> strokes = StrokeJson::read(json);
    if (!strokes)
        return Error(tr("%1: %2. Give a JSON list of strokes, each a list of [x, y] points with x in 0..1000 "
                        "and y in 0..300, or leave out --strokes for a typed signature.")
                         .arg(path, strokes.error()));
    if (strokes->isEmpty())
        return Error(
            tr("%1: the file holds no strokes. Draw at least one, or leave out --strokes for a typed "
               "signature.")
                .arg(path));
    return strokes;
}

// The signer's password, from the terminal or --password-stdin.
Result<SecretBytes> SigningCommands::signingPassword(const QString& login) {
    PasswordInput input;
    return input.read(tr("Signing password for %1: ").arg(login), tr("the signing password"));
}

int SigningCommands::sign(CommandContext& context) {
    SignOffService::SignRequest request;
    request.typed = !context.isSet(kStrokes);
    if (!request.typed) {
        Result<SignatureStrokes> strokes = readStrokes(context.value(kStrokes));
        if (!strokes)
            return context.fail(strokes.error());
        request.strokes = strokes.value();
    }

    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    request.recordId = record->id;
    request.role = context.value(kRole).trimmed();
    request.login = context.value(kLogin).trimmed();
    request.meaning = context.value(kMeaning).trimmed();
    if (request.meaning.isEmpty())
        return context.fail(tr("--meaning is empty: say what the signature means, e.g. --meaning Approved."));

    // What can be refused without credentials is refused before the password
    // is read, so it never counts as a failed attempt.
    SignOffService service(context.store());
    if (const Status allowed = service.canSign(record.value(), request.role); !allowed)
        return context.fail(tr("signing refused: %1").arg(allowed.error()));

    Result<SecretBytes> password = signingPassword(request.login);
    if (!password)
        return context.fail(password.error());
    request.password = std::move(password).value();

    Result<SignatureEntry> signature = service.sign(request);
    request.password.clear();
    if (!signature)
        return context.fail(tr("signing refused: %1").arg(signature.error()));

    context.console().outLine(tr("Record %1: %2 signed by %3 (%4), \"%5\", at %6")
                                  .arg(QString::number(record->id), signature->role, signature->printedName,
                                       signature->login, signature->meaning,
                                       UtcTime::text(signature->signedAt)));
    if (Result<RecordSummary> after = context.store().recordSummary(record->id)) {
        if (after->state == RecordState::Sealed)
            context.console().outLine(tr("Every role has signed: record %1 is sealed.").arg(record->id));
    }
    return ExitSuccess;
}

int SigningCommands::reopen(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    const QString reason = context.value(kReason).trimmed();
    if (reason.isEmpty())
        return context.fail(tr("--reason is empty: say why the record must change."));
    int standing = 0;
    for (const SignatureEntry& s : record->signatures)
        standing += s.revoked ? 0 : 1;
    if (standing == 0)
        return context.fail(tr("record %1 has no signatures to revoke; it is already open.").arg(record->id));

    const QString login = context.value(kLogin).trimmed();
    Result<SecretBytes> password = signingPassword(login);
    if (!password)
        return context.fail(password.error());

    SignOffService service(context.store());
    const Status reopened = service.reopen(record->id, login, password.value(), reason);
    if (!reopened)
        return context.fail(
            tr("cannot reopen record %1: %2").arg(QString::number(record->id), reopened.error()));
    context.console().outLine(
        tr("Record %1 is open again: %n signature(s) revoked. Every role must sign again.", nullptr, standing)
            .arg(record->id));
    return ExitSuccess;
}

int SigningCommands::decline(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    SignOffService::DeclineRequest request;
    request.recordId = record->id;
    request.role = context.value(kRole).trimmed();
    request.login = context.value(kLogin).trimmed();
    request.reason = context.value(kReason).trimmed();
    if (request.reason.isEmpty())
        return context.fail(tr("--reason is empty: say what must change before you sign."));

    // As for sign: what needs no credentials is refused before the password is read.
    SignOffService service(context.store());
    if (const Status allowed = service.canDecline(record.value(), request.role); !allowed)
        return context.fail(tr("declining refused: %1").arg(allowed.error()));

    Result<SecretBytes> password = signingPassword(request.login);
    if (!password)
        return context.fail(password.error());
    request.password = std::move(password).value();

    Result<SignatureEntry> declined = service.decline(request);
    request.password.clear();
    if (!declined)
        return context.fail(tr("declining refused: %1").arg(declined.error()));
    context.console().outLine(tr("Record %1: %2 declined by %3 (%4) at %5: %6")
                                  .arg(QString::number(record->id), declined->role, declined->printedName,
                                       declined->login, UtcTime::text(declined->signedAt), declined->reason));
    context.console().outLine(
        tr("The record stays open. %1 can be signed once the record has changed.").arg(declined->role));
    return ExitSuccess;
}
