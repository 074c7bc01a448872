#include "ui/ServerLink.h"

#include "core/ChecklistStore.h"
#include "ui/base/UiLogging.h"

#include <QTimer>

namespace {
// How long "connected again" stays in the status bar.
constexpr int kConnectedMessageMs = 8000;
} // namespace

ServerLink::ServerLink(ChecklistStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_heartbeat(new QTimer(this))
    , m_retry(new QTimer(this)) {
    m_heartbeat->setInterval(kHeartbeat);
    m_retry->setInterval(kRetry);
    connect(m_heartbeat, &QTimer::timeout, this, &ServerLink::heartbeat);
    connect(m_retry, &QTimer::timeout, this, &ServerLink::tryAgain);
    // A write that lost its connection may have made it again by itself.
    connect(m_store, &ChecklistStore::reconnected, this, &ServerLink::onReconnected);
    m_heartbeat->start();
}

bool ServerLink::onServer() const {
    // Not isOpen(): the driver calls a connection that died closed.
    return ChecklistStore::isServerLocation(m_store->location());
}

bool ServerLink::checkNow() {
    if (!m_reconnecting && onServer() && m_store->connectionLost())
        startReconnecting();
    return m_reconnecting;
}

void ServerLink::heartbeat() {
    checkNow();
}

void ServerLink::startReconnecting() {
    qCInfo(lcUi) << "the connection to" << m_store->location() << "was lost; reconnecting";
    m_reconnecting = true;
    m_attempts = 0;
    m_heartbeat->stop();
    Q_EMIT statusMessage(tr("Reconnecting to the server…"), 0);
    Q_EMIT reconnectingChanged(true);
    m_retry->start();
}

void ServerLink::tryAgain() {
    // Another database was opened meanwhile (File ▸ Open): nothing to reconnect.
    if (!ChecklistStore::isServerLocation(m_store->location())) {
        m_retry->stop();
        m_reconnecting = false;
        m_heartbeat->start();
        Q_EMIT reconnectingChanged(false);
        return;
    }
    ++m_attempts;
    const Status connected = m_store->reconnect();
    if (!connected) {
        qCInfo(lcUi) << "reconnect attempt" << m_attempts << "failed:" << connected.error();
        Q_EMIT statusMessage(
            tr("Reconnecting to the server… (attempt %1: the server does not answer yet)").arg(m_attempts),
            0);
        return;
    }
    // onReconnected follows through the store's signal.
}

void ServerLink::onReconnected() {
    const bool wasReconnecting = m_reconnecting;
    m_retry->stop();
    m_reconnecting = false;
    m_heartbeat->start();
    Q_EMIT statusMessage(tr("Connected to the server again; the records were reloaded."),
                         kConnectedMessageMs);
    if (wasReconnecting)
        Q_EMIT reconnectingChanged(false);
}
