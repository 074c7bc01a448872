#include "cli/SignerCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/PasswordInput.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kLogin = QStringLiteral("login");
const QString kName = QStringLiteral("name");
const QString kRoles = QStringLiteral("roles");

QStringList splitRoles(const QString& text) {
    QStringList roles;
    for (const QString& role : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!role.trimmed().isEmpty() && !roles.contains(role.trimmed(), Qt::CaseInsensitive))
            roles << role.trimmed();
    }
    return roles;
}

bool isLocked(const Signer& signer, const QDateTime& now) {
    return signer.lockedUntil.isValid() && signer.lockedUntil > now;
}
} // namespace

QList<Command> SignerCommands::commands() {
    Command add;
    add.name = QStringLiteral("signer add");
    add.synopsis = QStringLiteral("signer add --login L --name \"Printed Name\" --roles \"ROLE[,ROLE...]\" "
                                  "--password-stdin [--by NAME]");
    add.summary = tr("Register a signer with a login, printed name, roles and signing password");
    add.description = tr(
        "The password is read as one line from standard input (never from the command line). It needs at "
        "least %n characters and must not be based on a dictionary word or contain the login or a word of "
        "the printed name; a refusal says why. The printed name appears on every signature; no two active "
        "signers may share one, nor any two signers a login (compared regardless of case, spacing and "
        "Unicode form). Roles are the sign-off table's role names, separated by commas. A signing key pair "
        "is made for the signer.",
        nullptr, PasswordInput::kMinLength);
    add.options = {
        QCommandLineOption(kLogin, tr("The signer's login, used to sign."), tr("L")),
        QCommandLineOption(kName, tr("The printed name shown with every signature."), tr("NAME")),
        QCommandLineOption(kRoles, tr("The roles the signer may sign, separated by commas."), tr("ROLES")),
        CommonOptions::passwordStdin(),
        CommonOptions::actor(),
    };
    add.requiredOptions = {kLogin, kName, kRoles, CommonOptions::passwordStdinName};
    add.database = Command::Database::Write;
    add.run = &SignerCommands::addSigner;

    Command list;
    list.name = QStringLiteral("signer list");
    list.synopsis = QStringLiteral("signer list [--json]");
    list.summary = tr("List the signers: login, printed name, roles, active, locked");
    list.description = tr("A signer is locked for %n minutes after %1 wrong passwords in a row.", nullptr,
                          SignOffService::kLockMinutes)
                           .arg(SignOffService::kMaxFailedLogins);
    list.options = {CommonOptions::jsonFlag()};
    list.database = Command::Database::Read;
    list.run = &SignerCommands::listSigners;

    Command deactivate;
    deactivate.name = QStringLiteral("signer deactivate");
    deactivate.synopsis = QStringLiteral("signer deactivate LOGIN [--by NAME]");
    deactivate.summary = tr("Stop a signer from signing; their signatures stay valid");
    deactivate.description = tr("Signers are never deleted, so that every signature keeps its signer. The "
                                "desktop app's Tools > Signers can reactivate one.");
    deactivate.options = {CommonOptions::actor()};
    deactivate.minArguments = 1;
    deactivate.maxArguments = 1;
    deactivate.database = Command::Database::Read;
    deactivate.run = &SignerCommands::deactivateSigner;

    Command passwd;
    passwd.name = QStringLiteral("signer passwd");
    passwd.synopsis = QStringLiteral("signer passwd LOGIN --password-stdin");
    passwd.summary = tr("Change a signer's signing password");
    passwd.description = tr("Standard input holds two lines: the current password, then the new one (at "
                            "least %n characters, checked as for signer add, and not close to the current "
                            "one). A wrong current password counts towards the lock.",
                            nullptr, PasswordInput::kMinLength);
    passwd.options = {CommonOptions::passwordStdin()};
    passwd.requiredOptions = {CommonOptions::passwordStdinName};
    passwd.minArguments = 1;
    passwd.maxArguments = 1;
    passwd.database = Command::Database::Read;
    passwd.run = &SignerCommands::changePassword;

    return {add, list, deactivate, passwd};
}

int SignerCommands::addSigner(CommandContext& context) {
    const QString login = context.value(kLogin).trimmed();
    const QString name = context.value(kName).trimmed();
    const QStringList roles = splitRoles(context.value(kRoles));
    if (login.isEmpty())
        return context.fail(tr("--login is empty: give the login the signer will sign with."));
    if (name.isEmpty())
        return context.fail(tr("--name is empty: give the name printed with the signer's signatures."));
    if (roles.isEmpty())
        return context.fail(tr("--roles is empty: give at least one role, e.g. --roles \"QA Lead\"."));
    if (context.store().signer(login))
        return context.fail(
            tr("there is already a signer with the login \"%1\". `countersign-cli signer list` "
               "shows the signers.")
                .arg(login));

    PasswordInput input;
    Result<SecretBytes> password =
        input.readNew(tr("Signing password for %1: ").arg(login), tr("the password"));
    if (!password)
        return context.fail(password.error());

    SignOffService service(context.store());
    Result<qint64> added = service.registerSigner(login, name, roles, password.value(), context.actor());
    if (!added)
        return context.fail(tr("cannot register %1: %2").arg(login, added.error()));
    context.console().outLine(
        tr("Registered signer %1 (%2) for %3").arg(login, name, roles.join(QStringLiteral(", "))));
    return ExitSuccess;
}

int SignerCommands::listSigners(CommandContext& context) {
    const Result<QList<Signer>> read = context.store().signers();
    if (!read)
        return context.fail(read.error());
    const QList<Signer>& signers = read.value();
    const QDateTime now = context.store().now();
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const Signer& s : signers) {
            const bool locked = isLocked(s, now);
            array.append(QJsonObject{
                {kLogin, s.login},
                {kName, s.printedName},
                {kRoles, QJsonArray::fromStringList(s.roles)},
                {QStringLiteral("active"), s.active},
                {QStringLiteral("locked"), locked},
                {QStringLiteral("locked_until"),
                 locked ? QJsonValue(UtcTime::text(s.lockedUntil)) : QJsonValue()},
            });
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    if (signers.isEmpty()) {
        context.console().outLine(
            tr("No signers. `countersign-cli signer add --login L --name \"Printed Name\" "
               "--roles ROLE --password-stdin` registers one."));
        return ExitSuccess;
    }
    TablePrinter table({{tr("Login")}, {tr("Name")}, {tr("Roles")}, {tr("Active")}, {tr("Locked")}});
    for (const Signer& s : signers) {
        const QString locked =
            isLocked(s, now) ? tr("until %1").arg(UtcTime::local(s.lockedUntil, UtcTime::Precision::Minutes))
                             : tr("no");
        table.addRow({s.login, s.printedName, s.roles.join(QStringLiteral(", ")),
                      s.active ? tr("yes") : tr("no"), locked});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

int SignerCommands::deactivateSigner(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QLatin1Char('.') + QLatin1Char(' ') +
                            tr("`countersign-cli signer list` shows the signers."));
    if (!signer->active) {
        context.console().outLine(
            tr("%1 (%2) is already deactivated; nothing changed.").arg(signer->login, signer->printedName));
        return ExitSuccess;
    }
    const Status changed = context.store().setSignerActive(signer->login, false, context.actor());
    if (!changed)
        return context.fail(tr("cannot deactivate %1: %2").arg(signer->login, changed.error()));
    context.console().outLine(tr("Deactivated %1 (%2): they can no longer sign. Their signatures stay valid.")
                                  .arg(signer->login, signer->printedName));
    return ExitSuccess;
}

int SignerCommands::changePassword(CommandContext& context) {
    const QString login = context.argument(0).trimmed();
    PasswordInput input;
    Result<SecretBytes> current =
        input.read(tr("Current password for %1: ").arg(login), tr("the current password"));
    if (!current)
        return context.fail(current.error());
    Result<SecretBytes> fresh = input.readNew(tr("New password for %1: ").arg(login),
                                              tr("the new password (the second line of standard input)"));
    if (!fresh)
        return context.fail(fresh.error());

    SignOffService service(context.store());
    const Status changed = service.changePassword(login, current.value(), fresh.value());
    if (!changed)
        return context.fail(tr("cannot change the password of %1: %2").arg(login, changed.error()));
    context.console().outLine(tr("Changed the signing password of %1.").arg(login));
    return ExitSuccess;
}
