#include "TestFiles.h"
#include "TestSupport.h"

#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Table rows with their padding and separator dashes normalised the way the
// writer writes them: "| a | ☐ | |" and "|---|---|---|". Written independently
// of the engine's own row code so that the round trip checks it.
QStringList cellsOf(const QString& row) {
    QStringList cells;
    QString cell;
    const QString text = row.trimmed();
    for (qsizetype i = 1; i < text.size(); ++i) { // skip the leading '|'
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            cell += text.at(i);
            cell += text.at(++i);
        } else if (text.at(i) == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += text.at(i);
        }
    }
    return cells;
}

QString normalise(const QString& markdown) {
    QStringList lines = markdown.split(u'\n');
    for (QString& line : lines) {
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = cellsOf(line);
        const bool separator = std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) {
            return !c.isEmpty() &&
                   std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return ch == u'-' || ch == u':'; });
        });
        line.clear();
        for (const QString& cell : cells)
            line += separator ? u"|---"_s : (cell.isEmpty() ? u"| "_s : u"| "_s + cell + u' ');
        line += u'|';
    }
    return lines.join(u'\n');
}

ChecklistItem item(const QString& text, ItemStatus status = ItemStatus::Pending, const QString& notes = {},
                   const QStringList& extra = {}) {
    ChecklistItem i;
    i.text = text;
    i.status = status;
    i.notes = notes;
    i.extra = extra;
    return i;
}

ChecklistItem groupHeader(const QString& text, int extraCount = 0) {
    ChecklistItem i;
    i.isGroupHeader = true;
    i.text = text;
    for (int n = 0; n < extraCount; ++n)
        i.extra.append(QString());
    return i;
}

// Field-by-field equality of what the Markdown carries.
void compareTemplates(const ChecklistTemplate& actual, const ChecklistTemplate& expected) {
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (int s = 0; s < expected.sections.size(); ++s) {
        const ChecklistSection& a = actual.sections.at(s);
        const ChecklistSection& e = expected.sections.at(s);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.columns, e.columns);
        QCOMPARE(a.statusColumn, e.statusColumn);
        QCOMPARE(a.notesColumn, e.notesColumn);
        QCOMPARE(a.taskList, e.taskList);
        QCOMPARE(a.items.size(), e.items.size());
        for (int i = 0; i < e.items.size(); ++i) {
            QCOMPARE(a.items.at(i).isGroupHeader, e.items.at(i).isGroupHeader);
            QCOMPARE(a.items.at(i).text, e.items.at(i).text);
            QCOMPARE(a.items.at(i).status, e.items.at(i).status);
            QCOMPARE(a.items.at(i).notes, e.items.at(i).notes);
            QCOMPARE(a.items.at(i).extra, e.items.at(i).extra);
            QCOMPARE(a.items.at(i).detail, e.items.at(i).detail);
        }
    }
}

Record seedRecord() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    Record record;
    record.id = 7;
    record.templateId = 1;
    record.templateTitle = tmpl->title;
    record.templateVersion = 1;
    record.info = {u"Release 2.4 sign-off"_s, u"2.4.0"_s, u"production"_s};
    record.sections = tmpl->sections;
    return record;
}

} // namespace

class TestMarkdownWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }
    void init() { TestSupport::strictWarnings(); }

    void seedRoundTrip();
    void exportIsStable_data();
    void exportIsStable();
    void exactShape();
    void statusMarks();
    void cellEscaping();
    void sectionsBuiltInCode();
    void multiLineSteps();
    void recordExport();
    void recordExportWithSignatures();
    void recordExportReadsBack();
    void canonicalRoundTrip_data();
    void canonicalRoundTrip();
    void taskListIsStable_data();
    void taskListIsStable();
    void rolesSetInCodeWriteFrontMatter();
    void policiesRoundTrip();
    void taskNotesInRecordExport();
    void paragraphLineThatWouldEndIt_data();
    void paragraphLineThatWouldEndIt();
};

void TestMarkdownWriter::canonicalRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("task list") << u"md-release-tasklist.md"_s;
    QTest::newRow("German headers") << u"md-german-seed.md"_s;
    QTest::newRow("front matter") << u"md-front-matter.md"_s;
}

// A document in the writer's own form comes back byte for byte.
void TestMarkdownWriter::canonicalRoundTrip() {
    QFETCH(QString, name);
    const QByteArray source = TestSupport::readFile(TestSupport::testDataPath(name));
    QVERIFY(!source.isEmpty());
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(source);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(MarkdownWriter::writeTemplate(*tmpl).toUtf8(), source);
}

void TestMarkdownWriter::taskListIsStable_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("loose list, stars, upper-case X")
        << QByteArray("# T\n\n## S\n\n* [ ] a\n\n* [X] b\n    continued\n\n* [ ] c\n")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n- [x] b\n  continued\n- [ ] c\n");
    QTest::newRow("other marks") << QByteArray("# T\n\n## S\n\n- [✓] a\n- [N/A] b\n- [❌] c\n- [~] d\n")
                                 << QByteArray("# T\n\n## S\n\n- [x] a\n- [-] b\n- [✗] c\n- [-] d\n");
    QTest::newRow("paragraph detail keeps its blank line")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n\n    Under a.\n- [ ] b\n")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n\n    Under a.\n- [ ] b\n");
    QTest::newRow("sub-list after a blank line") << QByteArray("# T\n\n## S\n\n- [ ] a\n\n  - one\n  - two\n")
                                                 << QByteArray("# T\n\n## S\n\n- [ ] a\n  - one\n  - two\n");
    QTest::newRow("plain list before the tasks")
        << QByteArray("# T\n\n## S\n\n- note\n\n* [ ] a\n\n### G\n\n- in G\n\n+ [ ] b\n")
        << QByteArray("# T\n\n## S\n\n- note\n\n* [ ] a\n\n### G\n\n- in G\n\n* [ ] b\n");
    QTest::newRow("setext heading in a detail keeps its underline")
        << QByteArray("# T\n\n## S\n\n- [ ] x\n\n  b\n ==\n")
        << QByteArray("# T\n\n## S\n\n- [ ] x\n\n  b\n  ==\n");
    QTest::newRow("a list's lazy line before the tasks")
        << QByteArray("# T\n\n## S\n\n### G\n\n- note\n| lazy |\n\n+ [ ] a\n")
        << QByteArray("# T\n\n## S\n\n### G\n\n- note\n| lazy |\n\n* [ ] a\n");
    QTest::newRow("group description after its list")
        << QByteArray("# T\n\n## S\n\n### G\n\n- [ ] a\n\nAbout G.\n")
        << QByteArray("# T\n\n## S\n\n### G\n\nAbout G.\n\n- [ ] a\n");
}

// Any task list exports to the writer's form, which then stays as it is.
void TestMarkdownWriter::taskListIsStable() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, expected);
    const Result<ChecklistTemplate> first = MarkdownTemplateReader::read(markdown);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const QByteArray once = MarkdownWriter::writeTemplate(*first).toUtf8();
    QCOMPARE(once, expected);
    const Result<ChecklistTemplate> second = MarkdownTemplateReader::read(once);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    compareTemplates(*second, *first);
    QCOMPARE(MarkdownWriter::writeTemplate(*second).toUtf8(), once);
}

void TestMarkdownWriter::paragraphLineThatWouldEndIt_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("expected");
    // Found by fuzzing: "\t--" continues the paragraph, is read trimmed as "--",
    // and written so it would underline "a" as a heading.
    QTest::newRow("setext underline, template description")
        << QByteArray("# T\n\na\n\t--\n") << QByteArray("# T\n\na\n    --\n");
    QTest::newRow("setext underline, section description")
        << QByteArray("# T\n\n## S\n\na\n    ==\n\n| Item | Status |\n|---|---|\n| x | ☐ |\n")
        << QByteArray("# T\n\n## S\n\na\n    ==\n\n| Item | Status |\n|---|---|\n| x | ☐ |\n");
    QTest::newRow("thematic break") << QByteArray("# T\n\na\n\t***\n") << QByteArray("# T\n\na\n    ***\n");
    QTest::newRow("bullet, heading, html") << QByteArray("# T\n\na\n\t- b\n\t# c\n\t<div>\n")
                                           << QByteArray("# T\n\na\n    - b\n    # c\n    <div>\n");
    // A paragraph's first line with no text of its own (a code span's opening, a
    // link reference definition) is still the paragraph's.
    QTest::newRow("code span opening alone")
        << QByteArray("# T\n\n` \n` x\n") << QByteArray("# T\n\n`\n` x\n");
    QTest::newRow("link reference definition")
        << QByteArray("# T\n\n[a]: /u\nText\n") << QByteArray("# T\n\n[a]: /u\nText\n");
    QTest::newRow("heading after a tab")
        << QByteArray("# T\n\na\n\t#\tc\n") << QByteArray("# T\n\na\n    #\tc\n");
    QTest::newRow("numbered step") << QByteArray("# T\n\n## S\n\n1. a\n   \t   --\n")
                                   << QByteArray("# T\n\n## S\n\n1. a\n       --\n");
}

// A paragraph's line that would, written as read, end the paragraph (a heading's
// underline, a break, a list) is indented: it reads back as the same paragraph.
void TestMarkdownWriter::paragraphLineThatWouldEndIt() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, expected);
    const Result<ChecklistTemplate> first = MarkdownTemplateReader::read(markdown);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const QByteArray once = MarkdownWriter::writeTemplate(*first).toUtf8();
    QCOMPARE(once, expected);
    const Result<ChecklistTemplate> second = MarkdownTemplateReader::read(once);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    compareTemplates(*second, *first);
    QCOMPARE(MarkdownWriter::writeTemplate(*second).toUtf8(), once);
}

// Roles the headers do not say are written in the front matter, and read back.
void TestMarkdownWriter::rolesSetInCodeWriteFrontMatter() {
    ChecklistTemplate tmpl;
    tmpl.title = u"Roles"_s;
    ChecklistSection section;
    section.title = u"Checks: \"all\""_s;
    section.kind = SectionKind::Checklist;
    section.columns = {u"Item"_s, u"Status"_s, u"Verified"_s, u"Notes"_s};
    section.statusColumn = 2;
    section.notesColumn = -1;
    ChecklistItem row = item(u"a"_s, ItemStatus::Done);
    row.extra = {u"green"_s, u"a note as a field"_s};
    section.items = {row};
    tmpl.sections = {section};
    const QString written = MarkdownWriter::writeTemplate(tmpl);
    // The fewest roles that make the reader find these columns: Verified is found by its marks.
    QVERIFY2(written.startsWith(u"---\ncolumn-roles:\n  \"Checks: \\\"all\\\"\":\n    \"Status\": extra\n"
                                u"    \"Notes\": extra\n---\n\n# Roles\n"_s),
             qPrintable(written));
    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareTemplates(*back, tmpl);
}

// A task list has no notes column: a record's notes go first in the detail.
// A template's sign-off policies go to the front matter in the sign-off
// table's order, beside the column roles, and read back the same.
void TestMarkdownWriter::policiesRoundTrip() {
    ChecklistTemplate tmpl;
    tmpl.title = u"Policies"_s;
    ChecklistSection checks;
    checks.title = u"Checks"_s;
    checks.kind = SectionKind::Checklist;
    checks.columns = {u"Item"_s, u"Status"_s, u"Notes"_s};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    checks.items = {item(u"a"_s, ItemStatus::Pending)};
    ChecklistSection signOff;
    signOff.title = u"Sign-off"_s;
    signOff.kind = SectionKind::SignOff;
    signOff.columns = {u"Role"_s, u"Signature"_s};
    for (const QString& role : {u"QA Lead \"senior\""_s, u"Product Owner"_s, u"Release Manager"_s}) {
        ChecklistItem row;
        row.text = role;
        row.extra = {QString()};
        signOff.items << row;
    }
    tmpl.sections = {checks, signOff};
    tmpl.rolePolicies = {{u"Release Manager"_s, RolePolicy{1, true}},
                         {u"QA Lead \"senior\""_s, RolePolicy{2, true}}};
    const QString written = MarkdownWriter::writeTemplate(tmpl);
    QVERIFY2(written.startsWith(
                 u"---\nsignoff:\n  \"QA Lead \\\"senior\\\"\":\n    signers: 2\n    independent: true\n"
                 u"  \"Release Manager\":\n    signers: 1\n    independent: true\n---\n\n# Policies\n"_s),
             qPrintable(written));
    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->rolePolicies, tmpl.rolePolicies);
    QCOMPARE(MarkdownWriter::writeTemplate(*back), written);
}

void TestMarkdownWriter::taskNotesInRecordExport() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read("# T\n\n## S\n\n- [ ] a\n  - sub\n- [ ] b\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    Record record;
    record.templateTitle = tmpl->title;
    record.info.title = u"R"_s;
    record.sections = tmpl->sections;
    record.sections[0].items[0].status = ItemStatus::Failed;
    record.sections[0].items[0].notes = u"broke on CI"_s;
    record.sections[0].items[1].notes = u"fine"_s;
    const QString written = MarkdownWriter::writeRecord(record);
    QVERIFY2(
        written.endsWith(u"## S\n\n- [✗] a\n\n  Notes: broke on CI\n\n  - sub\n- [ ] b\n\n  Notes: fine\n"_s),
        qPrintable(written));
    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(MarkdownWriter::writeTemplate(*back), written);
}

void TestMarkdownWriter::seedRoundTrip() {
    const QString original = QString::fromUtf8(TestSupport::seedTemplate());
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const QString written = MarkdownWriter::writeTemplate(*tmpl);
    // The seed's separators have more dashes, so the normaliser has real work to do.
    QVERIFY(normalise(original) != original);
    QCOMPARE(written, normalise(original));
    QVERIFY(written.contains(u"\n| All acceptance tests pass | ☐ | |\n"));
    QVERIFY(written.contains(u"\n| **Preparation** | | |\n"));
    QVERIFY(written.contains(u"\n|---|---|---|---|\n| Deployment Manager | | | |\n"));
}

void TestMarkdownWriter::exportIsStable_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("seed") << QStringLiteral(COUNTERSIGN_SEED_PATH);
    for (const char* name :
         {"md-release-readiness.md", "md-unicode.md", "md-inline-markdown.md", "md-marks-fallback.md",
          "md-release-tasklist.md", "md-german-seed.md", "md-front-matter.md"})
        QTest::newRow(name) << QStringLiteral(COUNTERSIGN_TEST_DATA) + u'/' + QString::fromUtf8(name);
}

void TestMarkdownWriter::exportIsStable() {
    QFETCH(QString, path);
    const QByteArray source = TestSupport::readFile(path);
    QVERIFY(!source.isEmpty());
    const Result<ChecklistTemplate> first = MarkdownTemplateReader::read(source);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const QString once = MarkdownWriter::writeTemplate(*first);

    const Result<ChecklistTemplate> second = MarkdownTemplateReader::read(once.toUtf8());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    compareTemplates(*second, *first);
    const QString twice = MarkdownWriter::writeTemplate(*second);
    QCOMPARE(twice.toUtf8(), once.toUtf8());

    // Blank line between blocks, exactly one newline at the end.
    QVERIFY(once.endsWith(u'\n'));
    QVERIFY(!once.endsWith(u"\n\n"));
    QVERIFY(!once.contains(u"\n\n\n"));
}

void TestMarkdownWriter::exactShape() {
    ChecklistTemplate tmpl;
    tmpl.title = u"Small Checklist"_s;
    tmpl.description = u"First line\nsecond line\n\nAnother paragraph"_s;

    ChecklistSection checks;
    checks.title = u"Checks"_s;
    checks.kind = SectionKind::Checklist;
    checks.description = u"Tick each box."_s;
    checks.columns = {u"Task"_s, u"Owner"_s, u"Done"_s, u"Comments"_s};
    checks.statusColumn = 2;
    checks.notesColumn = 3;
    checks.items = {groupHeader(u"Build"_s, 1), item(u"Compile"_s, ItemStatus::Done, {}, {u"CI"_s}),
                    item(u"Test"_s, ItemStatus::Pending, u"flaky on ARM"_s, {QString()})};

    ChecklistSection steps;
    steps.title = u"Steps"_s;
    steps.kind = SectionKind::Procedure;
    steps.items = {item(u"Stop"_s), item(u"Start"_s)};

    ChecklistSection text;
    text.title = u"Notes"_s;
    text.description = u"Only text."_s;

    ChecklistSection signoff;
    signoff.title = u"Sign-off"_s;
    signoff.kind = SectionKind::SignOff;
    signoff.columns = {u"Role"_s, u"Name"_s, u"Signature"_s, u"Date"_s};
    signoff.items = {item(u"QA Lead"_s, ItemStatus::Pending, {}, {u"Ann"_s, QString(), u"2024-05-01"_s})};

    tmpl.sections = {checks, steps, text, signoff};
    QCOMPARE(MarkdownWriter::writeTemplate(tmpl), u"# Small Checklist\n"
                                                  u"\n"
                                                  u"First line\nsecond line\n"
                                                  u"\n"
                                                  u"Another paragraph\n"
                                                  u"\n"
                                                  u"## Checks\n"
                                                  u"\n"
                                                  u"Tick each box.\n"
                                                  u"\n"
                                                  u"| Task | Owner | Done | Comments |\n"
                                                  u"|---|---|---|---|\n"
                                                  u"| **Build** | | | |\n"
                                                  u"| Compile | CI | ☑ | |\n"
                                                  u"| Test | | ☐ | flaky on ARM |\n"
                                                  u"\n"
                                                  u"## Steps\n"
                                                  u"\n"
                                                  u"1. Stop\n"
                                                  u"2. Start\n"
                                                  u"\n"
                                                  u"## Notes\n"
                                                  u"\n"
                                                  u"Only text.\n"
                                                  u"\n"
                                                  u"## Sign-off\n"
                                                  u"\n"
                                                  u"| Role | Name | Signature | Date |\n"
                                                  u"|---|---|---|---|\n"
                                                  u"| QA Lead | Ann | | 2024-05-01 |\n"_s);

    const Result<ChecklistTemplate> back =
        MarkdownTemplateReader::read(MarkdownWriter::writeTemplate(tmpl).toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareTemplates(*back, tmpl);
}

void TestMarkdownWriter::statusMarks() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read("# T\n\n## S\n\n| Item | Status | Notes |\n"
                                     "|---|---|---|\n| a | ✓ | |\n| b | [x] | |\n"
                                     "| c | ❌ | why |\n| d | n/a | why |\n"
                                     "| e | [ ] | |\n| f | | |\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const QString written = MarkdownWriter::writeTemplate(*tmpl);
    QVERIFY2(written.endsWith(u"| a | ☑ | |\n| b | ☑ | |\n| c | ☒ | why |\n| d | N/A | why |\n"
                              u"| e | ☐ | |\n| f | ☐ | |\n"),
             qPrintable(written));
}

void TestMarkdownWriter::cellEscaping() {
    ChecklistTemplate tmpl;
    tmpl.title = u"Escapes"_s;
    ChecklistSection section;
    section.title = u"S"_s;
    section.kind = SectionKind::Checklist;
    section.columns = {u"Item"_s, u"Status"_s, u"Notes"_s};
    section.statusColumn = 1;
    section.notesColumn = 2;
    // Text typed by a person (bare pipe, line break) and text read from a cell (already escaped).
    section.items = {item(u"a|b"_s, ItemStatus::Failed, u"line one\nline two, \"quoted\""_s),
                     item(u"`x \\| y`"_s, ItemStatus::Done, u"  padded  "_s)};
    tmpl.sections = {section};

    const QString written = MarkdownWriter::writeTemplate(tmpl);
    QVERIFY2(
        written.contains(u"\n| a\\|b | ☒ | line one<br>line two, \"quoted\" |\n| `x \\| y` | ☑ | padded |\n"),
        qPrintable(written));
    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->sections.first().items.size(), 2);
    QCOMPARE(back->sections.first().items.at(0).text, u"a\\|b"_s);
    QCOMPARE(back->sections.first().items.at(0).notes, u"line one<br>line two, \"quoted\""_s);
    QCOMPARE(back->sections.first().items.at(1).text, u"`x \\| y`"_s);
    QCOMPARE(MarkdownWriter::writeTemplate(*back), written);
}

void TestMarkdownWriter::sectionsBuiltInCode() {
    ChecklistTemplate tmpl;
    tmpl.title = u"Built"_s;
    ChecklistSection checks;
    checks.title = u"Checks"_s;
    checks.kind = SectionKind::Checklist;
    checks.items = {item(u"One"_s, ItemStatus::NotApplicable, u"not needed"_s)};
    ChecklistSection signoff;
    signoff.title = u"Sign-off"_s;
    signoff.kind = SectionKind::SignOff;
    signoff.items = {item(u"Owner"_s)};
    tmpl.sections = {checks, signoff};
    const QString written = MarkdownWriter::writeTemplate(tmpl);
    QVERIFY2(written.contains(u"| Item | Status | Notes |\n|---|---|---|\n| One | N/A | not needed |\n"),
             qPrintable(written));
    QVERIFY2(written.contains(u"| Role | Name | Signature | Date |\n|---|---|---|---|\n| Owner | | | |\n"),
             qPrintable(written));
}

void TestMarkdownWriter::multiLineSteps() {
    const QByteArray md =
        "# T\n\n## Steps\n\n1. Compare **checksums**\n on both replicas\n\n2. Done\n\n## After\n";
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const QString written = MarkdownWriter::writeTemplate(*tmpl);
    QCOMPARE(written,
             u"# T\n\n## Steps\n\n1. Compare **checksums**\n   on both replicas\n2. Done\n\n## After\n"_s);
    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareTemplates(*back, *tmpl);
}

void TestMarkdownWriter::recordExport() {
    Record record = seedRecord();
    ChecklistSection& pre = record.sections[0];
    pre.items[0].status = ItemStatus::Done;
    pre.items[1].status = ItemStatus::NotApplicable;
    pre.items[1].notes = u"Coverage waived by QA | see ticket"_s;
    pre.items[2].status = ItemStatus::Failed;
    pre.items[2].notes = u"Two high issues open"_s;

    const QString written = MarkdownWriter::writeRecord(record);
    QVERIFY2(written.startsWith(
                 u"# Production Deployment Checklist\n\n"
                 u"Record: Release 2.4 sign-off · Release version: 2.4.0 · Environment: production\n\n"
                 u"## Pre-Deployment Verification\n\n| Item | Status | Notes |\n|---|---|---|\n"
                 u"| All acceptance tests pass | ☑ | |\n"
                 u"| Code coverage meets target (>95% for core modules) | N/A | Coverage waived by QA \\| "
                 u"see ticket |\n"
                 u"| All critical and high-severity issues resolved | ☒ | Two high issues open |\n"
                 u"| Performance meets acceptance criteria | ☐ | |\n"_s),
             qPrintable(written));
    QVERIFY(written.contains(u"\n| Deployment Manager | | | |\n"));
    QVERIFY(written.contains(u"\n1. Stop the current deployment\n"));
}

void TestMarkdownWriter::recordExportWithSignatures() {
    Record record = seedRecord();
    SignatureEntry qa;
    qa.role = u"QA Lead"_s;
    qa.printedName = u"Grace Hopper"_s;
    qa.signedAt = QDateTime(QDate(2024, 5, 1), QTime(14, 3, 59), Qt::UTC);
    SignatureEntry revoked;
    revoked.role = u"Product Owner"_s;
    revoked.printedName = u"Revoked Person"_s;
    revoked.signedAt = qa.signedAt;
    revoked.revoked = true;
    record.signatures = {revoked, qa};
    // A cell the template filled in is left as it is.
    record.sections[4].items[2].extra = {u"Linus"_s, QString(), QString()};
    SignatureEntry dev = qa;
    dev.role = u"Development Lead"_s;
    dev.printedName = u"Someone Else"_s;
    record.signatures.append(dev);

    const QString written = MarkdownWriter::writeRecord(record);
    QVERIFY2(written.endsWith(u"| Role | Name | Signature | Date |\n|---|---|---|---|\n"
                              u"| Deployment Manager | | | |\n"
                              u"| QA Lead | Grace Hopper | | 2024-05-01 14:03 UTC |\n"
                              u"| Development Lead | Linus | | 2024-05-01 14:03 UTC |\n"
                              u"| Product Owner | | | |\n"_s),
             qPrintable(written));
}

void TestMarkdownWriter::recordExportReadsBack() {
    Record record = seedRecord();
    record.description = u"Template notes."_s;
    record.sections[1].items[1].status = ItemStatus::Done;
    record.sections[1].items[1].notes = u"branch release/2.4"_s;
    const QString written = MarkdownWriter::writeRecord(record);

    const Result<ChecklistTemplate> back = MarkdownTemplateReader::read(written.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->title, u"Production Deployment Checklist"_s);
    QCOMPARE(back->description,
             u"Record: Release 2.4 sign-off · Release version: 2.4.0 · Environment: production"
             u"\n\nTemplate notes."_s);
    QCOMPARE(back->sections.at(1).items.at(1).status, ItemStatus::Done);
    QCOMPARE(back->sections.at(1).items.at(1).notes, u"branch release/2.4"_s);
    QCOMPARE(back->sections.size(), record.sections.size());
    // Importing a record's export and writing it as a template gives the same text.
    QCOMPARE(MarkdownWriter::writeTemplate(*back), written);
}

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
