#include "ui/signing/SignOffTableModel.h"

#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/SignOffService.h"
#include "ui/signing/SignatureStateIcon.h"
#include "ui/signing/SigningColours.h"
#include "ui/signing/SigningTime.h"

#include <QFont>

#include <algorithm>

SignOffTableModel::SignOffTableModel(ChecklistStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &ChecklistStore::recordStateChanged, this, [this](qint64 id) {
        if (id == m_recordId && m_recordId != 0)
            refresh();
    });
    // An item change after signing invalidates signatures: the State column follows.
    // Without a standing signature an item change shows nowhere here, and a
    // reload per tick would cost a whole record read on every Space.
    connect(&m_store, &ChecklistStore::itemChanged, this, [this](qint64 id, const ChecklistItem&) {
        if (id != m_recordId || m_recordId == 0 || !m_record)
            return;
        const bool standing = std::any_of(m_record->signatures.cbegin(), m_record->signatures.cend(),
                                          [](const SignatureEntry& s) { return !s.revoked; });
        if (standing)
            refresh();
    });
}

void SignOffTableModel::setRecordId(qint64 recordId) {
    if (recordId != 0) {
        if (Result<Record> record = m_store.loadRecord(recordId)) {
            setRecord(*record, SignOffService::statesOf(*record));
            return;
        }
    }
    beginResetModel();
    m_recordId = recordId;
    m_record.reset();
    m_states.clear();
    m_rows.clear();
    endResetModel();
}

void SignOffTableModel::setRecord(const Record& record, const QList<SignatureState>& states) {
    beginResetModel();
    m_recordId = record.id;
    m_record = record;
    m_states = states;
    m_rows = rowsOf(record);
    endResetModel();
    Q_EMIT recordReloaded(*m_record);
}

QList<SignOffTableModel::Row> SignOffTableModel::rowsOf(const Record& record) {
    QList<Row> rows;
    if (const ChecklistSection* signOff = record.signOffSection()) {
        for (const ChecklistItem& item : signOff->items) {
            if (item.isGroupHeader)
                continue;
            // As many rows as the role's policy asks for signers, each signed or waiting.
            QList<int> standing;
            for (int i = 0; i < record.signatures.size(); ++i) {
                if (!record.signatures.at(i).revoked && record.signatures.at(i).role == item.text)
                    standing << i;
            }
            const int slots =
                std::max(int(standing.size()), std::max(1, record.policyFor(item.text).signersRequired));
            for (int slot = 0; slot < slots; ++slot) {
                Row row;
                row.role = item.text;
                row.signature = slot < standing.size() ? standing.at(slot) : -1;
                row.slot = slot;
                row.slots = slots;
                rows << row;
            }
        }
    }
    QList<Row> revoked;
    for (int i = 0; i < record.signatures.size(); ++i) {
        const SignatureEntry& s = record.signatures.at(i);
        if (s.revoked)
            revoked << Row{s.role, i, true};
    }
    // Oldest reopening first, then the order the roles sign in: a new reopening appends rows.
    std::stable_sort(revoked.begin(), revoked.end(), [&record](const Row& a, const Row& b) {
        const SignatureEntry& x = record.signatures.at(a.signature);
        const SignatureEntry& y = record.signatures.at(b.signature);
        if (x.revokedAt != y.revokedAt)
            return x.revokedAt < y.revokedAt;
        if (x.rolePosition != y.rolePosition)
            return x.rolePosition < y.rolePosition;
        return x.id < y.id;
    });
    return rows + revoked;
}

void SignOffTableModel::refresh() {
    if (m_recordId == 0)
        return;
    Result<Record> loaded = m_store.loadRecord(m_recordId);
    if (!loaded) {
        setRecordId(0);
        return;
    }
    Record record = std::move(loaded).value();
    const QList<Row> rows = rowsOf(record);
    const QList<SignatureState> states = SignOffService::statesOf(record);

    // Rows only ever grow at the end (a reopening appends revoked ones); anything
    // else is a different record shape, and a reset is honest about it.
    bool grows = rows.size() >= m_rows.size();
    for (int i = 0; grows && i < m_rows.size(); ++i)
        grows = rows.at(i).role == m_rows.at(i).role && rows.at(i).revoked == m_rows.at(i).revoked;
    if (!grows) {
        beginResetModel();
        m_record = std::move(record);
        m_states = states;
        m_rows = rows;
        endResetModel();
        Q_EMIT recordReloaded(*m_record);
        return;
    }
    const int oldCount = int(m_rows.size());
    m_record = std::move(record);
    m_states = states;
    m_rows = rows.mid(0, oldCount);
    if (oldCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(oldCount - 1, ColumnCount - 1));
    if (rows.size() > oldCount) {
        beginInsertRows(QModelIndex(), oldCount, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    }
    Q_EMIT recordReloaded(*m_record);
}

QString SignOffTableModel::roleAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role : QString();
}

bool SignOffTableModel::isUnsignedRole(int row) const {
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).revoked && m_rows.at(row).signature < 0;
}

const SignatureEntry* SignOffTableModel::signatureAt(int row) const {
    if (!m_record || row < 0 || row >= m_rows.size() || m_rows.at(row).signature < 0)
        return nullptr;
    return &m_record->signatures.at(m_rows.at(row).signature);
}

const SignatureEntry* SignOffTableModel::declineAt(int row) const {
    if (!m_record || !isUnsignedRole(row))
        return nullptr;
    return m_record->latestDecline(m_rows.at(row).role);
}

// A declined role's row: who refused, when and why, in the warning colour;
// the tooltip says whether the record has changed since (then it can be signed).
QVariant SignOffTableModel::declineData(const SignatureEntry& decline, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(column)) {
        case RoleColumn:
            return decline.role;
        case NameColumn:
            return decline.printedName;
        case SignatureColumn:
            return tr("Declined: %1").arg(decline.reason);
        case DateColumn:
            return SigningTime::localText(decline.signedAt);
        case StateColumn:
            return tr("Declined");
        case MeaningColumn:
        case ColumnCount:
            break;
        }
        return QString();
    case Qt::ToolTipRole: {
        const QString declined = tr("Declined by %1 (login %2) on %3: %4")
                                     .arg(decline.printedName, decline.login,
                                          SigningTime::localText(decline.signedAt), decline.reason);
        // Hashed only when the tooltip is asked for: a large record takes a moment.
        const bool changed = m_record && RecordDigests(*m_record).forSignature(decline) != decline.digest;
        return QString(declined + QLatin1Char('\n') +
                       (changed ? tr("The record has changed since: %1 can sign now.").arg(decline.role)
                                : tr("%1 can sign once the record has changed.").arg(decline.role)));
    }
    case Qt::ForegroundRole:
        if (column == SignatureColumn || column == StateColumn)
            return SigningColours::of(SignatureState::Invalidated);
        return {};
    case Qt::FontRole:
        if (column == RoleColumn || column == StateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

std::optional<SignatureState> SignOffTableModel::stateOf(const SignatureEntry* signature) const {
    if (!signature || !m_record)
        return std::nullopt;
    const qsizetype i = signature - m_record->signatures.constData();
    return i >= 0 && i < m_states.size() ? std::optional(m_states.at(i)) : std::nullopt;
}

int SignOffTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignOffTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignOffTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case SignatureColumn:
        return tr("Signature");
    case MeaningColumn:
        return tr("Meaning");
    case DateColumn:
        return tr("Date");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SignOffTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Read-only: a signature is made only through SignatureDialog.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SignOffTableModel::displayData(const Row& row, const SignatureEntry* signature, int column) const {
    switch (Column(column)) {
    case RoleColumn:
        // "QA Lead 1 of 2": which of the role's signers the row is.
        return row.slots > 1 && !row.revoked
                   ? tr("%1 %2 of %3").arg(row.role).arg(row.slot + 1).arg(row.slots)
                   : row.role;
    case NameColumn:
        return signature ? signature->printedName : QString();
    case SignatureColumn:
        if (!signature)
            return tr("Not signed");
        // A typed signature reads as the name; the delegate draws strokes.
        return signature->typed ? signature->printedName : QString();
    case MeaningColumn:
        return signature ? signature->meaning : QString();
    case DateColumn:
        return signature ? SigningTime::localText(signature->signedAt) : QString();
    case StateColumn:
        if (const std::optional<SignatureState> state = stateOf(signature))
            return SignatureStateText::label(*state);
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SignOffTableModel::toolTip(const Row& row, const SignatureEntry* signature, int column) const {
    if (!signature) {
        if (column == RoleColumn && m_record)
            return tr("Policy of %1: %2")
                .arg(row.role, RolePolicyText::describe(m_record->policyFor(row.role)));
        return column == SignatureColumn ? tr("%1 has not signed yet").arg(row.role) : QVariant();
    }
    switch (Column(column)) {
    case NameColumn:
        return tr("%1 (login %2)").arg(signature->printedName, signature->login);
    case DateColumn:
        return tr("%1 — the application's clock when signing").arg(SigningTime::utcText(signature->signedAt));
    case SignatureColumn:
    case StateColumn: {
        const std::optional<SignatureState> state = stateOf(signature);
        if (!state)
            return {};
        switch (*state) {
        case SignatureState::Valid: {
            const QString valid = tr("The record still has the content that was signed (digest %1…)")
                                      .arg(signature->digest.left(16));
            // The registry's first statement lists such a signature; verify checks it there.
            if (SignaturePayload::certificateOf(*signature).isEmpty())
                return QString(
                    valid + QLatin1Char('\n') +
                    tr("Made without an administrator's certificate, before this database had a signer "
                       "registry."));
            return valid;
        }
        case SignatureState::Invalidated:
            return tr("The record changed after this signature: it no longer matches the content signed "
                      "(digest "
                      "%1…)")
                .arg(signature->digest.left(16));
        case SignatureState::Revoked:
            return tr("Revoked %1 by %2: %3")
                .arg(SigningTime::localText(signature->revokedAt), signature->revokedBy,
                     signature->revokedReason);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant SignOffTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const SignatureEntry* signature = signatureAt(index.row());
    const int column = index.column();
    if (const SignatureEntry* declined = declineAt(index.row());
        declined && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole ||
                     role == Qt::ForegroundRole || role == Qt::FontRole))
        return declineData(*declined, column, role);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, signature, column);
    case Qt::ToolTipRole:
        return toolTip(row, signature, column);
    case Qt::DecorationRole:
        if (column == StateColumn) {
            if (const std::optional<SignatureState> state = stateOf(signature))
                return SignatureStateIcon::icon(*state);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == SignatureColumn && signature)
            return signature->typed ? tr("Typed signature of %1").arg(signature->printedName)
                                    : tr("Drawn signature of %1").arg(signature->printedName);
        return displayData(row, signature, column);
    case Qt::ForegroundRole:
        if (row.revoked)
            return SigningColours::muted();
        if (!signature)
            return column == SignatureColumn ? QVariant(SigningColours::muted()) : QVariant();
        if (column == StateColumn) {
            if (const std::optional<SignatureState> state = stateOf(signature))
                return SigningColours::of(*state);
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        if (column == RoleColumn && !row.revoked) {
            font.setBold(true);
            return font;
        }
        if ((column == SignatureColumn && !signature) || row.revoked) {
            font.setItalic(true);
            return font;
        }
        if (column == StateColumn && signature) {
            font.setBold(true);
            return font;
        }
        return {};
    }
    case RoleNameRole:
        return row.role;
    case StrokesRole:
        return QVariant::fromValue(signature && !signature->typed ? signature->strokes : SignatureStrokes());
    case TypedRole:
        return signature && signature->typed;
    case PrintedNameRole:
        return signature ? signature->printedName : QString();
    case SignedRole:
        return signature != nullptr;
    case SignatureStateRole:
        if (const std::optional<SignatureState> state = stateOf(signature))
            return int(*state);
        return -1;
    case RevokedRole:
        return row.revoked;
    case SignatureIdRole:
        return signature ? signature->id : qint64(0);
    default:
        return {};
    }
}
