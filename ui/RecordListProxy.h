#pragma once

#include "core/RecordFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <array>

class RecordListModel;

// The record list as the user narrowed and ordered it: the filter box's text
// (the same RecordFilter rule as `countersign-cli records --match`, and the
// state's shown name besides its key, so "versiegelt" finds sealed records in
// German) and a click on any column's header.
//
// Unfiltered and unsorted it passes the model's pages through untouched, so
// a database of 20,000 records still opens reading only the rows on screen;
// the first filter or sort has the model read every summary once (one query),
// after which each keystroke and each click works in memory.
class RecordListProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordListProxy(RecordListModel* records, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_typed; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RecordListModel* m_records;
    QString m_typed;       // as the user typed it
    RecordFilter m_filter; // its text trimmed
    // Per RecordState: whether its shown name contains the text.
    std::array<bool, 3> m_labelMatches{};
    // Text as the user's language sorts it, numbers by their value: version
    // 2.10 after 2.9, "Release 2.10" after "Release 2.9".
    QCollator m_collator;
};
