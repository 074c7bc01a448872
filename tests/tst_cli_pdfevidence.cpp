// A filed PDF is a witness: the evidence block the report prints
// (core/PdfEvidence, report/ReportEvidenceBlock), read back through poppler
// (report/PdfEvidenceReader), and `countersign-cli verify --pdf FILE [--db DB]`
// (app/cli/AuditCommands.cpp) on real PDFs written by the real CLI.

#include "CliTestFixture.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include "core/AuditChain.h"
#include "core/ChecklistStore.h"
#include "core/PdfEvidence.h"
#include "io/BuiltInTemplate.h"
#include "report/PdfEvidenceReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

class TestCliPdfEvidence : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readerJoinsWrappedRunsOverAPageBreak();
    void readerRefusesAnIncompleteBlock_data();
    void readerRefusesAnIncompleteBlock();
    void sealedRecordPdfVerifiesOnItsOwn();
    void revokedSignaturesAreMarked();
    void changedPayloadFails();
    void databaseRewrittenAfterThePdfFails();
    void databaseRolledBackAfterThePdfFails();
    void pdfWithoutEvidenceFails();
    void unreadableFileIsAnError();

private:
    // A record with every item done and every role signed, so sealed; the
    // first role draws a long signature, so its payload runs over a page.
    qint64 sealedRecord(int roles = 4);
    Run verifyPdf(const QString& pdf, bool withDatabase, bool json = false) const;
    // Every audit row from `fromId` on rehashed forward, as a tamperer who
    // edited a row in raw SQL would, so that a plain `verify` finds nothing.
    static PdfEvidence sampleEvidence();
};

void TestCliPdfEvidence::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
}

void TestCliPdfEvidence::init() {
    QVERIFY(startTest());
}

void TestCliPdfEvidence::cleanup() {
    finishTest();
}

PdfEvidence TestCliPdfEvidence::sampleEvidence() {
    PdfEvidence evidence;
    evidence.recordId = 3;
    evidence.head = {44, QString::fromLatin1(QByteArray(32, '\x9b').toHex())};
    for (int i = 0; i < 2; ++i) {
        QByteArray payload(700 + i, Qt::Uninitialized);
        for (char& c : payload)
            c = char(QRandomGenerator::global()->bounded(256));
        QByteArray ed25519(64, Qt::Uninitialized);
        for (char& c : ed25519)
            c = char(QRandomGenerator::global()->bounded(256));
        evidence.signatures.append({payload, ed25519, QByteArray(32, char('A' + i)), i == 1});
    }
    return evidence;
}

// The report wraps every run in lines of one width; a page's footer and the
// next page's running header stand between two of them, one of them a lone
// word of base64 letters, and the reader must leave them all out.
void TestCliPdfEvidence::readerJoinsWrappedRunsOverAPageBreak() {
    const PdfEvidence evidence = sampleEvidence();
    QStringList text{QStringLiteral("Record integrity"), QStringLiteral("Some paragraph before it.")};
    const int width = 60;
    bool brokePage = false;
    for (const PdfEvidence::Line& line : evidence.lines()) {
        // The key run on the label's own line, as the format's example shows it.
        if (line.label.endsWith(u"key:")) {
            text << line.label + u' ' + line.base64;
            continue;
        }
        text << QStringLiteral("  ") + line.label;
        for (qsizetype at = 0; at < line.base64.size(); at += width) {
            text << QStringLiteral("    ") + line.base64.mid(at, width) + QStringLiteral("  ");
            if (!brokePage && at >= 3 * width) {
                brokePage = true;
                text << QStringLiteral("Record 3 · Content SHA-256 9b9b9b9b9b9b9b9b…")
                     << QStringLiteral("Page 1 of 2") << QStringLiteral("\fSmoke")
                     << QStringLiteral("Record 3 · Sealed") << QString();
            }
        }
    }
    text << QStringLiteral("Record 3 · Content SHA-256 9b9b9b9b9b9b9b9b…") << QStringLiteral("Page 2 of 2");
    QVERIFY(brokePage);

    const Result<PdfEvidence> read = PdfEvidence::read(text.join(u'\n'));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->recordId, evidence.recordId);
    QCOMPARE(read->head, evidence.head);
    QCOMPARE(read->signatures.size(), evidence.signatures.size());
    for (int i = 0; i < evidence.signatures.size(); ++i) {
        QCOMPARE(read->signatures.at(i).payload, evidence.signatures.at(i).payload);
        QCOMPARE(read->signatures.at(i).ed25519, evidence.signatures.at(i).ed25519);
        QCOMPARE(read->signatures.at(i).publicKey, evidence.signatures.at(i).publicKey);
        QCOMPARE(read->signatures.at(i).revoked, evidence.signatures.at(i).revoked);
    }
}

void TestCliPdfEvidence::readerRefusesAnIncompleteBlock_data() {
    QTest::addColumn<QString>("cut");      // a line of the block left out ("" leaves none out)
    QTest::addColumn<QString>("expected"); // in the reader's error
    QTest::newRow("no block") << PdfEvidence::kFormat << QStringLiteral("there is no evidence block");
    QTest::newRow("cut short") << QStringLiteral("end") << QStringLiteral("has no \"end\" line");
    QTest::newRow("no chain head") << QStringLiteral("chain-head:") << QStringLiteral("chain head");
    QTest::newRow("no key") << QStringLiteral("signature 2 key:") << QStringLiteral("signature 2 has no key");
}

void TestCliPdfEvidence::readerRefusesAnIncompleteBlock() {
    QFETCH(QString, cut);
    QFETCH(QString, expected);
    QStringList text;
    for (const PdfEvidence::Line& line : sampleEvidence().lines()) {
        if (line.label.startsWith(cut))
            continue;
        text << line.label << line.base64;
    }
    const Result<PdfEvidence> read = PdfEvidence::read(text.join(u'\n'));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
}

qint64 TestCliPdfEvidence::sealedRecord(int roles) {
    const qint64 id = newRecord();
    tickAll(id);
    // A long drawn signature: its payload holds every point, some thousand.
    QStringList points;
    for (int i = 0; i < 900; ++i)
        points << QStringLiteral("[%1,%2]").arg(10 + i).arg(150 + int(100 * std::sin(i / 9.0)));
    const QString strokes = m_dir->filePath(QStringLiteral("strokes.json"));
    if (!TestSupport::writeFile(strokes, (u"[[" + points.join(u',') + u"]]").toUtf8()))
        return 0;
    if (!signRoles(id, roles, strokes))
        return 0;
    return id;
}

TestCliPdfEvidence::Run TestCliPdfEvidence::verifyPdf(const QString& pdf, bool withDatabase,
                                                      bool json) const {
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("--pdf"), pdf};
    if (json)
        arguments << QStringLiteral("--json");
    return withDatabase ? db(arguments) : cli(arguments);
}

void TestCliPdfEvidence::sealedRecordPdfVerifiesOnItsOwn() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    QCOMPARE(recordEntry(id).value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));
    const QString pdf = exportPdf(id, QStringLiteral("sealed.pdf"));

    // What pdftotext gives back is the block too. (Payloads of format 2 are
    // short enough that this block fits one page; readerJoinsWrappedRunsOverAPageBreak
    // puts a page's footer and header inside a run.)
    const QString pdftotext = TestSupport::pdfText(pdf, TestSupport::PdfTextOrder::Layout);
    QVERIFY2(pdftotext.contains(QStringLiteral("signature 4 key:")), qPrintable(pdftotext.right(3000)));
    const Result<PdfEvidence> fromPdftotext = PdfEvidence::read(pdftotext);
    QVERIFY2(fromPdftotext.ok(), qPrintable(fromPdftotext.error()));
    const PdfEvidenceReader::Outcome fromPoppler = PdfEvidenceReader::read(pdf);
    QVERIFY(fromPoppler.opened);
    QVERIFY2(fromPoppler.evidence.ok(), qPrintable(fromPoppler.evidence.error()));
    QCOMPARE(fromPoppler.evidence->signatures.size(), 4);
    QCOMPARE(fromPdftotext->signatures.constFirst().payload,
             fromPoppler.evidence->signatures.constFirst().payload);
    QCOMPARE(fromPoppler.evidence->recordId, id);

    const Run run = verifyPdf(pdf, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < 4; ++i) {
        const TestSigner& signer = kSigners.at(i);
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("signature %1: %2, %3 (%4), signed at ")
                                            .arg(i + 1)
                                            .arg(signer.role, signer.login, signer.name)),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(": valid")), qPrintable(lines.at(i)));
    }
    QVERIFY2(lines.at(4).startsWith(QStringLiteral("PDF evidence intact: record %1").arg(id)),
             qPrintable(lines.at(4)));

    const Run json = verifyPdf(pdf, true, true);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("database_checked")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("record_id")).toInteger(), id);
    QCOMPARE(report.value(QStringLiteral("signatures")).toArray().size(), 4);
    QVERIFY(report.value(QStringLiteral("chain_head"))
                .toObject()
                .value(QStringLiteral("hash"))
                .toString()
                .contains(kSha256Hex));
}

// A reopened record's PDF prints its revoked signatures too, marked; and a
// PDF filed before the reopening still holds against the database that moved
// on (the chain grew; nothing it witnessed was rewritten).
void TestCliPdfEvidence::revokedSignaturesAreMarked() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    const QString sealed = exportPdf(id, QStringLiteral("sealed.pdf"));
    const Run reopen =
        db({QStringLiteral("reopen"), QString::number(id), QStringLiteral("--login"), kSigners.at(3).login,
            QStringLiteral("--reason"), QStringLiteral("typo"), QStringLiteral("--password-stdin")},
           kSigners.at(3).stdinLine());
    QVERIFY2(reopen.exitCode == 0, reopen.err.constData());
    const QString reopened = exportPdf(id, QStringLiteral("reopened.pdf"));

    const Run run = verifyPdf(reopened, true);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.outText().count(QStringLiteral(": valid, revoked\n")), 4);
    const Run earlier = verifyPdf(sealed, true);
    QVERIFY2(earlier.exitCode == 0, earlier.out.constData());
    QCOMPARE(earlier.outText().count(QStringLiteral(": valid\n")), 4);
}

// What a signature means changed in SQL, in its column and in the payload
// it keeps, then the record exported again: the PDF prints the changed
// payload beside the old Ed25519 signature.
void TestCliPdfEvidence::changedPayloadFails() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    const QString meaning =
        TestSupport::rawRows(m_db, QStringLiteral("SELECT meaning FROM signatures WHERE role = 'QA Lead'"))
            .value(0);
    QVERIFY(!meaning.isEmpty());
    QCOMPARE(TestSupport::rawExec(m_db, QStringLiteral("UPDATE signatures SET meaning = 'Rejected', "
                                                       "payload = replace(payload, '\"%1\"', '\"Rejected\"') "
                                                       "WHERE role = 'QA Lead'")
                                            .arg(meaning)),
             QString());
    QVERIFY(
        TestSupport::rawRows(m_db, QStringLiteral("SELECT payload FROM signatures WHERE role = 'QA Lead'"))
            .value(0)
            .contains(QStringLiteral("\"Rejected\"")));
    const QString pdf = exportPdf(id, QStringLiteral("changed.pdf"));
    const Run run = verifyPdf(pdf, false);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(QStringLiteral("signature 2: QA Lead, qa (Quinn Assurance), signed at ")),
             run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral(": INVALID\n")), run.out.constData());
    QVERIFY2(run.outText().contains(
                 QStringLiteral("FAILED: signature 2: the Ed25519 signature does not hold for the printed "
                                "payload and key")),
             run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("PDF evidence NOT intact")), run.out.constData());
    QCOMPARE(run.outText().count(QStringLiteral(": valid\n")), 3);
}

void TestCliPdfEvidence::databaseRewrittenAfterThePdfFails() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    const QString pdf = exportPdf(id, QStringLiteral("filed.pdf"));
    const Run untouched = verifyPdf(pdf, true);
    QVERIFY2(untouched.exitCode == 0, untouched.out.constData());
    QVERIFY2(untouched.outText().contains(QStringLiteral("checked against the database")),
             untouched.out.constData());

    // Who ticked the last item, rewritten, and the chain rehashed after it.
    const int edited = TestSupport::rawValue(
        m_db,
        QStringLiteral("SELECT MAX(id) FROM audit_log WHERE record_id = %1 AND action = 'status'").arg(id));
    QVERIFY(edited > 0);
    QCOMPARE(TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                                 QStringLiteral("audit_log"))),
             QString());
    QCOMPARE(TestSupport::rawExec(
                 m_db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = %1").arg(edited)),
             QString());
    QCOMPARE(TestSupport::rechainAuditLog(m_db), QString());
    // The chains hold again; what the signatures pinned no longer does.
    const Run plain = db({QStringLiteral("verify")});
    QVERIFY2(plain.exitCode == 3, plain.out.constData());

    const Run alone = verifyPdf(pdf, false);
    QCOMPARE(alone.exitCode, 0);
    const Run against = verifyPdf(pdf, true);
    QCOMPARE(against.exitCode, 3);
    QVERIFY2(against.outText().contains(QStringLiteral("FAILED: audit row ")), against.out.constData());
    QVERIFY2(
        against.outText().contains(QStringLiteral("the audit trail was rewritten after the PDF was made")),
        against.out.constData());
    QVERIFY2(against.outText().contains(QStringLiteral("PDF evidence NOT intact")), against.out.constData());
}

void TestCliPdfEvidence::databaseRolledBackAfterThePdfFails() {
    if (TestSupport::onPostgres())
        QSKIP("a file copied back is a rollback of an SQLite file; the server has no file to copy");
    const qint64 id = sealedRecord(3);
    QVERIFY(id > 0);
    const QString before = m_dir->filePath(QStringLiteral("before-last-signature.sqlite"));
    QCOMPARE(db({QStringLiteral("backup"), before}).exitCode, 0);
    addSigner(kSigners.at(3));
    QCOMPARE(sign(id, kSigners.at(3)).exitCode, 0);
    const QString pdf = exportPdf(id, QStringLiteral("filed.pdf"));
    QCOMPARE(verifyPdf(pdf, true).exitCode, 0);

    // No program holds the database now: the copy goes back in its place.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_db + suffix);
    QVERIFY(QFile::remove(m_db));
    QVERIFY(QFile::copy(before, m_db));
    // This machine remembers the newer database (core/Witness): plain verify
    // tells already; the PDF tells anyone, on any machine.
    const Run plain = db({QStringLiteral("verify")});
    QCOMPARE(plain.exitCode, 3);
    QVERIFY2(
        plain.outText().contains(QStringLiteral("this database is older than, or different from, the one")),
        plain.out.constData());

    const Run against = verifyPdf(pdf, true);
    QCOMPARE(against.exitCode, 3);
    QVERIFY2(against.outText().contains(QStringLiteral("the database no longer holds audit row ")),
             against.out.constData());
    QVERIFY2(against.outText().contains(
                 QStringLiteral("FAILED: signature 4 is no longer in the database with the signature bytes")),
             against.out.constData());
}

void TestCliPdfEvidence::pdfWithoutEvidenceFails() {
    // A PDF of one empty page, written by hand, with its cross-reference table.
    QByteArray pdf = "%PDF-1.4\n";
    const QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const QString path = m_dir->filePath(QStringLiteral("other.pdf"));
    QVERIFY(TestSupport::writeFile(path, pdf));
    QCOMPARE(TestSupport::pdfPageCount(path), 1);

    const Run run = verifyPdf(path, false);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.outText().contains(QStringLiteral("FAILED: %1: there is no evidence block "
                                                   "(countersign-pdf-evidence/1) in it")
                                        .arg(path)),
             run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("PDF evidence NOT intact")), run.out.constData());
    QVERIFY(!run.outText().contains(QStringLiteral("evidence intact")));
    const Run json = verifyPdf(path, false, true);
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().object().value(QStringLiteral("intact")).toBool(true), false);
}

void TestCliPdfEvidence::unreadableFileIsAnError() {
    const QString text = m_dir->filePath(QStringLiteral("notes.pdf"));
    QVERIFY(TestSupport::writeFile(text, "not a PDF at all\n"));
    for (const QString& path : {text, m_dir->filePath(QStringLiteral("missing.pdf"))}) {
        const Run run = verifyPdf(path, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(QStringLiteral("countersign-cli: cannot read the PDF: ") + path),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    // The PDF names its record; naming one as well is bad usage.
    const Run both = cli({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--pdf"), text});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.errText().contains(QStringLiteral("verify --pdf takes no RECORD")), both.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPdfEvidence)
#include "tst_cli_pdfevidence.moc"
