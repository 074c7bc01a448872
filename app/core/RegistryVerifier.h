#pragma once

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QHash>

// verify's part for the signer registry: the statements' chain (seq,
// previous, hash, database), each statement's Ed25519 signature by an
// administrator in force when it was issued (the root's by itself), the
// statements against the audit trail's record of them, every active signer's
// and administrator's row against their certificate in force, and every
// signature against the certificate in force at signed_at (or the root's
// legacy list, for signatures made before the registry). Under the two-person
// rule a signer's certificate is in force only once another administrator has
// approved it.
class RegistryVerifier {
    Q_DECLARE_TR_FUNCTIONS(RegistryVerifier)

public:
    using Findings = QList<Verifier::Finding>;

    // Reads and checks the chain; auditRows are the trail verify read (its registry_statement rows).
    RegistryVerifier(const ChecklistStore& store, const QString& databaseId,
                     const QList<ChecklistStore::ChainRow>& auditRows, Findings& findings);

    bool hasRegistry() const { return !m_entries.isEmpty(); }
    QString rootFingerprint() const { return m_root; }
    // A root other than the one expected (verify --root, a machine's memory) is a finding.
    void expectRoot(const QString& expected, const QString& where);
    void checkSigners(const QList<Signer>& signers);
    void checkAdministrators(const QList<Signer>& administrators);
    // Problems with one signature's certificate, in words.
    QStringList checkSignature(const SignatureEntry& signature, const Signer& signer) const;

private:
    void finding(const QString& message);
    // The certify statement in force for a signer's login at a time (nullptr when none).
    const Registry::Entry* inForce(const QString& login, const QDateTime& at) const;
    // The two-person rule's part of one statement: approvals_required, and an approve's target.
    void checkApprovals(const RegistryStatement& st, const QString& hash, const QString& at);
    // Whether a certify statement has the approvals it needs by a time.
    bool approvedBy(const Registry::Entry& certify, const QDateTime& at) const;

    Findings& m_findings;
    QList<Registry::Entry> m_entries; // those that parse, in seq order
    QHash<QString, Registry::Entry> m_byHash;
    QList<RegistryStatement::Legacy> m_legacy;
    QHash<QString, QByteArray> m_adminKeys; // in force at the chain's end
    QString m_root;
    int m_approvalsRequired = 1;            // the root's: 2 under the two-person rule
    QHash<QString, QString> m_pending;      // signer login -> hash of their certify awaiting approval
    QHash<QString, QDateTime> m_approvedAt; // certify hash -> when a valid approve of it was issued
};
