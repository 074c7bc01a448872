#include "core/PayloadVerifier.h"

#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/UtcTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString shortHash(const QString& hash) {
    return hash.left(12) + QStringLiteral("…");
}

} // namespace

PayloadVerifier::Reading PayloadVerifier::read(const SignatureEntry& sig) {
    Reading reading;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sig.payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return reading;
    reading.payload = document.object();
    reading.contentFormat =
        ContentDigest::formatNamed(reading.payload->value(QStringLiteral("content_format")).toString());
    if (reading.payload->value(QStringLiteral("format")).toString() !=
        QLatin1StringView(SignaturePayload::kFormat2))
        return reading;
    reading.key =
        QByteArray::fromBase64(reading.payload->value(QStringLiteral("public_key")).toString().toLatin1());
    reading.signatureHolds = Crypto::verify(sig.payload, sig.signature, reading.key);
    return reading;
}

QList<PayloadVerifier::Problem> PayloadVerifier::check(const SignatureEntry& sig, const Signer& signer,
                                                       const QString& registeredKey,
                                                       const Reading& reading) const {
    QList<Problem> problems;
    if (!reading.payload) {
        problems.append(
            {QStringLiteral("signature"), tr("the signed payload kept with it is not readable JSON")});
        return problems;
    }
    const QJsonObject& payload = *reading.payload;
    if (payload.value(QStringLiteral("format")).toString() != QLatin1StringView(SignaturePayload::kFormat2)) {
        problems.append(
            {QStringLiteral("signature"), tr("its payload has the format \"%1\", which this version "
                                             "does not know")
                                              .arg(payload.value(QStringLiteral("format")).toString())});
        return problems;
    }
    const QByteArray& key = reading.key;
    if (!reading.signatureHolds)
        problems.append(
            {QStringLiteral("signature"),
             tr("the Ed25519 signature does not hold over its payload (the payload or the signature "
                "was changed)")});
    if (key != signer.publicKey)
        problems.append({QStringLiteral("signer"),
                         tr("it was made with a key that is not %1's key now").arg(signer.login)});
    // A payload key that is the signer's key now is compared with the
    // registered one by Verifier already, for every signature: one finding.
    if (key != signer.publicKey && QString::fromLatin1(key.toHex()) != registeredKey)
        problems.append({QStringLiteral("signer"), tr("it was made with a key that the audit trail never "
                                                      "registered for %1")
                                                       .arg(signer.login)});

    // Every field the row shows must be the one signed.
    const auto compare = [&](const QString& field, const QString& signedValue, const QString& stored) {
        if (signedValue != stored)
            problems.append(
                {QStringLiteral("signature"),
                 tr("%1 was signed as \"%2\" but is stored as \"%3\"").arg(field, signedValue, stored)});
    };
    const auto text = [&payload](const char* key) {
        return payload.value(QLatin1StringView(key)).toString();
    };
    compare(QStringLiteral("record_id"), text("record_id"), QString::number(sig.recordId));
    compare(QStringLiteral("role"), text("role"), sig.role);
    compare(QStringLiteral("role_position"),
            QString::number(payload.value(QStringLiteral("role_position")).toInteger()),
            QString::number(sig.rolePosition));
    compare(QStringLiteral("login"), text("login"), sig.login);
    compare(QStringLiteral("printed_name"), text("printed_name"), sig.printedName);
    compare(QStringLiteral("meaning"), text("meaning"), sig.meaning);
    compare(QStringLiteral("signed_at"), text("signed_at"), UtcTime::text(sig.signedAt));
    compare(QStringLiteral("content_digest"), text("content_digest"), sig.digest);
    // Verify recomputes the content in the format the payload names; one it
    // does not know cannot be checked, so it is never taken as intact.
    if (!reading.contentFormat)
        problems.append(
            {QStringLiteral("content"),
             tr("it was made over record content in the format \"%1\", which this version of "
                "Countersign does not know: its content cannot be checked. Verify it with a newer "
                "version.")
                 .arg(text("content_format"))});
    compare(QStringLiteral("strokes_sha256"), text("strokes_sha256"), SignaturePayload::strokesSha256(sig));
    compare(QStringLiteral("decision"), text("decision"),
            sig.declined ? QStringLiteral("declined") : QStringLiteral("signed"));
    compare(QStringLiteral("reason"), text("reason"), sig.declined ? sig.reason : QString());
    if (text("database_id") != m_databaseId)
        problems.append(
            {QStringLiteral("identity"),
             tr("it was made in the database %1, but this database is %2 (copied or re-identified)")
                 .arg(text("database_id"), m_databaseId)});
    checkPinnedHistory(sig, payload, problems);
    return problems;
}

void PayloadVerifier::checkPinnedHistory(const SignatureEntry& sig, const QJsonObject& payload,
                                         QList<Problem>& problems) const {
    const QJsonObject head = payload.value(QStringLiteral("chain_head")).toObject();
    const qint64 seq = head.value(QStringLiteral("seq")).toInteger();
    const QString hash = head.value(QStringLiteral("hash")).toString();
    if (!hash.isEmpty()) {
        const Result<std::optional<ChecklistStore::PinnedRow>> row = m_history.recordRowAt(sig.recordId, seq);
        if (!row) {
            problems.append({QStringLiteral("unreadable"), row.error()});
        } else if (!row.value()) {
            problems.append(
                {QStringLiteral("chain"),
                 tr("it pinned row %1 of the record's audit trail (hash %2), which is gone: the trail "
                    "before the signature was truncated or rewritten")
                     .arg(seq)
                     .arg(shortHash(hash))});
        } else if (row.value()->hash != hash) {
            problems.append(
                {QStringLiteral("chain"),
                 tr("it pinned row %1 of the record's audit trail with hash %2, but that row now has "
                    "hash %3: the trail before the signature was rewritten (audit row %4)")
                     .arg(seq)
                     .arg(shortHash(hash), shortHash(row.value()->hash))
                     .arg(row.value()->id)});
        } else if (row.value()->at > sig.signedAt) {
            problems.append(
                {QStringLiteral("time"),
                 tr("it is dated %1, before the audit row it pinned (%2): signing times went backwards")
                     .arg(UtcTime::text(sig.signedAt), UtcTime::text(row.value()->at))});
        }
    }
    const QJsonObject ledger = payload.value(QStringLiteral("ledger_head")).toObject();
    const qint64 ledgerId = ledger.value(QStringLiteral("id")).toInteger();
    const QString ledgerHash = ledger.value(QStringLiteral("hash")).toString();
    if (ledgerId <= 0)
        return;
    const Result<std::optional<QString>> stored = m_history.ledgerValueAt(ledgerId);
    if (!stored)
        problems.append({QStringLiteral("unreadable"), stored.error()});
    else if (!stored.value() || *stored.value() != ledgerHash)
        problems.append(
            {QStringLiteral("chain"),
             tr("it pinned the database's audit ledger at row %1 (hash %2), which %3: the database's "
                "history before the signature was rewritten")
                 .arg(ledgerId)
                 .arg(shortHash(ledgerHash), stored.value()
                                                 ? tr("now has hash %1").arg(shortHash(*stored.value()))
                                                 : tr("is gone"))});
}
