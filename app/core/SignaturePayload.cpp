#include "core/ContentDigest.h"

#include "core/Sha256.h"
#include "core/SignatureGeometry.h"
#include "core/UtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

// SignaturePayload and StrokeJson (declared in ContentDigest.h): what a
// signature covers besides the record's content, apart from the content
// formats themselves.

namespace {

QJsonArray strokesJson(const SignatureStrokes& strokes) {
    QJsonArray all;
    for (const SignatureStroke& stroke : strokes) {
        QJsonArray points;
        for (const QPointF& p : stroke)
            points.append(QJsonArray{SignatureGeometry::snapped(p.x()), SignatureGeometry::snapped(p.y())});
        all.append(points);
    }
    return all;
}

} // namespace

QByteArray SignaturePayload::bytes(const SignatureEntry& s) {
    const QJsonObject payload{
        {QStringLiteral("format"), QStringLiteral("countersign-signature/1")},
        {QStringLiteral("record_id"), QString::number(s.recordId)},
        {QStringLiteral("role"), s.role},
        {QStringLiteral("role_position"), s.rolePosition},
        {QStringLiteral("login"), s.login},
        {QStringLiteral("printed_name"), s.printedName},
        {QStringLiteral("meaning"), s.meaning},
        {QStringLiteral("signed_at"), UtcTime::text(s.signedAt)},
        {QStringLiteral("digest"), s.digest},
        {QStringLiteral("typed"), s.typed},
        {QStringLiteral("strokes"), strokesJson(s.strokes)},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString SignaturePayload::strokesSha256(const SignatureEntry& s) {
    // Integers only: coordinates in tenths of a pad unit (the stored strokes are snapped to 0.1).
    QJsonArray all;
    for (const SignatureStroke& stroke : s.strokes) {
        QJsonArray points;
        for (const QPointF& p : stroke)
            points.append(QJsonArray{qRound64(SignatureGeometry::snapped(p.x()) * 10),
                                     qRound64(SignatureGeometry::snapped(p.y()) * 10)});
        all.append(points);
    }
    const QJsonObject strokes{
        {QStringLiteral("format"), QStringLiteral("countersign-strokes/1")},
        {QStringLiteral("strokes"), all},
        {QStringLiteral("typed"), s.typed},
        {QStringLiteral("typed_text"), s.typed ? s.printedName : QString()},
    };
    return Sha256::hex(QJsonDocument(strokes).toJson(QJsonDocument::Compact));
}

QByteArray SignaturePayload::version2(const SignatureEntry& s, const Context& context) {
    // Every key always present; QJsonObject writes them in sorted order.
    const QJsonObject payload{
        {QStringLiteral("format"), QString::fromLatin1(kFormat2)},
        {QStringLiteral("database_id"), context.databaseId},
        {QStringLiteral("record_id"), QString::number(s.recordId)},
        {QStringLiteral("decision"), s.declined ? QStringLiteral("declined") : QStringLiteral("signed")},
        {QStringLiteral("reason"), s.declined ? s.reason : QString()},
        {QStringLiteral("role"), s.role},
        {QStringLiteral("role_position"), s.rolePosition},
        {QStringLiteral("meaning"), s.meaning},
        {QStringLiteral("login"), s.login},
        {QStringLiteral("printed_name"), s.printedName},
        {QStringLiteral("public_key"), QString::fromLatin1(context.publicKey.toBase64())},
        {QStringLiteral("certificate"), context.certificate},
        {QStringLiteral("content_format"),
         QString::fromLatin1(ContentDigest::formatName(context.contentFormat))},
        {QStringLiteral("content_digest"), s.digest},
        {QStringLiteral("chain_head"), QJsonObject{{QStringLiteral("seq"), context.chainHead.seq},
                                                   {QStringLiteral("hash"), context.chainHead.hash}}},
        {QStringLiteral("ledger_head"), QJsonObject{{QStringLiteral("id"), context.ledgerHead.id},
                                                    {QStringLiteral("hash"), context.ledgerHead.hash}}},
        {QStringLiteral("signed_at"), UtcTime::text(s.signedAt)},
        {QStringLiteral("strokes_sha256"), strokesSha256(s)},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray SignaturePayload::signedBytes(const SignatureEntry& s) {
    return s.payloadFormat >= 2 ? s.payload : bytes(s);
}

QString SignaturePayload::certificateOf(const SignatureEntry& s) {
    if (s.payloadFormat < 2)
        return {};
    return QJsonDocument::fromJson(s.payload).object().value(QStringLiteral("certificate")).toString();
}

QByteArray StrokeJson::write(const SignatureStrokes& strokes) {
    return QJsonDocument(strokesJson(strokes)).toJson(QJsonDocument::Compact);
}

Result<SignatureStrokes> StrokeJson::read(const QByteArray& json) {
    auto fail = [](const QString& why) {
        return Error(
            QCoreApplication::translate("StrokeJson", "the signature strokes are not valid: %1").arg(why));
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
                return fail(
                    QStringLiteral("stroke %1, point %2 is not an [x, y] pair").arg(s + 1).arg(p + 1));
            const double x = xy.at(0).toDouble();
            const double y = xy.at(1).toDouble();
            if (!std::isfinite(x) || !std::isfinite(y) || !SignatureGeometry::contains(x, y))
                return fail(QStringLiteral("stroke %1, point %2 lies outside the pad (0..%3, 0..%4)")
                                .arg(s + 1)
                                .arg(p + 1)
                                .arg(SignatureGeometry::kPadWidth)
                                .arg(SignatureGeometry::kPadHeight));
            if (++pointCount > kMaxPoints)
                return fail(QStringLiteral("more than %1 points").arg(kMaxPoints));
            stroke.append(QPointF(x, y));
        }
        if (!stroke.isEmpty())
            strokes.append(stroke);
    }
    return strokes;
}
