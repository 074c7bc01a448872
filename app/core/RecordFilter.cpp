#include "core/RecordFilter.h"

#include <QRegularExpression>

bool RecordFilter::narrows() const {
    return state || since || !text.trimmed().isEmpty();
}

bool RecordFilter::accepts(const RecordSummary& record) const {
    if (state && record.state != *state)
        return false;
    if (since && record.createdAt < *since)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString& field : {record.title, record.releaseVersion, record.environment,
                                 record.templateTitle, RecordStateText::key(record.state)}) {
        if (field.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<RecordState> RecordFilter::stateFromKey(const QString& key) {
    for (const RecordState state : {RecordState::InProgress, RecordState::Signed, RecordState::Sealed}) {
        if (RecordStateText::key(state) == key)
            return state;
    }
    return std::nullopt;
}

std::optional<QDateTime> RecordFilter::momentFromText(const QString& text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
    if (day.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    // An offset is required: "Z" or ±HH:MM at the end.
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
    if (!trimmed.contains(QLatin1Char('T')) || !withOffset.match(trimmed).hasMatch())
        return std::nullopt;
    const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    return moment.toUTC();
}
