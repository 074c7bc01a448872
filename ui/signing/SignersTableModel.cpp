#include "ui/signing/SignersTableModel.h"

#include "core/ChecklistStore.h"
#include "ui/signing/SigningColours.h"
#include "ui/signing/SigningTime.h"

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
    endResetModel();
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
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
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
        return {};
    case LoginRole:
        return signer.login;
    case ActiveRole:
        return signer.active;
    case LockedRole:
        return isLocked(signer);
    default:
        return {};
    }
}
