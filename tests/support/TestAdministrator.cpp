#include "TestAdministrator.h"

#include <QTest>

namespace TestAdministrator {

void ensure(ChecklistStore& store) {
    Registry registry(store);
    const Result<bool> exists = registry.exists();
    if (!exists)
        qFatal("the test database's registry cannot be read: %s", qPrintable(exists.error()));
    if (exists.value())
        return;
    const auto made = registry.initRoot(kLogin, kName, SecretBytes::fromText(kPassword), kLogin);
    if (!made)
        qFatal("the test database's administrator cannot be set up: %s", qPrintable(made.error()));
}

Registry::Credentials credentials() {
    return {kLogin, SecretBytes::fromText(kPassword)};
}

Result<qint64> registerSigner(SignOffService& service, ChecklistStore& store, const QString& login,
                              const QString& printedName, const QStringList& roles,
                              const SecretBytes& password, const QString& actor) {
    ensure(store);
    Registry::Credentials admin = credentials();
    return service.registerSigner(login, printedName, roles, password, actor, &admin);
}

Status setActiveAsAdministrator(ChecklistStore& store, const QString& login, bool active) {
    ensure(store);
    Registry::Credentials admin = credentials();
    return Registry(store).setSignerActive(admin, login, active, kLogin);
}

} // namespace TestAdministrator
