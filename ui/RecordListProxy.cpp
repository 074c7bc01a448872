#include "ui/RecordListProxy.h"

#include "ui/RecordListModel.h"

RecordListProxy::RecordListProxy(RecordListModel* records, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_records(records) {
    setSourceModel(records);
    // The C locale (C.UTF-8, as services and CI run) has no collation of
    // its own and compares numbers as text: order as English does there.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    // A record changed elsewhere (its state, its progress) moves to its place
    // in the order and leaves or joins the filtered rows by itself.
    setDynamicSortFilter(true);
}

void RecordListProxy::setFilterText(const QString& text) {
    if (text == m_typed)
        return;
    m_typed = text;
    // Worked out once per keystroke, not once per row: the trimmed text
    // (RecordFilter trims it again, which costs nothing when there is nothing
    // to trim) and which states' shown names contain it.
    const QString needle = text.trimmed();
    if (!needle.isEmpty())
        m_records->setReadEverything(true);
    m_filter.text = needle;
    m_labelMatches = {};
    for (const RecordState state : {RecordState::InProgress, RecordState::Signed, RecordState::Sealed})
        m_labelMatches[int(state)] = RecordStateText::label(state).contains(needle, Qt::CaseInsensitive);
    // The rows a keystroke hides or shows are scattered over the list: told
    // range by range (invalidateRowsFilter), the proxy and the view each
    // spend a pass over every row on each range, 40 ms for one keystroke on
    // 2,000 records. One layout change costs one pass; the selection and the
    // current row stay, as persistent indexes.
    invalidate();
}

void RecordListProxy::sort(int column, Qt::SortOrder order) {
    if (column >= 0)
        m_records->setReadEverything(true);
    QSortFilterProxyModel::sort(column, order);
}

bool RecordListProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_filter.narrows())
        return true;
    const RecordSummary* record = m_records->summaryAt(sourceRow);
    if (!record)
        return false;
    return m_labelMatches[int(record->state)] || m_filter.accepts(*record);
}

namespace {
// Progress orders by the share resolved; a record with failures comes after
// one as far along without, so that sorting puts trouble next to each other.
bool progressBefore(const Progress& left, const Progress& right) {
    const qint64 leftShare = qint64(left.resolved()) * qMax(1, right.total);
    const qint64 rightShare = qint64(right.resolved()) * qMax(1, left.total);
    if (leftShare != rightShare)
        return leftShare < rightShare;
    return left.failed < right.failed;
}
} // namespace

bool RecordListProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const RecordSummary* a = m_records->summaryAt(left.row());
    const RecordSummary* b = m_records->summaryAt(right.row());
    if (!a || !b)
        return a == nullptr && b != nullptr;
    int order = 0;
    switch (RecordListModel::Column(left.column())) {
    case RecordListModel::Title:
        order = m_collator.compare(a->title, b->title);
        break;
    case RecordListModel::Version:
        order = m_collator.compare(a->releaseVersion, b->releaseVersion);
        break;
    case RecordListModel::Environment:
        order = m_collator.compare(a->environment, b->environment);
        break;
    case RecordListModel::ProgressColumn:
        if (progressBefore(a->progress, b->progress))
            return true;
        if (progressBefore(b->progress, a->progress))
            return false;
        break;
    case RecordListModel::State:
        order = int(a->state) - int(b->state);
        break;
    case RecordListModel::ColumnCount:
        break;
    }
    // Equal in the column: the older record first, so the order is stable.
    return order != 0 ? order < 0 : a->id < b->id;
}
