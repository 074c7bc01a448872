// Fuzz target: a record read back from a database someone else wrote. The
// database is outside input too: another version of Countersign, another
// process or a tamperer may leave any text in the JSON of a section's columns,
// an item's extra cells or a signer's roles, in the strokes of a signature, in
// status keys, times and column indexes. Loading, exporting, writing Markdown
// and verifying such a record must never crash; the Verifier reports it.
//
// The input is up to kFieldCount values separated by NUL bytes, written over
// one section, one item, one signature and one signer before every run (a
// missing value puts back the one the store wrote), see kFields.

#include "FuzzTarget.h"

#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"
#include "io/MarkdownWriter.h"
#include "io/RecordExporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <array>
#include <cstdlib>

namespace {

struct Field {
    const char* table;
    const char* column;
};

// The order of the NUL-separated values in an input.
constexpr std::array kFields{
    Field{"record_sections", "columns"},      Field{"record_sections", "status_column"},
    Field{"record_sections", "notes_column"}, Field{"record_sections", "kind"},
    Field{"record_items", "extra"},           Field{"record_items", "status"},
    Field{"record_items", "updated_at"},      Field{"signatures", "strokes"},
    Field{"signatures", "role_position"},     Field{"signers", "roles"},
    Field{"signatures", "signed_at"},         Field{"record_items", "is_group"},
};
constexpr int kFieldCount = int(kFields.size());

struct Fixture {
    QTemporaryDir dir;
    ChecklistStore store;
    QSqlDatabase tamper; // a second connection, as another writer would have
    qint64 recordId = 0;
    // The row each table's values go to, and the values the store wrote there.
    QHash<QString, qint64> rowOf;
    std::array<QVariant, kFieldCount> original;
};

Fixture* g_fixture = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // The store warns about unreadable rows, which is every other input here.
    if (type == QtFatalMsg)
        fuzzFailure("qFatal", qPrintable(message));
}

QVariant queryValue(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        fuzzFailure("fixture query failed", qPrintable(sql + u' ' + q.lastError().text()));
    return q.value(0);
}

void exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fuzzFailure("fixture statement failed", qPrintable(sql + u' ' + q.lastError().text()));
}

void setUp() {
    auto* f = new Fixture;
    if (!f->dir.isValid())
        fuzzFailure("no temporary directory");
    const QString path = f->dir.filePath(QStringLiteral("fuzz.sqlite"));
    f->store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = f->store.open(path); !opened)
        fuzzFailure("cannot open the store", qPrintable(opened.error()));
    const Result<ChecklistTemplate> builtIn = BuiltInTemplate::load();
    if (!builtIn)
        fuzzFailure("no built-in template", qPrintable(builtIn.error()));
    if (Status seeded = f->store.ensureBuiltInTemplate(builtIn.value()); !seeded)
        fuzzFailure("no built-in template", qPrintable(seeded.error()));
    const Result<QList<TemplateSummary>> templates = f->store.templates();
    if (!templates || templates->isEmpty())
        fuzzFailure("no template to start a record from", qPrintable(templates.error()));
    const Result<qint64> record = f->store.createRecord(
        templates->constFirst().id,
        RecordInfo{QStringLiteral("Fuzz"), QStringLiteral("1.0"), QStringLiteral("prod")},
        QStringLiteral("fuzz"));
    if (!record)
        fuzzFailure("cannot create a record", qPrintable(record.error()));
    f->recordId = *record;

    f->tamper = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-tamper"));
    f->tamper.setDatabaseName(path);
    if (!f->tamper.open())
        fuzzFailure("cannot open a second connection", qPrintable(f->tamper.lastError().text()));
    // Thousands of writes a second: no fsync for this connection's commits.
    exec(f->tamper, QStringLiteral("PRAGMA synchronous=OFF"));

    const QString id = QString::number(f->recordId);
    const qint64 section = queryValue(f->tamper, QStringLiteral("SELECT min(id) FROM record_sections WHERE "
                                                                "record_id = %1 AND kind = 'checklist'")
                                                     .arg(id))
                               .toLongLong();
    const qint64 item = queryValue(f->tamper, QStringLiteral("SELECT min(id) FROM record_items WHERE "
                                                             "section_id = %1 AND is_group = 0")
                                                  .arg(section))
                            .toLongLong();
    const QString role =
        queryValue(f->tamper,
                   QStringLiteral("SELECT i.text FROM record_items i JOIN record_sections s ON "
                                  "s.id = i.section_id WHERE s.record_id = %1 AND s.kind = 'signoff' "
                                  "ORDER BY i.position LIMIT 1")
                       .arg(id))
            .toString();
    const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
    exec(f->tamper,
         QStringLiteral("INSERT INTO signers (login, printed_name, roles, password_hash, public_key, "
                        "sealed_secret, created_at) VALUES ('qa', 'Quinn Lead', ?, 'x', ?, 'x', ?)"),
         {QString::fromUtf8(QByteArray("[\"") + role.toUtf8() + "\"]"), QString(64, u'0'), at});
    const qint64 signer = queryValue(f->tamper, QStringLiteral("SELECT max(id) FROM signers")).toLongLong();
    exec(f->tamper,
         QStringLiteral(
             "INSERT INTO signatures (record_id, role, role_position, signer_id, login, printed_name, "
             "meaning, signed_at, digest, content, strokes, typed, signature) VALUES "
             "(?, ?, 0, ?, 'qa', 'Quinn Lead', 'Approved', ?, ?, '{}', ?, 0, ?)"),
         {f->recordId, role, signer, at, QString(64, u'a'),
          QString::fromUtf8(StrokeJson::write({{QPointF(10, 10), QPointF(20, 30)}})), QString(128, u'0')});
    const qint64 signature =
        queryValue(f->tamper, QStringLiteral("SELECT max(id) FROM signatures")).toLongLong();

    f->rowOf.insert(QStringLiteral("record_sections"), section);
    f->rowOf.insert(QStringLiteral("record_items"), item);
    f->rowOf.insert(QStringLiteral("signatures"), signature);
    f->rowOf.insert(QStringLiteral("signers"), signer);
    for (int i = 0; i < kFieldCount; ++i) {
        f->original[i] =
            queryValue(f->tamper, QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                                      .arg(QLatin1String(kFields[i].column), QLatin1String(kFields[i].table))
                                      .arg(f->rowOf.value(QLatin1String(kFields[i].table))));
    }
    g_fixture = f;
}

void writeFields(const QList<QByteArray>& values) {
    Fixture& f = *g_fixture;
    exec(f.tamper, QStringLiteral("BEGIN"));
    for (const char* table : {"record_sections", "record_items", "signatures", "signers"}) {
        QStringList assignments;
        QVariantList bound;
        for (int i = 0; i < kFieldCount; ++i) {
            if (qstrcmp(kFields[i].table, table) != 0)
                continue;
            assignments.append(QLatin1String(kFields[i].column) + QStringLiteral(" = ?"));
            bound.append(i < values.size() ? QVariant(QString::fromUtf8(values.at(i))) : f.original[i]);
        }
        bound.append(f.rowOf.value(QLatin1String(table)));
        exec(f.tamper,
             QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                 .arg(QLatin1String(table), assignments.join(QStringLiteral(", "))),
             bound);
    }
    exec(f.tamper, QStringLiteral("COMMIT"));
}

void readEverything() {
    Fixture& f = *g_fixture;
    const Result<Record> record = f.store.loadRecord(f.recordId);
    if (record) {
        (void)ContentDigest::digest(*record);
        (void)MarkdownWriter::writeRecord(*record);
        (void)RecordExporter::toJsonBytes(*record);
        (void)RecordExporter::toCsv(*record);
        for (const ChecklistSection& section : record->sections) {
            (void)section.extraColumns();
            (void)section.countableItems();
            for (int i = 0; i < section.items.size(); ++i)
                (void)section.groupOf(i);
        }
        for (const SignatureEntry& signature : record->signatures)
            (void)SignaturePayload::bytes(signature);
    }
    (void)f.store.records();
    (void)f.store.recordSummary(f.recordId);
    (void)f.store.signers();
    (void)f.store.signer(QStringLiteral("qa"));
    (void)f.store.contentDigest(f.recordId);
    const Verifier::Report report = Verifier::verify(f.store, f.recordId);
    // The fixture's signature is made up, so the record can never verify.
    FUZZ_CHECK(!report.intact(), "a forged signature passed verification");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(quietMessages);
    // Never touch the real user's data.
    QStandardPaths::setTestModeEnabled(true);
    setUp();
    // Runs before the application's destructor: the store closes, the temporary directory goes.
    std::atexit([] {
        delete g_fixture;
        g_fixture = nullptr;
        QSqlDatabase::removeDatabase(QStringLiteral("fuzz-tamper"));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> values = input.split('\0');
    if (values.size() > kFieldCount)
        values.resize(kFieldCount);
    writeFields(values);
    readEverything();
    return 0;
}
