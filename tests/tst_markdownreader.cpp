#include "TestFiles.h"
#include "TestSupport.h"

#include "io/ColumnRoles.h"
#include "io/MarkdownTemplateReader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList texts(const ChecklistSection& section) {
    QStringList result;
    for (const ChecklistItem& item : section.items)
        result.append(item.text);
    return result;
}

// A one-section document around a table, so each rule gets a small case.
QByteArray tableDocument(const QByteArray& table) {
    return "# T\n\n## S\n\n" + table;
}

} // namespace

class TestMarkdownReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }
    void init() { TestSupport::strictWarnings(); }

    void seedSections();
    void seedPreDeployment();
    void seedDeploymentGroups();
    void seedRollbackProcedure();
    void seedSignOff();
    void crlfAndBom();

    void statusColumnByName_data();
    void statusColumnByName();
    void statusColumnByMarks();
    void statusColumnNeverNotes();
    void commentsColumn();
    void extraColumns();
    void groupHeaders();
    void boldItemWithStatusIsNotAGroup();
    void statusMarks_data();
    void statusMarks();
    void defaultsFromTemplate();
    void inlineMarkdownKept();
    void templateDescription();
    void sectionDescriptions();
    void textOnlySection();
    void procedureSteps();
    void setextHeadings();
    void unicodeText();
    void allEmptyRows();

    void taskListRelease();
    void taskMarks_data();
    void taskMarks();
    void taskDetails();
    void plainListIsDescription();
    void tablesAndTaskListsMix();
    void columnSynonyms_data();
    void columnSynonyms();
    void requiredSynonyms();
    void germanSeed();
    void frontMatterRoles();
    void columnOverrides();
    void leadingRuleIsNotFrontMatter();
    void frontMatterPolicies();

    void badInput_data();
    void badInput();
};

void TestMarkdownReader::taskListRelease() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(
        TestSupport::readFile(TestSupport::testDataPath(u"md-release-tasklist.md"_s)));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Release Checklist"_s);
    QCOMPARE(tmpl->sections.size(), 4);
    QCOMPARE(tmpl->itemCount(), 11);
    const ChecklistSection& prepare = tmpl->sections.at(0);
    QCOMPARE(prepare.title, u"1. Prepare"_s); // a numbered heading is a title like any other
    QCOMPARE(prepare.kind, SectionKind::Checklist);
    QVERIFY(prepare.taskList);
    QCOMPARE(prepare.columns, QStringList());
    QCOMPARE(prepare.description, u"- Release manager: the on-call lead of the week\n"
                                  u"- Freeze: announce it in `#releases` a day before"_s);
    QCOMPARE(texts(prepare),
             (QStringList{u"Code Quality"_s, u"Run backend verification: `./mvnw clean verify`"_s,
                          u"Run frontend checks: `npm run lint && npm test`"_s, u"Update CHANGELOG.md"_s,
                          u"Documentation"_s, u"Update the README's install instructions"_s,
                          u"Check the API docs build: `mkdocs build --strict`"_s}));
    QVERIFY(prepare.items.at(0).isGroupHeader);
    QVERIFY(prepare.items.at(4).isGroupHeader);
    QCOMPARE(prepare.groupOf(3), u"Code Quality"_s);
    QCOMPARE(prepare.items.at(1).detail, u"```bash\n./mvnw clean verify -Pintegration\n```"_s);
    QCOMPARE(prepare.items.at(2).detail, QString());
    QCOMPARE(prepare.items.at(3).status, ItemStatus::Done);
    QCOMPARE(prepare.items.at(3).detail,
             u"- move the *Unreleased* entries under the new version\n- link the milestone"_s);
    QCOMPARE(prepare.items.at(1).status, ItemStatus::Pending);

    const ChecklistSection& release = tmpl->sections.at(1);
    QVERIFY(release.taskList);
    QCOMPARE(release.items.size(), 4);
    QCOMPARE(release.items.at(1).text, u"Tag the release: `git tag -s v2.4.0 -m \"Release 2.4.0\"`"_s);
    QCOMPARE(release.items.at(1).detail, u"Push the tag only after CI is green:\n\n```sh\ngit push origin "
                                         u"v2.4.0\n```"_s);
    QCOMPARE(release.items.at(3).status, ItemStatus::NotApplicable);
    QCOMPARE(tmpl->sections.at(3).kind, SectionKind::SignOff);
    QVERIFY(!tmpl->sections.at(3).taskList);
}

void TestMarkdownReader::taskMarks_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ItemStatus>("status");
    QTest::newRow("[ ]") << QByteArray("- [ ] a") << ItemStatus::Pending;
    QTest::newRow("[x]") << QByteArray("- [x] a") << ItemStatus::Done;
    QTest::newRow("[X]") << QByteArray("- [X] a") << ItemStatus::Done;
    QTest::newRow("* [ ]") << QByteArray("* [ ] a") << ItemStatus::Pending;
    QTest::newRow("+ [x]") << QByteArray("+ [x] a") << ItemStatus::Done;
    QTest::newRow("[✓]") << QByteArray("- [✓] a") << ItemStatus::Done;
    QTest::newRow("[✔]") << QByteArray("- [✔] a") << ItemStatus::Done;
    QTest::newRow("[☑]") << QByteArray("- [☑] a") << ItemStatus::Done;
    QTest::newRow("[✅]") << QByteArray("- [✅] a") << ItemStatus::Done;
    QTest::newRow("[✅️] with a variation selector")
        << QByteArray("- [✅\xEF\xB8\x8F] a") << ItemStatus::Done;
    QTest::newRow("[-]") << QByteArray("- [-] a") << ItemStatus::NotApplicable;
    QTest::newRow("[~]") << QByteArray("- [~] a") << ItemStatus::NotApplicable;
    QTest::newRow("[N/A]") << QByteArray("- [N/A] a") << ItemStatus::NotApplicable;
    QTest::newRow("[n/a]") << QByteArray("- [n/a] a") << ItemStatus::NotApplicable;
    QTest::newRow("[✗]") << QByteArray("- [✗] a") << ItemStatus::Failed;
    QTest::newRow("[✘]") << QByteArray("- [✘] a") << ItemStatus::Failed;
    QTest::newRow("[☒]") << QByteArray("- [☒] a") << ItemStatus::Failed;
    QTest::newRow("[❌]") << QByteArray("- [❌] a") << ItemStatus::Failed;
    QTest::newRow("indented bullet") << QByteArray("  - [x] a") << ItemStatus::Done;
    QTest::newRow("tab after the mark") << QByteArray("- [x]\ta") << ItemStatus::Done;
}

void TestMarkdownReader::taskMarks() {
    QFETCH(QByteArray, line);
    QFETCH(ItemStatus, status);
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read("# T\n\n## S\n\n" + line + "\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    QVERIFY(section.taskList);
    QCOMPARE(section.items.size(), 1);
    QCOMPARE(section.items.at(0).text, u"a"_s);
    QCOMPARE(section.items.at(0).status, status);
}

void TestMarkdownReader::taskDetails() {
    const QByteArray markdown = "# T\n\n## S\n\n"
                                "* [ ] First line\n"
                                "    of the text\n"
                                "\n"
                                "  A paragraph under it,\n"
                                "   two lines.\n"
                                "\n"
                                "* [x] Tilde fence\n"
                                "  ~~~\n"
                                "  code\n"
                                "\n"
                                "    indented in it\n"
                                "  ~~~\n"
                                "* [ ] Nested tasks\n"
                                "  - [ ] sub one\n"
                                "  - [x] sub two\n"
                                "* [ ] Empty fence\n"
                                "  ```\n"
                                "  ```\n"
                                "* [ ] Last\n"
                                "\n"
                                "After the list.\n";
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    QCOMPARE(texts(section), (QStringList{u"First line\nof the text"_s, u"Tilde fence"_s, u"Nested tasks"_s,
                                          u"Empty fence"_s, u"Last"_s}));
    // The item's indentation is that of its text on the marker's line; more is kept.
    QCOMPARE(section.items.at(0).detail, u"A paragraph under it,\n two lines."_s);
    QCOMPARE(section.items.at(1).detail, u"~~~\ncode\n\n  indented in it\n~~~"_s);
    QCOMPARE(section.items.at(2).detail, u"- [ ] sub one\n- [x] sub two"_s);
    QCOMPARE(section.items.at(3).detail, u"```\n```"_s);
    QCOMPARE(section.items.at(4).detail, QString());
    QCOMPARE(section.description, u"After the list."_s);
}

void TestMarkdownReader::plainListIsDescription() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(
        "# T\n\n- template note\n  - nested\n\n## S\n\nIntro.\n\n* one\n* two\n\n- [ ] task\n\n"
        "### G\n\nAbout G.\n\n- bullet in G\n\n* [ ] task in G\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->description, u"- template note\n  - nested"_s);
    const ChecklistSection& section = tmpl->sections.at(0);
    QCOMPARE(section.description, u"Intro.\n\n* one\n* two"_s);
    QCOMPARE(texts(section), (QStringList{u"task"_s, u"G"_s, u"task in G"_s}));
    QCOMPARE(section.items.at(1).detail, u"About G.\n\n- bullet in G"_s);
}

void TestMarkdownReader::tablesAndTaskListsMix() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(
        "# T\n\n## Table\n\n| Item | Status | Notes |\n|---|---|---|\n| a | ☑ | n |\n\n"
        "## Tasks\n\n- [ ] b\n\n## Steps\n\n1. c\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->sections.size(), 3);
    QVERIFY(!tmpl->sections.at(0).taskList);
    QCOMPARE(tmpl->sections.at(0).items.at(0).notes, u"n"_s);
    QVERIFY(tmpl->sections.at(1).taskList);
    QCOMPARE(tmpl->sections.at(1).kind, SectionKind::Checklist);
    QCOMPARE(tmpl->sections.at(2).kind, SectionKind::Procedure);
    QCOMPARE(tmpl->itemCount(), 2);
}

void TestMarkdownReader::columnSynonyms_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<ColumnRole>("role");
    for (const ColumnRoles::Synonym& synonym : ColumnRoles::synonyms()) {
        const QString word = synonym.header.toString();
        const QByteArray name = (synonym.languages.toString() + u' ' + word).toUtf8();
        QTest::newRow(name.constData()) << word << synonym.role;
        QTest::newRow(QByteArray(name + " upper").constData()) << word.toUpper() << synonym.role;
        QTest::newRow(QByteArray(name + " lower, colon").constData())
            << word.toLower() + u':' << synonym.role;
    }
}

// Each header word of the synonyms table, in a real document: a status word
// takes a column of words that are not marks, a notes word takes the notes.
void TestMarkdownReader::columnSynonyms() {
    QFETCH(QString, header);
    QFETCH(ColumnRole, role);
    const QString table = role == ColumnRole::Status
                              ? u"| Item | Owner | %1 |\n|---|---|---|\n| a | ☐ | ☑ |\n"_s.arg(header)
                              : u"| Item | %1 | Status |\n|---|---|---|\n| a | Zoë | ☑ |\n"_s.arg(header);
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(tableDocument(table.toUtf8()));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    if (role == ColumnRole::Status) {
        QCOMPARE(section.statusColumn, 2); // by its header, before the column of marks
        QCOMPARE(section.items.at(0).status, ItemStatus::Done);
        QCOMPARE(section.extraColumns(), QList<int>{1});
    } else {
        QCOMPARE(section.notesColumn, 1);
        QCOMPARE(section.items.at(0).notes, u"Zoë"_s);
        QCOMPARE(section.extraColumns(), QList<int>());
    }
}

// The words the import issue names, each in the table with its role.
void TestMarkdownReader::requiredSynonyms() {
    for (const char16_t* word : {u"Notes", u"Comments", u"Anmerkungen", u"Bemerkungen", u"Kommentar",
                                 u"Remarques", u"Commentaires", u"Comentarios", u"Observaciones", u"Note",
                                 u"Commenti", u"Opmerkingen", u"Notities", u"Observações", u"Comentários"})
        QCOMPARE(ColumnRoles::fromHeader(QStringView(word)), std::optional<ColumnRole>(ColumnRole::Notes));
    for (const char16_t* word : {u"Status", u"Done", u"Completed", u"Checked", u"Erledigt", u"Fait", u"Hecho",
                                 u"Fatto", u"Gedaan", u"Feito", u"Estado", u"Stato"})
        QCOMPARE(ColumnRoles::fromHeader(QStringView(word)), std::optional<ColumnRole>(ColumnRole::Status));
    QCOMPARE(ColumnRoles::fromHeader(u"Owner"), std::nullopt);
    QCOMPARE(ColumnRoles::fromHeader(u"Result"), std::nullopt);
    // One row per word: a word that named two roles would be read as the first.
    QSet<QString> seen;
    for (const ColumnRoles::Synonym& synonym : ColumnRoles::synonyms()) {
        const QString key = synonym.header.toString().toLower();
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void TestMarkdownReader::germanSeed() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(
        TestSupport::readFile(TestSupport::testDataPath(u"md-german-seed.md"_s)));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& first = tmpl->sections.at(0);
    QCOMPARE(first.columns, (QStringList{u"Prüfpunkt"_s, u"Status"_s, u"Anmerkungen"_s}));
    QCOMPARE(first.statusColumn, 1);
    QCOMPARE(first.notesColumn, 2);
    QCOMPARE(first.extraColumns(), QList<int>());
    QCOMPARE(first.items.at(0).notes, u"Prüfer: Zoë Ångström"_s);
    QCOMPARE(first.items.at(2).status, ItemStatus::NotApplicable);
    const ChecklistSection& second = tmpl->sections.at(1);
    QCOMPARE(second.statusColumn, 1); // Erledigt
    QCOMPARE(second.notesColumn, 2);  // "Bemerkungen:"
    QCOMPARE(second.extraColumns(), QList<int>{3});
    QCOMPARE(second.items.at(2).notes, u"siehe `VERSION`"_s);
    QCOMPARE(second.items.at(2).extra, QStringList{u"Ana"_s});
    const ChecklistSection& third = tmpl->sections.at(2);
    QCOMPARE(third.statusColumn, 1); // ERLEDIGT
    QCOMPARE(third.notesColumn, 2);  // kommentar
}

void TestMarkdownReader::frontMatterRoles() {
    const QByteArray markdown =
        "---\n"
        "column-roles:\n"
        "# roles the headers do not say\n"
        "  \"Checks\":\n"
        "    \"Owner\": status\n"
        "    'Status': extra\n"
        "  Other: section:\n"
        "    Remarks: extra\n"
        "---\n"
        "\n"
        "# T\n\n## Checks\n\n| Item | Status | Owner | Notes |\n|---|---|---|---|\n"
        "| a | Ann | ☑ | n |\n\n"
        "## Other: section\n\n| Item | Done | Remarks |\n|---|---|---|\n| b | ☐ | r |\n";
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& checks = tmpl->sections.at(0);
    QCOMPARE(checks.statusColumn, 2);
    QCOMPARE(checks.notesColumn, 3);
    QCOMPARE(checks.items.at(0).status, ItemStatus::Done);
    QCOMPARE(checks.items.at(0).extra, QStringList{u"Ann"_s});
    const ChecklistSection& other = tmpl->sections.at(1);
    QCOMPARE(other.notesColumn, -1);
    QCOMPARE(other.items.at(0).extra, QStringList{u"r"_s});
}

void TestMarkdownReader::columnOverrides() {
    const QByteArray markdown = tableDocument("| Item | Status | Anmerkungen | Owner |\n|---|---|---|---|\n"
                                              "| a | ☐ | n | Bob |\n");
    MarkdownTemplateReader::Options options;
    options.columns = {{u"Anmerkungen"_s, ColumnRole::Extra}, {u"Owner"_s, ColumnRole::Notes}};
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown, options);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->sections.at(0).notesColumn, 3);
    QCOMPARE(tmpl->sections.at(0).items.at(0).notes, u"Bob"_s);
    QCOMPARE(tmpl->sections.at(0).items.at(0).extra, QStringList{u"n"_s});

    options.columns = {{u"Nowhere"_s, ColumnRole::Notes}};
    const Result<ChecklistTemplate> missing = MarkdownTemplateReader::read(markdown, options);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error(), u"no checklist table has a column headed 'Nowhere'"_s);
}

// signoff: per role, signers and independent; defaults for what is left out.
void TestMarkdownReader::frontMatterPolicies() {
    const QByteArray markdown("---\n"
                              "signoff:\n"
                              "  # Two QA Leads who did not do the work\n"
                              "  \"QA Lead\":\n"
                              "    signers: 2\n"
                              "    independent: true\n"
                              "  Product Owner:\n"
                              "    independent: yes\n"
                              "  Development Lead:\n"
                              "    signers: 1\n"
                              "---\n"
                              "\n# T\n\n## Sign-off\n\n| Role | Signature |\n|---|---|\n| QA Lead | |\n"
                              "| Development Lead | |\n| Product Owner | |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->rolePolicies.size(), 2); // Development Lead's is the default
    QCOMPARE(tmpl->rolePolicies.value(u"QA Lead"_s), (RolePolicy{2, true}));
    QCOMPARE(tmpl->rolePolicies.value(u"Product Owner"_s), (RolePolicy{1, true}));
    QCOMPARE(tmpl->sections.size(), 1);
}

void TestMarkdownReader::leadingRuleIsNotFrontMatter() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read("---\n\n# T\n\n## S\n\nText.\n\n---\n\nMore.\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"T"_s);
    QCOMPARE(tmpl->sections.at(0).description, u"Text.\n\nMore."_s);
}

void TestMarkdownReader::seedSections() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Production Deployment Checklist"_s);
    QCOMPARE(tmpl->description, QString());
    QCOMPARE(tmpl->sections.size(), 5);
    const QList<std::pair<QString, SectionKind>> expected{
        {u"Pre-Deployment Verification"_s, SectionKind::Checklist},
        {u"Deployment Steps"_s, SectionKind::Checklist},
        {u"Post-Deployment Verification"_s, SectionKind::Checklist},
        {u"Rollback Procedure"_s, SectionKind::Procedure},
        {u"Sign-off"_s, SectionKind::SignOff},
    };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(tmpl->sections.at(i).title, expected.at(i).first);
        QCOMPARE(tmpl->sections.at(i).kind, expected.at(i).second);
    }
    QCOMPARE(tmpl->sections.at(2).items.size(), 6);
    // 10 + 16 + 6 countable items: group headers, steps and roles do not count.
    QCOMPARE(tmpl->itemCount(), 32);
}

void TestMarkdownReader::seedPreDeployment() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(0);
    QCOMPARE(section.columns, (QStringList{u"Item"_s, u"Status"_s, u"Notes"_s}));
    QCOMPARE(section.statusColumn, 1);
    QCOMPARE(section.notesColumn, 2);
    QCOMPARE(section.extraColumns(), QList<int>());
    QCOMPARE(section.items.size(), 10);
    QCOMPARE(section.items.first().text, u"All acceptance tests pass"_s);
    QCOMPARE(section.items.at(1).text, u"Code coverage meets target (>95% for core modules)"_s);
    QCOMPARE(section.items.last().text, u"Monitoring tools configured"_s);
    for (const ChecklistItem& item : section.items) {
        QVERIFY(!item.isGroupHeader);
        QCOMPARE(item.status, ItemStatus::Pending);
        QCOMPARE(item.notes, QString());
        QCOMPARE(item.extra, QStringList());
    }
}

void TestMarkdownReader::seedDeploymentGroups() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(1);
    QCOMPARE(section.columns, (QStringList{u"Step"_s, u"Completed"_s, u"Notes"_s}));
    QCOMPARE(section.statusColumn, 1);
    QCOMPARE(section.notesColumn, 2);
    QCOMPARE(section.items.size(), 19);

    QStringList groups;
    QList<int> stepsPerGroup;
    for (int i = 0; i < section.items.size(); ++i) {
        if (section.items.at(i).isGroupHeader) {
            groups.append(section.items.at(i).text);
            stepsPerGroup.append(0);
        } else {
            QVERIFY(!stepsPerGroup.isEmpty());
            ++stepsPerGroup.last();
            QCOMPARE(section.groupOf(i), groups.last());
        }
    }
    QCOMPARE(groups, (QStringList{u"Preparation"_s, u"Staging Deployment"_s, u"Production Deployment"_s}));
    QCOMPARE(stepsPerGroup, (QList<int>{4, 5, 7}));
    QCOMPARE(section.items.at(1).text, u"Create deployment branch"_s);
    QCOMPARE(section.groupOf(1), u"Preparation"_s);
    QCOMPARE(section.groupOf(18), u"Production Deployment"_s);
    QCOMPARE(section.countableItems(), 16);
}

void TestMarkdownReader::seedRollbackProcedure() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(3);
    QCOMPARE(section.kind, SectionKind::Procedure);
    QCOMPARE(section.description, u"In case of critical issues, follow these steps to rollback:"_s);
    QCOMPARE(texts(section), (QStringList{u"Stop the current deployment"_s, u"Restore from backup"_s,
                                          u"Verify system functionality"_s, u"Notify stakeholders"_s,
                                          u"Document the issue and rollback"_s}));
    QCOMPARE(section.columns, QStringList());
    QCOMPARE(section.countableItems(), 0);
}

void TestMarkdownReader::seedSignOff() {
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.at(4);
    QCOMPARE(section.kind, SectionKind::SignOff);
    QCOMPARE(section.columns, (QStringList{u"Role"_s, u"Name"_s, u"Signature"_s, u"Date"_s}));
    QCOMPARE(section.statusColumn, -1);
    QCOMPARE(section.notesColumn, -1);
    QCOMPARE(section.extraColumns(), (QList<int>{1, 2, 3}));
    QCOMPARE(texts(section),
             (QStringList{u"Deployment Manager"_s, u"QA Lead"_s, u"Development Lead"_s, u"Product Owner"_s}));
    for (const ChecklistItem& item : section.items)
        QCOMPARE(item.extra, (QStringList{QString(), QString(), QString()}));
}

void TestMarkdownReader::crlfAndBom() {
    QByteArray crlf = TestSupport::seedTemplate();
    crlf.replace("\n", "\r\n");
    const Result<ChecklistTemplate> plain = MarkdownTemplateReader::read(TestSupport::seedTemplate());
    const Result<ChecklistTemplate> windows = MarkdownTemplateReader::read("\xEF\xBB\xBF" + crlf);
    QVERIFY2(windows.ok(), qPrintable(windows.error()));
    QCOMPARE(windows->title, plain->title);
    QCOMPARE(windows->sections.size(), plain->sections.size());
    for (int s = 0; s < plain->sections.size(); ++s) {
        QCOMPARE(windows->sections.at(s).description, plain->sections.at(s).description);
        QCOMPARE(texts(windows->sections.at(s)), texts(plain->sections.at(s)));
        QCOMPARE(windows->sections.at(s).columns, plain->sections.at(s).columns);
    }

    // Line numbers still count CRLF lines once.
    const Result<ChecklistTemplate> bad = MarkdownTemplateReader::read(
        "\xEF\xBB\xBF# T\r\n\r\n## S\r\n\r\n| Item | Status |\r\n|---|---|\r\n| a | b | c |\r\n");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), u"line 7: the row has 3 cells, the header has 2"_s);
}

void TestMarkdownReader::statusColumnByName_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("statusColumn");
    QTest::newRow("Status") << QByteArray("| Item | Status | Notes |") << 1;
    QTest::newRow("status lower case") << QByteArray("| Item | status | Notes |") << 1;
    QTest::newRow("Completed") << QByteArray("| Item | Completed | Notes |") << 1;
    QTest::newRow("COMPLETED") << QByteArray("| Item | COMPLETED | Notes |") << 1;
    QTest::newRow("Done") << QByteArray("| Item | Done | Notes |") << 1;
    QTest::newRow("done lower case") << QByteArray("| Item | done | Notes |") << 1;
    QTest::newRow("Checked") << QByteArray("| Item | Checked | Notes |") << 1;
    QTest::newRow("cHeCkEd") << QByteArray("| Item | cHeCkEd | Notes |") << 1;
    QTest::newRow("after notes") << QByteArray("| Item | Notes | Status |") << 2;
}

void TestMarkdownReader::statusColumnByName() {
    QFETCH(QByteArray, header);
    QFETCH(int, statusColumn);
    // The status cells are empty (Pending), so only the header can name the column.
    const QByteArray md = tableDocument(header + "\n|---|---|---|\n| First | | |\n| Second | | |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(section.kind, SectionKind::Checklist);
    QCOMPARE(section.statusColumn, statusColumn);
    QCOMPARE(section.notesColumn, 3 - statusColumn);
    QCOMPARE(section.items.size(), 2);
    QCOMPARE(section.items.at(0).status, ItemStatus::Pending);
}

void TestMarkdownReader::statusColumnByMarks() {
    const QByteArray md = tableDocument("| Question | Owner | Answer | Notes |\n"
                                        "|---|---|---|---|\n"
                                        "| Impact confirmed | ops | ☑ | |\n"
                                        "| Timeline written | dev | | |\n"
                                        "| Root cause known | sre | ☒ | investigating |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(section.statusColumn, 2);
    QCOMPARE(section.notesColumn, 3);
    QCOMPARE(section.extraColumns(), QList<int>{1});
    QCOMPARE(section.items.at(0).status, ItemStatus::Done);
    QCOMPARE(section.items.at(1).status, ItemStatus::Pending);
    QCOMPARE(section.items.at(2).status, ItemStatus::Failed);
    QCOMPARE(section.items.at(2).notes, u"investigating"_s);
    QCOMPARE(section.items.at(2).extra, QStringList{u"sre"_s});
}

void TestMarkdownReader::statusColumnNeverNotes() {
    // The Notes column holds only marks, but it is never the status column.
    const QByteArray md = tableDocument("| Item | Notes | Result |\n"
                                        "|---|---|---|\n"
                                        "| a | N/A | ✓ |\n"
                                        "| b | ☐ | ✗ |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(section.statusColumn, 2);
    QCOMPARE(section.notesColumn, 1);
    QCOMPARE(section.items.at(0).status, ItemStatus::Done);
    QCOMPARE(section.items.at(0).notes, u"N/A"_s);
    QCOMPARE(section.items.at(1).status, ItemStatus::Failed);

    const Result<ChecklistTemplate> onlyNotes =
        MarkdownTemplateReader::read(tableDocument("| Item | Notes |\n|---|---|\n| a | ☐ |\n"));
    QVERIFY(!onlyNotes.ok());
    QVERIFY2(onlyNotes.error().startsWith(u"line 5: the checklist table has no status column"),
             qPrintable(onlyNotes.error()));
}

void TestMarkdownReader::commentsColumn() {
    for (const QByteArray& name : {QByteArray("Comments"), QByteArray("comments"), QByteArray("Notes")}) {
        const QByteArray md = tableDocument("| Item | Done | " + name +
                                            " |\n|---|---|---|\n| Check it | ☐ | call Bob first |\n");
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        const ChecklistSection& section = tmpl->sections.first();
        QCOMPARE(section.notesColumn, 2);
        QCOMPARE(section.items.first().notes, u"call Bob first"_s);
        QCOMPARE(section.items.first().extra, QStringList());
    }
}

void TestMarkdownReader::extraColumns() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-release-readiness.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(section.columns, (QStringList{u"Task"_s, u"Owner"_s, u"Done"_s, u"Comments"_s, u"Ticket"_s}));
    QCOMPARE(section.statusColumn, 2);
    QCOMPARE(section.notesColumn, 3);
    QCOMPARE(section.extraColumns(), (QList<int>{1, 4}));
    const ChecklistItem& bump = section.items.at(1);
    QCOMPARE(bump.text, u"Bump `versionCode`"_s);
    QCOMPARE(bump.extra, (QStringList{u"Release manager"_s, u"REL-1"_s}));
    QCOMPARE(bump.notes, u"Done by CI"_s);
    QCOMPARE(section.items.at(4).extra, (QStringList{u"iOS lead"_s, QString()}));
    // A group header has one (empty) value per extra column too.
    QVERIFY(section.items.at(0).isGroupHeader);
    QCOMPARE(section.items.at(0).extra, (QStringList{QString(), QString()}));

    // The sign-off table keeps its own extra column (Team).
    const ChecklistSection& approvals = tmpl->sections.last();
    QCOMPARE(approvals.kind, SectionKind::SignOff);
    QCOMPARE(approvals.items.at(1).text, u"QA Lead"_s);
    QCOMPARE(approvals.items.at(1).extra, (QStringList{QString(), QString(), QString(), u"Quality"_s}));
}

void TestMarkdownReader::groupHeaders() {
    const QByteArray md = tableDocument("| Item | Status | Notes |\n"
                                        "|---|---|---|\n"
                                        "| Before any group | ☐ | |\n"
                                        "| **First group** | | |\n"
                                        "| a | ☐ | |\n"
                                        "| __Second group__ | | |\n"
                                        "| b | ☐ | |\n"
                                        "| c | ☐ | |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(texts(section), (QStringList{u"Before any group"_s, u"First group"_s, u"a"_s, u"Second group"_s,
                                          u"b"_s, u"c"_s}));
    QCOMPARE(section.items.at(0).isGroupHeader, false);
    QCOMPARE(section.items.at(1).isGroupHeader, true);
    QCOMPARE(section.items.at(3).isGroupHeader, true);
    QCOMPARE(section.groupOf(0), QString());
    QCOMPARE(section.groupOf(2), u"First group"_s);
    QCOMPARE(section.groupOf(5), u"Second group"_s);
    QCOMPARE(section.countableItems(), 4);
}

void TestMarkdownReader::boldItemWithStatusIsNotAGroup() {
    const QByteArray md = tableDocument("| Item | Status | Notes |\n"
                                        "|---|---|---|\n"
                                        "| **Important** | ☐ | |\n"
                                        "| **Mixed** text | | |\n"
                                        "| **Also** | | a note |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& section = tmpl->sections.first();
    QCOMPARE(texts(section), (QStringList{u"**Important**"_s, u"**Mixed** text"_s, u"**Also**"_s}));
    for (const ChecklistItem& item : section.items)
        QVERIFY(!item.isGroupHeader);
}

void TestMarkdownReader::statusMarks_data() {
    QTest::addColumn<QString>("mark");
    QTest::addColumn<ItemStatus>("status");
    QTest::newRow("ballot box") << u"☐"_s << ItemStatus::Pending;
    QTest::newRow("empty") << QString() << ItemStatus::Pending;
    QTest::newRow("[ ]") << u"[ ]"_s << ItemStatus::Pending;
    QTest::newRow("ballot box with check") << u"☑"_s << ItemStatus::Done;
    QTest::newRow("check mark") << u"✓"_s << ItemStatus::Done;
    QTest::newRow("heavy check mark") << u"✔"_s << ItemStatus::Done;
    QTest::newRow("white heavy check mark") << u"✅"_s << ItemStatus::Done;
    QTest::newRow("[x]") << u"[x]"_s << ItemStatus::Done;
    QTest::newRow("[X]") << u"[X]"_s << ItemStatus::Done;
    QTest::newRow("ballot box with x") << u"☒"_s << ItemStatus::Failed;
    QTest::newRow("ballot x") << u"✗"_s << ItemStatus::Failed;
    QTest::newRow("heavy ballot x") << u"✘"_s << ItemStatus::Failed;
    QTest::newRow("cross mark") << u"❌"_s << ItemStatus::Failed;
    QTest::newRow("N/A") << u"N/A"_s << ItemStatus::NotApplicable;
    QTest::newRow("n/a") << u"n/a"_s << ItemStatus::NotApplicable;
    QTest::newRow("N/a") << u"N/a"_s << ItemStatus::NotApplicable;
}

void TestMarkdownReader::statusMarks() {
    QFETCH(QString, mark);
    QFETCH(ItemStatus, status);
    for (const char* header : {"Status", "Result"}) { // by name, then by the all-marks fallback
        const QString md = u"# T\n\n## S\n\n| Item | "_s + QString::fromUtf8(header) +
                           u" | Notes |\n|---|---|---|\n| Ticked? | "_s + mark + u" | |\n| Other | ☑ | |\n"_s;
        const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md.toUtf8());
        QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
        QCOMPARE(tmpl->sections.first().statusColumn, 1);
        QCOMPARE(tmpl->sections.first().items.first().status, status);
    }
}

void TestMarkdownReader::defaultsFromTemplate() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-release-readiness.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& build = tmpl->sections.first();
    const auto item = [&build](const QString& text) -> const ChecklistItem* {
        for (const ChecklistItem& i : build.items) {
            if (i.text == text)
                return &i;
        }
        return nullptr;
    };
    QVERIFY(item(u"Bump `versionCode`"_s));
    QCOMPARE(item(u"Bump `versionCode`"_s)->status, ItemStatus::Done);
    QCOMPARE(item(u"Upload to TestFlight"_s)->status, ItemStatus::Pending);
    QCOMPARE(item(u"Upload to TestFlight"_s)->notes, u"Needs 2FA"_s);
    QCOMPARE(item(u"Notarise the macOS helper"_s)->status, ItemStatus::NotApplicable);
    QCOMPARE(item(u"Notarise the macOS helper"_s)->notes, u"No helper in this app"_s);
    QCOMPARE(item(u"Deploy the web shell"_s)->status, ItemStatus::NotApplicable);
    QCOMPARE(item(u"Purge the CDN cache"_s)->status, ItemStatus::Failed);
    QCOMPARE(item(u"Purge the CDN cache"_s)->notes, u"Failed last time; retry"_s);
    QCOMPARE(tmpl->sections.at(1).items.at(2).status, ItemStatus::Failed);
    QCOMPARE(tmpl->sections.at(1).items.at(2).notes, u"Blocked on legal"_s);
}

void TestMarkdownReader::inlineMarkdownKept() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-inline-markdown.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& checks = tmpl->sections.at(1);
    QCOMPARE(checks.title, u"Checks"_s);
    QCOMPARE(checks.columns, (QStringList{u"Check"_s, u"Command"_s, u"Checked"_s, u"Comments"_s}));
    QCOMPARE(checks.statusColumn, 2);
    QCOMPARE(checks.notesColumn, 3);
    QCOMPARE(checks.items.at(0).text, u"Preflight"_s);
    QVERIFY(checks.items.at(0).isGroupHeader);
    // GFM splits on every unescaped pipe, even in a code span: "\|" keeps it in the cell.
    QCOMPARE(checks.items.at(1).extra, QStringList{u"`pg_dump -Fc app \\| gzip`"_s});
    QCOMPARE(checks.items.at(1).notes, u"keep **7 days**"_s);
    QCOMPARE(checks.items.at(2).extra, QStringList{u"`SET lock_timeout = '5s'`"_s});
    QCOMPARE(checks.items.at(2).status, ItemStatus::Done);
    QCOMPARE(checks.items.at(3).text, u"Escaped pipe \\| stays"_s);
    QCOMPARE(checks.items.at(3).extra, QStringList{u"*emphasis*"_s});
    QCOMPARE(checks.items.at(3).notes, u"a \\| b"_s);
    QCOMPARE(checks.items.at(4).text, u"~~Old step~~ removed"_s);
    QCOMPARE(checks.items.at(4).notes, u"<!-- kept as written -->"_s);
    QCOMPARE(checks.items.at(6).text, u"Run `migrate up`"_s);
    QCOMPARE(checks.groupOf(6), u"Migration"_s);
}

void TestMarkdownReader::templateDescription() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-release-readiness.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Mobile App Release Readiness"_s);
    QCOMPARE(tmpl->description, u"Use this checklist for every store submission.\n"
                                u"Work through the sections in order.\n\n"
                                u"Items marked N/A by default do not apply to web-only releases."_s);

    const Result<ChecklistTemplate> inlined =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-inline-markdown.md"_s));
    QVERIFY2(inlined.ok(), qPrintable(inlined.error()));
    QCOMPARE(inlined->description, u"Applies to schema changes in `db/migrations`.\n\n"
                                   u"See the [runbook](https://example.org/runbook) for details."_s);
}

void TestMarkdownReader::sectionDescriptions() {
    const QByteArray md = "# T\n\n## S\n\nBefore the table.\n\n<!-- an HTML comment is text -->\n\n"
                          "| Item | Status |\n|---|---|\n| a | ☐ |\n\nAfter the table.\n\n---\n\n## Next\n";
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->sections.size(), 2);
    QCOMPARE(tmpl->sections.first().description,
             u"Before the table.\n\n<!-- an HTML comment is text -->\n\nAfter the table."_s);
    QCOMPARE(tmpl->sections.first().items.size(), 1);
    QCOMPARE(tmpl->sections.last().kind, SectionKind::Text);
    QCOMPARE(tmpl->sections.last().description, QString());
}

void TestMarkdownReader::textOnlySection() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-inline-markdown.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& about = tmpl->sections.first();
    QCOMPARE(about.title, u"About"_s);
    QCOMPARE(about.kind, SectionKind::Text);
    QCOMPARE(about.description, u"This section has text only.\n\nIt keeps two paragraphs."_s);
    QVERIFY(about.items.isEmpty());
    QVERIFY(about.columns.isEmpty());
}

void TestMarkdownReader::procedureSteps() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-inline-markdown.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const ChecklistSection& verify = tmpl->sections.at(2);
    QCOMPARE(verify.kind, SectionKind::Procedure);
    QCOMPARE(texts(verify),
             (QStringList{u"Check row counts with `SELECT count(*)`"_s,
                          u"Compare **checksums**\non both replicas"_s, u"Close the change ticket"_s}));

    // A loose list starting at 7, with a lazy continuation line.
    const Result<ChecklistTemplate> loose =
        MarkdownTemplateReader::read("# T\n\n## Steps\n\n7. First\n\n8. Second\ncontinued\n\n9. Third\n");
    QVERIFY2(loose.ok(), qPrintable(loose.error()));
    QCOMPARE(texts(loose->sections.first()), (QStringList{u"First"_s, u"Second\ncontinued"_s, u"Third"_s}));
}

void TestMarkdownReader::setextHeadings() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read("Setext Title\n============\n\n"
                                     "Checks ##\n------\n\n"
                                     "| Item | Status |\n|---|---|\n| a | ✓ |\n\n"
                                     "## C# notes ##\n");
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Setext Title"_s);
    QCOMPARE(tmpl->sections.size(), 2);
    QCOMPARE(tmpl->sections.first().title, u"Checks ##"_s);
    QCOMPARE(tmpl->sections.first().items.first().status, ItemStatus::Done);
    QCOMPARE(tmpl->sections.last().title, u"C# notes"_s);
}

void TestMarkdownReader::unicodeText() {
    const Result<ChecklistTemplate> tmpl =
        MarkdownTemplateReader::read(TestSupport::testData(u"md-unicode.md"_s));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->title, u"Freigabe-Checkliste für Übergänge"_s);
    QCOMPARE(tmpl->description, u"Diese Vorlage prüft die Übergabe an den Betrieb (Größe, Maße, Grüße)."_s);
    QCOMPARE(tmpl->sections.size(), 5);

    const ChecklistSection& german = tmpl->sections.at(0);
    QCOMPARE(german.title, u"Vorbereitung"_s);
    QCOMPARE(german.statusColumn, 2); // "Erledigt?" found by its marks
    QCOMPARE(german.items.at(0).text, u"Änderungsprotokoll aktualisiert"_s);
    QCOMPARE(german.items.at(1).status, ItemStatus::Done);
    QCOMPARE(german.items.at(1).notes, u"Größe: 1,2 GB"_s);
    QCOMPARE(german.items.at(1).extra, QStringList{u"Zoë"_s});
    QCOMPARE(german.items.at(2).status, ItemStatus::NotApplicable);

    const ChecklistSection& japanese = tmpl->sections.at(1);
    QCOMPARE(japanese.title, u"デプロイ手順"_s);
    QCOMPARE(japanese.columns.first(), u"項目"_s);
    QCOMPARE(japanese.items.at(0).text, u"準備"_s);
    QVERIFY(japanese.items.at(0).isGroupHeader);
    QCOMPARE(japanese.items.at(2).text, u"バージョンを更新する"_s);
    QCOMPARE(japanese.items.at(2).notes, u"完了済み"_s);
    QCOMPARE(japanese.groupOf(4), u"本番"_s);

    const ChecklistSection& hebrew = tmpl->sections.at(2);
    QCOMPARE(hebrew.title, u"רשימת בדיקה"_s);
    QCOMPARE(hebrew.description, u"בדיקות אחרי ההפצה:"_s);
    QCOMPARE(hebrew.items.at(1).text, u"אין שגיאות ביומנים"_s);
    QCOMPARE(hebrew.items.at(1).status, ItemStatus::Failed);
    QCOMPARE(hebrew.items.at(1).notes, u"נמצאו שגיאות"_s);

    QCOMPARE(texts(tmpl->sections.at(3)), (QStringList{u"サービスを停止する"_s, u"バックアップから復元する"_s,
                                                       u"Dienst neu starten – prüfen"_s}));
    QCOMPARE(texts(tmpl->sections.at(4)),
             (QStringList{u"Betriebsleiterin"_s, u"品質保証"_s, u"מנהל מוצר"_s}));
}

void TestMarkdownReader::allEmptyRows() {
    // Rows with no text at all give md4c no positions; they still count.
    const QByteArray md = tableDocument("| Role | Name | Signature |\n|---|---|---|\n| A | | |\n| B | | |\n\n"
                                        "## Next\n\n| Item | Status |\n|---|---|\n| x | ☐ |\n| | |\n");
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(md);
    QVERIFY(!tmpl.ok());
    QCOMPARE(tmpl.error(), u"line 15: the item text is empty"_s);
}

void TestMarkdownReader::badInput_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty document") << QByteArray() << u"line 1: the document has no '# Title' heading"_s;
    // Found by fuzz_markdown_template: front matter and nothing after it once
    // named a line past the end of the document.
    QTest::newRow("front matter alone")
        << QByteArray("---\ncolumn-roles:\n  \"Checks\":\n    \"Notes\": notes\n---")
        << u"the document has no '# Title' heading after its front matter"_s;
    QTest::newRow("front matter, then a blank line")
        << QByteArray("---\ncolumn-roles:\n  \"Checks\":\n    \"Notes\": notes\n---\n\n")
        << u"line 6: the document has no '# Title' heading"_s;
    QTest::newRow("no title") << QByteArray("Intro\n\n## Section\n\nText\n")
                              << u"line 1: the document has no '# Title' heading"_s;
    QTest::newRow("text before the title") << QByteArray("\n\nIntro\n\n# Title\n")
                                           << u"line 3: the document must start with its '# Title' heading"_s;
    QTest::newRow("empty title") << QByteArray("#\n\n## S\n") << u"line 1: the '# Title' heading is empty"_s;
    QTest::newRow("second title") << QByteArray("# One\n\n## S\n\n# Two\n")
                                  << u"line 5: a second '# Title' heading; start sections with '## '"_s;
    // Found by fuzz_markdown_template: "- " after "- # x" is a second list
    // item, not a setext underline, and the empty "#" later once read as line 0.
    QTest::newRow("empty title after a list with a heading")
        << QByteArray("# /--\n- # /--\n- \r\r\r\r#\r\r")
        << u"line 7: a second '# Title' heading; start sections with '## '"_s;
    QTest::newRow("level 3 heading without tasks")
        << QByteArray("# T\n\n## S\n\n### Sub\n")
        << u"line 5: the section 'S' has '###' groups but no tasks (- [ ] …) under them"_s;
    QTest::newRow("empty section heading")
        << QByteArray("# T\n\n## S\n\nText\n\n##\n\nMore\n") << u"line 7: the section heading is empty"_s;
    QTest::newRow("table before the first section")
        << QByteArray("# T\n\nIntro\nmore intro\n\nAnd more.\n\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n")
        << u"line 9: a table before the first '## Section' heading"_s;
    QTest::newRow("list before the first section")
        << QByteArray("# T\n\n1. a\n2. b\n")
        << u"line 3: a numbered list before the first '## Section' heading"_s;
    QTest::newRow("row with too many cells")
        << QByteArray(
               "# T\n\n## S\n\n| Item | Status | Notes |\n|---|---|---|\n| a | ☐ | |\n| b | ☐ | |\n"
               "| c | ☐ | |\n| d | ☐ | |\n| e | ☐ | |\n| f | ☐ | |\n| g | ☐ | |\n| h | ☐ | | x | y |\n")
        << u"line 14: the row has 5 cells, the header has 3"_s;
    QTest::newRow("row with too few cells")
        << QByteArray("# T\n\n## S\n\n| Item | Status | Notes |\n|---|---|---|\n| a | ☐ |\n")
        << u"line 7: the row has 2 cells, the header has 3"_s;
    QTest::newRow("header and separator differ")
        << QByteArray("# T\n\n## S\n\n| Item | Status | Notes |\n|---|---|\n| a | ☐ |\n")
        << u"line 6: the header row has 3 cells, the separator row has 2"_s;
    QTest::newRow("heading glued to a table")
        << QByteArray("# T\n\n## S\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n## Next\n")
        << u"line 8: the table row has no '|' between cells; leave a blank line after a table"_s;
    QTest::newRow("table glued to a paragraph")
        << QByteArray("# T\n\n## S\n\nIntro\n| Item | Status |\n|---|---|\n| a | ☐ |\n")
        << u"line 7: this looks like a table separator row, but no table was recognised: leave a blank line "
           u"before the table and use at least three dashes per cell (|---|---|)"_s;
    QTest::newRow("short separator")
        << QByteArray("# T\n\n## S\n\n| Item | Status |\n|-|-|\n| a | ☐ |\n")
        << u"line 6: this looks like a table separator row, but no table was recognised: leave a blank line "
           u"before the table and use at least three dashes per cell (|---|---|)"_s;
    QTest::newRow("no status column")
        << QByteArray("# T\n\n## S\n\n| Item | Owner | Notes |\n|---|---|---|\n| a | Bob | |\n")
        << u"line 5: the checklist table has no status column: head one 'Status' (or 'Completed', 'Done', "
           u"'Checked'), or fill a column with status marks such as ☐, ☑, ☒ or N/A"_s;
    QTest::newRow("all-empty status column")
        << QByteArray(
               "# T\n\n## S\n\nText.\n\n| Item | Result | Notes |\n|---|---|---|\n| a | | |\n| b | | |\n")
        << u"line 7: the checklist table has no status column: head one 'Status' (or 'Completed', 'Done', "
           u"'Checked'), or fill a column with status marks such as ☐, ☑, ☒ or N/A"_s;
    QTest::newRow("not a status mark")
        << QByteArray(
               "# T\n\n## S\n\n| Item | Status | Notes |\n|---|---|---|\n| a | ☐ | |\n| b | maybe | |\n")
        << u"line 8: 'maybe' is not a status mark; use ☐, ☑, ☒ or N/A"_s;
    QTest::newRow("empty item text")
        << QByteArray(
               "# T\n\n## S\n\n| Item | Status | Notes |\n|---|---|---|\n| a | ☐ | |\n|  | ☐ | note |\n")
        << u"line 8: the item text is empty"_s;
    QTest::newRow("empty role")
        << QByteArray(
               "# T\n\n## Sign-off\n\n| Role | Name | Signature | Date |\n|---|---|---|---|\n| | Ann | | |\n")
        << u"line 7: the role is empty"_s;
    QTest::newRow("role not first")
        << QByteArray("# T\n\n## Sign-off\n\n| Name | Role | Signature |\n|---|---|---|\n| | QA | |\n")
        << u"line 5: the Role column must come first in a sign-off table"_s;
    QTest::newRow("second table in a section")
        << QByteArray(
               "# T\n\n## S\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n\n| Item | Status |\n|---|---|\n")
        << u"line 9: a second table in the section 'S' (the first is at line 5); start a new '## ' section "
           u"for "
           u"it"_s;
    QTest::newRow("second list in a section")
        << QByteArray("# T\n\n## S\n\n1. a\n2. b\n3) c\n")
        << u"line 7: a second numbered list in the section 'S' (the first is at line 5); keep one list per "
           u"section, numbered with the same marker ('1.' or '1)') throughout"_s;
    QTest::newRow("table and list in a section")
        << QByteArray("# T\n\n## S\n\n1. a\n2. b\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n")
        << u"line 8: the section 'S' already has a table or a numbered list (line 5); start a new '## ' "
           u"section "
           u"for this one"_s;
    QTest::newRow("empty step") << QByteArray("# T\n\n## S\n\n1. a\n2.\n3. c\n")
                                << u"line 6: the step is empty"_s;
    QTest::newRow("nested list in a step")
        << QByteArray("# T\n\n## S\n\n1. a\n2. b\n   - nested\n3. c\n")
        << u"line 7: a numbered step may hold only text; nested lists, tables and code blocks are not "
           u"supported"_s;
    QTest::newRow("plain item in a task list")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n- b\n")
        << u"line 6: this item of the task list (line 5) has no task mark: use [ ], [x], [-] (not "
           u"applicable) or [✗] (failed), or leave a blank line and a paragraph between a plain list and a "
           u"task list"_s;
    QTest::newRow("unknown task mark")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n- [?] b\n")
        << u"line 6: '[?]' is not a task mark; use [ ], [x], [-] (not applicable) or [✗] (failed)"_s;
    QTest::newRow("empty task") << QByteArray("# T\n\n## S\n\n- [ ] a\n- [x]\n")
                                << u"line 6: the task is empty"_s;
    QTest::newRow("task list before the first section")
        << QByteArray("# T\n\n- [ ] a\n\n## S\n")
        << u"line 3: a task list before the first '## Section' heading"_s;
    QTest::newRow("group before the first section")
        << QByteArray("# T\n\n### G\n\n## S\n")
        << u"line 3: a '###' group before the first '## Section' heading"_s;
    QTest::newRow("group in a table section")
        << QByteArray("# T\n\n## S\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n\n### G\n")
        << u"line 9: '###' headings group the tasks of a task list, but the section 'S' has a table or a "
           u"numbered list (line 5); in a table, a row whose first cell is bold heads a group"_s;
    QTest::newRow("table after a task list")
        << QByteArray("# T\n\n## S\n\n- [ ] a\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n")
        << u"line 7: the section 'S' is a task list (line 5); start a new '## ' section for this table"_s;
    QTest::newRow("task list after a table")
        << QByteArray("# T\n\n## S\n\n| Item | Status |\n|---|---|\n| a | ☐ |\n\n- [ ] b\n")
        << u"line 9: the section 'S' already has a table or a numbered list (line 5); start a new '## ' "
           u"section for this task list"_s;
    QTest::newRow("groups without tasks")
        << QByteArray("# T\n\n## S\n\n### G\n\nText only.\n")
        << u"line 5: the section 'S' has '###' groups but no tasks (- [ ] …) under them"_s;
    QTest::newRow("fourth-level heading")
        << QByteArray("# T\n\n## S\n\n#### Deep\n")
        << u"line 5: '####' headings are not supported; start sections with '## ' and groups of tasks "
           u"with '### '"_s;
    QTest::newRow("code block") << QByteArray("# T\n\n## S\n\nText\n\n```sh\nmake deploy\n```\n")
                                << u"line 7: code blocks are not supported here; a fenced code block may "
                                   u"stand under a task (- [ ] …), indented as its detail"_s;
    QTest::newRow("unclosed front matter")
        << QByteArray("---\ncolumn-roles:\n# T\n")
        << u"line 1: the front matter that starts here has no closing '---' line; a document starts with its "
           u"'# Title'"_s;
    QTest::newRow("unknown front-matter key")
        << QByteArray("---\npolicy: strict\n---\n\n# T\n")
        << u"line 2: 'policy' is not a front-matter key Countersign knows; it reads 'column-roles:' and "
           u"'signoff:'"_s;
    // Sign-off policies: each error names its line.
    const QByteArray signOffTable("\n# T\n\n## Sign-off\n\n| Role | Signature |\n|---|---|\n| QA Lead | |\n");
    QTest::newRow("no signers")
        << QByteArray("---\nsignoff:\n  \"QA Lead\":\n    signers: 0\n---\n" + signOffTable)
        << u"line 4: the role 'QA Lead' needs a whole number of signers, 1 or more, not '0'"_s;
    QTest::newRow("signers in words")
        << QByteArray("---\nsignoff:\n  \"QA Lead\":\n    signers: two\n---\n" + signOffTable)
        << u"line 4: the role 'QA Lead' needs a whole number of signers, 1 or more, not 'two'"_s;
    QTest::newRow("independent neither true nor false")
        << QByteArray("---\nsignoff:\n  \"QA Lead\":\n    signers: 2\n    independent: maybe\n---\n" +
                      signOffTable)
        << u"line 5: independent is true or false, not 'maybe' (the role 'QA Lead')"_s;
    QTest::newRow("unknown policy key")
        << QByteArray("---\nsignoff:\n  \"QA Lead\":\n    quorum: 2\n---\n" + signOffTable)
        << u"line 4: 'quorum' is not part of a sign-off policy; a role has 'signers' and 'independent'"_s;
    QTest::newRow("policy outside a role")
        << QByteArray("---\nsignoff:\n  signers: 2\n---\n" + signOffTable)
        << u"line 3: a sign-off policy must stand under its role ('\"QA Lead\":', then '  signers: 2')"_s;
    QTest::newRow("role twice")
        << QByteArray("---\nsignoff:\n  QA Lead:\n    signers: 2\n  QA Lead:\n    signers: 3\n---\n" +
                      signOffTable)
        << u"line 5: the role 'QA Lead' already has a policy, on line 3"_s;
    QTest::newRow("role not in the sign-off table")
        << QByteArray("---\nsignoff:\n  \"QA Leed\":\n    signers: 2\n---\n" + signOffTable)
        << u"line 3: the front matter gives a sign-off policy to the role 'QA Leed', but the sign-off table "
           u"has "
           u"no such role; its roles: QA Lead"_s;
    QTest::newRow("policy without a sign-off table")
        << QByteArray("---\nsignoff:\n  \"QA Lead\":\n    signers: 2\n---\n\n# T\n")
        << u"line 3: the front matter gives a sign-off policy to the role 'QA Lead', but the document has no "
           u"sign-off table"_s;
    QTest::newRow("unknown column role")
        << QByteArray("---\ncolumn-roles:\n  S:\n    Owner: owner\n---\n\n# T\n")
        << u"line 4: 'owner' is not a column role; use item, status, notes or extra"_s;
    QTest::newRow("role for a column no table has")
        << QByteArray("---\ncolumn-roles:\n  \"S\":\n    \"Owner\": status\n---\n\n# T\n\n## S\n\n"
                      "| Item | Status |\n|---|---|\n| a | ☐ |\n")
        << u"line 4: the front matter gives a role to the column 'Owner' of the section 'S', but that "
           u"section has no checklist table with such a column"_s;
    QTest::newRow("two status columns given")
        << QByteArray("---\ncolumn-roles:\n  S:\n    A: status\n    B: status\n---\n\n# T\n\n## S\n\n"
                      "| Item | A | B |\n|---|---|---|\n| a | ☐ | ☐ |\n")
        << u"line 12: both 'A' and 'B' are given the role status"_s;
    QTest::newRow("item role not first")
        << QByteArray("---\ncolumn-roles:\n  S:\n    A: item\n---\n\n# T\n\n## S\n\n"
                      "| Item | A | Status |\n|---|---|---|\n| a | b | ☐ |\n")
        << u"line 11: the item text is always the first column, not 'A'"_s;
    QTest::newRow("block quote") << QByteArray("# T\n\n## S\n\n> quoted\n")
                                 << u"line 5: block quotes are not supported in a template"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("# T\n\n## S\n\nok\n\xff\xfe bad\n")
        << u"line 6: the text is not valid UTF-8; save the file with UTF-8 encoding"_s;
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray("# T\r\n\r\n\xe2\x98")
        << u"line 3: the text is not valid UTF-8; save the file with UTF-8 "
           u"encoding"_s;
    QTest::newRow("Latin-1 file")
        << QByteArray("# Pr\xfc"
                      "fliste\n")
        << u"line 1: the text is not valid UTF-8; save the file with UTF-8 encoding"_s;
}

void TestMarkdownReader::badInput() {
    QFETCH(QByteArray, markdown);
    QFETCH(QString, error);
    const Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
    QVERIFY2(!tmpl.ok(), "bad input was accepted");
    QCOMPARE(tmpl.error(), error);
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
