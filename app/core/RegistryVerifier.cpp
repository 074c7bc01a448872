#include "core/RegistryVerifier.h"
#include "core/Sha256.h"

#include "core/ContentDigest.h"
#include "core/Crypto.h"
#include "core/RecoveryCode.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kSigner = QStringLiteral("signer");
const QString kAdministrator = QStringLiteral("administrator");
} // namespace

RegistryVerifier::RegistryVerifier(const ChecklistStore& store, const QString& databaseId,
                                   const QList<ChecklistStore::ChainRow>& auditRows, Findings& findings)
    : m_findings(findings) {
    const Result<QList<StoredStatement>> stored = store.registryStatements();
    if (!stored) {
        m_findings.append({QStringLiteral("unreadable"), 0, 0, 0, stored.error()});
        return;
    }
    // What the audit trail says was stated: seq -> hash.
    QHash<qint64, QString> audited;
    for (const ChecklistStore::ChainRow& row : auditRows) {
        if (row.entry.action != u"registry_statement")
            continue;
        const QStringList parts = row.entry.newValue.split(QStringLiteral(" | sha256 "));
        if (parts.size() == 2)
            audited.insert(parts.at(0).mid(4).toLongLong(), parts.at(1));
    }
    QString previous = RegistryStatement::firstPrevious();
    QDateTime previousTime;
    qint64 expectedSeq = 1;
    for (const StoredStatement& s : stored.value()) {
        const QString at = tr("registry statement %1").arg(s.seq);
        const QString hash = RegistryStatement::hashOf(s.bytes);
        if (s.hash != hash)
            finding(tr("%1: its stored hash is not the hash of its bytes").arg(at));
        if (audited.value(s.seq) != hash)
            finding(tr("%1 is not the statement the audit trail recorded: the registry was written outside "
                       "Countersign")
                        .arg(at));
        audited.remove(s.seq);
        const std::optional<RegistryStatement> read = RegistryStatement::parse(s.bytes);
        if (!read) {
            finding(tr("%1 is not a countersign-certificate/1 statement in canonical form").arg(at));
            continue;
        }
        const RegistryStatement& st = *read;
        if (st.seq != s.seq || s.seq != expectedSeq)
            finding(tr("%1: the chain expects statement %2 here (it says %3)")
                        .arg(at)
                        .arg(expectedSeq)
                        .arg(st.seq));
        ++expectedSeq;
        if (st.previous != previous)
            finding(tr("%1 does not chain to the statement before it").arg(at));
        previous = hash;
        if (st.databaseId != databaseId)
            finding(tr("%1 belongs to another database (%2)").arg(at, st.databaseId));
        if (previousTime.isValid() && st.issuedAt < previousTime)
            finding(tr("%1 was issued before the statement before it").arg(at));
        previousTime = st.issuedAt;
        if (!Crypto::verify(s.bytes, s.signature, st.issuerKey))
            finding(tr("%1: its Ed25519 signature does not hold for its issuer's key").arg(at));
        const bool isRoot = st.action == u"root";
        if (isRoot != (st.seq == 1))
            finding(tr("%1: only the first statement is the root").arg(at));
        if (isRoot) {
            if (st.subjectKind != kAdministrator || st.issuerKey != st.subjectKey ||
                st.issuerLogin != st.subjectLogin)
                finding(
                    tr("%1: the root statement must be an administrator's, signed by themselves").arg(at));
            m_root = RegistryStatement::fingerprint(st.subjectKey);
            if (st.approvalsRequired != 1 && st.approvalsRequired != 2)
                finding(
                    tr("%1: the root requires %2 approvals; Countersign writes 1, or 2 under the two-person "
                       "rule")
                        .arg(at)
                        .arg(st.approvalsRequired));
            m_approvalsRequired = st.approvalsRequired >= 2 ? 2 : 1;
            if (st.legacy)
                m_legacy = *st.legacy;
        } else {
            if (m_adminKeys.value(st.issuerLogin) != st.issuerKey || st.issuerKey.isEmpty())
                finding(tr("%1 was issued by %2, who was not an administrator certified by the registry then")
                            .arg(at, st.issuerLogin));
            if (st.legacy)
                finding(tr("%1: only the root statement may list legacy signatures").arg(at));
            if (st.issuerLogin.compare(st.subjectLogin, Qt::CaseInsensitive) == 0)
                finding(tr("%1: %2 certified themselves").arg(at, st.issuerLogin));
        }
        // The recovery key issues recover statements and nothing else, and nobody else issues them.
        const bool byRecovery = RecoveryCode::isReservedLogin(st.issuerLogin);
        const bool recover = st.action == u"recover";
        if (byRecovery && !recover)
            finding(tr("%1: the recovery key may only recover an administrator, but it issued a %2 statement")
                        .arg(at, st.action));
        if (recover && !byRecovery)
            finding(tr("%1: only the recovery key may recover an administrator, but %2 issued it")
                        .arg(at, st.issuerLogin));
        if (recover && (st.subjectKind != kAdministrator || !m_adminKeys.contains(st.subjectLogin)))
            finding(tr("%1 recovers %2, who is not an administrator certified by the registry then")
                        .arg(at, st.subjectLogin));
        if (!isRoot)
            checkApprovals(st, hash, at);
        if (st.subjectKind == kAdministrator) {
            if (st.action == u"revoke")
                m_adminKeys.remove(st.subjectLogin);
            else if (st.action == u"root" || st.action == u"certify" || (recover && byRecovery))
                m_adminKeys.insert(st.subjectLogin, st.subjectKey);
        }
        const Registry::Entry entry{st, hash};
        m_entries.append(entry);
        m_byHash.insert(hash, entry);
    }
    for (auto it = audited.constBegin(); it != audited.constEnd(); ++it)
        finding(
            tr("registry statement %1 is in the audit trail but no longer in the registry").arg(it.key()));
}

void RegistryVerifier::checkApprovals(const RegistryStatement& st, const QString& hash, const QString& at) {
    const bool signerCertify = st.subjectKind == kSigner && st.action == u"certify";
    const int expected = signerCertify ? m_approvalsRequired : 1;
    if (st.approvalsRequired != expected)
        finding(tr("%1 requires %2 approvals where the registry's rule requires %3: it was not written by "
                   "Countersign")
                    .arg(at)
                    .arg(st.approvalsRequired)
                    .arg(expected));
    const bool approve = st.action == u"approve";
    if (approve == st.approves.isEmpty())
        finding(tr("%1: only an approve statement names a statement it approves").arg(at));
    if (st.subjectKind != kSigner)
        return;
    if (signerCertify) {
        if (st.approvalsRequired >= 2)
            m_pending.insert(st.subjectLogin, hash);
        else
            m_pending.remove(st.subjectLogin);
        return;
    }
    if (st.action == u"revoke")
        m_pending.remove(st.subjectLogin);
    if (!approve || st.approves.isEmpty())
        return;
    const auto certify = m_byHash.constFind(st.approves);
    if (certify == m_byHash.constEnd() || m_pending.value(st.subjectLogin) != st.approves) {
        finding(tr("%1 approves %2, which is no certificate of %3 awaiting approval")
                    .arg(at, st.approves.left(16), st.subjectLogin));
        return;
    }
    const RegistryStatement& c = certify->statement;
    if (RecoveryCode::isReservedLogin(st.issuerLogin))
        finding(tr("%1: the recovery key may not approve a signer's certificate").arg(at));
    else if (st.issuerLogin.compare(c.issuerLogin, Qt::CaseInsensitive) == 0)
        finding(tr("%1: %2 approved their own certificate of %3, but the two-person rule needs another "
                   "administrator")
                    .arg(at, st.issuerLogin, c.subjectLogin));
    else if (!Registry::isApprovalOf(st, *certify))
        finding(tr("%1 does not approve the signer and key that statement %2 certifies").arg(at).arg(c.seq));
    else if (m_adminKeys.value(st.issuerLogin) == st.issuerKey && !st.issuerKey.isEmpty()) {
        m_approvedAt.insert(st.approves, st.validFrom);
        m_pending.remove(st.subjectLogin);
    }
}

bool RegistryVerifier::approvedBy(const Registry::Entry& certify, const QDateTime& at) const {
    if (certify.statement.approvalsRequired <= 1)
        return true;
    const auto approved = m_approvedAt.constFind(certify.hash);
    return approved != m_approvedAt.constEnd() && (!at.isValid() || approved.value() <= at);
}

void RegistryVerifier::finding(const QString& message) {
    m_findings.append({QStringLiteral("registry"), 0, 0, 0, message});
}

void RegistryVerifier::expectRoot(const QString& expected, const QString& where) {
    if (expected.isEmpty())
        return;
    const QString want = RegistryStatement::normalizedFingerprint(expected);
    if (m_root != want)
        m_findings.append({QStringLiteral("root"), 0, 0, 0,
                           tr("the registry's root is %1, but %2 is %3: the administrators were replaced, or "
                              "this is another database")
                               .arg(m_root.isEmpty() ? tr("missing") : m_root, where, want)});
}

const Registry::Entry* RegistryVerifier::inForce(const QString& login, const QDateTime& at) const {
    const Registry::Entry* found = nullptr;
    for (const Registry::Entry& e : m_entries) {
        if (e.statement.subjectKind != kSigner || e.statement.subjectLogin != login)
            continue;
        if (at.isValid() && e.statement.validFrom > at)
            break;
        if (e.statement.action == u"certify")
            found = &e;
        else if (e.statement.action == u"revoke")
            found = nullptr;
    }
    return found;
}

void RegistryVerifier::checkSigners(const QList<Signer>& signers) {
    if (!hasRegistry())
        return;
    for (const Signer& s : signers) {
        if (!s.active)
            continue;
        const Registry::Entry* cert = inForce(s.login, QDateTime());
        if (!cert)
            finding(tr("the signer %1 is active but has no certificate in force in the registry: the signers "
                       "table was written outside Countersign")
                        .arg(s.login));
        else if (cert->statement.subjectKey != s.publicKey || cert->statement.subjectName != s.printedName ||
                 cert->statement.subjectRoles != s.roles)
            finding(
                tr("the signer %1's key, printed name or roles are not the ones their certificate (statement "
                   "%2) names: the signers table was changed outside Countersign")
                    .arg(s.login)
                    .arg(cert->statement.seq));
    }
}

void RegistryVerifier::checkAdministrators(const QList<Signer>& administrators) {
    for (const Signer& a : administrators) {
        if (a.active && m_adminKeys.value(a.login) != a.publicKey)
            finding(tr("the administrator %1 has no certificate in force for their key: the administrators "
                       "table was written outside Countersign")
                        .arg(a.login));
    }
}

QStringList RegistryVerifier::checkSignature(const SignatureEntry& sig, const Signer& signer) const {
    if (!hasRegistry())
        return {};
    QString certificate;
    if (sig.payloadFormat >= 2)
        certificate =
            QJsonDocument::fromJson(sig.payload).object().value(QStringLiteral("certificate")).toString();
    if (certificate.isEmpty()) {
        const RegistryStatement::Legacy mine{signer.publicKey,
                                             Sha256::hex(SignaturePayload::signedBytes(sig))};
        if (!m_legacy.contains(mine))
            return {tr("it names no certificate and is not on the root's list of signatures made before the "
                       "registry")};
        return {};
    }
    const auto named = m_byHash.constFind(certificate);
    if (named == m_byHash.constEnd())
        return {tr("the certificate it names (%1) is not in the registry").arg(certificate.left(16))};
    QStringList problems;
    const RegistryStatement& st = named->statement;
    if (st.action != u"certify" || st.subjectKind != kSigner || st.subjectLogin != sig.login ||
        st.subjectKey != signer.publicKey)
        problems
            << tr("the certificate it names (statement %1) does not certify this signer's key").arg(st.seq);
    const Registry::Entry* atSigning = inForce(sig.login, sig.signedAt);
    if (!atSigning || atSigning->hash != certificate)
        problems
            << tr("the certificate it names (statement %1) was not in force when it was signed").arg(st.seq);
    else if (!approvedBy(*atSigning, sig.signedAt))
        problems << tr("the certificate it names (statement %1) awaited a second administrator's approval "
                       "(two-person rule) when it was signed")
                        .arg(st.seq);
    return problems;
}
