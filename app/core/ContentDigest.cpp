#include "core/ContentDigest.h"

#include "core/CanonicalJson.h"
#include "core/SignatureGeometry.h"
#include "core/UtcTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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

// Keys in each object are written in sorted order (UTF-16 code units), as
// QJsonObject keeps them; docs/CANONICAL-JSON.md shows the same order.
void writeCanonical(const Record& record, CanonicalJsonWriter& w) {
    w.raw('{');
    w.key("created_at");
    w.time(record.createdAt);
    w.raw(',');
    w.key("created_by");
    w.string(record.createdBy);
    w.raw(',');
    w.key("description");
    w.string(record.description);
    w.raw(',');
    w.key("environment");
    w.string(record.info.environment);
    w.raw(',');
    w.key("format");
    w.raw("\"countersign-record-content/1\"");
    w.raw(',');
    w.key("id");
    w.integerString(record.id);
    w.raw(',');
    w.key("release_version");
    w.string(record.info.releaseVersion);
    w.raw(',');
    w.key("sections");
    w.raw('[');
    for (qsizetype s = 0; s < record.sections.size(); ++s) {
        const ChecklistSection& section = record.sections.at(s);
        if (s > 0)
            w.raw(',');
        w.raw('{');
        w.key("columns");
        w.stringList(section.columns);
        w.raw(',');
        w.key("description");
        w.string(section.description);
        w.raw(',');
        w.key("items");
        w.raw('[');
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ChecklistItem& item = section.items.at(i);
            if (i > 0)
                w.raw(',');
            w.raw('{');
            // Only when there is one: records without details digest as before it existed.
            if (!item.detail.isEmpty()) {
                w.key("detail");
                w.string(item.detail);
                w.raw(',');
            }
            w.key("extra");
            w.stringList(item.extra);
            w.raw(',');
            w.key("group_header");
            w.boolean(item.isGroupHeader);
            w.raw(',');
            w.key("id");
            w.integerString(item.id);
            w.raw(',');
            w.key("notes");
            w.string(item.notes);
            w.raw(',');
            w.key("status");
            w.string(ItemStatusText::key(item.status));
            w.raw(',');
            w.key("text");
            w.string(item.text);
            w.raw(',');
            w.key("updated_at");
            w.time(item.updatedAt);
            w.raw(',');
            w.key("updated_by");
            w.string(item.updatedBy);
            w.raw('}');
        }
        w.raw(']');
        w.raw(',');
        w.key("kind");
        w.string(SectionKindText::key(section.kind));
        w.raw(',');
        w.key("notes_column");
        w.integer(section.notesColumn);
        w.raw(',');
        w.key("status_column");
        w.integer(section.statusColumn);
        w.raw(',');
        if (section.taskList) { // only when true, as detail
            w.key("task_list");
            w.boolean(true);
            w.raw(',');
        }
        w.key("title");
        w.string(section.title);
        w.raw('}');
    }
    w.raw(']');
    w.raw(',');
    w.key("template");
    w.raw('{');
    w.key("title");
    w.string(record.templateTitle);
    w.raw(',');
    w.key("version");
    w.integer(record.templateVersion);
    w.raw('}');
    w.raw(',');
    w.key("title");
    w.string(record.info.title);
    w.raw('}');
}

} // namespace

QByteArray ContentDigest::canonicalJson(const Record& record) {
    CanonicalJsonWriter writer;
    writeCanonical(record, writer);
    return writer.take();
}

QString ContentDigest::digest(const Record& record) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    CanonicalJsonWriter writer(&hash);
    writeCanonical(record, writer);
    writer.finish();
    return QString::fromLatin1(hash.result().toHex());
}

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
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(strokes).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
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
        {QStringLiteral("content_format"), QString::fromLatin1(kContentFormat)},
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
