#pragma once

#include "core/Checklist.h"
#include "core/ChecklistStore.h"
#include "core/PinnedHistory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

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

    // registeredKey: the signer's key as the audit trail registered it (hex), "" when unknown.
    QList<Problem> check(const SignatureEntry& signature, const Signer& signer,
                         const QString& registeredKey) const;

private:
    void checkPinnedHistory(const SignatureEntry& signature, const QJsonObject& payload,
                            QList<Problem>& problems) const;

    const PinnedHistory& m_history;
    QString m_databaseId;
};
