#include "ui/signing/SignersTableModel.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "ui/signing/SigningColours.h"
#include "ui/signing/SigningTime.h"

#include <QSet>

SignersTableModel::SignersTableModel(ChecklistStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &ChecklistStore::signersChanged, this, &SignersTableModel::refresh);
    refresh();
}

void SignersTableModel::refresh() {
    Result<QList<Signer>> signers = m_store.signers();
    if (!signers) {
        m_readError = signers.error();
        Q_EMIT readFailed(m_readError);
        return;
    }
    m_readError.clear();
    beginResetModel();
    m_signers = std::move(signers).value();
    m_loadedAt = m_store.now();
    readCertificates();
    endResetModel();
}

void SignersTableModel::readCertificates() {
    m_certificates.clear();
    const Result<QList<Registry::Entry>> entries = Registry(m_store).entries();
    m_hasRegistry = entries && !entries->isEmpty();
    if (!entries) {
        m_readError = entries.error();
        return;
    }
    // Read with the chain once, not once a signer.
    const QSet<QString> awaiting = Registry(m_store).awaitingApproval().value_or(QSet<QString>());
    QHash<QString, const RegistryStatement*> last;
    for (const Registry::Entry& e : entries.value()) {
        if (e.statement.subjectKind == u"signer" && e.statement.action != u"unlock" &&
            e.statement.action != u"approve")
            last.insert(e.statement.subjectLogin, &e.statement);
    }
    for (const Signer& signer : std::as_const(m_signers)) {
        const RegistryStatement* s = last.value(signer.login);
        Certificate c;
        if (!s && !signer.active) {
            c.text = tr("Deactivated before the registry");
            c.toolTip = tr("Signatures made before the registry stay valid: its first statement lists them.");
            c.matches = true;
        } else if (!s) {
            c.text = tr("Not certified");
            c.toolTip = tr("No administrator has certified this signer: their signatures do not verify. "
                           "Deactivate them, or ask an administrator to run countersign-cli verify.");
        } else {
            // The date in the column, the whole time in the tooltip: the roles need the width.
            const QString day = s->issuedAt.toLocalTime().date().toString(Qt::ISODate);
            const QString when = SigningTime::localText(s->issuedAt);
            const bool revoked = s->action == u"revoke";
            c.text = revoked ? tr("Revoked by %1, %2").arg(s->issuerLogin, day)
                             : tr("By %1, %2").arg(s->issuerLogin, day);
            c.matches = revoked ? !signer.active
                                : signer.active && s->subjectKey == signer.publicKey &&
                                      s->subjectName == signer.printedName && s->subjectRoles == signer.roles;
            c.toolTip =
                c.matches
                    ? (revoked ? tr("Revoked by %1 at %2").arg(s->issuerLogin, when)
                               : tr("Certified by %1 at %2 for the roles: %3")
                                     .arg(s->issuerLogin, when, s->subjectRoles.join(QStringLiteral(", "))))
                    : tr("This signer's row does not match their certificate: the signers table "
                         "was changed outside Countersign. Run countersign-cli verify.");
            if (!c.matches)
                c.text = tr("Does not match its certificate");
            else if (!revoked && awaiting.contains(signer.login)) {
                c.awaitingApproval = true;
                c.text = tr("Awaiting a second administrator");
                c.toolTip = tr("Certified by %1 at %2; under the two-person rule another administrator must "
                               "approve it before %3 can sign.")
                                .arg(s->issuerLogin, when, signer.login);
            }
        }
        m_certificates.insert(signer.login, c);
    }
}

const Signer* SignersTableModel::signerAt(int row) const {
    return row >= 0 && row < m_signers.size() ? &m_signers.at(row) : nullptr;
}

int SignersTableModel::rowOf(const QString& login) const {
    for (int i = 0; i < m_signers.size(); ++i) {
        if (m_signers.at(i).login.compare(login, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool SignersTableModel::isLocked(const Signer& signer) const {
    return signer.lockedUntil.isValid() && signer.lockedUntil > m_loadedAt;
}

int SignersTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_signers.size());
}

int SignersTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignersTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Printed name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case LockedColumn:
        return tr("Locked until");
    case CertifiedColumn:
        return m_hasRegistry ? tr("Certified") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SignersTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SignersTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Signer& signer = m_signers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LoginColumn:
            return signer.login;
        case NameColumn:
            return signer.printedName;
        case RolesColumn:
            return signer.roles.join(QStringLiteral(", "));
        case StatusColumn:
            return signer.active ? tr("Active") : tr("Deactivated");
        case LockedColumn:
            return isLocked(signer) ? SigningTime::localText(signer.lockedUntil) : QString();
        case CertifiedColumn:
            return m_certificates.value(signer.login).text;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CertifiedColumn && m_hasRegistry)
            return m_certificates.value(signer.login).toolTip;
        if (index.column() == LockedColumn && isLocked(signer))
            return tr("Locked after too many wrong passwords; signing works again after this time.");
        if (index.column() == StatusColumn && !signer.active)
            return tr("Can no longer sign. Signatures made before stay valid.");
        if (signer.createdAt.isValid())
            return tr("Registered %1").arg(SigningTime::localText(signer.createdAt));
        return {};
    case Qt::ForegroundRole:
        if (!signer.active)
            return SigningColours::muted();
        if (index.column() == LockedColumn && isLocked(signer))
            return SigningColours::invalid();
        if (index.column() == CertifiedColumn && m_hasRegistry && !m_certificates.value(signer.login).matches)
            return SigningColours::invalid();
        return {};
    case LoginRole:
        return signer.login;
    case ActiveRole:
        return signer.active;
    case LockedRole:
        return isLocked(signer);
    case AwaitingApprovalRole:
        return m_certificates.value(signer.login).awaitingApproval;
    default:
        return {};
    }
}
