// The report's pagination rules (issue 21), on the seed record as
// `countersign-cli export --pdf` writes it in the states a record goes
// through (fresh, every item done, sealed by four signatures, reopened), read
// back page by page with pdftotext: the sign-off table never leaves one row
// alone on a page, its legend stays with it, a digest breaks only between
// groups of eight characters, and no Markdown marker reaches the paper.
// COUNTERSIGN_PDF_KEEP=/some/dir keeps the files to look at.

#include "CliTestFixture.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "report/ReportMarkup.h"

#include <QFile>
#include <QRectF>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace {

enum class State { Fresh, AllDone, Sealed, Reopened };

// Whitespace (line ends too) as one space.
QString simplified(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" "));
}

const QString kLegendStart = QStringLiteral("Each signature is the signer's printed name");
const QString kLegendEnd = QStringLiteral("withdrawn when the record was reopened.");
const QString kSignOffHeader = QStringLiteral("Printed name");

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

private:
    qint64 recordIn(State state);
    QString exportPdf(qint64 recordId, const QString& name);
    static int rolesOn(const QString& page);
    static void checkSignOffPages(const QStringList& pages);
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

void TestPdfPagination::checkSignOffPages(const QStringList& pages) {
    int tablePages = 0;
    int legendPage = -1;
    for (int p = 0; p < pages.size(); ++p) {
        const QString page = simplified(pages.at(p));
        if (page.contains(QStringLiteral("Appendix A")))
            break; // the audit trail names roles in its own rows
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

QTEST_MAIN(TestPdfPagination)
#include "tst_pdfpagination.moc"
