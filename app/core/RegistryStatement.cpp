#include "core/RegistryStatement.h"
#include "core/Sha256.h"

#include "core/CanonicalJson.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
void base64(CanonicalJsonWriter& w, const QByteArray& bytes) {
    w.string(QString::fromLatin1(bytes.toBase64()));
}
} // namespace

QByteArray RegistryStatement::canonicalBytes() const {
    CanonicalJsonWriter w;
    w.raw('{');
    w.key("action");
    w.string(action);
    w.raw(',');
    w.key("approvals_required");
    w.integer(approvalsRequired);
    w.raw(',');
    w.key("approves");
    if (approves.isEmpty())
        w.raw("null");
    else
        w.string(approves);
    w.raw(',');
    w.key("database_id");
    w.string(databaseId);
    w.raw(',');
    w.key("format");
    w.string(QString::fromLatin1(kFormat));
    w.raw(',');
    w.key("issued_at");
    w.time(issuedAt);
    w.raw(',');
    w.key("issuer");
    w.raw('{');
    w.key("login");
    w.string(issuerLogin);
    w.raw(',');
    w.key("public_key");
    base64(w, issuerKey);
    w.raw("},");
    w.key("legacy");
    if (!legacy) {
        w.raw("null");
    } else {
        w.raw('[');
        for (qsizetype i = 0; i < legacy->size(); ++i) {
            if (i > 0)
                w.raw(',');
            w.raw('{');
            w.key("payload_sha256");
            w.string(legacy->at(i).payloadSha256);
            w.raw(',');
            w.key("public_key");
            base64(w, legacy->at(i).publicKey);
            w.raw('}');
        }
        w.raw(']');
    }
    w.raw(',');
    w.key("previous");
    w.string(previous);
    w.raw(',');
    w.key("seq");
    w.integer(seq);
    w.raw(',');
    w.key("subject");
    w.raw('{');
    w.key("kind");
    w.string(subjectKind);
    w.raw(',');
    w.key("login");
    w.string(subjectLogin);
    w.raw(',');
    w.key("printed_name");
    w.string(subjectName);
    w.raw(',');
    w.key("public_key");
    base64(w, subjectKey);
    w.raw(',');
    w.key("roles");
    w.stringList(subjectRoles);
    w.raw("},");
    w.key("valid_from");
    w.time(validFrom);
    w.raw('}');
    return w.take();
}

std::optional<RegistryStatement> RegistryStatement::parse(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1StringView(kFormat))
        return std::nullopt;
    RegistryStatement s;
    s.databaseId = o.value(QStringLiteral("database_id")).toString();
    s.seq = o.value(QStringLiteral("seq")).toInteger();
    s.previous = o.value(QStringLiteral("previous")).toString();
    s.action = o.value(QStringLiteral("action")).toString();
    const QJsonObject subject = o.value(QStringLiteral("subject")).toObject();
    s.subjectKind = subject.value(QStringLiteral("kind")).toString();
    s.subjectLogin = subject.value(QStringLiteral("login")).toString();
    s.subjectName = subject.value(QStringLiteral("printed_name")).toString();
    for (const QJsonValue& role : subject.value(QStringLiteral("roles")).toArray())
        s.subjectRoles << role.toString();
    s.subjectKey = QByteArray::fromBase64(subject.value(QStringLiteral("public_key")).toString().toLatin1());
    s.validFrom = UtcTime::parse(o.value(QStringLiteral("valid_from")).toString());
    s.issuedAt = UtcTime::parse(o.value(QStringLiteral("issued_at")).toString());
    const QJsonObject issuer = o.value(QStringLiteral("issuer")).toObject();
    s.issuerLogin = issuer.value(QStringLiteral("login")).toString();
    s.issuerKey = QByteArray::fromBase64(issuer.value(QStringLiteral("public_key")).toString().toLatin1());
    s.approvalsRequired = o.value(QStringLiteral("approvals_required")).toInt();
    s.approves = o.value(QStringLiteral("approves")).toString();
    const QJsonValue legacy = o.value(QStringLiteral("legacy"));
    if (legacy.isArray()) {
        QList<Legacy> list;
        for (const QJsonValue& entry : legacy.toArray()) {
            const QJsonObject e = entry.toObject();
            list.append({QByteArray::fromBase64(e.value(QStringLiteral("public_key")).toString().toLatin1()),
                         e.value(QStringLiteral("payload_sha256")).toString()});
        }
        s.legacy = list;
    }
    // Only the one canonical spelling is a statement: anything else was not written by Countersign.
    if (s.canonicalBytes() != bytes)
        return std::nullopt;
    return s;
}

QString RegistryStatement::hashOf(const QByteArray& bytes) {
    return Sha256::hex(bytes);
}

QString RegistryStatement::fingerprint(const QByteArray& publicKey) {
    const QByteArray hex = Sha256::hash(publicKey).left(16).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}

QString RegistryStatement::normalizedFingerprint(const QString& typed) {
    QString hex = typed.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:-]")));
    if (!QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(hex).hasMatch())
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}
