#include "TestAdministrator.h"

#include "core/Crypto.h"

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

Result<qint64> addLegacySigner(ChecklistStore& store, const QString& login, const QString& printedName,
                               const QString& role, const SecretBytes& password, const QString& actor) {
    const Result<QString> hash = Crypto::hashPassword(password);
    const Crypto::KeyPair keys = Crypto::generateSigningKeys();
    const Result<QByteArray> sealed = Crypto::sealSecretKey(keys.secretKey, password);
    if (!hash)
        return hash.failure();
    if (!sealed)
        return sealed.failure();
    Signer signer;
    signer.login = login;
    signer.printedName = printedName;
    signer.roles = {role};
    signer.publicKey = keys.publicKey;
    return store.addSigner(signer, {hash.value(), sealed.value()}, actor);
}

Status setActiveAsAdministrator(ChecklistStore& store, const QString& login, bool active) {
    ensure(store);
    Registry::Credentials admin = credentials();
    return Registry(store).setSignerActive(admin, login, active, kLogin);
}

} // namespace TestAdministrator
