#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// A team server's address, postgresql://… as libpq documents it: query
// parameters, Unix-socket hosts (postgresql:///db?host=/run/postgresql), a
// service of pg_service.conf, several hosts. libpq itself parses it
// (PQconninfoParse); this class keeps the keywords Countersign allows, adds
// its defaults (a connect timeout; TLS that checks the server's certificate
// for a host off this machine) and words what libpq refuses.
//
// Why not QUrl: a URI with several hosts (postgresql://a:5432,b:5433/db) is no
// URL to QUrl, and libpq's reading is the one the connection gets.
class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    using Keyword = std::pair<QString, QString>;

    // postgresql://… or postgres://… (only the scheme is looked at).
    static bool isServerAddress(const QString& location);
    // The address read by libpq, or why it cannot be used (an unknown or
    // refused parameter is named).
    static Result<ServerAddress> parse(const QString& location);

    // The address as the user may read it and settings may keep it: the
    // password, in the user part or as ?password=, removed. The rest as written.
    static QString withoutPassword(const QString& location);

    // Every keyword the connection gets, defaults applied, in libpq's order;
    // never the password.
    const QList<Keyword>& keywords() const { return m_keywords; }
    // A keyword's value; "" when neither the address nor a default gives it.
    QString value(const QString& keyword) const;
    // The password written into the address, if any (never shown or stored).
    const QString& password() const { return m_password; }
    // The keywords for Qt's PostgreSQL driver's connect options, libpq-quoted:
    // all but host, dbname and user (given through the driver's setters) and
    // the password.
    QString connectOptions() const;
    // Waits at most this long for the server (a reconnection during an
    // outage must not hang for the address's own timeout).
    void limitConnectTimeout(int seconds);

    // The hosts the address names (host, else hostaddr, else PGHOST), one a
    // list entry; empty when the address names none (libpq's socket, or a service's).
    QStringList hosts() const;
    // True when every host is this machine: localhost, 127.0.0.0/8, ::1 or a
    // Unix-socket directory; also when the address names no host and no service.
    bool isLocal() const;
    // True when the address names no host and takes its server from a service.
    bool hostFromService() const;

    // The user's words for a connection that libpq refused over TLS (the
    // server's certificate not trusted, not naming the host, no TLS offered,
    // no root file); "" when the failure was something else.
    QString explainTlsFailure(const QString& libpqMessage) const;

    static constexpr int kDefaultConnectTimeoutSeconds = 10;
    // libpq 15 has no sslrootcert=system: the system's roots, as Debian keeps them.
    static QString systemRootCertificates();

    // Keywords Countersign hands to libpq; every other one is refused.
    static const QStringList& allowedKeywords();

private:
    void applyDefaults();
    void set(const QString& keyword, const QString& value);
    // The root file libpq checks the certificate against (for the messages).
    QString rootCertificateInUse() const;

    QList<Keyword> m_keywords;
    QString m_password;
};
