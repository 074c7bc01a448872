#include "ui/RegistryActions.h"

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/signing/KnownRoles.h"
#include "ui/signing/RegistryNotice.h"
#include "ui/signing/RegistrySetupDialog.h"
#include "ui/signing/SignersDialog.h"

#include <QAction>

RegistryActions::RegistryActions(ChecklistStore* store, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
    , m_signersAction(new QAction(tr("&Signers…"), this))
    , m_notice(new RegistryNotice(*store, window)) {
    m_signersAction->setObjectName(QStringLiteral("actionSigners"));
    m_signersAction->setStatusTip(tr("The signer registry: who may sign, certified by an administrator"));
    connect(m_signersAction, &QAction::triggered, this, &RegistryActions::showSigners);
    connect(m_notice, &RegistryNotice::setUpRequested, this, &RegistryActions::setUp);
}

void RegistryActions::refresh() {
    m_notice->refresh();
}

void RegistryActions::showSigners() {
    SignOffService service(*m_store);
    SignersDialog dialog(*m_store, service, KnownRoles::of(*m_store), UserSettings::actorName(), m_window);
    dialog.exec();
    m_notice->refresh();
}

void RegistryActions::setUp() {
    RegistrySetupDialog dialog(*m_store, UserSettings::actorName(), m_window);
    Prompts::exec(dialog);
    m_notice->refresh();
    if (!dialog.fingerprint().isEmpty())
        Q_EMIT statusMessage(tr("Signer registry set up, root fingerprint %1").arg(dialog.fingerprint()));
}
