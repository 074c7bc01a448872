#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/PinnedHistory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Checks a version 2 signature (countersign-signature/2): the Ed25519
// signature holds over the bytes kept with it; every field of those bytes
// agrees with the signature's row, its signer and the database; and the
// history it pinned is still there: the record's audit row at the pinned
// sequence number with the pinned hash, and the ledger's row likewise. The
// chain itself is re-hashed by ChainVerifier; together they make a rewrite
// of anything before a signature a forgery of that signature.
class PayloadVerifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Problem {
        QString kind; // signature | signer | chain | identity | time | unreadable
        QString message;
    };

    // history: where the rows a signature pinned are looked up (the chain verify holds, else the store).
    PayloadVerifier(const PinnedHistory& history, const QString& databaseId)
        : m_history(history)
        , m_databaseId(databaseId) {}

    // What check() takes from a signature's own bytes alone: its payload,
    // read, and whether the Ed25519 signature holds over it. Neither the store
    // nor the history is touched, so verify reads a batch of signatures on
    // another core while it reads the next batch from the store.
    struct Reading {
        std::optional<QJsonObject> payload; // nullopt: not readable JSON
        QByteArray key;                     // the public key the payload names
        // The content format it names (ContentDigest::formatOf, without reading it again).
        std::optional<ContentFormat> contentFormat;
        bool signatureHolds = false;
    };
    static Reading read(const SignatureEntry& signature);

    // registeredKey: the signer's key as the audit trail registered it (hex), "" when unknown.
    // reading: read(signature).
    QList<Problem> check(const SignatureEntry& signature, const Signer& signer, const QString& registeredKey,
                         const Reading& reading) const;

private:
    void checkPinnedHistory(const SignatureEntry& signature, const QJsonObject& payload,
                            QList<Problem>& problems) const;

    const PinnedHistory& m_history;
    QString m_databaseId;
};
