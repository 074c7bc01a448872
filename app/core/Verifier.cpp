#include "core/Verifier.h"

#include "core/AttachmentCheck.h"
#include "core/AuditChain.h"
#include "core/AuditReconciler.h"
#include "core/Beside.h"
#include "core/ChainVerifier.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/PayloadVerifier.h"
#include "core/PinnedHistory.h"
#include "core/RecordPrecheck.h"
#include "core/RecordReadPass.h"
#include "core/RegistryVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

namespace {

QString shorten(const QString& text) {
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

// A value as a difference shows it: a string as it is, anything else as
// compact JSON, an absent optional key (content/1's "detail") as empty.
QString valueText(const QJsonValue& v) {
    if (v.isUndefined())
        return QString();
    return v.isString() ? v.toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
}

// Either side's keys: a key that only says something when set may be on one side only.
QStringList keysOf(const QJsonObject& a, const QJsonObject& b) {
    QStringList keys = a.keys();
    for (const QString& key : b.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

// One field's difference as (name, was, is) triples. A mark set on both sides
// (not_applicable: at, by, reason) is named by its own fields, as
// "not_applicable.reason": the whole object, shortened, would hide the
// reason behind its stamp.
QList<std::array<QString, 3>> fieldDifferences(const QString& key, const QJsonValue& was,
                                               const QJsonValue& is) {
    if (!was.isObject() || !is.isObject())
        return {{key, shorten(valueText(was)), shorten(valueText(is))}};
    QList<std::array<QString, 3>> found;
    const QJsonObject before = was.toObject();
    const QJsonObject now = is.toObject();
    for (const QString& part : keysOf(now, before)) {
        if (before.value(part) != now.value(part))
            found.append({key + u'.' + part, shorten(valueText(before.value(part))),
                          shorten(valueText(now.value(part)))});
    }
    return found;
}

// content/2's policy, role by role: "policy of role "QA Lead": signers_required was "1", is "2"".
void policyDifferences(const QJsonObject& was, const QJsonObject& is, QStringList& differences) {
    if (was.value(QStringLiteral("any_order")) != is.value(QStringLiteral("any_order")))
        differences << Verifier::tr("policy: any_order was \"%1\", is \"%2\"")
                           .arg(valueText(was.value(QStringLiteral("any_order"))),
                                valueText(is.value(QStringLiteral("any_order"))));
    const QJsonArray wasRoles = was.value(QStringLiteral("roles")).toArray();
    const QJsonArray isRoles = is.value(QStringLiteral("roles")).toArray();
    for (qsizetype r = 0; r < std::max(wasRoles.size(), isRoles.size()); ++r) {
        const QJsonObject before = wasRoles.at(r).toObject();
        const QJsonObject now = isRoles.at(r).toObject();
        const QString role = (r < isRoles.size() ? now : before).value(QStringLiteral("role")).toString();
        if (r >= wasRoles.size() || r >= isRoles.size()) {
            differences << (r >= wasRoles.size() ? Verifier::tr("policy: role \"%1\" was added")
                                                 : Verifier::tr("policy: role \"%1\" was removed"))
                               .arg(shorten(role));
            continue;
        }
        for (const QString& key : keysOf(now, before)) {
            if (before.value(key) != now.value(key))
                differences << Verifier::tr("policy of role \"%1\": %2 was \"%3\", is \"%4\"")
                                   .arg(shorten(role), key, shorten(valueText(before.value(key))),
                                        shorten(valueText(now.value(key))));
        }
    }
}

// content/2's attachments of one item, by id: "attachment 5 "report.html": sha256 was …".
void attachmentDifferences(const QString& itemId, const QString& itemText, const QJsonArray& was,
                           const QJsonArray& is, QStringList& differences) {
    QHash<QString, QJsonObject> before;
    for (const QJsonValue& a : was)
        before.insert(a.toObject().value(QStringLiteral("id")).toString(), a.toObject());
    for (const QJsonValue& value : is) {
        const QJsonObject now = value.toObject();
        const QString id = now.value(QStringLiteral("id")).toString();
        const QString name = shorten(now.value(QStringLiteral("name")).toString());
        if (!before.contains(id)) {
            differences << Verifier::tr("item %1 \"%2\": attachment %3 \"%4\" was added")
                               .arg(itemId, itemText, id, name);
            continue;
        }
        const QJsonObject old = before.take(id);
        for (const QString& key : keysOf(now, old)) {
            if (old.value(key) == now.value(key))
                continue;
            // A SHA-256 in full: an auditor compares it with the file they hold.
            const auto shown = [&key](const QJsonValue& v) {
                return key == u"sha256" ? valueText(v) : shorten(valueText(v));
            };
            differences << Verifier::tr("item %1 \"%2\": attachment %3 \"%4\": %5 was \"%6\", is \"%7\"")
                               .arg(itemId, itemText, id, name, key, shown(old.value(key)),
                                    shown(now.value(key)));
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        differences << Verifier::tr("item %1 \"%2\": attachment %3 \"%4\" was removed from the record")
                           .arg(itemId, itemText, it.key(),
                                shorten(it->value(QStringLiteral("name")).toString()));
}

// Names the fields that differ between the content a signature was made on and
// the record's content now, in either content format: "item 12 "All tests
// pass": status was done, is pending", "section 2 "Rollback": not_applicable …".
QStringList contentDifferences(const QByteArray& signedJson, const QByteArray& currentJson) {
    QStringList differences;
    const QJsonObject was = QJsonDocument::fromJson(signedJson).object();
    const QJsonObject is = QJsonDocument::fromJson(currentJson).object();
    for (auto it = is.constBegin(); it != is.constEnd(); ++it) {
        if (it.key() == u"sections" || was.value(it.key()) == it.value())
            continue;
        if (it.key() == u"policy" && was.value(it.key()).isObject() && it->isObject()) {
            policyDifferences(was.value(it.key()).toObject(), it->toObject(), differences);
            continue;
        }
        differences << Verifier::tr("record field %1: was \"%2\", is \"%3\"")
                           .arg(it.key(),
                                shorten(QString::fromUtf8(QJsonDocument(QJsonArray{was.value(it.key())})
                                                              .toJson(QJsonDocument::Compact))),
                                shorten(QString::fromUtf8(
                                    QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))));
    }
    QHash<QString, QJsonObject> wasItems;
    const QJsonArray wasSections = was.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : wasSections) {
        for (const QJsonValue& item : section.toObject().value(QStringLiteral("items")).toArray())
            wasItems.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
    }
    const QJsonArray isSections = is.value(QStringLiteral("sections")).toArray();
    // A section's own fields (its columns, not_applicable, title...), by position: sections have no id.
    for (qsizetype s = 0; s < std::min(wasSections.size(), isSections.size()); ++s) {
        const QJsonObject before = wasSections.at(s).toObject();
        const QJsonObject now = isSections.at(s).toObject();
        for (const QString& key : keysOf(now, before)) {
            if (key == u"items" || before.value(key) == now.value(key))
                continue;
            for (const auto& [field, wasText, isText] :
                 fieldDifferences(key, before.value(key), now.value(key)))
                differences << Verifier::tr("section %1 \"%2\": %3 was \"%4\", is \"%5\"")
                                   .arg(QString::number(s + 1),
                                        shorten(now.value(QStringLiteral("title")).toString()), field,
                                        wasText, isText);
        }
    }
    if (wasSections.size() != isSections.size())
        differences << Verifier::tr("the record had %1 sections when signed, has %2")
                           .arg(wasSections.size())
                           .arg(isSections.size());
    for (const QJsonValue& section : isSections) {
        for (const QJsonValue& itemValue : section.toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            if (!wasItems.contains(id)) {
                differences << Verifier::tr("item %1 was added").arg(id);
                continue;
            }
            const QJsonObject before = wasItems.take(id);
            const QString itemText = shorten(item.value(QStringLiteral("text")).toString());
            for (const QString& key : keysOf(item, before)) {
                if (before.value(key) == item.value(key))
                    continue;
                if (key == u"attachments") {
                    attachmentDifferences(id, itemText, before.value(key).toArray(),
                                          item.value(key).toArray(), differences);
                    continue;
                }
                for (const auto& [field, wasText, isText] :
                     fieldDifferences(key, before.value(key), item.value(key)))
                    differences << Verifier::tr("item %1 \"%2\": %3 was \"%4\", is \"%5\"")
                                       .arg(id, itemText, field, wasText, isText);
            }
        }
    }
    for (auto it = wasItems.constBegin(); it != wasItems.constEnd(); ++it)
        differences << Verifier::tr("item %1 was removed").arg(it.key());
    return differences;
}

// Names the fields of a format 1 signature that differ from what the audit
// trail recorded at signing (format 1 keeps no copy of the signed bytes).
QString formatOneFailure(const SignatureEntry& sig, const QList<AuditEntry>& signedEvents) {
    QStringList fields;
    bool matched = false;
    for (const AuditEntry& e : signedEvents) {
        if (e.field != sig.role)
            continue;
        const QString expected = QStringLiteral("%1 (%2) | %3 | digest %4")
                                     .arg(sig.printedName, sig.login, sig.meaning, sig.digest);
        if (e.newValue == expected) {
            matched = true;
            break;
        }
        const QStringList parts = e.newValue.split(QStringLiteral(" | "));
        if (parts.size() == 3) {
            if (parts.at(1) != sig.meaning)
                fields << Verifier::tr("meaning (signed \"%1\", now \"%2\")").arg(parts.at(1), sig.meaning);
            if (parts.at(2) != QStringLiteral("digest ") + sig.digest)
                fields << Verifier::tr("digest");
            if (parts.at(0) != QStringLiteral("%1 (%2)").arg(sig.printedName, sig.login))
                fields << Verifier::tr("name or login (signed \"%1\")").arg(parts.at(0));
        }
    }
    if (signedEvents.isEmpty() || (!matched && fields.isEmpty()))
        fields << Verifier::tr("record, role, time or strokes (no signing of this record and role is in the "
                               "audit trail)");
    return Verifier::tr("the Ed25519 signature does not hold: changed field(s): %1")
        .arg(fields.join(QStringLiteral("; ")));
}

// The rows verify re-hashes: for one record, its own chain and the database's
// (record 0: signers, logins), unless either still holds rows of the old
// database-wide format, which can only be checked whole.
struct ChainToCheck {
    QList<ChecklistStore::ChainRow> rows;
    bool whole = true;
};

Result<ChainToCheck> chainToCheck(const ChecklistStore& store, std::optional<qint64> recordId) {
    if (recordId && *recordId != 0) {
        Result<QList<ChecklistStore::ChainRow>> own = store.auditChain(*recordId);
        if (!own)
            return own.failure();
        Result<QList<ChecklistStore::ChainRow>> database = store.auditChain(0);
        if (!database)
            return database.failure();
        QList<ChecklistStore::ChainRow> rows = std::move(own).value() + std::move(database).value();
        const bool formatOne =
            std::any_of(rows.cbegin(), rows.cend(),
                        [](const ChecklistStore::ChainRow& row) { return row.entry.format == 1; });
        if (!formatOne) {
            std::sort(rows.begin(), rows.end(),
                      [](const auto& a, const auto& b) { return a.entry.id < b.entry.id; });
            return ChainToCheck{std::move(rows), false};
        }
    }
    Result<QList<ChecklistStore::ChainRow>> all = store.auditChain();
    if (!all)
        return all.failure();
    return ChainToCheck{std::move(all).value(), true};
}

} // namespace

Verifier::Report Verifier::verify(const ChecklistStore& store, std::optional<qint64> recordId,
                                  const QString& expectedRoot, qsizetype recordsPerBatch) {
    Report report;

    // A table that cannot be read is a finding: what was not checked is never intact.
    const auto unreadable = [&report](qint64 id, const QString& message) {
        report.findings.append({QStringLiteral("unreadable"), id, 0, 0, message});
    };
    // 1. The chain: each row names the previous row's hash and its own hash covers its fields.
    QHash<QString, QString> registeredKeys; // login -> public key hex from signer_added rows
    QHash<qint64, QList<AuditEntry>> signedEvents;
    QStringList identityEvents;
    const Result<ChainToCheck> chain = chainToCheck(store, recordId);
    if (!chain)
        unreadable(0, chain.error());
    // const: iterating a shared copy must not detach it.
    const QList<ChecklistStore::ChainRow> rows = chain ? chain->rows : QList<ChecklistStore::ChainRow>();
    // The chain's hashes (a third of a whole verify's work) are checked beside
    // everything below, which reads the rows but never their verdict; its
    // findings then go where they would have been, first.
    const qsizetype chainFindingsAt = report.findings.size();
    QList<Finding> chainFindings;
    ChainVerifier chainVerifier(chainFindings);
    std::jthread chainCheck = startBeside(
        [&chainVerifier, &rows, whole = chain && chain->whole] { chainVerifier.checkAll(rows, whole); });
    for (const ChecklistStore::ChainRow& row : rows) {
        if (recordId && row.entry.recordId == *recordId)
            ++report.recordRowsChecked;
        else if (row.entry.recordId == 0)
            ++report.databaseRowsChecked;
        if (row.entry.action == u"signer_added") {
            const int keyAt = int(row.entry.newValue.lastIndexOf(QStringLiteral("| key ")));
            if (keyAt >= 0)
                registeredKeys.insert(row.entry.field, row.entry.newValue.mid(keyAt + 6).trimmed());
        }
        if (row.entry.action == u"signed")
            signedEvents[row.entry.recordId].append(row.entry);
        if (row.entry.action == QLatin1StringView(AuditChain::kDatabaseIdentityAction))
            identityEvents << row.entry.newValue;
    }
    const Result<QString> databaseId = store.databaseId();
    if (!databaseId)
        unreadable(0, databaseId.error());
    else if (chain && identityEvents != QStringList{databaseId.value()})
        report.findings.append(
            {QStringLiteral("identity"), 0, 0, 0,
             Verifier::tr(
                 "the database's id is %1, but the audit trail gave it %2: the id was changed in SQL")
                 .arg(databaseId.value(), identityEvents.isEmpty()
                                              ? Verifier::tr("none")
                                              : identityEvents.join(QStringLiteral(", ")))});

    // 2. Signatures, against their signers and the records' content now.
    // The trail replayed against the data, beside each check below (without a readable trail there is
    // nothing to replay, and that is a finding already).
    // The signer registry: who may sign, certified by administrators.
    RegistryVerifier registry(store, databaseId.value_or(QString()), rows, report.findings);
    report.rootFingerprint = registry.rootFingerprint();
    registry.expectRoot(expectedRoot, Verifier::tr("the root expected (--root)"));
    if (!recordId) {
        if (const Result<QList<Signer>> admins = store.administrators(); admins)
            registry.checkAdministrators(admins.value());
        else
            unreadable(0, admins.error());
    }
    const AuditReconciler reconciler(rows);
    const AttachmentCheck attachmentCheck(rows);
    QHash<qint64, Result<ChecklistTemplate>> templates;
    QHash<qint64, Signer> signersById;
    const Result<QList<Signer>> signers = store.signers();
    if (!signers) {
        unreadable(0, signers.error());
    } else {
        for (const Signer& s : signers.value())
            signersById.insert(s.id, s);
        if (chain && !recordId)
            reconciler.reconcileSigners(signers.value(), report.findings);
        if (!recordId)
            registry.checkSigners(signers.value());
    }
    QList<qint64> recordIds;
    if (recordId) {
        recordIds << *recordId;
    } else {
        const Result<QList<RecordSummary>> records = store.records();
        if (!records) {
            unreadable(0, records.error());
        } else {
            for (const RecordSummary& r : records.value())
                recordIds << r.id;
            if (chain)
                reconciler.reconcileRecordSet(recordIds, report.findings);
        }
    }
    // Thousands of records of a few template versions: each version's hash and policies read once.
    RecordReadPass pass;
    // The rows each signature pinned, looked up in the chain just read.
    const PinnedHistory history(store, rows);
    const PayloadVerifier payloads(history, databaseId.value_or(QString()));
    // precheck: the record's digests (each signature is checked in the content format it names, content/1 or
    // /2, each hashed once) and its signatures' Ed25519 verdicts, taken beside the next batch's read.
    const auto checkRecord = [&](const Record& record,
                                 const Result<QList<ChecklistStore::ItemAttachment>>& attached,
                                 const RecordPrecheck& precheck) {
        ++report.recordsChecked;
        const RecordDigests& digests = precheck.digests();
        // Each template read once: a record's items start as its template's.
        auto tmpl = templates.constFind(record.templateId);
        if (tmpl == templates.constEnd())
            tmpl = templates.insert(record.templateId, store.loadTemplate(record.templateId));
        if (!*tmpl)
            unreadable(record.id, tmpl->error());
        else if (chain)
            reconciler.reconcileRecord(record, digests, tmpl->value(), report.findings);
        attachmentCheck.check(store, record, attached, chain.ok(), report.findings);
        // A refusal to sign is made as a signature is, and checked the same
        // way, except that the record may change after it (that is its point).
        QList<const SignatureEntry*> made;
        for (const SignatureEntry& sig : record.signatures)
            made << &sig;
        for (const SignatureEntry& sig : record.declines)
            made << &sig;
        for (const SignatureEntry* madeBy : std::as_const(made)) {
            const SignatureEntry& sig = *madeBy;
            ++report.signaturesChecked;
            const QString who = (sig.declined ? Verifier::tr("record %1, refusal %2 (%3, %4)")
                                              : Verifier::tr("record %1, signature %2 (%3, %4)"))
                                    .arg(record.id)
                                    .arg(sig.id)
                                    .arg(sig.role, sig.login);
            auto fail = [&](const QString& kind, const QString& message) {
                report.findings.append({kind, record.id, 0, sig.id, who + QStringLiteral(": ") + message});
            };
            const auto signer = signersById.constFind(sig.signerId);
            if (signer == signersById.constEnd()) {
                // Unread signers are one finding already, not one per signature.
                if (signers)
                    fail(QStringLiteral("signer"), Verifier::tr("its signer no longer exists"));
                continue;
            }
            if (signer->login != sig.login)
                fail(QStringLiteral("signer"),
                     Verifier::tr("login is \"%1\" in the signature but \"%2\" for the signer")
                         .arg(sig.login, signer->login));
            if (signer->printedName != sig.printedName)
                fail(QStringLiteral("signer"),
                     Verifier::tr("printed name is \"%1\" in the signature but \"%2\" for the signer %3")
                         .arg(sig.printedName, signer->printedName, signer->login));
            const QString key = QString::fromLatin1(signer->publicKey.toHex());
            if (chain && registeredKeys.value(signer->login) != key)
                fail(QStringLiteral("signer"),
                     Verifier::tr("the public key of %1 is not the one registered in the audit trail")
                         .arg(signer->login));
            if (sig.payloadFormat >= 2) {
                for (const PayloadVerifier::Problem& problem :
                     payloads.check(sig, *signer, registeredKeys.value(signer->login), precheck.payload(sig)))
                    fail(problem.kind, problem.message);
            } else if (!precheck.formatOneHolds(sig)) {
                fail(QStringLiteral("signature"), formatOneFailure(sig, signedEvents.value(sig.recordId)));
            }
            for (const QString& problem : registry.checkSignature(sig, *signer))
                fail(QStringLiteral("registry"), problem);
            // A format this version does not know was reported by PayloadVerifier.
            const std::optional<ContentFormat> format = precheck.formatOf(sig);
            if (!sig.declined && !sig.revoked && format && sig.digest != digests.of(*format)) {
                QStringList differences =
                    contentDifferences(sig.signedContent, ContentDigest::canonicalJson(record, *format));
                if (differences.isEmpty())
                    differences << Verifier::tr("the signed content is not available to compare");
                fail(QStringLiteral("content"), Verifier::tr("the record changed after it was signed: %1")
                                                    .arg(differences.join(QStringLiteral("; "))));
            }
        }
    };
    // Records read a batch at a time, a statement per table for each batch
    // instead of six per record (on a server a statement is a round trip);
    // two batches held at once (a record's signatures keep 19 KB of content
    // each): one's prechecks are taken on another core while the next is read.
    const qsizetype recordBatch = std::max<qsizetype>(recordsPerBatch, 1);
    QList<ChecklistStore::LoadedRecord> batch;
    if (!recordIds.isEmpty())
        batch = store.loadRecords(recordIds.mid(0, recordBatch), pass);
    for (qsizetype first = 0; first < recordIds.size(); first += recordBatch) {
        std::vector<std::optional<RecordPrecheck>> prechecks(size_t(batch.size()));
        std::jthread prechecking = startBeside([&batch, &prechecks, &signersById] {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (batch.at(i).record)
                    prechecks[size_t(i)].emplace(batch.at(i).record.value(), signersById);
            }
        });
        QList<ChecklistStore::LoadedRecord> next;
        if (first + recordBatch < recordIds.size())
            next = store.loadRecords(recordIds.mid(first + recordBatch, recordBatch), pass);
        if (prechecking.joinable())
            prechecking.join();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const ChecklistStore::LoadedRecord& loaded = batch.at(i);
            if (!loaded.record)
                unreadable(loaded.id, loaded.record.error());
            else
                checkRecord(loaded.record.value(), loaded.attachments, *prechecks[size_t(i)]);
        }
        batch = std::move(next);
    }
    if (chainCheck.joinable())
        chainCheck.join();
    report.auditRowsChecked = chainVerifier.rowsChecked();
    report.findings.insert(chainFindingsAt, chainFindings.size(), Finding());
    std::move(chainFindings.begin(), chainFindings.end(), report.findings.begin() + chainFindingsAt);
    return report;
}
