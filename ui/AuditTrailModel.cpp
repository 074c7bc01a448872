#include "ui/AuditTrailModel.h"

#include "core/AuditActionText.h"
#include "core/ChecklistStore.h"
#include "core/ItemChangeAction.h"
#include "core/UtcTime.h"
#include "io/InlineMarkup.h"
#include "ui/base/UiLogging.h"

AuditTrailModel::AuditTrailModel(ChecklistStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    auto refreshIfOpen = [this](qint64 recordId) {
        if (recordId == m_recordId)
            refresh();
    };
    connect(m_store, &ChecklistStore::itemChanged, this,
            [refreshIfOpen](qint64 recordId, const ChecklistItem&) { refreshIfOpen(recordId); });
    connect(m_store, &ChecklistStore::recordStateChanged, this, refreshIfOpen);
}

void AuditTrailModel::setRecord(qint64 recordId) {
    Result<QList<AuditEntry>> newest = recordId ? m_store->auditTrailBefore(recordId, 0, kPageSize)
                                                : Result<QList<AuditEntry>>(QList<AuditEntry>());
    if (!newest && recordId == m_recordId) {
        reportReadFailure(newest.error());
        return;
    }
    beginResetModel();
    m_recordId = recordId;
    m_entries = newest ? std::move(newest).value() : QList<AuditEntry>();
    m_olderRowsRemain = m_entries.size() == kPageSize;
    endResetModel();
    if (!newest)
        reportReadFailure(newest.error());
}

void AuditTrailModel::reportReadFailure(const QString& message) {
    qCWarning(lcUi).nospace() << "cannot read the audit trail of record " << m_recordId << ": " << message;
    Q_EMIT readFailed(message);
}

void AuditTrailModel::refresh() {
    if (m_recordId == 0)
        return;
    if (m_entries.isEmpty()) {
        setRecord(m_recordId);
        return;
    }
    // The trail is append-only: what is new has ids above the newest row shown.
    const Result<QList<AuditEntry>> read = m_store->auditTrailAfter(m_recordId, m_entries.first().id);
    if (!read) {
        reportReadFailure(read.error());
        return;
    }
    const QList<AuditEntry>& newer = read.value();
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    QList<AuditEntry> entries(newer.crbegin(), newer.crend());
    entries += m_entries;
    m_entries = std::move(entries);
    endInsertRows();
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_olderRowsRemain;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const Result<QList<AuditEntry>> read =
        m_store->auditTrailBefore(m_recordId, m_entries.last().id, kPageSize);
    if (!read) {
        // No more fetching (a view would ask again at once); opening the record again retries.
        m_olderRowsRemain = false;
        reportReadFailure(read.error());
        return;
    }
    const QList<AuditEntry>& older = read.value();
    m_olderRowsRemain = older.size() == kPageSize;
    if (older.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + older.size()) - 1);
    m_entries += older;
    endInsertRows();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return tr("%1 UTC").arg(UtcTime::utc(entry.at));
        if (index.column() == Change || index.column() == ItemText)
            return data(index, Qt::DisplayRole);
        if (index.column() == Actor)
            return AuditActionText::actorInFull(entry.actor, entry.osAccount);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return UtcTime::local(entry.at);
    case Actor:
        return AuditActionText::actor(entry.actor, entry.osAccount);
    case Action:
        return actionText(entry);
    case ItemText:
        return InlineMarkup::plainText(entry.itemText);
    case Change:
        return changeText(entry);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("What");
    case ItemText:
        return tr("Item");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditTrailModel::actionText(const AuditEntry& entry) const {
    return AuditActionText::label(entry.action);
}

QString AuditTrailModel::changeText(const AuditEntry& entry) const {
    return AuditActionText::change(entry.action, valueChangeText(entry));
}

QString AuditTrailModel::valueChangeText(const AuditEntry& entry) const {
    if (AuditActionText::isNotApplicableMark(entry.action))
        return AuditActionText::notApplicableMark(InlineMarkup::plainText(entry.oldValue), entry.newValue);
    const QString field = ItemChangeAction::field(entry.action);
    if (field == u"status") {
        return tr("%1 → %2").arg(AuditActionText::value(entry.action, entry.oldValue),
                                 AuditActionText::value(entry.action, entry.newValue));
    }
    if (field == u"notes") {
        auto quoted = [this](const QString& text) {
            return text.isEmpty() ? tr("(empty)") : tr("“%1”").arg(text);
        };
        return tr("%1 → %2").arg(quoted(entry.oldValue), quoted(entry.newValue));
    }
    const QString oldValue = AuditActionText::value(entry.action, entry.oldValue);
    const QString newValue = AuditActionText::value(entry.action, entry.newValue);
    if (oldValue.isEmpty())
        return newValue;
    return tr("%1 → %2").arg(oldValue, newValue);
}
