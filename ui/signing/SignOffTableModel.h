#pragma once

#include "core/Checklist.h"

#include <QAbstractTableModel>

#include <optional>

class ChecklistStore;

// The record's sign-off section as a table: Role | Name | Signature | Meaning
// | Date | State. One row per signer a role of the sign-off table needs (its
// policy; "QA Lead 1 of 2"), in the template's order, with its standing signature, its newest refusal
// ("Declined: reason") or "Not signed"; then every revoked signature, oldest first, greyed. Follows the
// store: a signature, a reopen or an item change (which can invalidate signatures) updates the rows.
//
//   auto* model = new SignOffTableModel(store, this);
//   model->setRecordId(recordId);         // or setRecord(record, SignOffService::statesOf(record))
//   view->setModel(model);
//   view->setItemDelegateForColumn(SignOffTableModel::SignatureColumn, new SignatureDelegate(view));
//   connect(view, &QAbstractItemView::doubleClicked, this, [=](const QModelIndex& index) {
//       if (model->isUnsignedRole(index.row()))
//           openSignatureDialog(model->recordId(), model->roleAt(index.row()));
//   });
class SignOffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        NameColumn,
        SignatureColumn,
        MeaningColumn,
        DateColumn,
        StateColumn,
        ColumnCount
    };
    enum DataRole {
        RoleNameRole = Qt::UserRole + 1, // QString: the role of the row
        StrokesRole,                     // SignatureStrokes (empty when unsigned or typed)
        TypedRole,                       // bool: a typed signature
        PrintedNameRole,                 // QString
        SignedRole,                      // bool: the row carries a signature
        SignatureStateRole,              // int(SignatureState), or -1 when unsigned
        RevokedRole,                     // bool: a revoked signature from the history
        SignatureIdRole,                 // qint64, 0 when unsigned
    };

    explicit SignOffTableModel(ChecklistStore& store, QObject* parent = nullptr);

    // Shows a record (0: none). Reloads it from the store.
    void setRecordId(qint64 recordId);
    // Shows a record already read, with SignOffService::statesOf(record): a
    // record view that has both at hand does not read and hash it again.
    void setRecord(const Record& record, const QList<SignatureState>& states);
    qint64 recordId() const { return m_recordId; }
    // The record as last loaded; nullptr when none.
    const Record* record() const { return m_record ? &*m_record : nullptr; }
    // Reloads the record; the model also does so on the store's change signals.
    void refresh();

    // The role a row is about (revoked rows too).
    QString roleAt(int row) const;
    // True for a role that has no standing signature: the view may offer to sign it.
    bool isUnsignedRole(int row) const;
    // The signature shown on a row; nullptr when unsigned.
    const SignatureEntry* signatureAt(int row) const;
    // For an unsigned role, its newest refusal to sign; nullptr otherwise.
    const SignatureEntry* declineAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // After every reload, with the record as now loaded (for an IntegrityBadge, say).
    void recordReloaded(const Record& record);

private:
    struct Row {
        QString role;
        int signature = -1; // index into m_record->signatures
        bool revoked = false;
        int slot = 0;  // which of the role's signers (a policy may ask for several)
        int slots = 1; // how many rows the role has
    };
    static QList<Row> rowsOf(const Record& record);
    QVariant displayData(const Row& row, const SignatureEntry* signature, int column) const;
    QVariant toolTip(const Row& row, const SignatureEntry* signature, int column) const;
    QVariant declineData(const SignatureEntry& decline, int column, int role) const;
    std::optional<SignatureState> stateOf(const SignatureEntry* signature) const;

    ChecklistStore& m_store;
    qint64 m_recordId = 0;
    std::optional<Record> m_record;
    // SignOffService::stateOf per signature, computed once per reload (it hashes the record).
    QList<SignatureState> m_states;
    QList<Row> m_rows;
};
