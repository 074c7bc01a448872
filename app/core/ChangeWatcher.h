#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QSqlDriver;
class QTimer;

// Tells the store when ANOTHER process or connection changed the database, so
// that open views reload; the store's own writes never count. It runs no SQL
// itself: on SQLite the store hands it a probe (PRAGMA data_version, which
// changes only when another connection commits); on PostgreSQL it listens to
// the driver's notifications and drops those this connection sent.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    using Probe = std::function<std::optional<qint64>()>;

    // Calls probe every interval and reports when its value moves.
    ChangeWatcher(Probe probe, std::chrono::milliseconds interval, QObject* parent = nullptr);
    // LISTENs on channel through driver (PostgreSQL). start() says whether the driver could subscribe.
    ChangeWatcher(QSqlDriver* driver, const QString& channel, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    bool start();

Q_SIGNALS:
    void changed();

private:
    void poll();
    void onNotification(const QString& name, int source);

    Probe m_probe;
    std::optional<qint64> m_lastSeen;
    QSqlDriver* m_driver = nullptr;
    QString m_channel;
    QTimer* m_pollTimer = nullptr;
    // A burst of notifications (one per write transaction) becomes one reload.
    QTimer* m_coalesce = nullptr;
};
