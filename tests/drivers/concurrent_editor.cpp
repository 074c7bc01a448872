// One of several processes that work on the same database at once, for
// tst_concurrency. Each prints "ready" and starts when a line arrives on its
// standard input, so that they all really overlap. Every outcome is one
// flushed line on standard output.
//
//   concurrent_editor edit DATABASE RECORD WORKER WORKERS COUNT SHARED_ITEM
//     COUNT edits on the record's items that belong to WORKER (index modulo
//     WORKERS), each with the unique note "w<WORKER>-e<n>":
//       "acked <item> <revision> <note>"
//     and every fourth step a read-then-write of SHARED_ITEM based on the
//     revision read, which another worker may have changed meanwhile:
//       "won <item> <revision> <note>" or "refused <message>"
//   concurrent_editor duel DATABASE ITEM ROUNDS NAME
//     per round: reads ITEM ("read <revision>"), waits for a line, then writes
//     based on what it read: "won <revision>" or "refused <message>"
//   concurrent_editor sign DATABASE ROLE LOGIN PASSWORD RECORD...
//     per record: "ready <record>", waits for a line, signs ROLE:
//       "signed <record> <signature id>" or "refused <record> <message>"
#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

void say(const QString& line) {
    QString oneLine = line;
    oneLine.replace(u'\n', u' ');
    std::fputs(qPrintable(oneLine + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString& message) {
    std::fprintf(stderr, "concurrent_editor: %s\n", qPrintable(message));
    return 2;
}

bool waitForGo() {
    std::string line;
    return bool(std::getline(std::cin, line));
}

QList<qint64> checklistItems(const Record& record) {
    QList<qint64> items;
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (!item.isGroupHeader)
                items.append(item.id);
        }
    }
    return items;
}

bool isStaleRefusal(const QString& error) {
    return error.contains(QStringLiteral("was changed by"));
}

int edit(ChecklistStore& store, const QStringList& args) {
    if (args.size() != 6)
        return fail(QStringLiteral("edit needs DATABASE RECORD WORKER WORKERS COUNT SHARED_ITEM"));
    const qint64 recordId = args.at(1).toLongLong();
    const int worker = args.at(2).toInt();
    const int workers = args.at(3).toInt();
    const int count = args.at(4).toInt();
    const qint64 shared = args.at(5).toLongLong();
    const Result<Record> record = store.loadRecord(recordId);
    if (!record)
        return fail(record.error());
    QList<qint64> mine;
    const QList<qint64> all = checklistItems(record.value());
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i) != shared && i % workers == worker)
            mine.append(all.at(i));
    }
    if (mine.isEmpty())
        return fail(QStringLiteral("worker %1 has no items").arg(worker));
    const QString actor = QStringLiteral("worker%1").arg(worker);
    say(QStringLiteral("ready"));
    if (!waitForGo())
        return fail(QStringLiteral("no go"));
    for (int n = 0; n < count; ++n) {
        const qint64 itemId = mine.at(n % mine.size());
        const QString note = QStringLiteral("w%1-e%2").arg(worker).arg(n);
        const ItemStatus status = n % 2 ? ItemStatus::Done : ItemStatus::Pending;
        const Result<ChecklistItem> edited = store.updateItem(itemId, {status, note}, actor);
        if (!edited)
            return fail(edited.error());
        say(QStringLiteral("acked %1 %2 %3").arg(itemId).arg(edited->revision).arg(note));

        if (n % 4 == 3) {
            const Result<ChecklistItem> seen = store.loadItem(shared);
            if (!seen)
                return fail(seen.error());
            const QString sharedNote = QStringLiteral("w%1-s%2").arg(worker).arg(n);
            const Result<ChecklistItem> written =
                store.updateItem(shared, {ItemStatus::Done, sharedNote}, actor, seen->revision);
            if (written)
                say(QStringLiteral("won %1 %2 %3").arg(shared).arg(written->revision).arg(sharedNote));
            else if (isStaleRefusal(written.error()))
                say(QStringLiteral("refused %1").arg(written.error()));
            else
                return fail(written.error());
        }
    }
    return 0;
}

int duel(ChecklistStore& store, const QStringList& args) {
    if (args.size() != 4)
        return fail(QStringLiteral("duel needs DATABASE ITEM ROUNDS NAME"));
    const qint64 itemId = args.at(1).toLongLong();
    const int rounds = args.at(2).toInt();
    const QString name = args.at(3);
    for (int round = 0; round < rounds; ++round) {
        const Result<ChecklistItem> seen = store.loadItem(itemId);
        if (!seen)
            return fail(seen.error());
        say(QStringLiteral("read %1").arg(seen->revision));
        if (!waitForGo())
            return fail(QStringLiteral("no go"));
        const QString note = QStringLiteral("%1 round %2").arg(name).arg(round);
        const Result<ChecklistItem> written =
            store.updateItem(itemId, {ItemStatus::Done, note}, name, seen->revision);
        if (written)
            say(QStringLiteral("won %1").arg(written->revision));
        else if (isStaleRefusal(written.error()))
            say(QStringLiteral("refused %1").arg(written.error()));
        else
            return fail(written.error());
    }
    return 0;
}

int sign(ChecklistStore& store, const QStringList& args) {
    if (args.size() < 5)
        return fail(QStringLiteral("sign needs DATABASE ROLE LOGIN PASSWORD RECORD..."));
    SignOffService service(store);
    for (int i = 4; i < args.size(); ++i) {
        const qint64 recordId = args.at(i).toLongLong();
        say(QStringLiteral("ready %1").arg(recordId));
        if (!waitForGo())
            return fail(QStringLiteral("no go"));
        SignOffService::SignRequest request;
        request.recordId = recordId;
        request.role = args.at(1);
        request.login = args.at(2);
        request.password = SecretBytes::fromText(args.at(3));
        request.meaning = QStringLiteral("Approved");
        request.typed = true;
        const Result<SignatureEntry> signature = service.sign(request);
        if (signature)
            say(QStringLiteral("signed %1 %2").arg(recordId).arg(signature->id));
        else
            say(QStringLiteral("refused %1 %2").arg(recordId).arg(signature.error()));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: concurrent_editor edit|duel|sign DATABASE ..."));
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(args.at(1), ChecklistStore::OpenMode::ExistingOnly); !opened)
        return fail(opened.error());
    const QStringList rest = args.mid(1);
    if (args.at(0) == u"edit")
        return edit(store, rest);
    if (args.at(0) == u"duel")
        return duel(store, rest);
    if (args.at(0) == u"sign")
        return sign(store, rest);
    return fail(QStringLiteral("unknown mode %1").arg(args.at(0)));
}
