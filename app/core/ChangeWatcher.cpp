#include "core/ChangeWatcher.h"

#include <QSqlDriver>
#include <QTimer>

namespace {
// Short enough that a burst of a colleague's edits shows as one reload, well
// inside the one second the views promise.
constexpr std::chrono::milliseconds kCoalesce{100};
} // namespace

ChangeWatcher::ChangeWatcher(Probe probe, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_probe(std::move(probe))
    , m_pollTimer(new QTimer(this)) {
    m_pollTimer->setInterval(interval);
    connect(m_pollTimer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::ChangeWatcher(QSqlDriver* driver, const QString& channel, QObject* parent)
    : QObject(parent)
    , m_driver(driver)
    , m_channel(channel)
    , m_coalesce(new QTimer(this)) {
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesce);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changed);
}

ChangeWatcher::~ChangeWatcher() {
    // A connection that died (the server restarted) has nothing to unsubscribe.
    if (m_driver && m_driver->isOpen() && m_driver->subscribedToNotifications().contains(m_channel))
        m_driver->unsubscribeFromNotification(m_channel);
}

bool ChangeWatcher::start() {
    if (m_pollTimer) {
        m_lastSeen = m_probe();
        m_pollTimer->start();
        return m_lastSeen.has_value();
    }
    if (!m_driver || !m_driver->subscribeToNotification(m_channel))
        return false;
    connect(m_driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                onNotification(name, int(source));
            });
    return true;
}

void ChangeWatcher::poll() {
    const std::optional<qint64> now = m_probe();
    if (!now) // busy or closed for a moment: look again at the next tick
        return;
    const bool moved = m_lastSeen && *now != *m_lastSeen;
    m_lastSeen = now;
    if (moved)
        Q_EMIT changed();
}

void ChangeWatcher::onNotification(const QString& name, int source) {
    // Every write transaction notifies, this connection's too: only the others mean a reload.
    if (name != m_channel || source == int(QSqlDriver::SelfSource))
        return;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}
