#include "core/AuditChain.h"

#include "core/CanonicalJson.h"

#include <QCryptographicHash>

QString AuditChain::rowHash(const QString& previousHash, const AuditEntry& entry) {
    // A JSON array of strings is an unambiguous encoding: no field can bleed
    // into the next. The bytes are those of QJsonDocument::Compact for the
    // same array (what every stored hash was taken over), written without
    // building the array: this runs on every audited change and verification.
    CanonicalJsonWriter w;
    w.raw('[');
    w.string(previousHash);
    w.raw(',');
    w.integerString(entry.recordId);
    w.raw(',');
    w.integerString(entry.itemId);
    w.raw(',');
    w.string(entry.action);
    w.raw(',');
    w.string(entry.field);
    w.raw(',');
    w.string(entry.oldValue);
    w.raw(',');
    w.string(entry.newValue);
    w.raw(',');
    w.string(entry.actor);
    w.raw(',');
    w.time(entry.at);
    w.raw(']');
    return QString::fromLatin1(QCryptographicHash::hash(w.take(), QCryptographicHash::Sha256).toHex());
}

QString AuditChain::genesis() {
    return QString(64, u'0');
}
