#include "ui/RecordListModel.h"

#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "ui/StatusAppearance.h"
#include "ui/base/UiLogging.h"

#include <QBrush>

#include <algorithm>
#include <optional>

RecordListModel::RecordListModel(ChecklistStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(m_store, &ChecklistStore::recordCreated, this, &RecordListModel::onRecordCreated);
    connect(m_store, &ChecklistStore::itemChanged, this,
            [this](qint64 recordId, const ChecklistItem&) { updateRecord(recordId); });
    connect(m_store, &ChecklistStore::recordStateChanged, this, &RecordListModel::updateRecord);
    refresh();
}

RecordListModel::~RecordListModel() {
    if (m_worker)
        m_worker->wait();
}

void RecordListModel::refresh() {
    ++m_changes;
    Result<QList<qint64>> read = m_store->recordIds();
    if (!read) {
        qCWarning(lcUi) << "cannot refresh the record list:" << read.error();
        // The rows of another database would be wrong, not just stale.
        if (m_idsLocation != m_store->location()) {
            beginResetModel();
            m_ids.clear();
            m_rows = SummaryRows();
            m_idsLocation = m_store->location();
            endResetModel();
        }
        Q_EMIT readFailed(read.error());
        return;
    }
    const bool anotherDatabase = m_idsLocation != m_store->location();
    if (anotherDatabase)
        m_readEverything = false; // another database: back to reading what is shown
    m_idsLocation = m_store->location();
    if (anotherDatabase && m_readInBackground)
        QMetaObject::invokeMethod(this, &RecordListModel::startBackgroundRead, Qt::QueuedConnection);
    QList<qint64> ids = std::move(read).value();
    const qsizetype known = m_ids.size();
    const bool prefixKept = ids.size() >= known && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    // What was read may have changed elsewhere: the rows read again when next
    // shown. The rows of the new ids, ready before any view asks for them.
    SummaryRows rows(ids.size());
    if (m_readEverything)
        readEverySummary(ids, rows);
    if (!prefixKept) {
        // Another database, or records gone: the rows mean something else now.
        beginResetModel();
        m_ids = std::move(ids);
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Records are only ever added: update the known rows in place (the
    // selection stays) and append the new ones. Rows past m_ids are never
    // asked for, so the rows can be the new ones before the ids are.
    m_rows = std::move(rows);
    if (known > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(known) - 1, ColumnCount - 1));
    if (ids.size() > known) {
        beginInsertRows({}, int(known), int(ids.size()) - 1);
        m_ids = std::move(ids);
        endInsertRows();
    }
}

qint64 RecordListModel::recordIdAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordListModel::rowOfRecord(qint64 recordId) const {
    const auto found = std::lower_bound(m_ids.cbegin(), m_ids.cend(), recordId);
    return found != m_ids.cend() && *found == recordId ? int(found - m_ids.cbegin()) : -1;
}

void RecordListModel::setReadEverything(bool everything) {
    if (everything == m_readEverything)
        return;
    m_readEverything = everything;
    if (everything)
        readEverySummary(m_ids, m_rows);
}

void RecordListModel::readEverySummary(const QList<qint64>& ids, SummaryRows& rows) const {
    const Result<QList<RecordSummary>> all = m_store->records();
    if (!all) {
        // The rows read page by page instead, as before.
        qCWarning(lcUi) << "cannot read every record for the list:" << all.error();
        return;
    }
    placeEverySummary(all.value(), ids, rows);
}

void RecordListModel::placeEverySummary(const QList<RecordSummary>& all, const QList<qint64>& ids,
                                        SummaryRows& rows) const {
    // Both by id, ascending: one walk puts each summary in its row.
    auto id = ids.cbegin();
    for (const RecordSummary& summary : all) {
        id = std::lower_bound(id, ids.cend(), summary.id);
        if (id == ids.cend())
            break;
        if (*id == summary.id)
            rows.set(id - ids.cbegin(), summary);
    }
}

void RecordListModel::readEverythingInBackground() {
    m_readInBackground = true;
    startBackgroundRead();
}

void RecordListModel::startBackgroundRead() {
    if (m_readEverything || (m_worker && !m_worker->isFinished()) || !m_store->isOpen())
        return;
    const quint64 changesAtStart = m_changes;
    const QString location = m_idsLocation;
    const ChecklistStore::Connection connection = m_store->connection();
    m_worker = QThread::create([this, connection, changesAtStart, location] {
        ChecklistStore own;
        std::optional<QList<RecordSummary>> all;
        if (own.openSecondConnection(connection)) {
            if (Result<QList<RecordSummary>> read = own.records())
                all = std::move(read).value();
        }
        own.close();
        QMetaObject::invokeMethod(
            this,
            [this, all = std::move(all), changesAtStart, location] {
                // Read before a change, or of another database: the rows are read when asked for.
                if (all && changesAtStart == m_changes && location == m_idsLocation && !m_readEverything) {
                    placeEverySummary(*all, m_ids, m_rows);
                    m_readEverything = true;
                }
                Q_EMIT backgroundReadDone();
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

const RecordSummary* RecordListModel::summaryAt(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    // By row, not by id: sorting and filtering ask for every row many times.
    if (const RecordSummary* known = m_rows.at(row))
        return known;
    // Read the whole page holding the row: a view asks for its neighbours next.
    const int first = row - row % kPageSize;
    const qint64 before = first == 0 ? 0 : m_ids.at(first - 1);
    const Result<QList<RecordSummary>> page = m_store->recordsAfter(before, kPageSize);
    if (!page) {
        // Asked for while painting: the rows stay blank and the log says why.
        qCWarning(lcUi).nospace() << "cannot read the records after " << before << ": " << page.error();
        return nullptr;
    }
    for (const RecordSummary& summary : page.value()) {
        if (const int at = rowOfRecord(summary.id); at >= 0)
            m_rows.set(at, summary);
    }
    // A record that is gone (another process, a refresh still to come) shows as an empty row.
    return m_rows.at(row);
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RecordIdRole)
        return recordIdAt(index.row());
    const RecordSummary* summary = summaryAt(index.row());
    if (!summary)
        return {};
    const RecordSummary& record = *summary;
    if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 v%3, created %4\n%5 done, %6 N/A, %7 failed, %8 pending")
            .arg(record.title, record.templateTitle)
            .arg(record.templateVersion)
            .arg(UtcTime::localeText(record.createdAt, QLocale::ShortFormat))
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
    ++m_changes;
    if (rowOfRecord(recordId) >= 0)
        return;
    const Result<RecordSummary> summary = m_store->recordSummary(recordId);
    if (!summary) {
        qCWarning(lcUi).nospace() << "cannot list the new record " << recordId << ": " << summary.error();
        Q_EMIT readFailed(summary.error());
        return;
    }
    // The store lists records by id: a new one goes last.
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(recordId);
    m_rows.append(*summary);
    endInsertRows();
}

void RecordListModel::updateRecord(qint64 recordId) {
    ++m_changes;
    const int row = rowOfRecord(recordId);
    if (row < 0)
        return;
    // A row never read is read fresh when it is first shown.
    if (m_rows.at(row)) {
        const Result<RecordSummary> summary = m_store->recordSummary(recordId);
        if (!summary) {
            // The row keeps what it showed; the status bar says it is not current.
            qCWarning(lcUi) << "cannot reread record" << recordId << "for the list:" << summary.error();
            Q_EMIT readFailed(summary.error());
            return;
        }
        m_rows.set(row, *summary);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
