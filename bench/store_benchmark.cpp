// The engine's figures: ticking one item against a bare SQLite insert,
// importing a 10,000-item Markdown template, `countersign-cli records` on a
// 2,000-record database, and the content digest of a 10,000-item record.
// Not a test: it is not registered with CTest. scripts/bench.sh runs it.
//
//   store_benchmark make-data DIR     builds DIR/records-2000x50.sqlite,
//                                     DIR/large.sqlite (records of 50, 1,000
//                                     and 10,000 items) and DIR/template-10000.md
//   store_benchmark make-archive DIR [--records N] [--pg URL]
//                                     the ten-year archive (ArchiveBuilder):
//                                     DIR/archive-N.sqlite, or on the server
//                                     at URL; reused while its stamp matches
//   store_benchmark figures DIR [--runs N] [--only tick|import|records|digest]
#include "ArchiveBuilder.h"
#include "BenchSupport.h"
#include "ReferenceCanonicalJson.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "io/BuiltInTemplate.h"
#include "io/MarkdownTemplateReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Bench;

namespace {

const QString kManyRecords = QStringLiteral("records-2000x50.sqlite");
const QString kLarge = QStringLiteral("large.sqlite");
const QString kMarkdown = QStringLiteral("template-10000.md");

int fail(const QString& what) {
    print(QStringLiteral("store_benchmark: %1").arg(what));
    return 1;
}

// Building data is not measured: it goes to tmpfs when there is one (every
// commit is durable, thousands of fsyncs), and is then copied to DIR.
QString scratchFolder(QTemporaryDir& dir) {
    return dir.isValid() ? dir.path() : QString();
}

Status buildManyRecords(const QString& path) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(path); !opened)
        return opened;
    const Result<qint64> templateId = store.addTemplate(checklistTemplate(QStringLiteral("Fifty items"), 50));
    if (!templateId)
        return Error(templateId.error());
    for (int r = 1; r <= 2000; ++r) {
        const Result<qint64> recordId =
            store.createRecord(*templateId,
                               {QStringLiteral("Release %1").arg(r), QStringLiteral("1.%1").arg(r),
                                QStringLiteral("Production")},
                               QStringLiteral("bench"));
        if (!recordId)
            return Error(recordId.error());
        if (r % 2 == 0) {
            if (Status ticked = tickSome(store, *recordId, 5); !ticked)
                return ticked;
        }
    }
    return {};
}

// Records of 50, 1,000 and 10,000 items; the last one made is the largest.
Status buildLarge(const QString& path) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(path); !opened)
        return opened;
    for (int size : {50, 1000, 10000}) {
        const Result<qint64> templateId =
            store.addTemplate(checklistTemplate(QStringLiteral("Checklist of %1 items").arg(size), size));
        if (!templateId)
            return Error(templateId.error());
        const Result<qint64> recordId =
            store.createRecord(*templateId,
                               {QStringLiteral("Release with %1 items").arg(size), QStringLiteral("9.0"),
                                QStringLiteral("Production")},
                               QStringLiteral("bench"));
        if (!recordId)
            return Error(recordId.error());
        if (Status ticked = tickSome(store, *recordId, 3); !ticked)
            return ticked;
    }
    return {};
}

int makeData(const QString& dir) {
    QDir().mkpath(dir);
    QTemporaryDir shm(QStringLiteral("/dev/shm/countersign-bench-XXXXXX"));
    QTemporaryDir fallback;
    const QString scratch = shm.isValid() ? scratchFolder(shm) : scratchFolder(fallback);
    QElapsedTimer timer;
    timer.start();
    const struct {
        QString name;
        Status (*build)(const QString&);
    } databases[] = {{kManyRecords, &buildManyRecords}, {kLarge, &buildLarge}};
    for (const auto& db : databases) {
        const QString built = scratch + u'/' + db.name;
        const QString target = dir + u'/' + db.name;
        if (QFileInfo::exists(target))
            continue;
        if (Status done = db.build(built); !done)
            return fail(QStringLiteral("cannot build %1: %2").arg(db.name, done.error()));
        if (!QFile::copy(built, target))
            return fail(QStringLiteral("cannot copy %1 to %2").arg(built, target));
    }
    QFile markdown(dir + u'/' + kMarkdown);
    if (!markdown.open(QIODevice::WriteOnly) ||
        markdown.write(checklistMarkdown(QStringLiteral("Ten thousand items"), 10000)) < 0)
        return fail(QStringLiteral("cannot write %1").arg(markdown.fileName()));
    print(QStringLiteral("data ready in %1 s: %2").arg(double(timer.elapsed()) / 1000.0).arg(dir));
    return 0;
}

// ---- Figures

// One item ticked and unticked in turn through the store (engine checks,
// audit row chained to the previous one, durable commit), against one
// prepared INSERT in its own transaction on a bare SQLite file beside it,
// with the store's durability settings (WAL, synchronous=FULL). Interleaved,
// so that both see the same disk.
bool tickFigure(const QString& dir, int runs) {
    const QString storePath = dir + QStringLiteral("/tick.sqlite");
    const QString barePath = dir + QStringLiteral("/bare.sqlite");
    for (const QString& path : {storePath, barePath}) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (!QFile::copy(dir + u'/' + kLarge, storePath)) {
        print(QStringLiteral("cannot copy %1").arg(kLarge));
        return false;
    }
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(storePath); !opened) {
        print(opened.error());
        return false;
    }
    const Result<QList<RecordSummary>> records = store.records();
    if (!records || records->isEmpty()) {
        print(records ? QStringLiteral("no records") : records.error());
        return false;
    }
    const Result<Record> record = store.loadRecord(records->last().id);
    QList<qint64> pending;
    for (const ChecklistSection& section : record->sections) {
        for (const ChecklistItem& i : section.items) {
            if (section.kind == SectionKind::Checklist && !i.isGroupHeader && i.status == ItemStatus::Pending)
                pending.append(i.id);
        }
    }

    QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    bare.setDatabaseName(barePath);
    if (!bare.open()) {
        print(bare.lastError().text());
        return false;
    }
    QSqlQuery sql(bare);
    for (const char* statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
          "CREATE TABLE audit (id INTEGER PRIMARY KEY, item_id INTEGER, action TEXT, value TEXT, at TEXT)"}) {
        if (!sql.exec(QString::fromLatin1(statement))) {
            print(sql.lastError().text());
            return false;
        }
    }
    QSqlQuery insert(bare);
    insert.prepare(QStringLiteral("INSERT INTO audit (item_id, action, value, at) VALUES (?, ?, ?, ?)"));

    QList<double> storeMs;
    QList<double> bareMs;
    for (int r = 0; r < runs; ++r) {
        const qint64 itemId = pending.at(r % pending.size());
        const ItemStatus status = (r / pending.size()) % 2 ? ItemStatus::Pending : ItemStatus::Done;
        storeMs += timeRuns(1, [&] {
            if (!store.updateItem(itemId, {status, {}}, QStringLiteral("bench")))
                qFatal("updateItem failed");
        });
        bareMs += timeRuns(1, [&] {
            QSqlQuery tx(bare);
            tx.exec(QStringLiteral("BEGIN IMMEDIATE"));
            insert.bindValue(0, itemId);
            insert.bindValue(1, QStringLiteral("status"));
            insert.bindValue(2, QStringLiteral("done"));
            insert.bindValue(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!insert.exec())
                qFatal("bare insert failed");
            tx.exec(QStringLiteral("COMMIT"));
        });
    }
    insert = QSqlQuery();
    sql = QSqlQuery();
    bare.close();
    bare = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return report({QStringLiteral("Tick one item (updateItem, median of %1)").arg(runs), medianOf(storeMs),
                   QStringLiteral("ms"), QStringLiteral("bare prepared INSERT + COMMIT"), medianOf(bareMs),
                   Goal::RatioAtMost, 1.5});
}

// Reading the Markdown file, parsing it and storing the template, into a new
// database; the baseline stores as many rows with bare prepared INSERTs in one
// transaction.
bool importFigure(const QString& dir, int runs) {
    const QString markdownPath = dir + u'/' + kMarkdown;
    QList<double> importMs;
    int items = 0;
    for (int r = 0; r < runs; ++r) {
        const QString path = dir + QStringLiteral("/import.sqlite");
        QFile::remove(path);
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (Status opened = store.open(path); !opened) {
            print(opened.error());
            return false;
        }
        importMs += timeRuns(1, [&] {
            QFile file(markdownPath);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read the Markdown template");
            const Result<ChecklistTemplate> read = MarkdownTemplateReader::read(file.readAll());
            if (!read)
                qFatal("%s", qPrintable(read.error()));
            items = read->itemCount();
            if (!store.addTemplate(*read))
                qFatal("addTemplate failed");
        });
    }

    QList<double> bareMs;
    for (int r = 0; r < runs; ++r) {
        const QString path = dir + QStringLiteral("/bare-import.sqlite");
        QFile::remove(path);
        {
            QSqlDatabase bare =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare-import"));
            bare.setDatabaseName(path);
            bare.open();
            QSqlQuery sql(bare);
            sql.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            sql.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            sql.exec(
                QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, section_id INTEGER, position "
                               "INTEGER, text TEXT, status TEXT, notes TEXT, extra TEXT)"));
            bareMs += timeRuns(1, [&] {
                sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
                QSqlQuery insert(bare);
                insert.prepare(QStringLiteral("INSERT INTO items (section_id, position, text, status, notes, "
                                              "extra) VALUES (?, ?, ?, ?, ?, ?)"));
                for (int i = 0; i < items; ++i) {
                    insert.bindValue(0, i / 1000);
                    insert.bindValue(1, i);
                    insert.bindValue(
                        2, QStringLiteral("Verify component %1 configuration matches the release manifest")
                               .arg(i));
                    insert.bindValue(3, QStringLiteral("pending"));
                    insert.bindValue(4, QStringLiteral(""));
                    insert.bindValue(5, QStringLiteral("[]"));
                    insert.exec();
                }
                sql.exec(QStringLiteral("COMMIT"));
            });
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bare-import"));
    }
    return report({QStringLiteral("Import a %1-item Markdown template (read + store)").arg(items),
                   medianOf(importMs), QStringLiteral("ms"), QStringLiteral("bare INSERTs of the rows"),
                   medianOf(bareMs), Goal::ValueAtMost, 300});
}

// The whole `countersign-cli records` process on 2,000 records of 50 items,
// against `countersign-cli --version` (the process start alone).
bool recordsFigure(const QString& dir, const QString& cli, int runs) {
    const QString db = dir + u'/' + kManyRecords;
    QString error;
    QList<double> listMs;
    QList<double> versionMs;
    QByteArray output;
    for (int r = 0; r < runs + 1; ++r) {
        const double list =
            timeProcessMs(cli, {QStringLiteral("records"), QStringLiteral("--db"), db}, &error, &output);
        const double version = timeProcessMs(cli, {QStringLiteral("--version")}, &error);
        if (list < 0 || version < 0) {
            print(error);
            return false;
        }
        if (r > 0) { // the first run of each warms the page cache
            listMs += list;
            versionMs += version;
        }
    }
    const qsizetype lines = output.count('\n');
    return report(
        {QStringLiteral("`countersign-cli records` on 2,000 × 50 (%1 lines, whole process)").arg(lines),
         medianOf(listMs), QStringLiteral("ms"), QStringLiteral("`countersign-cli --version`"),
         medianOf(versionMs), Goal::ValueAtMost, 100});
}

Record awkwardRecord() {
    Record r;
    r.id = 42;
    r.info.title = QStringLiteral("Quotes \" and \\ backslashes, tab\t, newline\n, bell \a, DEL \x7f");
    r.info.releaseVersion = QStringLiteral("2.0 — “smart” ünïcödé 🚀");
    r.info.environment = QString(QChar(0xD800)) + QStringLiteral("lone surrogate");
    r.createdAt = QDateTime(QDate(2026, 11, 27), QTime(4, 47, 8, 123), Qt::UTC);
    r.createdBy = QStringLiteral("émile");
    r.templateTitle = QStringLiteral("Production </script> checklist");
    r.templateVersion = 3;
    ChecklistSection s;
    s.title = QStringLiteral("Section\r\n\f\b");
    s.columns = {QStringLiteral("Item"), QString(), QStringLiteral("Ñotes")};
    s.statusColumn = -1;
    s.notesColumn = 2;
    ChecklistItem i;
    i.id = 7;
    i.text = QStringLiteral("`code` **bold** \u2028 line separator");
    i.extra = {QStringLiteral("a"), QString(QChar(0xDC00))};
    i.updatedAt = QDateTime(QDate(999, 1, 2), QTime(3, 4, 5), Qt::UTC);
    s.items = {i, i};
    s.items[1].updatedAt = QDateTime(QDate(2030, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 3600);
    r.sections = {s, ChecklistSection()};
    return r;
}

bool digestFigure(const QString& dir, int runs) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(dir + u'/' + kLarge, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(opened.error());
        return false;
    }
    const Result<QList<RecordSummary>> records = store.records();
    if (!records || records->isEmpty()) {
        print(records ? QStringLiteral("no records") : records.error());
        return false;
    }
    const Result<Record> record = store.loadRecord(records->last().id);
    int items = 0;
    for (const ChecklistSection& s : record->sections)
        items += int(s.items.size());
    const bool same =
        ContentDigest::canonicalJson(*record) == referenceCanonicalJson(*record) &&
        ContentDigest::canonicalJson(awkwardRecord()) == referenceCanonicalJson(awkwardRecord()) &&
        ContentDigest::digest(*record) ==
            QString::fromLatin1(
                QCryptographicHash::hash(referenceCanonicalJson(*record), QCryptographicHash::Sha256)
                    .toHex());
    print(QStringLiteral("canonical JSON identical to QJsonDocument's: %1")
              .arg(same ? QStringLiteral("yes") : QStringLiteral("NO")));
    QString sink;
    const double streamed = medianOf(timeRuns(runs, [&] { sink = ContentDigest::digest(*record); }));
    const double tree = medianOf(timeRuns(runs, [&] {
        sink = QString::fromLatin1(
            QCryptographicHash::hash(referenceCanonicalJson(*record), QCryptographicHash::Sha256).toHex());
    }));
    return report({QStringLiteral("ContentDigest::digest of %1 items").arg(items), streamed,
                   QStringLiteral("ms"), QStringLiteral("QJsonDocument tree, as before"), tree,
                   Goal::RatioAtMost, 0.5}) &&
           same;
}

// `only` names one figure (tick, import, records, digest), for profiling it.
int figures(const QString& dir, const QString& cli, int runs, const QString& only) {
    bool all = true;
    if (only.isEmpty() || only == u"tick")
        all &= tickFigure(dir, std::max(runs, 41));
    if (only.isEmpty() || only == u"import")
        all &= importFigure(dir, runs);
    if (only.isEmpty() || only == u"records")
        all &= recordsFigure(dir, cli, runs);
    if (only.isEmpty() || only == u"digest")
        all &= digestFigure(dir, runs);
    return all ? 0 : 3;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"make-data")
        return makeData(args.at(2));
    if (args.size() >= 3 && args.at(1) == u"make-archive") {
        ArchiveBuilder::Options options;
        options.dir = args.at(2);
        const qsizetype records = args.indexOf(QStringLiteral("--records"));
        if (records > 0 && records + 1 < args.size())
            options.records = std::max(1, args.at(records + 1).toInt());
        const qsizetype server = args.indexOf(QStringLiteral("--pg"));
        if (server > 0 && server + 1 < args.size())
            options.serverUrl = args.at(server + 1);
        return ArchiveBuilder::run(options);
    }
    if (args.size() >= 3 && args.at(1) == u"figures") {
        const qsizetype at = args.indexOf(QStringLiteral("--runs"));
        const int runs = at > 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : 5;
        const qsizetype only = args.indexOf(QStringLiteral("--only"));
        return figures(args.at(2), QStringLiteral(COUNTERSIGN_CLI_PATH), runs,
                       only > 0 && only + 1 < args.size() ? args.at(only + 1) : QString());
    }
    print(QStringLiteral("usage: store_benchmark make-data DIR | make-archive DIR [--records N] [--pg URL] | "
                         "figures DIR [--runs N] [--only FIGURE]"));
    return 2;
}
