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

#include <QFile>
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

    void seedRecordPagesFollowTheRules_data();
    void seedRecordPagesFollowTheRules();

private:
    qint64 recordIn(State state);
    QString exportPdf(qint64 recordId, const QString& name);
    static int rolesOn(const QString& page);
    static void checkSignOffPages(const QStringList& pages);
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
    for (int i = 0; i < kSigners.size(); ++i) {
        addSigner(kSigners.at(i));
        const Run run = sign(id, kSigners.at(i), QStringLiteral("Approved"),
                             i == 0 ? QStringList{QStringLiteral("--strokes"), strokes} : QStringList{});
        if (run.exitCode != 0) {
            qWarning("sign failed: %s", run.err.constData());
            return 0;
        }
    }
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
    const QString path = m_dir->filePath(name);
    const Run run = db({QStringLiteral("export"), QString::number(recordId), QStringLiteral("--pdf"), path});
    if (run.exitCode != 0) {
        qWarning("export failed: %s", run.err.constData());
        return {};
    }
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

    // The evidence block still reads back.
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

QTEST_MAIN(TestPdfPagination)
#include "tst_pdfpagination.moc"
