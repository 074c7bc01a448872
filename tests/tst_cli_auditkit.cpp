// The auditor's kit (docs/VERIFYING.md): scripts/countersign-verify-pdf.py,
// which checks a filed PDF's evidence block with pdftotext and python3-nacl
// and no Countersign code, run on PDFs the real CLI exported: sealed,
// reopened, tampered with in the database and in the text, and without a block.

#include "CliTestFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

class TestCliAuditKit : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sealedRecordPdfHolds();
    void reopenedRecordMarksRevokedSignatures();
    void payloadChangedInTheDatabaseFails();
    void oneBase64LetterChangedInTheTextFails();
    void footerAndHeaderInsideARunAreLeftOut();
    void fileWithoutBlockOrUnreadableIsAnError();
    void badUsage();

private:
    qint64 sealedRecord();
    // `pdftotext -layout FILE -`, as the script reads a PDF.
    static QString layoutText(const QString& pdf);
    Run script(const QStringList& arguments) const;
    // The script's lines for signatures (those starting "signature N: ").
    static QStringList signatureLines(const Run& run);

    QString m_python; // the interpreter the script's #! line names
};

namespace {
const QString kScript = QStringLiteral(COUNTERSIGN_VERIFY_PDF_SCRIPT);
} // namespace

void TestCliAuditKit::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    // Run as an auditor would: with the python3 the script names (Debian's,
    // where python3-nacl installs), not whichever python3 is first on PATH.
    const QByteArray firstLine = TestSupport::readFile(kScript).split('\n').value(0);
    QVERIFY2(firstLine.startsWith("#!/"), firstLine.constData());
    m_python = QString::fromUtf8(firstLine.mid(2)).trimmed();
    const Run probe =
        TestSupport::runProcess(m_python, {QStringLiteral("-c"), QStringLiteral("import nacl.signing")});
    if (probe.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("%1 has no PyNaCl: install the Debian package python3-nacl (%2)")
                             .arg(m_python, probe.errText().trimmed())));
}

void TestCliAuditKit::init() {
    QVERIFY(startTest());
}

void TestCliAuditKit::cleanup() {
    finishTest();
}

qint64 TestCliAuditKit::sealedRecord() {
    const qint64 id = newRecord();
    tickAll(id);
    return signRoles(id, int(kSigners.size())) ? id : 0;
}

QString TestCliAuditKit::layoutText(const QString& pdf) {
    const Run run = TestSupport::runProcess(QStringLiteral("pdftotext"),
                                            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (run.exitCode != 0)
        qWarning("pdftotext failed: %s", run.err.constData());
    return run.outText();
}

TestCliAuditKit::Run TestCliAuditKit::script(const QStringList& arguments) const {
    TestSupport::ProcessOptions options;
    options.environment = environment();
    return TestSupport::runProcess(m_python, QStringList{kScript} + arguments, options);
}

QStringList TestCliAuditKit::signatureLines(const Run& run) {
    static const QRegularExpression line(QStringLiteral("^signature \\d+: "));
    QStringList lines;
    for (const QString& l : run.outText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.match(l).hasMatch())
            lines << l;
    }
    return lines;
}

void TestCliAuditKit::sealedRecordPdfHolds() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    QCOMPARE(recordEntry(id).value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));
    const QString pdf = exportPdf(id, QStringLiteral("sealed.pdf"));

    const Run run = script({pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    const QStringList lines = signatureLines(run);
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const TestSigner& signer = kSigners.at(i);
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("signature %1: %2, %3 (%4), Approved, signed at ")
                                            .arg(i + 1)
                                            .arg(signer.role, signer.login, signer.name)),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(": valid")), qPrintable(lines.at(i)));
    }
    QVERIFY2(!run.outText().contains(QStringLiteral("FAILED")), run.out.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("PDF evidence intact: record %1, 4 signatures, ").arg(id)),
             run.out.constData());
    // The program's own check agrees.
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf}).exitCode, 0);

    // --payloads shows what was signed: this record's content digest among it.
    const Run payloads = script({pdf, QStringLiteral("--payloads")});
    QCOMPARE(payloads.exitCode, 0);
    QCOMPARE(payloads.outText().count(QStringLiteral("\"format\": \"countersign-signature/2\"")), 4);
    QCOMPARE(payloads.outText().count(QStringLiteral("\"record_id\": \"%1\"").arg(id)), 4);
}

// A reopened record's PDF prints the withdrawn signatures too, marked: they
// still hold (they were made), and the script says they are revoked.
void TestCliAuditKit::reopenedRecordMarksRevokedSignatures() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    const Run reopen =
        db({QStringLiteral("reopen"), QString::number(id), QStringLiteral("--login"), kSigners.at(3).login,
            QStringLiteral("--reason"), QStringLiteral("typo"), QStringLiteral("--password-stdin")},
           kSigners.at(3).stdinLine());
    QVERIFY2(reopen.exitCode == 0, reopen.err.constData());
    const QString pdf = exportPdf(id, QStringLiteral("reopened.pdf"));

    const Run run = script({pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    const QStringList lines = signatureLines(run);
    QCOMPARE(lines.size(), 4);
    for (const QString& line : lines)
        QVERIFY2(line.endsWith(QStringLiteral(": valid, revoked")), qPrintable(line));
    QVERIFY2(run.outText().contains(
                 QStringLiteral("PDF evidence intact: record %1, 4 signatures (4 revoked), ").arg(id)),
             run.out.constData());
}

// What a signature means changed in SQL, in its column and in the payload
// it keeps, then the record exported again: the PDF prints the changed
// payload beside the old Ed25519 signature.
void TestCliAuditKit::payloadChangedInTheDatabaseFails() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    QCOMPARE(TestSupport::rawExec(m_db,
                                  QStringLiteral("UPDATE signatures SET meaning = 'Rejected', "
                                                 "payload = replace(payload, '\"Approved\"', '\"Rejected\"') "
                                                 "WHERE role = 'QA Lead'")),
             QString());
    QVERIFY(
        TestSupport::rawRows(m_db, QStringLiteral("SELECT payload FROM signatures WHERE role = 'QA Lead'"))
            .value(0)
            .contains(QStringLiteral("\"Rejected\"")));
    const QString pdf = exportPdf(id, QStringLiteral("changed.pdf"));

    const Run run = script({pdf});
    QCOMPARE(run.exitCode, 3);
    const QStringList lines = signatureLines(run);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).startsWith(
                 QStringLiteral("signature 2: QA Lead, qa (Quinn Assurance), Rejected, signed at ")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(": INVALID")), qPrintable(lines.at(1)));
    for (int i : {0, 2, 3})
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(": valid")), qPrintable(lines.at(i)));
    QVERIFY2(
        run.outText().contains(QStringLiteral(
            "FAILED: signature 2: the Ed25519 signature does not hold for the printed payload and key\n")),
        run.out.constData());
    QCOMPARE(run.outText().count(QStringLiteral("FAILED: ")), 1);
    QVERIFY2(run.outText().contains(QStringLiteral("PDF evidence NOT intact: record %1, ").arg(id)),
             run.out.constData());
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf}).exitCode, 3);
}

// The text an auditor extracted, one base64 letter of a payload changed:
// the same text unchanged holds, the changed one names its signature.
void TestCliAuditKit::oneBase64LetterChangedInTheTextFails() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    const QString text = layoutText(exportPdf(id, QStringLiteral("filed.pdf")));
    const QString original = m_dir->filePath(QStringLiteral("filed.txt"));
    QVERIFY(TestSupport::writeFile(original, text.toUtf8()));
    const Run untouched = script({QStringLiteral("--text"), original});
    QVERIFY2(untouched.exitCode == 0, qPrintable(untouched.outText() + untouched.errText()));

    // The first line of signature 3's payload run, one letter in its middle changed.
    QStringList lines = text.split(u'\n');
    const qsizetype label =
        lines.indexOf(QRegularExpression(QStringLiteral("^\\s*signature 3 payload:\\s*$")));
    QVERIFY(label >= 0);
    QString& run = lines[label + 1];
    const qsizetype at = run.size() / 2;
    QVERIFY2(run.at(at).isLetterOrNumber(), qPrintable(run));
    run[at] = run.at(at) == u'A' ? u'B' : u'A';
    const QString tampered = m_dir->filePath(QStringLiteral("tampered.txt"));
    QVERIFY(TestSupport::writeFile(tampered, lines.join(u'\n').toUtf8()));

    const Run result = script({QStringLiteral("--text"), tampered});
    QCOMPARE(result.exitCode, 3);
    const QStringList signatures = signatureLines(result);
    QCOMPARE(signatures.size(), 4);
    QVERIFY2(signatures.at(2).startsWith(QStringLiteral("signature 3: ")) &&
                 signatures.at(2).endsWith(QStringLiteral(": INVALID")),
             qPrintable(signatures.at(2)));
    QVERIFY2(
        result.outText().contains(QStringLiteral(
            "FAILED: signature 3: the Ed25519 signature does not hold for the printed payload and key\n")),
        result.out.constData());
    QVERIFY(!result.outText().contains(QStringLiteral("FAILED: signature 1")));
    QVERIFY2(result.outText().contains(QStringLiteral("PDF evidence NOT intact")), result.out.constData());
}

// A run that continues on the next page has the page's footer and the next
// page's running header between two of its lines, one of them a lone word
// of base64 letters: the script leaves them out, as PdfEvidence::read does.
void TestCliAuditKit::footerAndHeaderInsideARunAreLeftOut() {
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    QStringList lines = layoutText(exportPdf(id, QStringLiteral("filed.pdf"))).split(u'\n');
    const qsizetype label =
        lines.indexOf(QRegularExpression(QStringLiteral("^\\s*signature 1 payload:\\s*$")));
    QVERIFY(label >= 0);
    QVERIFY2(lines.at(label + 2).trimmed().size() == lines.at(label + 1).trimmed().size(),
             "the payload run has more than two full lines");
    lines.insert(label + 2, QStringLiteral("Record %1 · Content SHA-256 9b9b9b9b…").arg(id));
    lines.insert(label + 3, QStringLiteral("Page 1 of 2"));
    lines.insert(label + 4, QStringLiteral("\fSmoke"));
    lines.insert(label + 5, QStringLiteral("  Record %1 · Sealed").arg(id));
    const QString paged = m_dir->filePath(QStringLiteral("paged.txt"));
    QVERIFY(TestSupport::writeFile(paged, lines.join(u'\n').toUtf8()));

    const Run run = script({QStringLiteral("--text"), paged});
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    QCOMPARE(signatureLines(run).size(), 4);
}

void TestCliAuditKit::fileWithoutBlockOrUnreadableIsAnError() {
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(TestSupport::writeFile(notes, "Record integrity\nContent digest: 9b9b\n"));
    const Run noBlock = script({QStringLiteral("--text"), notes});
    QCOMPARE(noBlock.exitCode, 1);
    QVERIFY2(
        noBlock.errText().contains(
            QStringLiteral("%1: there is no evidence block (countersign-pdf-evidence/1) in it").arg(notes)),
        noBlock.err.constData());
    QVERIFY(noBlock.out.isEmpty());

    // Not a PDF, and no file at all.
    const QString notPdf = m_dir->filePath(QStringLiteral("notes.pdf"));
    QVERIFY(TestSupport::writeFile(notPdf, "not a PDF at all\n"));
    const Run unreadable = script({notPdf});
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.errText().contains(QStringLiteral("%1: pdftotext cannot read it").arg(notPdf)),
             unreadable.err.constData());
    const QString missing = m_dir->filePath(QStringLiteral("missing.pdf"));
    const Run absent = script({missing});
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.errText().contains(missing + QStringLiteral(": No such file")), absent.err.constData());

    // A block cut short is evidence that does not hold, not a file without one.
    const qint64 id = sealedRecord();
    QVERIFY(id > 0);
    QString text = layoutText(exportPdf(id, QStringLiteral("filed.pdf")));
    text.truncate(text.indexOf(QStringLiteral("signature 4 key:")));
    const QString cut = m_dir->filePath(QStringLiteral("cut.txt"));
    QVERIFY(TestSupport::writeFile(cut, text.toUtf8()));
    const Run cutShort = script({QStringLiteral("--text"), cut});
    QCOMPARE(cutShort.exitCode, 3);
    QVERIFY2(cutShort.outText().contains(
                 QStringLiteral("FAILED: %1: the evidence block has no \"end\" line").arg(cut)),
             cutShort.out.constData());
}

void TestCliAuditKit::badUsage() {
    const Run none = script({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.errText().contains(QStringLiteral("usage:")), none.err.constData());
    const Run unknown = script({QStringLiteral("--sideways"), QStringLiteral("x.pdf")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errText().contains(QStringLiteral("--sideways")), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAuditKit)
#include "tst_cli_auditkit.moc"
