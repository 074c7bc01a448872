#include "cli/SignOffJson.h"

#include "core/SignOffService.h"
#include "core/UtcTime.h"
#include "io/RecordExporter.h"

namespace {
QJsonValue utc(const QDateTime& time) {
    return time.isValid() ? QJsonValue(UtcTime::text(time)) : QJsonValue();
}
} // namespace

QJsonArray SignOffJson::signoffs(const Record& record) {
    QJsonArray roles = RecordExporter::toJson(record).value(QStringLiteral("signoffs")).toArray();
    const QList<SignatureState> states = SignOffService::statesOf(record);
    for (qsizetype r = 0; r < roles.size(); ++r) {
        QJsonObject role = roles.at(r).toObject();
        const QString roleName = role.value(QStringLiteral("role")).toString();
        const SignatureEntry* standing = record.activeSignature(roleName);
        QJsonArray signers;
        for (const SignatureEntry* s : record.activeSignatures(roleName)) {
            signers.append(QJsonObject{
                {QStringLiteral("login"), s->login},
                {QStringLiteral("printed_name"), s->printedName},
                {QStringLiteral("meaning"), s->meaning},
                {QStringLiteral("signed_at"), utc(s->signedAt)},
                {QStringLiteral("state"),
                 SignatureStateText::key(states.at(s - record.signatures.constData()))},
            });
        }
        role.insert(QStringLiteral("signers"), signers);
        if (standing) {
            const qsizetype i = standing - record.signatures.constData();
            role.insert(QStringLiteral("login"), standing->login);
            role.insert(QStringLiteral("meaning"), standing->meaning);
            role.insert(QStringLiteral("digest"), standing->digest);
            role.insert(QStringLiteral("typed"), standing->typed);
            role.insert(QStringLiteral("state"), SignatureStateText::key(states.at(i)));
        }
        roles.replace(r, role);
    }
    return roles;
}

QJsonArray SignOffJson::signatures(const Record& record) {
    QJsonArray array;
    const QList<SignatureState> states = SignOffService::statesOf(record);
    for (qsizetype i = 0; i < record.signatures.size(); ++i) {
        const SignatureEntry& s = record.signatures.at(i);
        QJsonObject entry{
            {QStringLiteral("role"), s.role},
            {QStringLiteral("login"), s.login},
            {QStringLiteral("printed_name"), s.printedName},
            {QStringLiteral("meaning"), s.meaning},
            {QStringLiteral("signed_at"), utc(s.signedAt)},
            {QStringLiteral("digest"), s.digest},
            {QStringLiteral("typed"), s.typed},
            {QStringLiteral("state"), SignatureStateText::key(states.at(i))},
        };
        if (s.revoked) {
            entry.insert(QStringLiteral("revoked_at"), utc(s.revokedAt));
            entry.insert(QStringLiteral("revoked_by"), s.revokedBy);
            entry.insert(QStringLiteral("revoked_reason"), s.revokedReason);
        }
        array.append(entry);
    }
    return array;
}

QJsonArray SignOffJson::declines(const Record& record) {
    QJsonArray array;
    for (const SignatureEntry& d : record.declines) {
        array.append(QJsonObject{
            {QStringLiteral("role"), d.role},
            {QStringLiteral("login"), d.login},
            {QStringLiteral("printed_name"), d.printedName},
            {QStringLiteral("declined_at"), utc(d.signedAt)},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("digest"), d.digest},
        });
    }
    return array;
}

QJsonObject SignOffJson::record(const Record& record) {
    QJsonObject object = RecordExporter::toJson(record);
    object.insert(QStringLiteral("signoffs"), signoffs(record));
    object.insert(QStringLiteral("signatures"), signatures(record));
    object.insert(QStringLiteral("declines"), declines(record));
    return object;
}
