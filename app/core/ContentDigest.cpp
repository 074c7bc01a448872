#include "ContentDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString utc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray strokesJson(const SignatureStrokes& strokes) {
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

namespace {

// Writes the canonical content straight to bytes, in the exact form
// QJsonDocument::Compact gives a QJsonObject (keys sorted, no white space),
// without building a QJsonObject tree per item: a 10,000-item record is
// digested on every load, signature and verification, and the tree cost
// most of that time. When a sink hash is set, full chunks go to it as they
// fill, so the whole document is never held at once.
class CanonicalWriter {
public:
    explicit CanonicalWriter(QCryptographicHash* sink = nullptr)
        : m_sink(sink) {
        m_bytes.reserve(m_sink ? kChunk + 1024 : 4096);
    }

    void raw(const char* text) { m_bytes.append(text); }
    void raw(char c) { m_bytes.append(c); }
    // `"name":`; names are fixed ASCII keys written in sorted order by the caller.
    void key(const char* name) {
        m_bytes.append('"');
        m_bytes.append(name);
        m_bytes.append("\":", 2);
    }
    void string(const QString& text) {
        if (isPlainAscii(text)) {
            m_bytes.append('"');
            const qsizetype at = m_bytes.size();
            m_bytes.resize(at + text.size());
            char* out = m_bytes.data() + at;
            for (const QChar c : text)
                *out++ = char(c.unicode());
            m_bytes.append('"');
        } else {
            // Escapes and UTF-8 exactly as Qt writes them (control characters,
            // lone surrogates): rare, so Qt's own writer does these strings.
            const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            m_bytes.append(quoted.constData() + 1, quoted.size() - 2); // without the [ ]
        }
        flushIfFull();
    }
    void stringList(const QStringList& list) {
        m_bytes.append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                m_bytes.append(',');
            string(list.at(i));
        }
        m_bytes.append(']');
    }
    void integer(qint64 value) { m_bytes.append(QByteArray::number(value)); }
    void boolean(bool value) { m_bytes.append(value ? "true" : "false"); }
    void time(const QDateTime& t) { string(utcText(t)); }

    QByteArray take() { return std::move(m_bytes); }
    void finish() {
        if (m_sink)
            m_sink->addData(m_bytes);
        m_bytes.clear();
    }

private:
    static constexpr qsizetype kChunk = 64 * 1024;

    // Characters that JSON and UTF-8 leave as they are: one byte each, no escape.
    static bool isPlainAscii(const QString& text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
                return false;
        }
        return true;
    }

    // Qt::ISODateWithMs of the UTC time, without QDateTime's formatter for the
    // common four-digit years (it dominated the per-item cost).
    static QString utcText(const QDateTime& t) {
        if (!t.isValid())
            return QString();
        const QDateTime u = t.toUTC();
        const QDate d = u.date();
        if (d.year() < 1000 || d.year() > 9999)
            return utc(t);
        const QTime tm = u.time();
        char buffer[24];
        auto put = [&buffer](int at, int value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                buffer[at + i] = char('0' + value % 10);
        };
        put(0, d.year(), 4);
        buffer[4] = '-';
        put(5, d.month(), 2);
        buffer[7] = '-';
        put(8, d.day(), 2);
        buffer[10] = 'T';
        put(11, tm.hour(), 2);
        buffer[13] = ':';
        put(14, tm.minute(), 2);
        buffer[16] = ':';
        put(17, tm.second(), 2);
        buffer[19] = '.';
        put(20, tm.msec(), 3);
        buffer[23] = 'Z';
        return QString::fromLatin1(buffer, 24);
    }

    void flushIfFull() {
        if (m_sink && m_bytes.size() >= kChunk) {
            m_sink->addData(m_bytes);
            m_bytes.resize(0); // keeps the capacity
        }
    }

    QCryptographicHash* m_sink;
    QByteArray m_bytes;
};

// Keys in each object are written in sorted order (UTF-16 code units), as
// QJsonObject keeps them; docs/CANONICAL-JSON.md shows the same order.
void writeCanonical(const Record& record, CanonicalWriter& w) {
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
    w.string(QString::number(record.id));
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
            w.key("extra");
            w.stringList(item.extra);
            w.raw(',');
            w.key("group_header");
            w.boolean(item.isGroupHeader);
            w.raw(',');
            w.key("id");
            w.string(QString::number(item.id));
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
    CanonicalWriter writer;
    writeCanonical(record, writer);
    return writer.take();
}

QString ContentDigest::digest(const Record& record) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    CanonicalWriter writer(&hash);
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
        {QStringLiteral("signed_at"), utc(s.signedAt)},
        {QStringLiteral("digest"), s.digest},
        {QStringLiteral("typed"), s.typed},
        {QStringLiteral("strokes"), strokesJson(s.strokes)},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
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
