// The spreadsheet import: CsvReader (quotes, encodings, delimiters, line
// numbers), CsvTemplateReader (sections, groups, roles, status words, bad
// rows), the round trip through Markdown, the LibreOffice-made twins of
// Markdown test documents, and SheetWords, one test row per word.

#include "TestFiles.h"
#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/CsvTemplateReader.h"
#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"
#include "io/SheetWords.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CsvTemplateReader::Options titled(const QString& title = u"Sheet"_s) {
    CsvTemplateReader::Options options;
    options.title = title;
    return options;
}

// The structure a record is made of: sections (kind, title), groups, items, default statuses, notes.
QStringList structure(const ChecklistTemplate& tmpl, bool withProcedures = true) {
    QStringList lines;
    for (const ChecklistSection& section : tmpl.sections) {
        if (!withProcedures && section.kind == SectionKind::Procedure)
            continue;
        lines.append(u"## "_s + SectionKindText::key(section.kind) + u' ' + section.title);
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                lines.append(u"### "_s + item.text);
            else if (section.kind == SectionKind::SignOff)
                lines.append(u"role "_s + item.text);
            else
                lines.append(ItemStatusText::key(item.status) + u' ' + item.text + u" | "_s + item.notes);
        }
    }
    return lines;
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotedCells();
    void lineNumbersAcrossQuotedNewlines();
    void delimiters_data();
    void delimiters();
    void encodings();
    void readerErrors_data();
    void readerErrors();
    void sectionsGroupsAndStatuses();
    void statusWords_data();
    void statusWords();
    void sheetWords_data();
    void sheetWords();
    void signOffRoles();
    void columnOverrides();
    void noStatusColumn();
    void badRows_data();
    void badRows();
    void roundTripThroughMarkdown();
    void libreOfficeTwins_data();
    void libreOfficeTwins();
};

void TestCsvImport::quotedCells() {
    const Result<QList<CsvReader::Row>> rows =
        CsvReader::split(u"a,\"b, c\",\"say \"\"hi\"\"\",\"\"\r\n\"two\nlines\",x,,\"\"\"\"\r\n"_s, u',');
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).cells, QStringList({u"a"_s, u"b, c"_s, u"say \"hi\""_s, QString()}));
    QCOMPARE(rows->at(1).cells, QStringList({u"two\nlines"_s, u"x"_s, QString(), u"\""_s}));
    // A quote inside an unquoted cell is text, as spreadsheets read it.
    const Result<QList<CsvReader::Row>> inch = CsvReader::split(u"5\" screen,ok"_s, u',');
    QVERIFY(inch);
    QCOMPARE(inch->at(0).cells, QStringList({u"5\" screen"_s, u"ok"_s}));
}

void TestCsvImport::lineNumbersAcrossQuotedNewlines() {
    // CRLF, a CRLF inside quotes, a lone CR and a blank line: each row names the line it starts on.
    const Result<QList<CsvReader::Row>> rows =
        CsvReader::split(u"h1,h2\r\n\"a\r\nb\r\nc\",d\r\ne,f\rg,h\n\ni,j"_s, u',');
    QVERIFY2(rows, qPrintable(rows.error()));
    QList<int> lines;
    for (const CsvReader::Row& row : *rows)
        lines.append(row.line);
    QCOMPARE(lines, QList<int>({1, 2, 5, 6, 7, 8}));
    QCOMPARE(rows->at(1).cells.first(), u"a\nb\nc"_s);

    // A bad row after a quoted newline is named by its physical line.
    const QByteArray csv = "Item,Status,Notes\n\"multi\nline\nitem\",Done,\"n\n2\"\nshort,Done\n";
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled());
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error(), u"line 6: the row has 2 cells, the header has 3"_s);
}

void TestCsvImport::delimiters_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("Item,Status,Notes\nA,Done,\"x; y\"\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("Item;Status;Notes\nA;Done;\"x, y\"\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("Item\tStatus\tNotes\nA\tDone\tx, y; z\n") << QChar(u'\t');
    QTest::newRow("quoted separators ignored")
        << QByteArray("\"Item, text\";Status;Notes\nA;Done;x\n") << QChar(u';');
}

void TestCsvImport::delimiters() {
    QFETCH(QByteArray, csv);
    QFETCH(QChar, delimiter);
    const Result<CsvReader::Table> table = CsvReader::read(csv);
    QVERIFY(table);
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->rows.at(1).cells.size(), 3);
    QCOMPARE(table->rows.at(1).cells.at(1), u"Done"_s);
}

void TestCsvImport::encodings() {
    const QString text = u"Item;Anmerkungen\nPrüfung;Zoë Ångström – „ok“ €\n"_s;
    const struct {
        QByteArray bytes;
        QString encoding;
    } cases[] = {
        {text.toUtf8(), u"UTF-8"_s},
        {"\xEF\xBB\xBF" + text.toUtf8(), u"UTF-8"_s},
        {QStringEncoder("windows-1252").encode(text), u"Windows-1252"_s},
        {QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2),
         u"UTF-16"_s},
    };
    for (const auto& c : cases) {
        const Result<CsvReader::Table> table = CsvReader::read(c.bytes);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->encoding, c.encoding);
        QCOMPARE(table->rows.at(0).cells.at(0), u"Item"_s); // no BOM left in the first header
        QCOMPARE(table->rows.at(1).cells, QStringList({u"Prüfung"_s, u"Zoë Ångström – „ok“ €"_s}));
    }
    // UTF-16 with a lone surrogate is no text.
    const Result<CsvReader::Table> surrogate = CsvReader::read(QByteArray("\xFF\xFEI\0\n\0\x00\xD8x\0", 10));
    QVERIFY(!surrogate);
    QVERIFY2(surrogate.error().contains(u"is not UTF-16 text"_s), qPrintable(surrogate.error()));
    // A byte Windows-1252 has no character for, in a file that is not UTF-8.
    const Result<CsvReader::Table> bad = CsvReader::read("Item\n\xE4\n\x81x\n");
    QVERIFY(!bad);
    QVERIFY2(bad.error().startsWith(u"line 3: the byte 0x81 "_s), qPrintable(bad.error()));
}

void TestCsvImport::readerErrors_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("never closed") << QByteArray("Item,Status\nA,Done\n\"B\nstill,open\n")
                                  << u"line 3: the quoted cell that starts here is never closed"_s;
    QTest::newRow("control character") << QByteArray("Item,Status\n\"a\nb\x1b[2J\",Done\n")
                                       << u"line 3, column 2: the text holds the control character U+001B"_s;
    QTest::newRow("text after the quote") << QByteArray("Item,Status\n\"a\nb\"x,Done\n")
                                          << u"line 3: text after a quoted cell's closing quote"_s;
}

void TestCsvImport::readerErrors() {
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled());
    QVERIFY(!tmpl);
    QVERIFY2(tmpl.error().startsWith(error), qPrintable(tmpl.error()));
}

void TestCsvImport::sectionsGroupsAndStatuses() {
    const QByteArray csv = "Section,Group,Item,Status,Notes,Owner\n"
                           "Prepare,Code,Run the tests,Done,,Ana\n"
                           ",,\"Lint | format\",,\"two\nlines\",\n"
                           ",Docs,Update README,X,,\n"
                           ",,,,,\n"
                           "Release,,Tag it,✓,,Jörg\n"
                           "Prepare,,Late item,N/A,came back,\n";
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled(u"Release"_s));
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Release"_s);
    QCOMPARE(structure(*tmpl), QStringList({
                                   u"## checklist Prepare"_s,
                                   u"### Code"_s,
                                   u"done Run the tests | "_s,
                                   u"pending Lint \\| format | two<br>lines"_s,
                                   u"### Docs"_s,
                                   u"done Update README | "_s,
                                   u"na Late item | came back"_s,
                                   u"## checklist Release"_s,
                                   u"done Tag it | "_s,
                               }));
    const ChecklistSection& prepare = tmpl->sections.at(0);
    QCOMPARE(prepare.columns, QStringList({u"Item"_s, u"Status"_s, u"Notes"_s, u"Owner"_s}));
    QCOMPARE(prepare.statusColumn, 1);
    QCOMPARE(prepare.notesColumn, 2);
    QCOMPARE(prepare.items.at(1).extra, QStringList({u"Ana"_s}));
    QCOMPARE(prepare.items.at(0).extra, QStringList({QString()})); // a group row has its cells too
}

void TestCsvImport::statusWords_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("status");
    for (const SheetWords::StatusWord& word : SheetWords::statusWords()) {
        const QString text = word.text.toString();
        QTest::newRow(qPrintable(text + u' ' + word.languages)) << text << ItemStatusText::key(word.status);
        QTest::newRow(qPrintable(text.toUpper() + u" upper"))
            << text.toUpper() << ItemStatusText::key(word.status);
    }
    // The marks of a Markdown table read the same.
    QTest::newRow("empty") << QString() << u"pending"_s;
    QTest::newRow("☐") << u"☐"_s << u"pending"_s;
    QTest::newRow("☑") << u"☑"_s << u"done"_s;
    QTest::newRow("✓") << u"✓"_s << u"done"_s;
    QTest::newRow("[x]") << u"[x]"_s << u"done"_s;
    QTest::newRow("n/a") << u"n/a"_s << u"na"_s;
    QTest::newRow("☒") << u"☒"_s << u"failed"_s;
}

void TestCsvImport::statusWords() {
    QFETCH(QString, cell);
    QFETCH(QString, status);
    const std::optional<ItemStatus> read = SheetWords::status(cell);
    QVERIFY(read);
    QCOMPARE(ItemStatusText::key(*read), status);
    // And as a cell of a file's status column.
    const QByteArray csv = "Item,Status\nA,\"" + cell.toUtf8() + "\"\n";
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled());
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    QCOMPARE(ItemStatusText::key(tmpl->sections.at(0).items.at(0).status), status);
}

void TestCsvImport::sheetWords_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("word");
    for (const SheetWords::Word& word : SheetWords::words()) {
        const QString text = word.text.toString();
        QTest::newRow(qPrintable(text + u' ' + word.languages)) << int(word.kind) << text;
        QTest::newRow(qPrintable(text.toLower() + u": lower, colon"))
            << int(word.kind) << text.toLower() + u':';
    }
}

void TestCsvImport::sheetWords() {
    QFETCH(int, kind);
    QFETCH(QString, word);
    const auto k = SheetWords::Kind(kind);
    QVERIFY(SheetWords::is(k, word));
    // Each word does its job in a file.
    QByteArray csv;
    switch (k) {
    case SheetWords::Kind::SectionColumn:
        csv = "\"" + word.toUtf8() + "\",Item,Status\nFirst,A,Done\n";
        break;
    case SheetWords::Kind::GroupColumn:
        csv = "\"" + word.toUtf8() + "\",Item,Status\nFirst,A,Done\n";
        break;
    case SheetWords::Kind::RoleColumn:
        csv = "Item,Status,\"" + word.toUtf8() + "\"\nA,Done,\n,,First\n";
        break;
    case SheetWords::Kind::ItemColumn:
        csv = "Owner,Status,\"" + word.toUtf8() + "\"\nAna,Done,First\n";
        break;
    case SheetWords::Kind::SignOffTitle:
        csv = "Section,Item,Status\nChecks,A,Done\n\"" + word.toUtf8() + "\",First,\n";
        break;
    }
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled());
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    const QStringList shape = structure(*tmpl);
    switch (k) {
    case SheetWords::Kind::SectionColumn:
        QCOMPARE(shape, QStringList({u"## checklist First"_s, u"done A | "_s}));
        break;
    case SheetWords::Kind::GroupColumn:
        QCOMPARE(shape, QStringList({u"## checklist Checklist"_s, u"### First"_s, u"done A | "_s}));
        break;
    case SheetWords::Kind::RoleColumn:
        QCOMPARE(shape, QStringList({u"## checklist Checklist"_s, u"done A | "_s, u"## signoff Sign-off"_s,
                                     u"role First"_s}));
        break;
    case SheetWords::Kind::ItemColumn:
        QCOMPARE(shape, QStringList({u"## checklist Checklist"_s, u"done First | "_s}));
        QCOMPARE(tmpl->sections.at(0).columns.first(), word);
        break;
    case SheetWords::Kind::SignOffTitle:
        QCOMPARE(shape, QStringList({u"## checklist Checks"_s, u"done A | "_s, u"## signoff "_s + word,
                                     u"role First"_s}));
        break;
    }
}

void TestCsvImport::signOffRoles() {
    CsvTemplateReader::Options options = titled();
    options.roles = {u"QA Lead"_s, u"Product Owner"_s};
    const Result<ChecklistTemplate> fromOption = CsvTemplateReader::read("Item,Status\nA,\n", options);
    QVERIFY2(fromOption, qPrintable(fromOption.error()));
    const ChecklistSection& signOff = fromOption->sections.last();
    QCOMPARE(signOff.kind, SectionKind::SignOff);
    QCOMPARE(signOff.title, u"Sign-off"_s);
    QCOMPARE(signOff.columns, QStringList({u"Role"_s, u"Name"_s, u"Signature"_s, u"Date"_s}));
    QCOMPARE(signOff.items.size(), 2);
    QCOMPARE(signOff.items.at(1).text, u"Product Owner"_s);
    QCOMPARE(signOff.items.at(1).extra.size(), 3);

    // The file names roles and --roles names more: which list is meant?
    const Result<ChecklistTemplate> both =
        CsvTemplateReader::read("Section,Item,Status\nA,B,\nSign-off,QA Lead,\n", options);
    QVERIFY(!both);
    QVERIFY2(both.error().startsWith(u"line 3: the file names the roles that sign"_s),
             qPrintable(both.error()));

    const Result<ChecklistTemplate> twice =
        CsvTemplateReader::read("Section,Item,Status\nA,B,\nSign-off,QA Lead,\n,QA Lead,\n", titled());
    QVERIFY(!twice);
    QCOMPARE(twice.error(), u"line 4: the role 'QA Lead' is named twice"_s);
    const Result<ChecklistTemplate> marked =
        CsvTemplateReader::read("Section,Item,Status\nA,B,\nSign-off,QA Lead,Done\n", titled());
    QVERIFY(!marked);
    QVERIFY2(marked.error().startsWith(u"line 3: a sign-off row names only the role"_s),
             qPrintable(marked.error()));
}

void TestCsvImport::columnOverrides() {
    CsvTemplateReader::Options options = titled();
    options.columns = {{u"Owner"_s, ColumnRole::Notes}, {u"Step"_s, ColumnRole::Item}};
    const Result<ChecklistTemplate> tmpl =
        CsvTemplateReader::read("No,Step,Owner,Status\n1,Deploy,Ana,☑\n", options);
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    QCOMPARE(section.columns, QStringList({u"Step"_s, u"No"_s, u"Owner"_s, u"Status"_s}));
    QCOMPARE(section.notesColumn, 2);
    QCOMPARE(section.statusColumn, 3);
    QCOMPARE(section.items.at(0).notes, u"Ana"_s);
    QCOMPARE(section.items.at(0).extra, QStringList({u"1"_s}));

    options.columns = {{u"Nowhere"_s, ColumnRole::Notes}};
    const Result<ChecklistTemplate> missing = CsvTemplateReader::read("Item,Status\nA,\n", options);
    QVERIFY(!missing);
    QCOMPARE(missing.error(), u"no column is headed 'Nowhere'"_s);
}

void TestCsvImport::noStatusColumn() {
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read("Item,Notes\nA,first\nB,\n", titled());
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    QCOMPARE(section.columns, QStringList({u"Item"_s, u"Notes"_s, u"Status"_s}));
    QCOMPARE(section.statusColumn, 2);
    QCOMPARE(structure(*tmpl),
             QStringList({u"## checklist Checklist"_s, u"pending A | first"_s, u"pending B | "_s}));
}

void TestCsvImport::badRows_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("ragged, more") << QByteArray("Item,Status\nA,Done\nB,Done,extra\n")
                                  << u"line 3: the row has 3 cells, the header has 2"_s;
    QTest::newRow("ragged, fewer") << QByteArray("Item;Status;Notes\r\nA;Done;\r\nB\r\n")
                                   << u"line 3: the row has 1 cells, the header has 3"_s;
    QTest::newRow("not a status") << QByteArray("Item,Status\nA,Done\nB,Maybe\n")
                                  << u"line 3: 'Maybe' in the column 'Status' is not a status"_s;
    QTest::newRow("empty item") << QByteArray("Section,Item,Status\nS,,Done\n")
                                << u"line 2: the item text is empty"_s;
    QTest::newRow("first row without section")
        << QByteArray("Section,Item,Status\n,A,Done\n") << u"line 2: the first row names no section"_s;
    QTest::newRow("two section columns") << QByteArray("Section,Abschnitt,Item\nA,B,C\n")
                                         << u"line 1: two columns, 'Section' and 'Abschnitt'"_s;
    QTest::newRow("header only") << QByteArray("\n\nItem,Status\n,\n")
                                 << u"line 3: the file has a header row but no items"_s;
    QTest::newRow("empty file") << QByteArray() << u"the file holds no header row"_s;
}

void TestCsvImport::badRows() {
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, titled());
    QVERIFY(!tmpl);
    QVERIFY2(tmpl.error().startsWith(error), qPrintable(tmpl.error()));
}

void TestCsvImport::roundTripThroughMarkdown() {
    // Everything a cell can hold that Markdown writes differently: line breaks,
    // pipes, backslashes, a bold item, a heading-like title, a status column
    // the header does not name.
    const QByteArray csv = "Section,Group,Task,Owner,Check,Comments\n"
                           "Prepare #,First,\"**bold** item\",Ana,✓,\"a\nb\"\n"
                           ",,\"a | b \\| c\",,,\"back\\slash\"\n"
                           ",Second,\"<b>raw</b>\",,N/A,why\n"
                           "Sign-off,,QA Lead,,,\n";
    CsvTemplateReader::Options options = titled(u"Round trip"_s);
    const Result<ChecklistTemplate> tmpl = CsvTemplateReader::read(csv, options);
    QVERIFY2(tmpl, qPrintable(tmpl.error()));
    const QString markdown = MarkdownWriter::writeTemplate(*tmpl);
    const Result<ChecklistTemplate> reread = MarkdownTemplateReader::read(markdown.toUtf8());
    QVERIFY2(reread, qPrintable(reread.error() + u'\n' + markdown));
    QCOMPARE(structure(*reread), structure(*tmpl));
    for (qsizetype s = 0; s < tmpl->sections.size(); ++s) {
        const ChecklistSection& a = tmpl->sections.at(s);
        const ChecklistSection& b = reread->sections.at(s);
        QCOMPARE(b.columns, a.columns);
        QCOMPARE(b.statusColumn, a.statusColumn);
        QCOMPARE(b.notesColumn, a.notesColumn);
        for (qsizetype i = 0; i < a.items.size(); ++i)
            QCOMPARE(b.items.at(i).extra, a.items.at(i).extra);
    }
    QCOMPARE(reread->title, tmpl->title);
    QCOMPARE(MarkdownWriter::writeTemplate(*reread), markdown);
}

void TestCsvImport::libreOfficeTwins_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("release readiness, UTF-8")
        << u"csv-release-readiness.csv"_s << u"md-release-readiness.md"_s << u"UTF-8"_s << QChar(u',');
    QTest::newRow("German seed, Windows-1252")
        << u"csv-german-seed.csv"_s << u"md-german-seed.md"_s << u"Windows-1252"_s << QChar(u';');
}

void TestCsvImport::libreOfficeTwins() {
    QFETCH(QString, csv);
    QFETCH(QString, markdown);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    const QByteArray bytes = TestSupport::testData(csv);
    const Result<CsvReader::Table> table = CsvReader::read(bytes);
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->delimiter, delimiter);

    const Result<ChecklistTemplate> fromMarkdown =
        MarkdownTemplateReader::read(TestSupport::testData(markdown));
    QVERIFY2(fromMarkdown, qPrintable(fromMarkdown.error()));
    const Result<ChecklistTemplate> fromCsv = CsvTemplateReader::read(bytes, titled(fromMarkdown->title));
    QVERIFY2(fromCsv, qPrintable(fromCsv.error()));
    // A numbered list (the rollback procedure) has no form in a spreadsheet: the rest is the same.
    QCOMPARE(structure(*fromCsv), structure(*fromMarkdown, false));
    QVERIFY(structure(*fromMarkdown).size() > structure(*fromMarkdown, false).size());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
