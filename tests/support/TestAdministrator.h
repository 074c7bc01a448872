#pragma once

#include "core/Registry.h"
#include "core/SignOffService.h"

// The administrator of a test database's signer registry. A new database gets
// no signer without an administrator's password (the registry issue), so the
// suites that need signers set up the registry first, as a user would.
namespace TestAdministrator {

inline const QString kLogin = QStringLiteral("admin");
inline const QString kName = QStringLiteral("Ada Administrator");
inline const QString kPassword = QStringLiteral("Granite-4-harbour-Quill?");

// The built-in checklist's four roles, in the order they sign, and who holds
// each: the signers of the suites that sign a seed record (tst_tamper, tst_decline).
struct RoleHolder {
    QString login;
    QString name;
    QString role;
};
inline const QList<RoleHolder> kBuiltInRoleHolders{
    {QStringLiteral("dm"), QStringLiteral("Dana Meyer"), QStringLiteral("Deployment Manager")},
    {QStringLiteral("qa"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead")},
    {QStringLiteral("dev"), QStringLiteral("Devi Lund"), QStringLiteral("Development Lead")},
    {QStringLiteral("po"), QStringLiteral("Paula Owens"), QStringLiteral("Product Owner")},
};

// Sets up the registry with the test administrator unless the database has one; fails the test if it cannot.
void ensure(ChecklistStore& store);

// The test administrator's credentials for one change (the engine wipes the password after it).
Registry::Credentials credentials();

// A signer certified by the test administrator (the registry set up first when there is none).
Result<qint64> registerSigner(SignOffService& service, ChecklistStore& store, const QString& login,
                              const QString& printedName, const QStringList& roles,
                              const SecretBytes& password, const QString& actor);

// A signer as a version from before the signer registry added one: a row of
// the store's own, with keys sealed under password and no certificate (only
// on a database that has no registry yet).
Result<qint64> addLegacySigner(ChecklistStore& store, const QString& login, const QString& printedName,
                               const QString& role, const SecretBytes& password, const QString& actor);

// Deactivates or reactivates a signer, certified by the test administrator.
Status setActiveAsAdministrator(ChecklistStore& store, const QString& login, bool active);

} // namespace TestAdministrator
