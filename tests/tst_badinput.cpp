// Hostile and oversized input: megabyte notes, control characters, invalid
// UTF-8 and a 100,000-row table, through the store and through the template
// importer. Each case ends in a clear error (and nothing written) or in the
// text coming back exactly, in bounded time: never a hang and never a crash.
// (The fuzz targets in fuzz/ cover the same parsers with random input.)

#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"
#include "io/MarkdownTemplateReader.h"
#include "io/RecordExporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

// Generous: the suite also runs under AddressSanitizer on a shared two-core machine.
constexpr qint64 kBoundMs = 120'000;

// Text of about `bytes` UTF-8 bytes: ASCII, Latin-1, CJK and an emoji, no '|'
// and no line break, so it fits one table cell as it is.
QString megabyteText(qsizetype bytes = 1024 * 1024) {
    const QString piece = QStringLiteral("Rollback tested on staging, Jörg & 山田 agree 👍; ");
    const qsizetype pieceBytes = piece.toUtf8().size();
    return piece.repeated(bytes / pieceBytes + 1).trimmed(); // a cell is read trimmed
}

// A checklist template whose "Checks" table has the given body rows; line 7 is the first row.
QByteArray templateWithRows(const QByteArray& rows) {
    return "# Bad Input Checklist\n"
           "\n"
           "## Checks\n"
           "\n"
           "| Item | Status | Notes |\n"
           "|------|--------|-------|\n" +
           rows;
}

// A table row with the given notes cell.
QByteArray rowWithNote(const QByteArray& note) {
    return "| Backups verified | ☐ | " + note + " |\n";
}

const ChecklistItem* firstItem(const Record& record) {
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (!item.isGroupHeader)
                return &item;
        }
    }
    return nullptr;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    qint64 m_itemId = 0;

    // A new database holding the smoke-test template and one record of it.
    void openStoreWithRecord() {
        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        const QString path = TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter));
        QVERIFY2(m_store->open(path).ok(), qPrintable(path));
        const Result<ChecklistTemplate> tmpl =
            MarkdownTemplateReader::read(TestSupport::testData(QStringLiteral("cli-smoke-template.md")));
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        const Result<qint64> templateId = m_store->addTemplate(*tmpl);
        QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
        const Result<qint64> recordId = m_store->createRecord(
            *templateId, {QStringLiteral("Bad input"), QStringLiteral("1.0"), QStringLiteral("test")},
            QStringLiteral("tester"));
        QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
        m_recordId = *recordId;
        const Result<Record> record = m_store->loadRecord(m_recordId);
        QVERIFY(record.ok());
        const ChecklistItem* item = firstItem(*record);
        QVERIFY(item);
        m_itemId = item->id;
    }

    // Sets a note through the store. Either it is refused with an error that
    // names the note and nothing changes, or it is stored and comes back exactly:
    // in the item, in the audit trail, in the JSON export, and the record verifies.
    void expectNoteStoredOrRefused(const QString& note) {
        const ChecklistItem before = m_store->loadItem(m_itemId).value_or(ChecklistItem{});
        const qsizetype auditRowsBefore = m_store->auditTrail(m_recordId)->size();
        QElapsedTimer timer;
        timer.start();
        const Result<ChecklistItem> updated =
            m_store->updateItem(m_itemId, {ItemStatus::Failed, note}, QStringLiteral("tester"));
        QVERIFY2(timer.elapsed() < kBoundMs, qPrintable(QString::number(timer.elapsed())));

        const Result<ChecklistItem> after = m_store->loadItem(m_itemId);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        if (!updated) {
            QVERIFY2(updated.error().contains(QStringLiteral("note"), Qt::CaseInsensitive),
                     qPrintable(updated.error()));
            QCOMPARE(after->notes, before.notes);
            QCOMPARE(after->status, before.status);
            QCOMPARE(after->revision, before.revision);
            QCOMPARE(m_store->auditTrail(m_recordId)->size(), auditRowsBefore);
            return;
        }
        QCOMPARE(after->notes, note);
        QCOMPARE(after->status, ItemStatus::Failed);

        const QList<AuditEntry> trail = m_store->auditTrail(m_recordId).value();
        QVERIFY(std::any_of(trail.cbegin(), trail.cend(),
                            [&](const AuditEntry& e) { return e.newValue == note; }));

        const Result<Record> record = m_store->loadRecord(m_recordId);
        QVERIFY2(record.ok(), qPrintable(record.error()));
        QCOMPARE(firstItem(*record)->notes, note);
        // The export escapes what JSON must escape: it parses back to the same text.
        QJsonParseError parseError;
        const QJsonDocument exported =
            QJsonDocument::fromJson(RecordExporter::toJsonBytes(*record), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject item = exported.object()
                                     .value(u"sections")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"items")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(item.value(u"notes").toString(), note);
        QCOMPARE(ContentDigest::digest(*record).size(), 64);
        const Verifier::Report report = Verifier::verify(*m_store, m_recordId);
        QVERIFY2(report.intact(),
                 report.findings.isEmpty() ? "" : qPrintable(report.findings.first().message));
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }
    void cleanup() { m_store.reset(); }

    void megabyteNoteThroughStore() {
        openStoreWithRecord();
        expectNoteStoredOrRefused(megabyteText());
    }

    void megabyteNoteThroughImporter() {
        const QString note = megabyteText();
        QElapsedTimer timer;
        timer.start();
        const Result<ChecklistTemplate> tmpl =
            MarkdownTemplateReader::read(templateWithRows(rowWithNote(note.toUtf8())));
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        QCOMPARE(tmpl->sections.at(0).items.at(0).notes, note);

        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(m_store->open(TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter))).ok());
        const Result<qint64> templateId = m_store->addTemplate(*tmpl);
        QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
        const Result<qint64> recordId = m_store->createRecord(
            *templateId, {QStringLiteral("Big note"), {}, {}}, QStringLiteral("tester"));
        QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
        const Result<Record> record = m_store->loadRecord(*recordId);
        QVERIFY(record.ok());
        QCOMPARE(firstItem(*record)->notes, note);
        QVERIFY2(timer.elapsed() < kBoundMs, qPrintable(QString::number(timer.elapsed())));
    }

    void controlCharactersInImport_data() {
        QTest::addColumn<QByteArray>("character");
        QTest::addColumn<QString>("codePoint");
        QTest::addRow("NUL") << QByteArray(1, '\0') << QStringLiteral("U+0000");
        QTest::addRow("bell") << QByteArray("\x07") << QStringLiteral("U+0007");
        QTest::addRow("backspace") << QByteArray("\x08") << QStringLiteral("U+0008");
        QTest::addRow("vertical tab") << QByteArray("\x0b") << QStringLiteral("U+000B");
        QTest::addRow("form feed") << QByteArray("\x0c") << QStringLiteral("U+000C");
        QTest::addRow("escape") << QByteArray("\x1b[31m") << QStringLiteral("U+001B");
        QTest::addRow("delete") << QByteArray("\x7f") << QStringLiteral("U+007F");
        QTest::addRow("C1 next line") << QByteArray("\xc2\x85") << QStringLiteral("U+0085");
    }

    void controlCharactersInImport() {
        QFETCH(QByteArray, character);
        QFETCH(QString, codePoint);
        // Line 8, after "| Backups verified | ☐ | ok": column 28, counting ☐ as one character.
        const QByteArray markdown =
            templateWithRows("| Restore tested | ☐ | |\n" + rowWithNote("ok" + character + "done"));
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
        QVERIFY(!tmpl.ok());
        QVERIFY2(tmpl.error().startsWith(QStringLiteral("line 8, column 28: ")), qPrintable(tmpl.error()));
        QVERIFY2(tmpl.error().contains(codePoint), qPrintable(tmpl.error()));
    }

    void tabsAndLineEndsAreNotControlErrors() {
        const QByteArray markdown =
            "# Tabs\r\n\r\n## Checks\r\n\r\n| Item | Status |\r\n|---|---|\r\n| a\tb | ☐ |\r\n";
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        QCOMPARE(tmpl->sections.at(0).items.at(0).text, QStringLiteral("a\tb"));
    }

    void byteOrderMarkInsideTheTextIsKept() {
        // Only the file's first BOM is dropped; one starting a later line stays text,
        // so writing the template and reading it back gives the same description.
        const Result<ChecklistTemplate> tmpl =
            MarkdownTemplateReader::read("\xef\xbb\xbf# D\n\nA\n \xef\xbb\xbf\nB\n");
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        QCOMPARE(tmpl->title, QStringLiteral("D"));
        QCOMPARE(tmpl->description, QStringLiteral("A\n\uFEFF\nB"));
        const Result<ChecklistTemplate> again = MarkdownTemplateReader::read("# D\n\nA\n\xef\xbb\xbf\nB\n");
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->description, tmpl->description);
    }

    void controlCharactersInNote() {
        openStoreWithRecord();
        // An escape sequence, a bell, a NUL and DEL: what a pasted terminal log may hold.
        expectNoteStoredOrRefused(QStringLiteral("red \x1b[31mFAIL\x1b[0m\a then ") + QChar(u'\0') +
                                  QStringLiteral(" and \x7f end"));
    }

    void invalidUtf8InImport_data() {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<int>("line");
        const QByteArray lf = templateWithRows("| Restore tested | ☐ | |\n");
        QTest::addRow("lone continuation byte in the title")
            << QByteArray("# Bad \x80 title\n") + lf.mid(lf.indexOf('\n') + 1) << 1;
        QTest::addRow("0xFF in a cell") << templateWithRows("| ok | ☐ | |\n" + rowWithNote("\xff")) << 8;
        QTest::addRow("overlong slash") << templateWithRows(rowWithNote("\xc0\xaf")) << 7;
        QTest::addRow("UTF-16 surrogate") << templateWithRows(rowWithNote("\xed\xa0\x80")) << 7;
        QTest::addRow("truncated at the end") << templateWithRows("| Restore tested | \xe2\x98") << 7;
        QByteArray crlf = templateWithRows(rowWithNote("fine") + rowWithNote("\xf8\x88\x80\x80\x80"));
        crlf.replace("\n", "\r\n");
        QTest::addRow("five-byte sequence, CRLF lines") << crlf << 8;
    }

    void invalidUtf8InImport() {
        QFETCH(QByteArray, markdown);
        QFETCH(int, line);
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
        QVERIFY(!tmpl.ok());
        QCOMPARE(tmpl.error(),
                 QStringLiteral("line %1: the text is not valid UTF-8; save the file with UTF-8 "
                                "encoding")
                     .arg(line));
    }

    void invalidUtf8InStrokes() {
        for (const QByteArray& json :
             {QByteArray("[[[1,2]],\"\xff\"]"), QByteArray("[[[1,\xc0\xaf]]]"), QByteArray(1, '\0')}) {
            const Result<SignatureStrokes> strokes = StrokeJson::read(json);
            QVERIFY2(!strokes.ok(), json.toHex().constData());
            QVERIFY2(strokes.error().startsWith(QStringLiteral("the signature strokes are not valid: ")),
                     qPrintable(strokes.error()));
        }
    }

    void hundredThousandRowTable() {
        constexpr int kRows = 100'000;
        QByteArray rows;
        rows.reserve(kRows * 40);
        for (int r = 1; r <= kRows; ++r)
            rows += "| Item " + QByteArray::number(r) + " | " + (r % 2 ? "☐" : "☑") + " | |\n";
        const QByteArray markdown = templateWithRows(rows);

        QElapsedTimer timer;
        timer.start();
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
        const qint64 readMs = timer.elapsed();
        QVERIFY2(readMs < kBoundMs, qPrintable(QString::number(readMs)));
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        const QList<ChecklistItem>& items = tmpl->sections.at(0).items;
        QCOMPARE(items.size(), kRows);
        QCOMPARE(items.constLast().text, QStringLiteral("Item %1").arg(kRows));
        QCOMPARE(items.constLast().status, ItemStatus::Done);

        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(m_store->open(TestSupport::newDatabase(m_dir, QStringLiteral("db%1").arg(++m_counter))).ok());
        timer.restart();
        const Result<qint64> templateId = m_store->addTemplate(*tmpl);
        QVERIFY2(timer.elapsed() < kBoundMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(templateId.ok(), qPrintable(templateId.error()));
        const Result<ChecklistTemplate> stored = m_store->loadTemplate(*templateId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->itemCount(), kRows);
        qInfo("100,000 rows: read in %lld ms, stored and loaded in %lld ms", readMs, timer.elapsed());
    }

    void hundredThousandRowTableWithOneBadRow() {
        constexpr int kRows = 100'000;
        constexpr int kBadRow = 99'990;
        QByteArray rows;
        for (int r = 1; r <= kRows; ++r)
            rows +=
                "| Item " + QByteArray::number(r) + " | ☐ |" + (r == kBadRow ? " | extra |" : " |") + "\n";
        QElapsedTimer timer;
        timer.start();
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(templateWithRows(rows));
        QVERIFY2(timer.elapsed() < kBoundMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!tmpl.ok());
        // Row 1 is on line 7.
        QCOMPARE(tmpl.error(),
                 QStringLiteral("line %1: the row has 4 cells, the header has 3").arg(kBadRow + 6));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
