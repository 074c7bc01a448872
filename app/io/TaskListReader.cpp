#include "io/TaskListReader.h"

#include "io/MarkdownTableRow.h"

namespace {

struct Marker {
    int contentColumn = 0; // where the item's text starts: after the bullet and its spaces
    QString taskMark;      // "[x]"; empty when the item has none
    QString textAfterMark; // the rest of the first line, trimmed
};

int columnOf(QStringView line, qsizetype index) {
    int column = 0;
    for (qsizetype i = 0; i < index && i < line.size(); ++i)
        column = line.at(i) == u'\t' ? (column / 4 + 1) * 4 : column + 1;
    return column;
}

// "  - [x] Update CHANGELOG.md": the bullet, its spaces and the task mark.
std::optional<Marker> readMarker(QStringView line) {
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    if (i >= line.size() || (line.at(i) != u'-' && line.at(i) != u'*' && line.at(i) != u'+'))
        return std::nullopt;
    ++i;
    const qsizetype afterBullet = i;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    if (i == afterBullet && i < line.size())
        return std::nullopt;
    Marker marker;
    // Five spaces or more after the bullet: the text starts after one of them.
    marker.contentColumn = columnOf(line, i) - columnOf(line, afterBullet) > 4
                               ? columnOf(line, afterBullet) + 1
                               : columnOf(line, i);
    const QStringView rest = line.mid(i);
    const qsizetype close = rest.indexOf(u']');
    if (rest.startsWith(u'[') && close >= 2 && close <= 5 &&
        (close + 1 == rest.size() || rest.at(close + 1) == u' ' || rest.at(close + 1) == u'\t')) {
        marker.taskMark = rest.left(close + 1).toString();
        marker.textAfterMark = rest.mid(close + 1).trimmed().toString();
    } else {
        marker.textAfterMark = rest.trimmed().toString();
    }
    return marker;
}

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

QString markHint() {
    return QStringLiteral("use [ ], [x], [-] (not applicable) or [✗] (failed)");
}

} // namespace

std::optional<ItemStatus> TaskListReader::statusOfMark(QStringView inside) {
    if (inside == u" ")
        return ItemStatus::Pending;
    if (inside == u"-" || inside == u"~")
        return ItemStatus::NotApplicable;
    const QString mark = inside.trimmed().toString();
    if (mark.isEmpty())
        return std::nullopt;
    // x, X, ✓, ✔, ☑, ✅, N/A, ✗, ✘, ☒, ❌: the marks a table's status cell takes.
    if (mark.compare(u"x", Qt::CaseInsensitive) == 0)
        return ItemStatus::Done;
    return ItemStatusText::fromMark(mark);
}

QString TaskListReader::mark(ItemStatus status) {
    switch (status) {
    case ItemStatus::Pending:
        return QStringLiteral("[ ]");
    case ItemStatus::Done:
        return QStringLiteral("[x]");
    case ItemStatus::NotApplicable:
        return QStringLiteral("[-]");
    case ItemStatus::Failed:
        return QStringLiteral("[✗]");
    }
    return QStringLiteral("[ ]");
}

QString TaskListReader::outdented(const MarkdownSource& source, int first, int last, int indent) {
    while (first <= last && source.isBlank(first))
        ++first;
    while (last >= first && source.isBlank(last))
        --last;
    QStringList lines;
    for (int n = first; n <= last; ++n) {
        const QString line = source.line(n);
        qsizetype i = 0;
        while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t') &&
               columnOf(line, i + 1) <= indent)
            ++i;
        // A tab reaching past the indentation keeps the columns it stood for beyond it.
        const int column = columnOf(line, i);
        QString kept = i < line.size() && line.at(i) == u'\t' && column < indent
                           ? QString(columnOf(line, i + 1) - indent, u' ') + line.mid(i + 1)
                           : line.mid(i);
        lines.append(source.isBlank(n) ? QString() : kept);
    }
    return lines.join(u'\n');
}

Result<TaskListReader::Tasks> TaskListReader::read(const MarkdownSource& source,
                                                   const MarkdownBlockScanner::Block& block) {
    Tasks tasks;
    QList<std::optional<Marker>> markers;
    int firstTask = 0;
    int firstPlain = 0;
    for (const MarkdownBlockScanner::ListItem& listItem : block.listItems) {
        std::optional<Marker> marker = readMarker(source.line(listItem.firstLine));
        const bool isTask = marker && !marker->taskMark.isEmpty();
        int& firstOfKind = isTask ? firstTask : firstPlain;
        if (firstOfKind == 0)
            firstOfKind = listItem.firstLine;
        markers.append(std::move(marker));
    }
    if (firstTask == 0)
        return tasks;
    tasks.isTaskList = true;

    for (qsizetype i = 0; i < block.listItems.size(); ++i) {
        const MarkdownBlockScanner::ListItem& listItem = block.listItems.at(i);
        const std::optional<Marker>& marker = markers.at(i);
        if (!marker || marker->taskMark.isEmpty()) {
            return lineError(listItem.firstLine,
                             QStringLiteral("this item of the task list (line %1) has no task mark: %2, or "
                                            "leave a blank line and a paragraph between a plain list and "
                                            "a task list")
                                 .arg(firstTask)
                                 .arg(markHint()));
        }
        const QStringView inside = QStringView(marker->taskMark).mid(1, marker->taskMark.size() - 2);
        const std::optional<ItemStatus> status = statusOfMark(inside);
        if (!status) {
            return lineError(listItem.firstLine,
                             QStringLiteral("'%1' is not a task mark; %2").arg(marker->taskMark, markHint()));
        }
        const int textLast = std::max(listItem.firstLine, listItem.textLastLine);
        QStringList lines{marker->textAfterMark};
        for (int n = listItem.firstLine + 1; n <= textLast; ++n) {
            if (MarkdownTableRow::looksLikeSeparator(source.line(n))) {
                return lineError(n, QStringLiteral("this looks like a table separator row, but a table "
                                                   "cannot stand in a task's text"));
            }
            lines.append(source.line(n).trimmed());
        }
        ChecklistItem item;
        item.text = lines.join(u'\n').trimmed();
        if (item.text.isEmpty())
            return lineError(listItem.firstLine, QStringLiteral("the task is empty"));
        item.status = *status;
        if (listItem.hasDetail)
            item.detail = outdented(source, textLast + 1, listItem.lastLine, marker->contentColumn);
        tasks.items.append(item);
    }
    return tasks;
}
