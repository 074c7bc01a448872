// Makes scripted edits on one record until it is killed (or COUNT edits are
// done), printing and flushing "acked <itemId> <status> <revision>" the moment
// each commit has returned, and "event <detail>" after each audited event.
// tst_crash SIGKILLs it at random moments and checks that everything it
// acknowledged is still in the file.
//
// Usage: edit_driver DATABASE RECORD_ID SEED [COUNT]
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void say(const QString& line) {
    // One line, one write: a kill can only cut off what was not yet acknowledged.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString& message) {
    std::fprintf(stderr, "edit_driver: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: edit_driver DATABASE RECORD_ID SEED [COUNT]"));
    const QString database = args.at(1);
    const qint64 recordId = args.at(2).toLongLong();
    const quint32 seed = args.at(3).toUInt();
    const qint64 count = args.size() > 4 ? args.at(4).toLongLong() : 0;

    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(database, ChecklistStore::OpenMode::ExistingOnly); !opened)
        return fail(opened.error());
    const Result<Record> record = store.loadRecord(recordId);
    if (!record)
        return fail(record.error());
    QList<qint64> items;
    for (const ChecklistSection& section : record->sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (!item.isGroupHeader)
                items.append(item.id);
        }
    }
    if (items.isEmpty())
        return fail(QStringLiteral("record %1 has no checklist items").arg(recordId));

    const ItemStatus statuses[] = {ItemStatus::Pending, ItemStatus::Done, ItemStatus::NotApplicable,
                                   ItemStatus::Failed};
    const QString actor = QStringLiteral("driver-%1").arg(seed);
    QRandomGenerator random(seed);
    say(QStringLiteral("ready"));
    for (qint64 n = 0; count == 0 || n < count; ++n) {
        if (n % 8 == 7) { // an audited event that is not an edit and carries no signature
            const QString detail = QStringLiteral("event %1-%2").arg(seed).arg(n);
            if (Status s = store.recordEvent(recordId, QStringLiteral("crash_test"), detail, actor); !s)
                return fail(s.error());
            say(detail);
            continue;
        }
        const qint64 itemId = items.at(int(random.bounded(quint32(items.size()))));
        const ItemStatus status = statuses[random.bounded(4u)];
        // A note unique to this edit: every edit really changes the item.
        const QString notes = QStringLiteral("edit %1-%2").arg(seed).arg(n);
        const Result<ChecklistItem> edited = store.updateItem(itemId, {status, notes}, actor);
        if (!edited)
            return fail(edited.error());
        say(QStringLiteral("acked %1 %2 %3")
                .arg(itemId)
                .arg(ItemStatusText::key(status))
                .arg(edited->revision));
    }
    return 0;
}
