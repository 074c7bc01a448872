#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QString AuditChain::rowHash(const QString& previousHash, const AuditEntry& entry) {
    // A JSON array is an unambiguous encoding: no field can bleed into the next.
    const QJsonArray fields{
        previousHash,
        QString::number(entry.recordId),
        QString::number(entry.itemId),
        entry.action,
        entry.field,
        entry.oldValue,
        entry.newValue,
        entry.actor,
        entry.at.toUTC().toString(Qt::ISODateWithMs),
    };
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString AuditChain::genesis() {
    return QString(64, u'0');
}
