#include "core/ServerAddress.h"

#include "core/LibPq.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace {

// The keywords Qt's PostgreSQL driver is given through its own setters, which
// quote them; every other one goes through its connect options.
const QStringList& driverFieldKeywords() {
    static const QStringList keywords{QStringLiteral("host"), QStringLiteral("dbname"),
                                      QStringLiteral("user")};
    return keywords;
}

bool isLocalHost(const QString& host) {
    // An empty entry is libpq's default socket; '/' a socket directory, '@' an abstract socket.
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@'))
        return true;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    static const QRegularExpression loopbackV4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return loopbackV4.match(host).hasMatch();
}

// libpq's conninfo quoting: single quotes, with \ and ' escaped by a backslash.
QString quoted(const QString& value) {
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QString firstLine(const QString& text) {
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

} // namespace

bool ServerAddress::isServerAddress(const QString& location) {
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

const QStringList& ServerAddress::allowedKeywords() {
    static const QStringList keywords{
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("service"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("options"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
    };
    return keywords;
}

QString ServerAddress::systemRootCertificates() {
    return QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
}

Result<ServerAddress> ServerAddress::parse(const QString& location) {
    const QString shown = withoutPassword(location);
    const auto refused = [&](const QString& why) {
        return Error(tr("%1 is not a server address Countersign can use: %2").arg(shown, why));
    };
    if (!isServerAddress(location))
        return refused(
            tr("it does not start with postgresql://. Write postgresql://user@host:port/database."));

    const Result<const LibPq::Functions*> pq = LibPq::get();
    if (!pq)
        return pq.failure();
    char* rawError = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        pq.value()->conninfoParse(location.toUtf8().constData(), &rawError), pq.value()->conninfoFree);
    if (!options) {
        // libpq names what it did not understand, an unknown parameter among them.
        const QString why = rawError ? QString::fromUtf8(rawError).trimmed() : tr("libpq cannot read it");
        pq.value()->freemem(rawError);
        return refused(tr("%1. Write postgresql://user@host:port/database, with parameters such as "
                          "?sslmode=verify-full&sslrootcert=FILE.")
                           .arg(why));
    }

    ServerAddress address;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (!allowedKeywords().contains(keyword))
            return refused(tr("it gives the parameter %1, which Countersign does not pass on. Leave it out; "
                              "these are taken: %2.")
                               .arg(keyword, allowedKeywords().join(QStringLiteral(", "))));
        if (keyword == u"password") {
            address.m_password = value;
            continue;
        }
        // Qt's driver turns every ';' of its connect options into a space,
        // even inside quotes: the value would reach libpq changed.
        if (!driverFieldKeywords().contains(keyword) && value.contains(u';'))
            return refused(
                tr("the value of %1 contains a semicolon, which Qt's PostgreSQL driver cannot pass "
                   "on. Leave it out, or set %1 in pg_service.conf and give ?service=NAME.")
                    .arg(keyword));
        address.m_keywords.append({keyword, value});
    }
    address.applyDefaults();
    return address;
}

void ServerAddress::set(const QString& keyword, const QString& value) {
    for (Keyword& each : m_keywords) {
        if (each.first == keyword) {
            each.second = value;
            return;
        }
    }
    m_keywords.append({keyword, value});
}

// Nothing is added to a service's address: explicit keywords would override
// what the administrator wrote into pg_service.conf.
void ServerAddress::applyDefaults() {
    if (!value(QStringLiteral("service")).isEmpty())
        return;
    // libpq waits for ever without one, and the window with it.
    if (value(QStringLiteral("connect_timeout")).isEmpty())
        set(QStringLiteral("connect_timeout"), QString::number(kDefaultConnectTimeoutSeconds));
    // Off this machine the server proves who it is; libpq's own default
    // (prefer) falls back to plain text and checks no certificate.
    if (value(QStringLiteral("sslmode")).isEmpty() && qEnvironmentVariableIsEmpty("PGSSLMODE") && !isLocal())
        set(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    const QString mode = value(QStringLiteral("sslmode")).isEmpty() ? qEnvironmentVariable("PGSSLMODE")
                                                                    : value(QStringLiteral("sslmode"));
    // libpq's verify modes look for ~/.postgresql/root.crt alone.
    const bool verifies = mode == u"verify-full" || mode == u"verify-ca";
    if (verifies && value(QStringLiteral("sslrootcert")).isEmpty() &&
        qEnvironmentVariableIsEmpty("PGSSLROOTCERT") &&
        !QFileInfo::exists(QDir::homePath() + QStringLiteral("/.postgresql/root.crt")))
        set(QStringLiteral("sslrootcert"), systemRootCertificates());
}

QString ServerAddress::value(const QString& keyword) const {
    for (const Keyword& each : m_keywords) {
        if (each.first == keyword)
            return each.second;
    }
    return {};
}

QStringList ServerAddress::hosts() const {
    QString named = value(QStringLiteral("host"));
    if (named.isEmpty())
        named = value(QStringLiteral("hostaddr"));
    if (named.isEmpty() && value(QStringLiteral("service")).isEmpty())
        named = qEnvironmentVariable("PGHOST");
    if (named.isEmpty())
        return {};
    return named.split(u',');
}

bool ServerAddress::hostFromService() const {
    return value(QStringLiteral("host")).isEmpty() && value(QStringLiteral("hostaddr")).isEmpty() &&
           !value(QStringLiteral("service")).isEmpty();
}

bool ServerAddress::isLocal() const {
    if (hostFromService())
        return false;
    const QStringList named = hosts();
    return std::all_of(named.cbegin(), named.cend(), isLocalHost);
}

void ServerAddress::limitConnectTimeout(int seconds) {
    const QString given = value(QStringLiteral("connect_timeout"));
    bool known = false;
    const int current = given.toInt(&known);
    if (!known || current <= 0 || current > seconds)
        set(QStringLiteral("connect_timeout"), QString::number(seconds));
}

QString ServerAddress::connectOptions() const {
    QStringList parts;
    for (const auto& [keyword, value] : m_keywords) {
        if (!driverFieldKeywords().contains(keyword))
            parts << keyword + u'=' + quoted(value);
    }
    return parts.join(u' ');
}

QString ServerAddress::rootCertificateInUse() const {
    if (const QString given = value(QStringLiteral("sslrootcert")); !given.isEmpty())
        return given;
    if (const QString fromEnvironment = qEnvironmentVariable("PGSSLROOTCERT"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
}

QString ServerAddress::explainTlsFailure(const QString& libpqMessage) const {
    const QString root = QDir::toNativeSeparators(rootCertificateInUse());
    const QString giveRoot =
        tr("Give the organisation's CA with sslrootcert=FILE in the address, or under Root "
           "certificate in File ▸ Connect to Server…");
    QString what;
    if (libpqMessage.contains(u"certificate verify failed"))
        what =
            tr("the server's certificate is not signed by a root in %1, so the server cannot be told from an "
               "impostor. %2")
                .arg(root, giveRoot);
    else if (libpqMessage.contains(u"does not match host name"))
        what =
            tr("the server's certificate does not name %1, the host in the address, so the server cannot be "
               "told from an impostor. Connect with a name the certificate gives, or ask the server's "
               "administrator for a certificate that names %1.")
                .arg(hosts().join(QStringLiteral(", ")));
    else if (libpqMessage.contains(u"root certificate file") && libpqMessage.contains(u"does not exist"))
        what =
            tr("the root certificate file %1 does not exist, and without it the server's certificate cannot "
               "be checked. %2")
                .arg(root, giveRoot);
    else if (libpqMessage.contains(u"could not read root certificate file"))
        what = tr("the root certificate file %1 cannot be read as certificates. %2").arg(root, giveRoot);
    else if (libpqMessage.contains(u"does not support SSL"))
        what = tr("the server does not offer TLS, and the address requires it (sslmode=%1). Ask the server's "
                  "administrator to turn on ssl; only on a network you trust, connect with sslmode=prefer or "
                  "sslmode=disable.")
                   .arg(value(QStringLiteral("sslmode")));
    if (what.isEmpty())
        return {};
    return tr("%1 (libpq: %2)").arg(what, firstLine(libpqMessage));
}

QString ServerAddress::withoutPassword(const QString& location) {
    const qsizetype schemeEnd = location.indexOf(QStringLiteral("://"));
    if (!isServerAddress(location) || schemeEnd < 0)
        return location;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = location.indexOf(QRegularExpression(QStringLiteral("[/?]")), authorityStart);
    if (authorityEnd < 0)
        authorityEnd = location.size();
    QString authority = location.mid(authorityStart, authorityEnd - authorityStart);
    // user:password@hosts: everything from the user part's first ':' on is the password.
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString user = authority.left(at).section(u':', 0, 0);
        authority = user + authority.mid(at);
    }
    QString rest = location.mid(authorityEnd);
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        QStringList kept;
        const QStringList items = rest.mid(question + 1).split(u'&');
        for (const QString& item : items) {
            if (item.section(u'=', 0, 0) != u"password")
                kept << item;
        }
        rest = rest.left(question) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'));
    }
    return location.left(authorityStart) + authority + rest;
}
