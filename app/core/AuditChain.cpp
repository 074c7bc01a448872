#include "core/AuditChain.h"

#include "core/CanonicalJson.h"
#include "core/Sha256.h"

#include <pwd.h>
#include <unistd.h>

namespace {

// A JSON array of strings is an unambiguous encoding: no field can bleed
// into the next. The bytes are those of QJsonDocument::Compact for the
// same array (what every stored hash was taken over), written without
// building the array: this runs on every audited change and verification.
QString formatOneHash(const QString& previousHash, const AuditEntry& entry) {
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
    return Sha256::hex(w.take());
}

QString formatTwoHash(const QString& previousHash, const AuditEntry& entry) {
    CanonicalJsonWriter w;
    w.raw("[\"countersign-audit/2\",");
    w.integerString(entry.recordId);
    w.raw(',');
    w.integer(entry.recordSeq);
    w.raw(',');
    w.string(previousHash);
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
    w.string(entry.osAccount);
    w.raw(',');
    w.time(entry.at);
    w.raw(',');
    w.string(entry.editId);
    w.raw(']');
    return Sha256::hex(w.take());
}

} // namespace

QString AuditChain::rowHash(const QString& previousHash, const AuditEntry& entry) {
    return entry.format >= 2 ? formatTwoHash(previousHash, entry) : formatOneHash(previousHash, entry);
}

QString AuditChain::ledgerHash(const QString& previousLedger, const AuditEntry& entry) {
    CanonicalJsonWriter w;
    w.raw("[\"countersign-ledger/1\",");
    w.string(previousLedger);
    w.raw(',');
    w.integerString(entry.recordId);
    w.raw(',');
    w.integer(entry.recordSeq);
    w.raw(',');
    w.string(entry.hash);
    w.raw(']');
    return Sha256::hex(w.take());
}

QString AuditChain::genesis() {
    return QString(64, u'0');
}

QString AuditChain::osAccount() {
    // The account of the process, not $USER (which the caller sets at will).
    static const QString account = [] {
        if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
            return QString::fromLocal8Bit(entry->pw_name);
        return QStringLiteral("uid %1").arg(geteuid());
    }();
    return account;
}
