#include "TestSupport.h"

#include "io/InlineMarkup.h"
#include "report/ReportMarkup.h"

#include <QTest>

using namespace Qt::StringLiterals;

// InlineMarkup is the one reader of the inline Markdown that item texts,
// headings and cells keep: what the grid shows (plainText) and what the
// report sets in which face (the runs, through ReportMarkup) come from it.
class TestInlineMarkup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }

    void plainText_data();
    void plainText();
    void runsCarryTheirStyle();
    void nestedSpansCombine();
    void wordsInsideWordsAreStrong();
    void emptyTextHasNoRuns();
    void signedWordsAreShown_data();
    void signedWordsAreShown();
    void reportSpansPickFaces();
};

void TestInlineMarkup::plainText_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"  \t "_s << QString();
    QTest::newRow("plain words") << u"  Tag release version "_s << u"Tag release version"_s;
    QTest::newRow("strong") << u"**Preparation**"_s << u"Preparation"_s;
    QTest::newRow("strong, underscores") << u"__Preparation__"_s << u"Preparation"_s;
    QTest::newRow("code, escaped pipe, emphasis")
        << u"Run `make check` \\| *twice*"_s << u"Run make check | twice"_s;
    QTest::newRow("link") << u"See [the runbook](https://example.org/rb)"_s
                          << u"See the runbook (https://example.org/rb)"_s;
    QTest::newRow("link with a title") << u"[a](b \"the title\")"_s << u"a (b \"the title\")"_s;
    QTest::newRow("link without words") << u"clean[](waived)"_s << u"clean (waived)"_s;
    QTest::newRow("link spelling its target") << u"[https://x.org](https://x.org)"_s << u"https://x.org"_s;
    QTest::newRow("autolink") << u"<https://example.org/x>"_s << u"https://example.org/x"_s;
    QTest::newRow("e-mail autolink") << u"<qa@example.org>"_s << u"qa@example.org"_s;
    QTest::newRow("image shows its words and source")
        << u"![the diagram](d.png) here"_s << u"the diagram (d.png) here"_s;
    QTest::newRow("strikethrough") << u"~~old~~ new"_s << u"old new"_s;
    QTest::newRow("stars between digits") << u"p_95 and 2*3*4"_s << u"p_95 and 2*3*4"_s;
    QTest::newRow("star between letters") << u"foo*bar* baz"_s << u"foo*bar* baz"_s;
    QTest::newRow("unmatched star") << u"an *unmatched star"_s << u"an *unmatched star"_s;
    QTest::newRow("unmatched double star") << u"a ** double and **open"_s << u"a ** double and **open"_s;
    QTest::newRow("globs") << u"Rotate *.log and *.txt"_s << u"Rotate *.log and *.txt"_s;
    QTest::newRow("double star inside a word") << u"foo**bar**baz"_s << u"foobarbaz"_s;
    QTest::newRow("double underscore inside a word") << u"snake__case__name"_s << u"snake__case__name"_s;
    QTest::newRow("escapes") << u"\\*not italic\\* \\_nor\\_ \\`this\\` \\\\ \\[x\\]"_s
                             << u"*not italic* _nor_ `this` \\ [x]"_s;
    QTest::newRow("code keeps stars") << u"`a*b*c` and `**x**`"_s << u"a*b*c and **x**"_s;
    QTest::newRow("code keeps backslashes") << u"`a\\*b`"_s << u"a\\*b"_s;
    QTest::newRow("escaped pipe in code") << u"`pg_dump -Fc app \\| gzip`"_s << u"pg_dump -Fc app | gzip"_s;
    QTest::newRow("unclosed backtick") << u"a ` b"_s << u"a ` b"_s;
    QTest::newRow("HTML stays literal") << u"<b>bold</b> & <i>x</i>"_s << u"<b>bold</b> & <i>x</i>"_s;
    QTest::newRow("script stays literal") << u"<script>alert(1)</script>"_s << u"<script>alert(1)</script>"_s;
    QTest::newRow("entity as written") << u"R&amp;D &copy;"_s << u"R&amp;D &copy;"_s;
    QTest::newRow("br breaks the line")
        << u"Line<br>break<BR/>again<br />end"_s << u"Line\nbreak\nagain\nend"_s;
    QTest::newRow("br at the end") << u"**cell**<br>"_s << u"cell"_s;
    QTest::newRow("br in code is code") << u"`<br>`"_s << u"<br>"_s;
    QTest::newRow("heading marker") << u"# not a heading"_s << u"# not a heading"_s;
    QTest::newRow("quote marker") << u"> 99% uptime"_s << u"> 99% uptime"_s;
    QTest::newRow("bullet marker") << u"- not a list"_s << u"- not a list"_s;
    QTest::newRow("number marker") << u"1. not a list"_s << u"1. not a list"_s;
    QTest::newRow("rule") << u"---"_s << u"---"_s;
    QTest::newRow("fence") << u"```"_s << u"```"_s;
    QTest::newRow("reference definition")
        << u"[ref]: https://example.org"_s << u"[ref]: https://example.org"_s;
    QTest::newRow("reference definition, label over two lines")
        << u"[ref\nlabel]: https://example.org"_s << u"[ref\nlabel]: https://example.org"_s;
    QTest::newRow("lines") << u"first **line**\n# second\n===\n- third"_s
                           << u"first line\n# second\n===\n- third"_s;
    QTest::newRow("paragraphs") << u"one\n\ntwo"_s << u"one\n\ntwo"_s;
}

void TestInlineMarkup::plainText() {
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(InlineMarkup::plainText(markdown), plain);
}

void TestInlineMarkup::runsCarryTheirStyle() {
    const QList<InlineRun> runs =
        InlineMarkup::runs(u"Run `make check` on **every** [host](https://example.org) ~~now~~ *twice*"_s);
    QCOMPARE(runs.size(), 10);
    QCOMPARE(runs.at(0).text, u"Run "_s);
    QVERIFY(!runs.at(0).code && !runs.at(0).strong && !runs.at(0).emphasis && runs.at(0).link.isEmpty());
    QCOMPARE(runs.at(1).text, u"make check"_s);
    QVERIFY(runs.at(1).code);
    QCOMPARE(runs.at(2).text, u" on "_s);
    QCOMPARE(runs.at(3).text, u"every"_s);
    QVERIFY(runs.at(3).strong && !runs.at(3).code);
    QCOMPARE(runs.at(4).text, u" "_s);
    QCOMPARE(runs.at(5).text, u"host"_s);
    QCOMPARE(runs.at(5).link, u"https://example.org"_s);
    QVERIFY(!runs.at(5).strong);
    QCOMPARE(runs.at(6).text, u" (https://example.org) "_s); // the target is plain text, outside the link
    QVERIFY(runs.at(6).link.isEmpty());
    QCOMPARE(runs.at(7).text, u"now"_s);
    QVERIFY(runs.at(7).strikethrough);
    QCOMPARE(runs.at(8).text, u" "_s);
    QCOMPARE(runs.at(9).text, u"twice"_s);
    QVERIFY(runs.at(9).emphasis && !runs.at(9).strikethrough);
}

void TestInlineMarkup::nestedSpansCombine() {
    const QList<InlineRun> runs = InlineMarkup::runs(u"**bold *both* bold**"_s);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0).text, u"bold "_s);
    QVERIFY(runs.at(0).strong && !runs.at(0).emphasis);
    QCOMPARE(runs.at(1).text, u"both"_s);
    QVERIFY(runs.at(1).strong && runs.at(1).emphasis);
    QCOMPARE(runs.at(2).text, u" bold"_s);
    QVERIFY(runs.at(2).strong && !runs.at(2).emphasis);
}

void TestInlineMarkup::wordsInsideWordsAreStrong() {
    const QList<InlineRun> runs = InlineMarkup::runs(u"foo**bar**baz"_s);
    QCOMPARE(runs.size(), 3);
    QVERIFY(!runs.at(0).strong);
    QCOMPARE(runs.at(1).text, u"bar"_s);
    QVERIFY(runs.at(1).strong);
    QVERIFY(!runs.at(2).strong);
}

void TestInlineMarkup::emptyTextHasNoRuns() {
    QVERIFY(InlineMarkup::runs(QString()).isEmpty());
    QVERIFY(InlineMarkup::runs(u"   "_s).isEmpty());
    QVERIFY(InlineMarkup::runs(u"**"_s).size() == 1); // a lone marker is text
}

// What is signed is the text as written; what the grid and the report show
// must hold every word of it. Each row is a way Markdown could keep words
// out of sight: the hidden words must be shown.
void TestInlineMarkup::signedWordsAreShown_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("hidden");
    const QString clause = u"EXCEPT: 3 HIGH CVEs waived"_s;
    QTest::newRow("empty link, target with spaces")
        << u"Security scan clean[](EXCEPT: 3 HIGH CVEs waived)"_s << clause;
    QTest::newRow("empty link, target in brackets")
        << u"Security scan clean[](<EXCEPT: 3 HIGH CVEs waived>)"_s << clause;
    QTest::newRow("empty link, one-word target")
        << u"Security scan clean[](EXCEPT:3-HIGH-CVEs-waived)"_s << u"EXCEPT:3-HIGH-CVEs-waived"_s;
    QTest::newRow("link title") << u"Security scan [clean](x \"EXCEPT: 3 HIGH CVEs waived\")"_s << clause;
    QTest::newRow("link title in parentheses")
        << u"Security scan [clean](x (EXCEPT: 3 HIGH CVEs waived))"_s << clause;
    QTest::newRow("link target") << u"Security scan [clean](<EXCEPT: 3 HIGH CVEs waived>)"_s << clause;
    QTest::newRow("image source") << u"Security scan clean![](<EXCEPT: 3 HIGH CVEs waived>)"_s << clause;
    QTest::newRow("image title") << u"Security scan clean![ok](x \"EXCEPT: 3 HIGH CVEs waived\")"_s << clause;
    QTest::newRow("image in a link") << u"[![ok](<EXCEPT: 3 HIGH>)](<CVEs waived>)"_s
                                     << u"EXCEPT: 3 HIGH CVEs waived"_s;
    QTest::newRow("reference definition")
        << u"Security scan clean\n\n[EXCEPT]: <3 HIGH CVEs waived>"_s << u"EXCEPT 3 HIGH CVEs waived"_s;
    QTest::newRow("reference definition, label over lines")
        << u"[EXCEPT: 3 HIGH\nCVEs waived]: x\nSecurity scan clean"_s << clause;
    QTest::newRow("reference definition, label over a list marker")
        << u"[EXCEPT: 3 HIGH\n- CVEs waived]: x"_s << clause;
    QTest::newRow("reference link") << u"Security scan [clean][r]\n\n[r]: <EXCEPT: 3 HIGH CVEs waived>"_s
                                    << clause;
    QTest::newRow("footnote-like definition")
        << u"Security scan clean\n\n[^1]: EXCEPT: 3 HIGH CVEs waived"_s << clause;
    QTest::newRow("HTML comment") << u"Security scan clean<!-- EXCEPT: 3 HIGH CVEs waived -->"_s << clause;
    QTest::newRow("raw HTML") << u"Security scan clean<span hidden>EXCEPT: 3 HIGH CVEs waived</span>"_s
                              << clause;
    QTest::newRow("HTML attribute") << u"Security scan clean<a title=\"EXCEPT: 3 HIGH CVEs waived\">"_s
                                    << clause;
    // md4c gives no sign of an autolink but its words spelling the target, and
    // "<qa@example.org>" points at "mailto:qa@example.org": a link written so
    // is shown as written, since its words alone would not show "mailto".
    QTest::newRow("link as an e-mail autolink reads")
        << u"Write to [qa@example.org](mailto:qa@example.org)"_s << u"mailto:qa@example.org"_s;
    QTest::newRow("entity") << u"Security scan clean &#69;XCEPT: 3 HIGH CVEs waived"_s << u"&#69;XCEPT"_s;
}

void TestInlineMarkup::signedWordsAreShown() {
    QFETCH(QString, markdown);
    QFETCH(QString, hidden);
    const QString shown = InlineMarkup::plainText(markdown);
    for (const QString& word : hidden.split(u' ', Qt::SkipEmptyParts))
        QVERIFY2(shown.contains(word), qPrintable(u"\"%1\" is not in \"%2\""_s.arg(word, shown)));

    // The report sets the same words on paper.
    QString onPaper;
    for (const ReportSpan& span : ReportMarkup::spans(markdown))
        onPaper += span.text;
    QCOMPARE(onPaper, shown);
}

void TestInlineMarkup::reportSpansPickFaces() {
    const QList<ReportSpan> spans = ReportMarkup::spans(u"**Release** Manager, `QA` *lead*"_s);
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans.at(0).text, u"Release"_s);
    QCOMPARE(spans.at(0).role, ReportFontSet::Bold);
    QCOMPARE(spans.at(1).text, u" Manager, "_s);
    QCOMPARE(spans.at(1).role, ReportFontSet::Regular);
    QCOMPARE(spans.at(2).text, u"QA"_s);
    QCOMPARE(spans.at(2).role, ReportFontSet::Mono);
    QCOMPARE(spans.at(3).text, u" lead"_s); // no italic face on paper: emphasis keeps the face around it
    QCOMPARE(spans.at(3).role, ReportFontSet::Regular);

    // In a bold heading strong text is no different; runs of one face are one span.
    const QList<ReportSpan> heading = ReportMarkup::spans(u"**Release** Manager"_s, ReportFontSet::Bold);
    QCOMPARE(heading.size(), 1);
    QCOMPARE(heading.first().text, u"Release Manager"_s);
    QCOMPARE(heading.first().role, ReportFontSet::Bold);

    // An empty cell is one empty span, so it still takes its line.
    const QList<ReportSpan> empty = ReportMarkup::spans(QString(), ReportFontSet::Bold);
    QCOMPARE(empty.size(), 1);
    QVERIFY(empty.first().text.isEmpty());
    QCOMPARE(empty.first().role, ReportFontSet::Bold);
}

QTEST_GUILESS_MAIN(TestInlineMarkup)
#include "tst_inlinemarkup.moc"
