// The report's pagination rules (issue 21), on the seed record as
// `countersign-cli export --pdf` writes it in the states a record goes
// through (fresh, every item done, sealed by four signatures, reopened), read
// back page by page with pdftotext: the sign-off table never leaves one row
// alone on a page, its legend stays with it, a digest breaks only between
// groups of eight characters, and no Markdown marker reaches the paper.
// The rules hold wherever the sign-off table falls: a loop lengthens the
// items' notes so that the table starts at every height of a page, in
// English (countersign-cli) and German (the report with the German
// translation, as the desktop writes it); COUNTERSIGN_TEST_FULL=1
// (scripts/test.sh --full) runs every length, CI a sample of them.
// COUNTERSIGN_PDF_KEEP=/some/dir keeps the files to look at.

#include "CliTestFixture.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/PdfEvidence.h"
#include "core/Registry.h"
#include "io/BuiltInTemplate.h"
#include "report/PdfReport.h"
#include "report/ReportMarkup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRectF>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <cmath>

namespace {

enum class State { Fresh, AllDone, Sealed, Reopened };

// Whitespace (line ends too) as one space.
QString simplified(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" "));
}

// What marks the sign-off table's parts on paper, in the report's language.
struct SignOffWords {
    QString header;      // a column title: on every page the table runs over
    QString legendStart; // the legend's first and last words
    QString legendEnd;
    QString appendix; // the audit trail's heading: its rows name the roles too
};
const SignOffWords kEnglish{
    QStringLiteral("Printed name"), QStringLiteral("Each signature is the signer's printed name"),
    QStringLiteral("withdrawn when the record was reopened."), QStringLiteral("Appendix A")};
const SignOffWords kGerman{
    QStringLiteral("Name in Druckschrift"), QStringLiteral("Jede Unterschrift besteht aus"),
    QStringLiteral("beim Wiederöffnen des Nachweises zurückgezogen."), QStringLiteral("Anhang A")};

// The notes' words: a long note wraps over many lines of its cell.
QString noteOf(int words) {
    static const QStringList pool =
        QStringLiteral(
            "Checked on the staging cluster with the release candidate and the rollback plan reviewed")
            .split(u' ');
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << pool.at(i % pool.size());
    return out.join(u' ');
}

// pdftotext -bbox's words on one page: text and box, points from the page's top left.
struct PdfWord {
    QString text;
    QRectF box;
};

QList<PdfWord> pdfWords(const QString& pdf, int page) {
    const TestSupport::ProcessRun run = TestSupport::runProcess(
        QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                      QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    for (QRegularExpressionMatchIterator m = word.globalMatch(run.outText()); m.hasNext();) {
        const QRegularExpressionMatch w = m.next();
        words.append({w.captured(5), QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                            QPointF(w.captured(3).toDouble(), w.captured(4).toDouble()))});
    }
    return words;
}

} // namespace

class TestPdfPagination : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void commandsLoseTheirBackticks();
    void seedRecordPagesFollowTheRules_data();
    void seedRecordPagesFollowTheRules();
    void signOffTableKeepsTogetherWhereverItFalls_data();
    void signOffTableKeepsTogetherWhereverItFalls();
    void templateMarkdownNeverReachesThePaper();
    void longTypedNameStaysLegibleInItsBox();

private:
    qint64 recordIn(State state);
    QString exportPdf(qint64 recordId, const QString& name);
    // The report as the desktop writes it in German: the German translation installed, the CLI's options.
    QString germanPdf(qint64 recordId, const QString& name);
    // Every item Done, the first `words` words of notes spread over the items in order, at most 40
    // each, and `lastWords` on the last item (in the section before the sign-off table's).
    void tickAllWithNotes(qint64 recordId, int words, int lastWords = 0) const;
    static int rolesOn(const QString& page);
    static void checkSignOffPages(const QStringList& pages, const SignOffWords& words = kEnglish);
    // The box the drawn signatures' strokes span, in points, from the PDF's content streams.
    QRectF drawnSignatureExtent(const QString& pdf) const;
    // Every digest that runs over a line end, its pieces joined by " | ".
    static QStringList brokenDigests(const QStringList& pages);
};

void TestPdfPagination::initTestCase() {
    TestSupport::strictWarnings();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestPdfPagination::init() {
    QVERIFY(startTest());
}

void TestPdfPagination::cleanup() {
    finishTest();
}

qint64 TestPdfPagination::recordIn(State state) {
    createDatabase();
    const qint64 id = newRecord();
    if (state == State::Fresh || id <= 0)
        return id;
    tickAll(id);
    if (state == State::AllDone)
        return id;
    // The first role draws its signature, small, in a corner of the pad; the others type theirs.
    QStringList points;
    for (int i = 0; i < 120; ++i)
        points << QStringLiteral("[%1,%2]").arg(40 + i).arg(60 + int(20 * std::sin(i / 6.0)));
    const QString strokes = m_dir->filePath(QStringLiteral("strokes.json"));
    if (!TestSupport::writeFile(strokes, (u"[[" + points.join(u',') + u"]]").toUtf8()))
        return 0;
    if (!signRoles(id, int(kSigners.size()), strokes))
        return 0;
    if (state == State::Sealed)
        return id;
    const Run reopen =
        db({QStringLiteral("reopen"), QString::number(id), QStringLiteral("--login"), kSigners.at(3).login,
            QStringLiteral("--reason"), QStringLiteral("typo"), QStringLiteral("--password-stdin")},
           kSigners.at(3).stdinLine());
    if (reopen.exitCode != 0) {
        qWarning("reopen failed: %s", reopen.err.constData());
        return 0;
    }
    return id;
}

QString TestPdfPagination::exportPdf(qint64 recordId, const QString& name) {
    const QString path = CliTestFixture::exportPdf(recordId, name);
    if (path.isEmpty())
        return {};
    const QString keep = qEnvironmentVariable("COUNTERSIGN_PDF_KEEP");
    if (!keep.isEmpty()) {
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return path;
}

// How many of the sign-off table's rows a page holds: each row starts with its role.
int TestPdfPagination::rolesOn(const QString& page) {
    const QString text = simplified(page);
    int rows = 0;
    for (const QString& role : kSeedRoles)
        rows += int(text.count(role));
    return rows;
}

void TestPdfPagination::checkSignOffPages(const QStringList& pages, const SignOffWords& words) {
    const QString& kSignOffHeader = words.header;
    const QString& kLegendStart = words.legendStart;
    const QString& kLegendEnd = words.legendEnd;
    int tablePages = 0;
    int legendPage = -1;
    bool headingSeen = false;
    for (int p = 0; p < pages.size(); ++p) {
        const QString page = simplified(pages.at(p));
        if (page.contains(words.appendix))
            break; // the audit trail names roles in its own rows
        // The section's heading (the seed's, in any language) never at a page's foot without its table.
        if (!headingSeen && pages.at(p).split(u'\n').contains(QStringLiteral("Sign-off"))) {
            headingSeen = true;
            QVERIFY2(
                page.contains(kSignOffHeader),
                qPrintable(
                    QStringLiteral("page %1 ends with the heading alone:\n%2").arg(p + 1).arg(pages.at(p))));
        }
        if (page.contains(kSignOffHeader)) {
            ++tablePages;
            // A header at a page's foot keeps two rows with it; no row sits alone on a page.
            QVERIFY2(rolesOn(page) >= 2, qPrintable(QStringLiteral("page %1 holds %2 sign-off row(s):\n%3")
                                                        .arg(p + 1)
                                                        .arg(rolesOn(page))
                                                        .arg(pages.at(p))));
        }
        if (page.contains(kLegendStart)) {
            legendPage = p;
            // The legend stays whole, with its table.
            QVERIFY2(page.contains(kLegendEnd), qPrintable(pages.at(p)));
            QVERIFY2(page.contains(kSignOffHeader) && rolesOn(page) >= 2, qPrintable(pages.at(p)));
        }
    }
    QVERIFY(headingSeen);
    QVERIFY(tablePages >= 1);
    QVERIFY(legendPage >= 0);
}

// A digest is 64 hex digits standing alone; -raw text gives a cell's lines one after another.
QStringList TestPdfPagination::brokenDigests(const QStringList& pages) {
    static const QRegularExpression endsInHex(QStringLiteral("(?<![0-9A-Za-z])([0-9a-f]+)$"));
    static const QRegularExpression startsWithHex(QStringLiteral("^([0-9a-f]+)(?![0-9A-Za-z])"));
    static const QRegularExpression wholeHex(QStringLiteral("^[0-9a-f]+$"));
    QStringList broken;
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList lines = pages.at(p).split(u'\n');
        for (int l = 0; l + 1 < lines.size(); ++l) {
            const QRegularExpressionMatch tail = endsInHex.match(lines.at(l).trimmed());
            if (!tail.hasMatch())
                continue;
            QStringList pieces{tail.captured(1)};
            qsizetype length = pieces.first().size();
            int next = l + 1;
            for (; next < lines.size() && length < 64; ++next) {
                const QString line = lines.at(next).trimmed();
                const QRegularExpressionMatch head = startsWithHex.match(line);
                if (!head.hasMatch())
                    break;
                pieces << head.captured(1);
                length += pieces.last().size();
                if (!wholeHex.match(line).hasMatch())
                    break; // the digest ends on this line
            }
            if (pieces.size() < 2 || pieces.join(QString()).size() != 64)
                continue;
            broken << pieces.join(QStringLiteral(" | "));
            l = next - 1;
        }
    }
    return broken;
}

QRectF TestPdfPagination::drawnSignatureExtent(const QString& pdf) const {
    // qpdf --qdf: the content streams uncompressed. Signature ink is kSignatureInk (#14306e).
    const QString plain = m_dir->filePath(QStringLiteral("plain.pdf"));
    const Run qpdf = TestSupport::runProcess(
        QStringLiteral("qpdf"),
        {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, plain});
    if (qpdf.exitCode != 0 && qpdf.exitCode != 3) // 3: warnings only
        return {};
    static const QRegularExpression stroke(
        QStringLiteral("0\\.078 0\\.188 0\\.431 RG\\s+[\\d.]+ w\\s+((?:[\\d.]+ [\\d.]+ [ml]\\s+)+)S"));
    static const QRegularExpression point(QStringLiteral("([\\d.]+) ([\\d.]+) [ml]"));
    QRectF extent;
    const QString content = QString::fromLatin1(TestSupport::readFile(plain));
    for (QRegularExpressionMatchIterator s = stroke.globalMatch(content); s.hasNext();) {
        const QString path = s.next().captured(1);
        for (QRegularExpressionMatchIterator p = point.globalMatch(path); p.hasNext();) {
            const QRegularExpressionMatch m = p.next();
            const QRectF at(m.captured(1).toDouble(), m.captured(2).toDouble(), 0.01, 0.01);
            extent = extent.isNull() ? at : extent.united(at);
        }
    }
    return extent;
}

// The report's sentences that name a command: the command monospaced, no
// backticks; the arguments (a user's name) as they are, never read as Markdown.
void TestPdfPagination::commandsLoseTheirBackticks() {
    const QList<ReportSpan> spans = ReportMarkup::commandSpans(
        QStringLiteral("By %1 on %2. `countersign-cli verify` checks it (`--db`)."),
        {QStringLiteral("a_b `x` %2"), QStringLiteral("today")});
    QStringList texts;
    QList<ReportFontSet::Role> roles;
    for (const ReportSpan& span : spans) {
        texts << span.text;
        roles << span.role;
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("By a_b `x` %2 on today. "),
                                 QStringLiteral("countersign-cli verify"), QStringLiteral(" checks it ("),
                                 QStringLiteral("--db"), QStringLiteral(").")}));
    QCOMPARE(roles,
             (QList<ReportFontSet::Role>{ReportFontSet::Regular, ReportFontSet::Mono, ReportFontSet::Regular,
                                         ReportFontSet::Mono, ReportFontSet::Regular}));
    // A lone backtick stays.
    const QList<ReportSpan> lone = ReportMarkup::commandSpans(QStringLiteral("a ` b"));
    QCOMPARE(lone.size(), 2);
    QCOMPARE(lone.at(0).text + lone.at(1).text, QStringLiteral("a ` b"));
    QCOMPARE(lone.at(1).role, ReportFontSet::Regular);
}

void TestPdfPagination::seedRecordPagesFollowTheRules_data() {
    QTest::addColumn<State>("state");
    QTest::newRow("fresh") << State::Fresh;
    QTest::newRow("all-done") << State::AllDone;
    QTest::newRow("sealed") << State::Sealed;
    QTest::newRow("reopened") << State::Reopened;
}

void TestPdfPagination::seedRecordPagesFollowTheRules() {
    QFETCH(State, state);
    const qint64 id = recordIn(state);
    QVERIFY(id > 0);
    const QString pdf =
        exportPdf(id, QStringLiteral("seed-%1.pdf").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = TestSupport::pdfPages(pdf, TestSupport::PdfTextOrder::Drawn);
    QCOMPARE(pages.size(), TestSupport::pdfPageCount(pdf));

    checkSignOffPages(pages);
    if (QTest::currentTestFailed())
        return;
    // A digest breaks only between groups of eight: every piece but the last a whole number of groups.
    const QStringList digests = brokenDigests(pages);
    for (const QString& digest : digests) {
        const QStringList pieces = digest.split(QStringLiteral(" | "));
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            QVERIFY2(pieces.at(i).size() % 8 == 0, qPrintable(u"broken mid-group: " + digest));
    }
    // The signed states print one in each signature's audit row, too narrow for it.
    if (state == State::Sealed || state == State::Reopened)
        QVERIFY2(digests.size() >= 4, qPrintable(digests.join(u'\n')));

    // The report's own sentences name their commands without Markdown's backticks.
    const QString text = simplified(pages.join(u' '));
    QVERIFY2(!text.contains(u'`'), qPrintable(text.mid(text.indexOf(u'`') - 200, 400)));
    QVERIFY(text.contains(QStringLiteral("countersign-cli verify checks the record")));
    QVERIFY(
        text.contains(QStringLiteral("Machine-readable evidence: countersign-cli verify --pdf checks it")));

    // A signature drawn small, in a corner of the pad, prints at the size of
    // a hand-written one: across most of its box (100 by 34 points), not a
    // tenth of it as the whole pad scaled down would.
    if (state == State::Sealed) {
        const QRectF drawn = drawnSignatureExtent(pdf);
        QVERIFY2(drawn.width() >= 30 && drawn.width() <= 100 && drawn.height() <= 34,
                 qPrintable(QStringLiteral("%1 x %2 pt").arg(drawn.width()).arg(drawn.height())));
    }

    // The evidence block still reads back.
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

void TestPdfPagination::tickAllWithNotes(qint64 recordId, int words, int lastWords) const {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    int left = words;
    const QList<qint64> items = checklistItemIds(recordId);
    for (const qint64 itemId : items) {
        int here = qMin(left, 40);
        left -= here;
        if (itemId == items.last())
            here += lastWords;
        const Result<ChecklistItem> ticked =
            store.updateItem(itemId, {ItemStatus::Done, noteOf(here)}, QStringLiteral("setup"));
        QVERIFY2(ticked.ok(), qPrintable(ticked.error()));
    }
}

QString TestPdfPagination::germanPdf(qint64 recordId, const QString& name) {
    // The desktop's translation, built beside the programs (ui/countersign_de.qm).
    const QString qm = QFileInfo(QStringLiteral(COUNTERSIGN_CLI_PATH))
                           .dir()
                           .filePath(QStringLiteral("../ui/countersign_de.qm"));
    QTranslator german;
    if (!german.load(qm)) {
        qWarning("cannot load the German translation %s", qPrintable(qm));
        return {};
    }
    QCoreApplication::installTranslator(&german);
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::ExistingOnly);
    const Result<Record> record = store.loadRecord(recordId);
    const Result<QList<AuditEntry>> trail = store.auditTrail(recordId);
    const Result<QList<Signer>> signers = store.signers();
    const Result<QString> root = Registry(store).rootFingerprint();
    QString path;
    if (opened.ok() && record && trail && signers && root) {
        ReportOptions options;
        options.generatedBy = kTestUser;
        options.evidence = PdfEvidence::collect(record.value(), trail.value(), signers.value());
        options.registryRoot = root.value();
        path = m_dir->filePath(name);
        const Status written = PdfReport::write(record.value(), trail.value(), options, path);
        if (!written) {
            qWarning("German report failed: %s", qPrintable(written.error()));
            path.clear();
        }
    }
    QCoreApplication::removeTranslator(&german);
    const QString keep = qEnvironmentVariable("COUNTERSIGN_PDF_KEEP");
    if (!path.isEmpty() && !keep.isEmpty()) {
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return path;
}

void TestPdfPagination::signOffTableKeepsTogetherWhereverItFalls_data() {
    QTest::addColumn<bool>("german");
    QTest::newRow("english-cli") << false;
    QTest::newRow("german") << true;
}

// Notes lengthen in steps of five words (a line of the notes column, about
// 10 points), so the sign-off table (about 200 points with its legend)
// starts at every height of a page: with room for all of it, for three
// rows, two, one, only its header. Every time: no page holds a lone row or
// the legend without rows, no header without two rows, no digest broken
// mid-group, no backtick.
void TestPdfPagination::signOffTableKeepsTogetherWhereverItFalls() {
    QFETCH(bool, german);
    const bool full = qEnvironmentVariableIntValue("COUNTERSIGN_TEST_FULL") == 1;
    // A page is about 70 lines of notes: 0..450 words moves the table over more than one page.
    const int step = full ? 5 : 25;
    createDatabase();
    for (const TestSigner& signer : kSigners)
        addSigner(signer);
    // Then a line at a time below the table's last whole position, on the page it starts on:
    // the notes of the last item before it (no rows move between pages in between).
    QList<QPair<int, int>> variants;
    for (int words = 0; words <= 450; words += step)
        variants.append({words, 0});
    for (int last = 5; last <= 150; last += full ? 5 : 15)
        variants.append({250, last});
    int whole = 0;
    int split = 0;
    QStringList seen;
    for (const auto& [words, last] : std::as_const(variants)) {
        const qint64 id =
            newRecord(QStringLiteral("Release 2.4.0 (%1 + %2 words of notes)").arg(words).arg(last));
        QVERIFY(id > 0);
        tickAllWithNotes(id, words, last);
        for (const TestSigner& signer : kSigners) {
            const Run signedRun = sign(id, signer);
            QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
        }
        const QString name =
            QStringLiteral("notes-%1-%2-%3.pdf").arg(german ? u"de" : u"en").arg(words).arg(last);
        const QString pdf = german ? germanPdf(id, name) : exportPdf(id, name);
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = TestSupport::pdfPages(pdf, TestSupport::PdfTextOrder::Drawn);
        const SignOffWords& language = german ? kGerman : kEnglish;
        checkSignOffPages(pages, language);
        if (QTest::currentTestFailed()) {
            qInfo("at %d + %d words of notes, %lld pages", words, last, qlonglong(pages.size()));
            return;
        }
        // Where the table fell: its rows on each page it runs over.
        QStringList rows;
        for (int p = 0; p < pages.size(); ++p) {
            const QString page = simplified(pages.at(p));
            if (page.contains(language.appendix))
                break;
            if (page.contains(language.header))
                rows << QStringLiteral("p%1:%2").arg(p + 1).arg(rolesOn(page));
        }
        (rows.size() > 1 ? split : whole) += 1;
        seen << QStringLiteral("%1+%2 words: %3").arg(words).arg(last).arg(rows.join(u' '));
        for (const QString& digest : brokenDigests(pages)) {
            const QStringList pieces = digest.split(QStringLiteral(" | "));
            for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
                QVERIFY2(pieces.at(i).size() % 8 == 0, qPrintable(u"broken mid-group: " + digest));
        }
        const QString text = pages.join(u' ');
        QVERIFY2(!text.contains(u'`'), qPrintable(text.mid(text.indexOf(u'`') - 200, 400)));
    }
    qInfo("%s", qPrintable(seen.join(QStringLiteral("; "))));
    // The loop reached both sides of a page break.
    QVERIFY2(whole > 0 && split > 0, qPrintable(seen.join(u'\n')));
}

// A template's headings, items and roles keep their inline Markdown; on
// paper only the words (code monospaced, strong text bold), never the markers.
void TestPdfPagination::templateMarkdownNeverReachesThePaper() {
    createDatabase();
    const QString markdown = m_dir->filePath(QStringLiteral("marked.md"));
    QVERIFY(TestSupport::writeFile(
        markdown, QStringLiteral("# Release `api` **Checklist**\n\n"
                                 "Intro with `code` and **bold**.\n\n"
                                 "## Check `config` **now**\n\n"
                                 "| Item | Status | Notes |\n|------|--------|-------|\n"
                                 "| Run `make check` on **main** | | |\n"
                                 "| Plain item | | |\n\n"
                                 "## Steps `deploy`\n\n"
                                 "1. Run `deploy.sh` with **care**\n\n"
                                 "## Sign-off\n\n"
                                 "| Role | Name | Signature | Date |\n|------|------|-----------|------|\n"
                                 "| `QA` **Lead** | | | |\n| Product Owner | | | |\n")
                      .toUtf8()));
    const Run imported = db({QStringLiteral("import-template"), markdown});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run created = db({QStringLiteral("new"), QStringLiteral("--template"), imported.lastLine(),
                            QStringLiteral("--title"), QStringLiteral("Release 3")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    // The role signs as the template names it; the audit trail's row names it too.
    const qint64 id = created.lastLine().toLongLong();
    tickAll(id);
    TestSigner qaLead = kSigners.at(1);
    qaLead.role = QStringLiteral("`QA` **Lead**");
    addSigner(qaLead);
    const Run signedRun = sign(id, qaLead);
    QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
    const QString pdf = exportPdf(id, QStringLiteral("marked.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = simplified(TestSupport::pdfText(pdf, TestSupport::PdfTextOrder::Layout));
    QVERIFY2(!text.contains(u'`'), qPrintable(text.mid(text.indexOf(u'`') - 100, 200)));
    QVERIFY2(!text.contains(QStringLiteral("**")),
             qPrintable(text.mid(text.indexOf(QStringLiteral("**")) - 100, 200)));
    for (const QString& words : {QStringLiteral("Release api Checklist, template version 1"),
                                 QStringLiteral("Release api Checklist (version 1)"),
                                 QStringLiteral("Check config now"), QStringLiteral("Steps deploy"),
                                 QStringLiteral("Run make check on main"), QStringLiteral("QA Lead")})
        QVERIFY2(text.contains(words), qPrintable(words + u'\n' + text));
    QCOMPARE(text.count(QStringLiteral("Check config now")), 2); // the summary's row and the heading
}

// A typed name too long for the signature's box at the usual size: shrunk
// only to a size that still reads (a bbox at least 12 points high for the
// 11-point minimum), wrapped rather than run into the Meaning column. A
// record with one signature of four.
void TestPdfPagination::longTypedNameStaysLegibleInItsBox() {
    createDatabase();
    const qint64 id = newRecord();
    QVERIFY(id > 0);
    tickAll(id);
    TestSigner signer = kSigners.at(0);
    signer.name = QStringLiteral("Maximiliane Alexandra von Hohenzollern-Sigmaringen");
    addSigner(signer);
    const Run signedRun = sign(id, signer);
    QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
    const QString pdf = exportPdf(id, QStringLiteral("long-name.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = TestSupport::pdfPages(pdf, TestSupport::PdfTextOrder::Drawn);
    checkSignOffPages(pages);
    int checked = 0;
    for (int p = 1; p <= pages.size() && checked == 0; ++p) {
        const QList<PdfWord> words = pdfWords(pdf, p);
        double signatureX = -1;
        double meaningX = -1;
        for (const PdfWord& w : words) {
            if (w.text == u"Signature" && signatureX < 0)
                signatureX = w.box.left();
            if (w.text == u"Meaning" && meaningX < 0)
                meaningX = w.box.left();
        }
        if (signatureX < 0 || meaningX < 0)
            continue;
        for (const PdfWord& w : words) {
            if (w.box.left() < signatureX - 4 || w.box.left() >= meaningX || w.text.isEmpty() ||
                !signer.name.contains(w.text))
                continue;
            ++checked;
            QVERIFY2(w.box.height() >= 12 && w.box.right() <= meaningX,
                     qPrintable(QStringLiteral("\"%1\" at %2 x %3 pt, right edge %4, Meaning at %5")
                                    .arg(w.text)
                                    .arg(w.box.width())
                                    .arg(w.box.height())
                                    .arg(w.box.right())
                                    .arg(meaningX)));
        }
    }
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked))); // every word of the name
}

QTEST_MAIN(TestPdfPagination)
#include "tst_pdfpagination.moc"
