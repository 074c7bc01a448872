#include "RecordListModel.h"

#include "ChecklistStore.h"
#include "StatusAppearance.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

RecordListModel::RecordListModel(ChecklistStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(m_store, &ChecklistStore::recordCreated, this, &RecordListModel::onRecordCreated);
    connect(m_store, &ChecklistStore::itemChanged, this,
            [this](qint64 recordId, const ChecklistItem&) { updateRecord(recordId); });
    connect(m_store, &ChecklistStore::recordStateChanged, this, &RecordListModel::updateRecord);
    refresh();
}

void RecordListModel::refresh() {
    QList<RecordSummary> records = m_store->records();
    const auto sameRecord = [](const RecordSummary& a, const RecordSummary& b) {
        return a.id == b.id;
    };
    const qsizetype known = m_records.size();
    const bool prefixKept = records.size() >= known &&
                            std::equal(m_records.cbegin(), m_records.cend(), records.cbegin(), sameRecord);
    if (!prefixKept) {
        // Another database, or records gone: the rows mean something else now.
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
        return;
    }
    // Records are only ever added: update the known rows in place (the
    // selection stays) and append the new ones.
    const QList<RecordSummary> added = records.mid(known);
    m_records = records.first(known);
    if (known > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(known) - 1, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(known), int(known + added.size()) - 1);
        m_records.append(added);
        endInsertRows();
    }
}

qint64 RecordListModel::recordIdAt(int row) const {
    return row >= 0 && row < m_records.size() ? m_records.at(row).id : 0;
}

int RecordListModel::rowOfRecord(qint64 recordId) const {
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == recordId)
            return row;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordSummary& record = m_records.at(index.row());
    if (role == RecordIdRole)
        return record.id;
    if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 v%3, created %4\n%5 done, %6 N/A, %7 failed, %8 pending")
            .arg(record.title, record.templateTitle)
            .arg(record.templateVersion)
            .arg(QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat))
            .arg(record.progress.done)
            .arg(record.progress.notApplicable)
            .arg(record.progress.failed)
            .arg(record.progress.pending());
    }
    if (role == Qt::TextAlignmentRole && index.column() == ProgressColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ForegroundRole && index.column() == ProgressColumn && record.progress.failed > 0)
        return QBrush(StatusAppearance::foreground(ItemStatus::Failed));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return record.title;
    case Version:
        return record.releaseVersion;
    case Environment:
        return record.environment;
    case ProgressColumn:
        // Failures show as "✗1" after the count, in red: the one thing a lead must not miss.
        return record.progress.failed > 0
                   ? tr("%1/%2 ✗%3")
                         .arg(record.progress.resolved())
                         .arg(record.progress.total)
                         .arg(record.progress.failed)
                   : tr("%1/%2").arg(record.progress.resolved()).arg(record.progress.total);
    case State:
        return RecordStateText::label(record.state);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Record");
    case Version:
        return tr("Version");
    case Environment:
        return tr("Environment");
    case ProgressColumn:
        return tr("Progress");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void RecordListModel::onRecordCreated(qint64 recordId) {
    const Result<RecordSummary> summary = m_store->recordSummary(recordId);
    if (!summary || rowOfRecord(recordId) >= 0)
        return;
    // The store lists records by id: a new one goes last.
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(*summary);
    endInsertRows();
}

void RecordListModel::updateRecord(qint64 recordId) {
    const int row = rowOfRecord(recordId);
    if (row < 0)
        return;
    const Result<RecordSummary> summary = m_store->recordSummary(recordId);
    if (!summary)
        return;
    m_records[row] = *summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
