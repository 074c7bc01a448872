#include "ContentDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray strokesJson(const SignatureStrokes& strokes)
{
    QJsonArray all;
    for (const SignatureStroke& stroke : strokes) {
        QJsonArray points;
        for (const QPointF& p : stroke)
            points.append(QJsonArray{std::round(p.x() * 10.0) / 10.0, std::round(p.y() * 10.0) / 10.0});
        all.append(points);
    }
    return all;
}

} // namespace

QByteArray ContentDigest::canonicalJson(const Record& record)
{
    // QJsonObject keeps its keys sorted and Compact adds no white space, so the
    // same content always gives the same bytes.
    QJsonArray sections;
    for (const ChecklistSection& section : record.sections) {
        QJsonArray items;
        for (const ChecklistItem& item : section.items) {
            items.append(QJsonObject{
                {QStringLiteral("id"), QString::number(item.id)},
                {QStringLiteral("group_header"), item.isGroupHeader},
                {QStringLiteral("text"), item.text},
                {QStringLiteral("status"), ItemStatusText::key(item.status)},
                {QStringLiteral("notes"), item.notes},
                {QStringLiteral("extra"), QJsonArray::fromStringList(item.extra)},
                {QStringLiteral("updated_by"), item.updatedBy},
                {QStringLiteral("updated_at"), utc(item.updatedAt)},
            });
        }
        sections.append(QJsonObject{
            {QStringLiteral("title"), section.title},
            {QStringLiteral("kind"), SectionKindText::key(section.kind)},
            {QStringLiteral("description"), section.description},
            {QStringLiteral("columns"), QJsonArray::fromStringList(section.columns)},
            {QStringLiteral("status_column"), section.statusColumn},
            {QStringLiteral("notes_column"), section.notesColumn},
            {QStringLiteral("items"), items},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("countersign-record-content/1")},
        {QStringLiteral("id"), QString::number(record.id)},
        {QStringLiteral("title"), record.info.title},
        {QStringLiteral("release_version"), record.info.releaseVersion},
        {QStringLiteral("environment"), record.info.environment},
        {QStringLiteral("template"), QJsonObject{{QStringLiteral("title"), record.templateTitle},
                                                 {QStringLiteral("version"), record.templateVersion}}},
        {QStringLiteral("description"), record.description},
        {QStringLiteral("created_at"), utc(record.createdAt)},
        {QStringLiteral("created_by"), record.createdBy},
        {QStringLiteral("sections"), sections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ContentDigest::digest(const Record& record)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(record), QCryptographicHash::Sha256).toHex());
}

QByteArray SignaturePayload::bytes(const SignatureEntry& s)
{
    const QJsonObject payload{
        {QStringLiteral("format"), QStringLiteral("countersign-signature/1")},
        {QStringLiteral("record_id"), QString::number(s.recordId)},
        {QStringLiteral("role"), s.role},
        {QStringLiteral("role_position"), s.rolePosition},
        {QStringLiteral("login"), s.login},
        {QStringLiteral("printed_name"), s.printedName},
        {QStringLiteral("meaning"), s.meaning},
        {QStringLiteral("signed_at"), utc(s.signedAt)},
        {QStringLiteral("digest"), s.digest},
        {QStringLiteral("typed"), s.typed},
        {QStringLiteral("strokes"), strokesJson(s.strokes)},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray StrokeJson::write(const SignatureStrokes& strokes)
{
    return QJsonDocument(strokesJson(strokes)).toJson(QJsonDocument::Compact);
}

Result<SignatureStrokes> StrokeJson::read(const QByteArray& json)
{
    auto fail = [](const QString& why) {
        return Error(QCoreApplication::translate("StrokeJson", "the signature strokes are not valid: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isArray())
        return fail(QStringLiteral("expected a list of strokes"));
    constexpr int kMaxPoints = 100000;
    int pointCount = 0;
    SignatureStrokes strokes;
    const QJsonArray all = doc.array();
    for (int s = 0; s < all.size(); ++s) {
        if (!all.at(s).isArray())
            return fail(QStringLiteral("stroke %1 is not a list of points").arg(s + 1));
        SignatureStroke stroke;
        const QJsonArray points = all.at(s).toArray();
        for (int p = 0; p < points.size(); ++p) {
            const QJsonArray xy = points.at(p).toArray();
            if (!points.at(p).isArray() || xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return fail(QStringLiteral("stroke %1, point %2 is not an [x, y] pair").arg(s + 1).arg(p + 1));
            const double x = xy.at(0).toDouble();
            const double y = xy.at(1).toDouble();
            if (!std::isfinite(x) || !std::isfinite(y) || x < 0 || x > 1000 || y < 0 || y > 300)
                return fail(QStringLiteral("stroke %1, point %2 lies outside the pad (0..1000, 0..300)")
                                .arg(s + 1)
                                .arg(p + 1));
            if (++pointCount > kMaxPoints)
                return fail(QStringLiteral("more than %1 points").arg(kMaxPoints));
            stroke.append(QPointF(x, y));
        }
        if (!stroke.isEmpty())
            strokes.append(stroke);
    }
    return strokes;
}
