#pragma once

#include "core/UtcTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// How the store's rooms turn values into column values and back: one form
// for every table, so a time or a list reads back as it was written.
namespace StoreValues {

// Times are stored as UtcTime::text, the form audit hashes and digests cover.
inline QString toDbTime(const QDateTime& t) {
    return UtcTime::text(t);
}

inline QDateTime fromDbTime(const QVariant& v) {
    if (v.isNull())
        return {};
    return UtcTime::parse(v.toString());
}

inline QString toJsonList(const QStringList& list) {
    // Nearly every item has no extra cells: a 10,000-item import asks this 10,000 times.
    if (list.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList fromJsonList(const QString& text) {
    // Nearly every item has no extra cells: skip the JSON parser for them.
    if (text.isEmpty() || text == u"[]")
        return {};
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue& v : array)
        result.append(v.toString());
    return result;
}

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL
// and an unset text is simply empty.
inline QVariant bindable(const QString& text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QVariant bindable(const QVariant& value) {
    return value;
}
template <typename T> QVariant bindable(const T& value) {
    return QVariant::fromValue(value);
}

// The placeholders of an IN list of count bound values: "?, ?, ?". Each
// value is still bound (a batch of records read in one statement).
inline QString placeholders(qsizetype count) {
    QString list;
    list.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}

// The ids of a batch as a message names them: "7", or "7–263" (first to last).
inline QString idsText(const QList<qint64>& ids) {
    if (ids.isEmpty())
        return QString();
    return ids.size() == 1 ? QString::number(ids.constFirst())
                           : QStringLiteral("%1–%2").arg(ids.constFirst()).arg(ids.constLast());
}

// An id given on the command line or in a URL: digits only.
inline std::optional<qint64> parseId(const QString& text) {
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace StoreValues
