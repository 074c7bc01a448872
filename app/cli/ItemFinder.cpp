#include "cli/ItemFinder.h"

#include "cli/TablePrinter.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The text as people type it: inline Markdown marks dropped, blanks collapsed.
QString plain(const QString& text) {
    QString result = text;
    static const QRegularExpression marks(QStringLiteral("[*_`~]"));
    result.remove(marks);
    return result.simplified();
}

bool sameText(const QString& itemText, const QString& given) {
    return itemText.simplified().compare(given.simplified(), Qt::CaseInsensitive) == 0 ||
           plain(itemText).compare(plain(given), Qt::CaseInsensitive) == 0;
}

} // namespace

ItemFinder::ItemFinder(const Record& record)
    : m_record(record) {
    for (const ChecklistSection& section : m_record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (int i = 0; i < section.items.size(); ++i) {
            const ChecklistItem& item = section.items.at(i);
            if (!item.isGroupHeader)
                m_items.append({&section, &item, section.groupOf(i)});
        }
    }
}

Result<ItemFinder::Match> ItemFinder::find(const QString& idOrText) const {
    bool isNumber = false;
    const qint64 id = idOrText.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        for (const Match& match : m_items) {
            if (match.item->id == id)
                return match;
        }
    }

    QList<Match> matches;
    for (const Match& match : m_items) {
        if (sameText(match.item->text, idOrText))
            matches.append(match);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1)
        return ambiguous(idOrText, matches);

    // Say why a row that exists is not an item, rather than "not found".
    for (const ChecklistSection& section : m_record.sections) {
        for (const ChecklistItem& other : section.items) {
            if (!((isNumber && other.id == id) || sameText(other.text, idOrText)))
                continue;
            if (other.isGroupHeader)
                return Error(
                    tr("\"%1\" is a group heading in %2, not an item: give one of the items under it. "
                       "`countersign-cli show %3` lists them.")
                        .arg(other.text, section.title, QString::number(m_record.id)));
            if (section.kind != SectionKind::Checklist)
                return Error(tr("\"%1\" in %2 is not a checklist item: it has no status to set.")
                                 .arg(other.text, section.title));
        }
    }
    return unknown(idOrText);
}

Error ItemFinder::unknown(const QString& idOrText) const {
    // The items that contain the most of the given words; all items when none contain any.
    const QStringList words = idOrText.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> scores;
    for (const Match& match : m_items) {
        const QString text = plain(match.item->text).toLower();
        scores.append(int(std::count_if(words.cbegin(), words.cend(), [&text](const QString& word) {
            return text.contains(plain(word));
        })));
    }
    const int best = scores.isEmpty() ? 0 : *std::max_element(scores.cbegin(), scores.cend());
    QList<Match> candidates;
    for (int i = 0; i < m_items.size(); ++i) {
        if (best == 0 || scores.at(i) == best)
            candidates.append(m_items.at(i));
    }
    const QString intro = best > 0
                              ? tr("record %1 has no item \"%2\". Items that contain those words:")
                                    .arg(m_record.id)
                                    .arg(idOrText)
                              : tr("record %1 has no item \"%2\". Its items:").arg(m_record.id).arg(idOrText);
    return Error(intro + QLatin1Char('\n') + candidateTable(candidates) +
                 tr("Give an item's id or its exact text."));
}

Error ItemFinder::ambiguous(const QString& idOrText, const QList<Match>& matches) const {
    return Error(tr("\"%1\" matches %n items in record %2; give the id of the one you mean:", nullptr,
                    int(matches.size()))
                     .arg(idOrText, QString::number(m_record.id)) +
                 QLatin1Char('\n') + candidateTable(matches));
}

QString ItemFinder::candidateTable(const QList<Match>& matches) {
    TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                        {tr("Section")},
                        {tr("Group")},
                        {tr("Item")},
                        {tr("Status")}},
                       QStringLiteral("  "));
    for (const Match& match : matches) {
        table.addRow({QString::number(match.item->id), match.section->title, match.group, match.item->text,
                      ItemStatusText::label(match.item->status)});
    }
    return table.toString();
}
