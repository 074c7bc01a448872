#pragma once

#include <QObject>
#include <QString>

#include <chrono>

class ChecklistStore;
class QTimer;

// The window's connection to a team's server through restarts and network
// faults (docs/ARCHITECTURE.md, "Restarts and network faults"). While a
// server database is open it asks every kHeartbeat whether the connection
// still answers (an idle connection learns of a restart only when it next
// speaks), and after a failed edit at once. A lost connection is made again
// on a timer, never in a loop that blocks the window: each attempt waits at
// most the store's short reconnect timeout. Meanwhile the status bar says
// "Reconnecting to the server…", and an edit is refused by the store with the
// reason, so nothing typed during the outage is applied later behind the
// user's back. Once connected the store listens again for other writers and
// says changedElsewhere(), so the record list and the open record reload
// what changed in between.
class ServerLink : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kHeartbeat{2000};
    static constexpr std::chrono::milliseconds kRetry{1000};

    explicit ServerLink(ChecklistStore* store, QObject* parent = nullptr);

    // Asks now whether the connection dropped (after a failed read or edit),
    // and starts reconnecting if it did. True while reconnecting.
    bool checkNow();
    bool isReconnecting() const { return m_reconnecting; }

Q_SIGNALS:
    // For the status bar: a message that stays (timeoutMs 0) while
    // reconnecting, and one for a while once connected again.
    void statusMessage(const QString& message, int timeoutMs);
    void reconnectingChanged(bool reconnecting);

private:
    bool onServer() const;
    void heartbeat();
    void startReconnecting();
    void tryAgain();
    void onReconnected();

    ChecklistStore* m_store;
    QTimer* m_heartbeat;
    QTimer* m_retry;
    bool m_reconnecting = false;
    int m_attempts = 0;
};
