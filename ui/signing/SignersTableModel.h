#pragma once

#include "core/Checklist.h"

#include <QAbstractTableModel>
#include <QHash>

class ChecklistStore;

// The signers, for Tools ▸ Signers: Login | Printed name | Roles | Status |
// Locked until | Certified (by whom and when, from the signer registry; empty
// without one). Deactivated signers stay listed (greyed): signers are never
// deleted. Reloads on ChecklistStore::signersChanged; the store does not
// signal a wrong password, so call refresh() to see a new lock.
class SignersTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LoginColumn,
        NameColumn,
        RolesColumn,
        StatusColumn,
        LockedColumn,
        CertifiedColumn,
        ColumnCount
    };
    enum DataRole {
        LoginRole = Qt::UserRole + 1, // QString
        ActiveRole,                   // bool
        LockedRole,                   // bool: locked after too many wrong passwords
        AwaitingApprovalRole,         // bool: the certificate awaits a second administrator (two-person rule)
    };

    explicit SignersTableModel(ChecklistStore& store, QObject* parent = nullptr);

    // Rereads the signers. When they cannot be read the rows shown stay as
    // they were and readFailed says why (an empty table would claim there are none).
    void refresh();
    // Why the last refresh could not read the signers; empty when it could.
    const QString& readError() const { return m_readError; }
    // The signer on a row; nullptr when out of range.
    const Signer* signerAt(int row) const;
    // The row of a login, or -1.
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    bool isLocked(const Signer& signer) const;
    // The registry's last word about a signer: "Certified by admin, 4 Dec 2026 10:00", say.
    void readCertificates();

    struct Certificate {
        QString text;
        QString toolTip;
        bool matches = false; // the signer's row is what the certificate in force says
        bool awaitingApproval = false;
    };

    ChecklistStore& m_store;
    QList<Signer> m_signers;
    QHash<QString, Certificate> m_certificates; // by login; empty without a registry
    bool m_hasRegistry = false;
    QDateTime m_loadedAt; // the store's clock at the last reload: when a lock counts as running
    QString m_readError;
};
