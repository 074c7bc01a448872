#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Finds the checklist item that ITEM names in a record: an item id, or the
// item's exact text in any case. Group headings, rollback steps and sign-off
// roles are not items. When ITEM names no item or several, the error lists
// the candidates with their ids so the user can pick one.
class ItemFinder {
    Q_DECLARE_TR_FUNCTIONS(ItemFinder)
public:
    struct Match {
        const ChecklistSection* section = nullptr;
        const ChecklistItem* item = nullptr;
        QString group;
    };

    // The record must outlive the finder and its matches.
    explicit ItemFinder(const Record& record);

    Result<Match> find(const QString& idOrText) const;

private:
    Error unknown(const QString& idOrText) const;
    Error ambiguous(const QString& idOrText, const QList<Match>& matches) const;
    static QString candidateTable(const QList<Match>& matches);

    const Record& m_record;
    QList<Match> m_items;
};
