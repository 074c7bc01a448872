#include "cli/AdminCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/PasswordInput.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kLogin = QStringLiteral("login");
const QString kName = QStringLiteral("name");
const QString kTwoPerson = QStringLiteral("two-person");
} // namespace

QCommandLineOption AdminCommands::adminOption() {
    return QCommandLineOption(
        admin,
        tr("An administrator's login: they certify the change with their password, read "
           "as the first line of standard input."),
        tr("LOGIN"));
}

Result<std::optional<Registry::Credentials>> AdminCommands::credentials(CommandContext& context,
                                                                        PasswordInput& input) {
    if (!context.isSet(admin))
        return std::optional<Registry::Credentials>();
    const QString login = context.value(admin).trimmed();
    if (login.isEmpty())
        return Error(tr("--admin is empty: give an administrator's login (admin list shows them)."));
    if (!context.isSet(CommonOptions::passwordStdinName))
        return Error(tr("--admin needs --password-stdin: the administrator's password is read from standard "
                        "input"));
    Result<SecretBytes> password =
        input.read(tr("Administrator password for %1: ").arg(login), tr("the administrator's password"));
    if (!password)
        return password.failure();
    return std::optional<Registry::Credentials>(Registry::Credentials{login, std::move(password).value()});
}

QList<Command> AdminCommands::commands() {
    Command init;
    init.name = QStringLiteral("admin init");
    init.synopsis = QStringLiteral(
        "admin init --login L --name \"Printed Name\" --password-stdin [--two-person] [--by NAME]");
    init.summary = tr("Create the signer registry and its first administrator (the root)");
    init.description = tr(
        "Only administrators add, deactivate, reactivate and unlock signers, each change a statement signed "
        "with the administrator's key, which is sealed under their password. The password is read as one "
        "line from standard input and is checked as a signer's is. Prints the root fingerprint: write it "
        "down and give it to verify --root. On a database that already has signers, every signer is "
        "certified as they are and every existing signature is listed as made before the registry. Then "
        "prints the recovery key, once: with it, admin recover gives an administrator who lost their "
        "password a new one. With --two-person, the database keeps the two-person rule for good: every "
        "certificate of a signer (new, reactivated or with new roles) is in force only once a second "
        "administrator approves it with signer approve.");
    init.options = {
        QCommandLineOption(kLogin, tr("The administrator's login."), tr("L")),
        QCommandLineOption(kName, tr("The administrator's printed name."), tr("NAME")),
        QCommandLineOption(kTwoPerson, tr("Two administrators must approve each signer's certificate (the "
                                          "two-person rule; it cannot be changed later).")),
        CommonOptions::passwordStdin(),
        CommonOptions::actor(),
        CommonOptions::jsonFlag(),
    };
    init.requiredOptions = {kLogin, kName, CommonOptions::passwordStdinName};
    init.database = Command::Database::Write;
    init.run = &AdminCommands::init;

    Command add;
    add.name = QStringLiteral("admin add");
    add.synopsis = QStringLiteral(
        "admin add --login L --name \"Printed Name\" --admin LOGIN --password-stdin [--by NAME]");
    add.summary = tr("Add an administrator, certified by an existing one");
    add.description = tr("Standard input holds two lines: the certifying administrator's password, then the "
                         "new administrator's password.");
    add.options = {
        QCommandLineOption(kLogin, tr("The new administrator's login."), tr("L")),
        QCommandLineOption(kName, tr("The new administrator's printed name."), tr("NAME")),
        adminOption(),
        CommonOptions::passwordStdin(),
        CommonOptions::actor(),
    };
    add.requiredOptions = {kLogin, kName, admin, CommonOptions::passwordStdinName};
    add.database = Command::Database::Read;
    add.run = &AdminCommands::add;

    Command list;
    list.name = QStringLiteral("admin list");
    list.synopsis = QStringLiteral("admin list [--json]");
    list.summary =
        tr("List the administrators, the signer registry's root fingerprint and its two-person rule");
    list.options = {CommonOptions::jsonFlag()};
    list.database = Command::Database::Read;
    list.run = &AdminCommands::list;

    Command recover;
    recover.name = QStringLiteral("admin recover");
    recover.synopsis = QStringLiteral("admin recover LOGIN --password-stdin [--by NAME]");
    recover.summary = tr("Give an administrator who lost their password a new one, with the recovery key");
    recover.description =
        tr("Standard input holds two lines: the recovery key admin init printed (any case; dashes and spaces "
           "do not matter), then the administrator's new password, checked as a signer's is. The "
           "administrator gets a new key, sealed under the new password, by a statement the recovery key "
           "signs; their old password no longer works, and their failed sign-ins and lock are cleared.");
    recover.options = {CommonOptions::passwordStdin(), CommonOptions::actor()};
    recover.requiredOptions = {CommonOptions::passwordStdinName};
    recover.minArguments = 1;
    recover.maxArguments = 1;
    recover.database = Command::Database::Read;
    recover.run = &AdminCommands::recover;

    Command recoveryKey;
    recoveryKey.name = QStringLiteral("admin recovery-key");
    recoveryKey.synopsis =
        QStringLiteral("admin recovery-key --admin LOGIN --password-stdin [--by NAME] [--json]");
    recoveryKey.summary = tr("Issue a new recovery key (the old one, if any, stops working)");
    recoveryKey.description =
        tr("For a lost recovery key sheet, or a signer registry made before recovery keys. The administrator "
           "certifies the new recovery key with their password, read as the first line of standard input; "
           "the recovery key before it is revoked in the same step. Prints the new key, once.");
    recoveryKey.options = {adminOption(), CommonOptions::passwordStdin(), CommonOptions::actor(),
                           CommonOptions::jsonFlag()};
    recoveryKey.requiredOptions = {admin, CommonOptions::passwordStdinName};
    recoveryKey.database = Command::Database::Read;
    recoveryKey.run = &AdminCommands::recoveryKey;
    return {init, add, list, recover, recoveryKey};
}

void AdminCommands::printRecoveryKey(CommandContext& context, const SecretBytes& code) {
    context.console().outLine(tr("Recovery key: %1").arg(QString::fromLatin1(code.chars(), code.size())));
    context.console().outLine(
        tr("Write it down and keep it apart from the database and the computer: it resets an "
           "administrator's password if it is lost. It is not shown again."));
}

int AdminCommands::init(CommandContext& context) {
    const QString login = context.value(kLogin).trimmed();
    const QString name = context.value(kName).trimmed();
    if (login.isEmpty() || name.isEmpty())
        return context.fail(tr("--login and --name must not be empty."));
    PasswordInput input;
    Result<SecretBytes> password =
        input.readNew(tr("Administrator password for %1: ").arg(login), tr("the password"));
    if (!password)
        return context.fail(password.error());
    const bool twoPerson = context.isSet(kTwoPerson);
    Registry registry(context.store());
    const Result<Registry::Root> root =
        registry.initRoot(login, name, password.value(), context.actor(), twoPerson ? 2 : 1);
    if (!root)
        return context.fail(tr("cannot create the signer registry: %1").arg(root.error()));
    const QString fingerprint = root->fingerprint;
    const SecretBytes& code = root->recoveryCode;
    const Result<QList<Registry::Entry>> entries = registry.entries();
    qsizetype certified = 0;
    for (const Registry::Entry& e : entries.value_or(QList<Registry::Entry>())) {
        if (e.statement.action == u"certify" && e.statement.subjectKind == u"signer")
            ++certified;
    }
    const qsizetype legacy =
        entries && entries->first().statement.legacy ? entries->first().statement.legacy->size() : 0;
    if (context.isSet(CommonOptions::json)) {
        context.console().outBytes(
            QJsonDocument(
                QJsonObject{{QStringLiteral("root"), fingerprint},
                            {QStringLiteral("recovery_key"), QString::fromLatin1(code.chars(), code.size())},
                            {QStringLiteral("administrator"), login},
                            {QStringLiteral("certified_signers"), certified},
                            {QStringLiteral("legacy_signatures"), legacy},
                            {QStringLiteral("approvals_required"), twoPerson ? 2 : 1}})
                .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    context.console().outLine(
        tr("Created the signer registry with the administrator %1 (%2).").arg(login, name));
    if (certified > 0 || legacy > 0)
        context.console().outLine(
            tr("Certified %1 existing signer(s); listed %2 existing signature(s) as made "
               "before the registry.")
                .arg(certified)
                .arg(legacy));
    if (twoPerson)
        context.console().outLine(
            tr("Two-person rule: a signer may sign once a second administrator approves their certificate "
               "(signer approve). Add that administrator with admin add."));
    context.console().outLine(tr("Root fingerprint: %1").arg(fingerprint));
    context.console().outLine(
        tr("Keep it: `countersign-cli verify --root \"%1\"` checks it.").arg(fingerprint));
    printRecoveryKey(context, code);
    return ExitSuccess;
}

int AdminCommands::add(CommandContext& context) {
    const QString login = context.value(kLogin).trimmed();
    const QString name = context.value(kName).trimmed();
    PasswordInput input;
    Result<std::optional<Registry::Credentials>> read = credentials(context, input);
    if (!read)
        return context.fail(read.error());
    std::optional<Registry::Credentials> admin = std::move(read).value();
    Result<SecretBytes> password = input.readNew(tr("Administrator password for %1: ").arg(login),
                                                 tr("the new administrator's password (the second line)"));
    if (!password)
        return context.fail(password.error());
    Registry registry(context.store());
    const Status added = registry.addAdministrator(*admin, login, name, password.value(), context.actor());
    if (!added)
        return context.fail(tr("cannot add the administrator %1: %2").arg(login, added.error()));
    context.console().outLine(tr("Added the administrator %1 (%2).").arg(login, name));
    return ExitSuccess;
}

int AdminCommands::list(CommandContext& context) {
    const Result<QList<Signer>> admins = context.store().administrators();
    if (!admins)
        return context.fail(admins.error());
    const Result<QString> root = Registry(context.store()).rootFingerprint();
    if (!root)
        return context.fail(root.error());
    const Result<int> approvals = Registry(context.store()).approvalsRequired();
    if (!approvals)
        return context.fail(approvals.error());
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const Signer& a : admins.value())
            array.append(QJsonObject{{kLogin, a.login},
                                     {kName, a.printedName},
                                     {QStringLiteral("active"), a.active},
                                     {QStringLiteral("added_at"), UtcTime::text(a.createdAt)}});
        context.console().outBytes(
            QJsonDocument(QJsonObject{{QStringLiteral("root"), root.value()},
                                      {QStringLiteral("approvals_required"), approvals.value()},
                                      {QStringLiteral("administrators"), array}})
                .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (root->isEmpty()) {
        context.console().outLine(tr("No signer registry yet. `countersign-cli admin init --login L --name "
                                     "\"Printed Name\" --password-stdin` creates it."));
        return ExitSuccess;
    }
    context.console().outLine(tr("Root fingerprint: %1").arg(root.value()));
    context.console().outLine(approvals.value() >= 2
                                  ? tr("Two-person rule: on (a second administrator approves each signer's "
                                       "certificate)")
                                  : tr("Two-person rule: off"));
    TablePrinter table({{tr("Login")}, {tr("Name")}, {tr("Active")}, {tr("Added")}});
    for (const Signer& a : admins.value())
        table.addRow({a.login, a.printedName, a.active ? tr("yes") : tr("no"), UtcTime::local(a.createdAt)});
    context.console().out(table.toString());
    return ExitSuccess;
}

int AdminCommands::recover(CommandContext& context) {
    const QString login = context.argument(0).trimmed();
    PasswordInput input;
    Result<SecretBytes> code = input.read(tr("Recovery key: "), tr("the recovery key (the first line)"));
    if (!code)
        return context.fail(code.error());
    Result<SecretBytes> password =
        input.readNew(tr("New password for %1: ").arg(login), tr("the new password (the second line)"));
    if (!password)
        return context.fail(password.error());
    const Status recovered =
        Registry(context.store())
            .recoverAdministrator(code.value(), login, password.value(), context.actor());
    if (!recovered)
        return context.fail(tr("cannot recover the administrator %1: %2").arg(login, recovered.error()));
    context.console().outLine(
        tr("The administrator %1 has a new password and a new key; the old password no longer works.")
            .arg(login));
    return ExitSuccess;
}

int AdminCommands::recoveryKey(CommandContext& context) {
    PasswordInput input;
    Result<std::optional<Registry::Credentials>> read = credentials(context, input);
    if (!read)
        return context.fail(read.error());
    std::optional<Registry::Credentials> admin = std::move(read).value();
    Registry registry(context.store());
    const Result<bool> had = registry.hasRecoveryKey();
    if (!had)
        return context.fail(had.error());
    const Result<SecretBytes> code = registry.issueRecoveryKey(*admin, context.actor());
    if (!code)
        return context.fail(tr("cannot issue a recovery key: %1").arg(code.error()));
    if (context.isSet(CommonOptions::json)) {
        context.console().outBytes(
            QJsonDocument(QJsonObject{{QStringLiteral("recovery_key"),
                                       QString::fromLatin1(code->chars(), code->size())},
                                      {QStringLiteral("replaced"), had.value()}})
                .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (had.value())
        context.console().outLine(tr("The recovery key before this one no longer works."));
    printRecoveryKey(context, code.value());
    return ExitSuccess;
}
