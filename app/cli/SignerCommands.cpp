#include "cli/SignerCommands.h"

#include "cli/AdminCommands.h"
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

enum class Change { Deactivate, Reactivate, Unlock, Roles };

// A change an administrator certifies; on a database from before the registry, a deactivation or roles as
// before.
Status changeWithAdmin(CommandContext& context, const QString& login, Change change,
                       const QStringList& roles = {}) {
    Registry registry(context.store());
    const Result<bool> exists = registry.exists();
    if (!exists)
        return exists.failure();
    PasswordInput input;
    Result<std::optional<Registry::Credentials>> read = AdminCommands::credentials(context, input);
    if (!read)
        return read.failure();
    std::optional<Registry::Credentials> admin = std::move(read).value();
    if (!admin) {
        if (exists.value() || (change != Change::Deactivate && change != Change::Roles))
            return Error(SignerCommands::tr("only an administrator can change signers: pass --admin LOGIN "
                                            "--password-stdin"));
        if (change == Change::Roles)
            return context.store().setSignerRoles(login, roles, context.actor());
        return context.store().setSignerActive(login, false, context.actor());
    }
    if (change == Change::Roles)
        return registry.setSignerRoles(*admin, login, roles, context.actor());
    if (change == Change::Unlock)
        return registry.unlockSigner(*admin, login, context.actor());
    return registry.setSignerActive(*admin, login, change == Change::Reactivate, context.actor());
}

bool isLocked(const Signer& signer, const QDateTime& now) {
    return signer.lockedUntil.isValid() && signer.lockedUntil > now;
}

// Under the two-person rule, what a certificate just issued still needs.
void tellIfAwaitingApproval(CommandContext& context, const QString& login) {
    if (Registry(context.store()).awaitsApproval(login).value_or(false))
        context.console().outLine(
            SignerCommands::tr(
                "%1 awaits a second administrator's approval (two-person rule) before they can "
                "sign: countersign-cli signer approve %1 --admin LOGIN --password-stdin")
                .arg(login));
}
} // namespace

QList<Command> SignerCommands::commands() {
    Command add;
    add.name = QStringLiteral("signer add");
    add.synopsis = QStringLiteral("signer add --login L --name \"Printed Name\" --roles \"ROLE[,ROLE...]\" "
                                  "--admin LOGIN --password-stdin [--by NAME]");
    add.summary = tr("Register a signer with a login, printed name, roles and signing password");
    add.description = tr(
        "The password is read as one line from standard input (never from the command line). It needs at "
        "least %n characters and must not be based on a dictionary word or contain the login or a word of "
        "the printed name; a refusal says why. The printed name appears on every signature; no two active "
        "signers may share one, nor any two signers a login (compared regardless of case, spacing and "
        "Unicode form). Roles are the sign-off table's role names, separated by commas. A signing key pair "
        "is made for the signer. An administrator (--admin) certifies the signer: standard input then holds "
        "the administrator's password on its first line and the signer's on the second. A database without "
        "a signer registry gets one first (admin init).",
        nullptr, PasswordInput::kMinLength);
    add.options = {
        QCommandLineOption(kLogin, tr("The signer's login, used to sign."), tr("L")),
        QCommandLineOption(kName, tr("The printed name shown with every signature."), tr("NAME")),
        QCommandLineOption(kRoles, tr("The roles the signer may sign, separated by commas."), tr("ROLES")),
        AdminCommands::adminOption(),
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
    deactivate.synopsis =
        QStringLiteral("signer deactivate LOGIN --admin LOGIN --password-stdin [--by NAME]");
    deactivate.summary = tr("Stop a signer from signing; their signatures stay valid");
    deactivate.description = tr("Signers are never deleted, so that every signature keeps its signer; signer "
                                "reactivate brings one back. An administrator revokes the signer's "
                                "certificate (--admin, their password on standard input).");
    deactivate.options = {AdminCommands::adminOption(), CommonOptions::passwordStdin(),
                          CommonOptions::actor()};
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

    Command reactivate = deactivate;
    reactivate.name = QStringLiteral("signer reactivate");
    reactivate.synopsis =
        QStringLiteral("signer reactivate LOGIN --admin LOGIN --password-stdin [--by NAME]");
    reactivate.summary = tr("Let a deactivated signer sign again, certified anew by an administrator");
    reactivate.description = tr("The administrator's password is read from standard input.");
    reactivate.requiredOptions = {AdminCommands::admin, CommonOptions::passwordStdinName};
    reactivate.run = &SignerCommands::reactivateSigner;

    Command unlock = reactivate;
    unlock.name = QStringLiteral("signer unlock");
    unlock.synopsis = QStringLiteral("signer unlock LOGIN --admin LOGIN --password-stdin [--by NAME]");
    unlock.summary = tr("Lift a signer's lock after wrong passwords, as an administrator");
    unlock.run = &SignerCommands::unlockSigner;

    Command roles = deactivate;
    roles.name = QStringLiteral("signer roles");
    roles.synopsis = QStringLiteral(
        "signer roles LOGIN --roles \"ROLE[,ROLE...]\" --admin LOGIN --password-stdin [--by NAME]");
    roles.summary = tr("Set the roles a signer may sign, certified by an administrator");
    roles.description = tr("The roles replace the signer's roles; signatures already made keep the role they "
                           "were made under. The administrator's password is read from standard input.");
    roles.options = {
        QCommandLineOption(kRoles, tr("The roles the signer may sign, separated by commas."), tr("ROLES")),
        AdminCommands::adminOption(), CommonOptions::passwordStdin(), CommonOptions::actor()};
    roles.requiredOptions = {kRoles};
    roles.run = &SignerCommands::setRoles;

    Command show;
    show.name = QStringLiteral("signer show");
    show.synopsis = QStringLiteral("signer show LOGIN [--json]");
    show.summary = tr("Show a signer and their certificate history in the signer registry");
    show.options = {CommonOptions::jsonFlag()};
    show.minArguments = 1;
    show.maxArguments = 1;
    show.database = Command::Database::Read;
    show.run = &SignerCommands::showSigner;

    Command approve = reactivate;
    approve.name = QStringLiteral("signer approve");
    approve.synopsis = QStringLiteral("signer approve LOGIN --admin LOGIN --password-stdin [--by NAME]");
    approve.summary = tr("Approve a signer's certificate as the second administrator (two-person rule)");
    approve.description =
        tr("On a database set up with admin init --two-person, a signer's certificate (new, reactivated or "
           "with new roles) is in force only once a second administrator approves it: not the one who "
           "issued it, nor the signer. The administrator's password is read from standard input.");
    approve.run = &SignerCommands::approveSigner;

    return {add, list, show, roles, deactivate, reactivate, unlock, approve, passwd};
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

    SignOffService service(context.store());
    const Result<bool> adminRequired = service.administratorRequired();
    if (!adminRequired)
        return context.fail(adminRequired.error());
    if (adminRequired.value() && !context.isSet(AdminCommands::admin)) {
        const Result<bool> hasRegistry = Registry(context.store()).exists();
        return context.fail(
            hasRegistry && hasRegistry.value()
                ? tr("only an administrator can add signers: pass --admin LOGIN")
                : tr("only an administrator can add signers: pass --admin LOGIN. This database has no "
                     "administrator yet: `countersign-cli admin init --login L --name \"Printed Name\" "
                     "--password-stdin` creates the first one."));
    }
    PasswordInput input;
    Result<std::optional<Registry::Credentials>> read = AdminCommands::credentials(context, input);
    if (!read)
        return context.fail(read.error());
    std::optional<Registry::Credentials> admin = std::move(read).value();
    Result<SecretBytes> password =
        input.readNew(tr("Signing password for %1: ").arg(login),
                      admin ? tr("the signer's password (the second line)") : tr("the password"));
    if (!password)
        return context.fail(password.error());

    Result<qint64> added = service.registerSigner(login, name, roles, password.value(), context.actor(),
                                                  admin ? &*admin : nullptr);
    if (!added)
        return context.fail(tr("cannot register %1: %2").arg(login, added.error()));
    context.console().outLine(
        tr("Registered signer %1 (%2) for %3").arg(login, name, roles.join(QStringLiteral(", "))));
    tellIfAwaitingApproval(context, login);
    return ExitSuccess;
}

int SignerCommands::listSigners(CommandContext& context) {
    const Result<QList<Signer>> read = context.store().signers();
    if (!read)
        return context.fail(read.error());
    const QList<Signer>& signers = read.value();
    const QDateTime now = context.store().now();
    // The registry's chain read once for the whole list, not once a signer.
    const QSet<QString> awaitingLogins =
        Registry(context.store()).awaitingApproval().value_or(QSet<QString>());
    const auto awaiting = [&](const Signer& s) {
        return s.active && awaitingLogins.contains(s.login);
    };
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
                {QStringLiteral("awaiting_approval"), awaiting(s)},
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
                      s.active ? (awaiting(s) ? tr("yes, awaiting approval") : tr("yes")) : tr("no"),
                      locked});
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
    const Status changed = changeWithAdmin(context, signer->login, Change::Deactivate);
    if (!changed)
        return context.fail(tr("cannot deactivate %1: %2").arg(signer->login, changed.error()));
    context.console().outLine(tr("Deactivated %1 (%2): they can no longer sign. Their signatures stay valid.")
                                  .arg(signer->login, signer->printedName));
    return ExitSuccess;
}

int SignerCommands::setRoles(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QLatin1Char('.') + QLatin1Char(' ') +
                            tr("`countersign-cli signer list` shows the signers."));
    const QStringList roles = splitRoles(context.value(kRoles));
    if (roles.isEmpty())
        return context.fail(
            tr("--roles is empty: give at least one role, or deactivate %1 instead.").arg(signer->login));
    const Status changed = changeWithAdmin(context, signer->login, Change::Roles, roles);
    if (!changed)
        return context.fail(tr("cannot change the roles of %1: %2").arg(signer->login, changed.error()));
    context.console().outLine(tr("%1 (%2) may now sign as: %3")
                                  .arg(signer->login, signer->printedName, roles.join(QStringLiteral(", "))));
    tellIfAwaitingApproval(context, signer->login);
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

int SignerCommands::reactivateSigner(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QStringLiteral(". ") +
                            tr("`countersign-cli signer list` shows the signers."));
    if (signer->active) {
        context.console().outLine(
            tr("%1 (%2) is active already; nothing changed.").arg(signer->login, signer->printedName));
        return ExitSuccess;
    }
    const Status changed = changeWithAdmin(context, signer->login, Change::Reactivate);
    if (!changed)
        return context.fail(tr("cannot reactivate %1: %2").arg(signer->login, changed.error()));
    context.console().outLine(
        tr("Reactivated %1 (%2): they may sign again.").arg(signer->login, signer->printedName));
    tellIfAwaitingApproval(context, signer->login);
    return ExitSuccess;
}

int SignerCommands::approveSigner(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QStringLiteral(". ") +
                            tr("`countersign-cli signer list` shows the signers."));
    PasswordInput input;
    Result<std::optional<Registry::Credentials>> read = AdminCommands::credentials(context, input);
    if (!read)
        return context.fail(read.error());
    std::optional<Registry::Credentials> admin = std::move(read).value();
    const Status approved = Registry(context.store()).approveSigner(*admin, signer->login, context.actor());
    if (!approved)
        return context.fail(tr("cannot approve %1: %2").arg(signer->login, approved.error()));
    context.console().outLine(tr("Approved %1 (%2): the two-person rule is met and they may sign.")
                                  .arg(signer->login, signer->printedName));
    return ExitSuccess;
}

int SignerCommands::unlockSigner(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QStringLiteral(". ") +
                            tr("`countersign-cli signer list` shows the signers."));
    const Status changed = changeWithAdmin(context, signer->login, Change::Unlock);
    if (!changed)
        return context.fail(tr("cannot unlock %1: %2").arg(signer->login, changed.error()));
    context.console().outLine(tr("Unlocked %1 (%2).").arg(signer->login, signer->printedName));
    return ExitSuccess;
}

int SignerCommands::showSigner(CommandContext& context) {
    Result<Signer> signer = context.store().signer(context.argument(0));
    if (!signer)
        return context.fail(signer.error() + QStringLiteral(". ") +
                            tr("`countersign-cli signer list` shows the signers."));
    const Result<QList<Registry::Entry>> entries = Registry(context.store()).entries();
    if (!entries)
        return context.fail(entries.error());
    QList<const Registry::Entry*> history;
    for (const Registry::Entry& e : entries.value()) {
        if (e.statement.subjectKind == u"signer" && e.statement.subjectLogin == signer->login)
            history << &e;
    }
    const QString key = QString::fromLatin1(signer->publicKey.toBase64());
    const bool awaiting =
        signer->active && Registry(context.store()).awaitsApproval(signer->login).value_or(false);
    if (context.isSet(CommonOptions::json)) {
        QJsonArray certificates;
        for (const Registry::Entry* e : std::as_const(history))
            certificates.append(QJsonObject{
                {QStringLiteral("seq"), e->statement.seq},
                {QStringLiteral("action"), e->statement.action},
                {QStringLiteral("issued_at"), UtcTime::text(e->statement.issuedAt)},
                {QStringLiteral("issuer"), e->statement.issuerLogin},
                {kName, e->statement.subjectName},
                {kRoles, QJsonArray::fromStringList(e->statement.subjectRoles)},
                {QStringLiteral("public_key"), QString::fromLatin1(e->statement.subjectKey.toBase64())},
                {QStringLiteral("sha256"), e->hash}});
        const QJsonObject out{{kLogin, signer->login},
                              {kName, signer->printedName},
                              {kRoles, QJsonArray::fromStringList(signer->roles)},
                              {QStringLiteral("active"), signer->active},
                              {QStringLiteral("awaiting_approval"), awaiting},
                              {QStringLiteral("public_key"), key},
                              {QStringLiteral("certificates"), certificates}};
        context.console().outBytes(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    context.console().outLine(tr("%1 (%2), roles %3, %4")
                                  .arg(signer->login, signer->printedName,
                                       signer->roles.join(QStringLiteral(", ")),
                                       signer->active ? tr("active") : tr("deactivated")));
    context.console().outLine(tr("Public key: %1").arg(key));
    if (awaiting)
        context.console().outLine(tr("Certificate awaiting approval: a second administrator approves it with "
                                     "countersign-cli signer approve %1 --admin LOGIN --password-stdin")
                                      .arg(signer->login));
    if (history.isEmpty()) {
        context.console().outLine(tr("No certificates: this database has no signer registry for them."));
        return ExitSuccess;
    }
    TablePrinter table({{tr("Seq")}, {tr("Action")}, {tr("Issued")}, {tr("By")}, {tr("Statement")}});
    for (const Registry::Entry* e : std::as_const(history))
        table.addRow({QString::number(e->statement.seq), e->statement.action,
                      UtcTime::local(e->statement.issuedAt), e->statement.issuerLogin, e->hash.left(16)});
    context.console().out(table.toString());
    return ExitSuccess;
}
