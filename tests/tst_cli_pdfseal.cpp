// The organisation's seal: `countersign-cli export RECORD --pdf FILE --seal
// NICKNAME` signs the report with a certificate from an NSS database
// (report/PdfSealer), and `verify --pdf` reports the seal (report/PdfSealCheck).
// The certificates are made here with certutil (libnss3-tools), and pdfsig,
// not our own code, is the independent judge of the seal.

#include "CliTestFixture.h"
#include "NssTestDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
using NssTestDatabase::kSeal;
const QString kNssPassword = QStringLiteral("nss-db-secret-1");

TestSupport::ProcessRun tool(const QString& program, const QStringList& arguments,
                             const QByteArray& input = {}) {
    TestSupport::ProcessOptions options;
    options.input = input;
    options.timeoutMs = 120000;
    return TestSupport::runProcess(program, arguments, options);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCliPdfSeal : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sealedPdfIsValidForPdfsigAndVerify();
    void sealedPdfIsStillPdfA();
    void untrustedSealIsReportedButPasses();
    void changedByteIsCaught();
    void bytesAddedAfterTheSealAreCaught();
    void databaseWithPassword();
    void refusedSealWritesNothing_data();
    void refusedSealWritesNothing();
    void sealCertsListsKeys();
    void recordThatFailsVerificationIsNotSealed();

private:
    QString exportPdf(const QString& name, const QStringList& extra = {}, const QByteArray& input = {},
                      Run* result = nullptr);

    QTemporaryDir m_nss;
    QString m_plainDb;    // no password
    QString m_passwordDb; // with kNssPassword
    QString m_emptyDb;    // trusts nothing
    qint64 m_record = 0;
};

void TestCliPdfSeal::initTestCase() {
    TestSupport::strictWarnings();
    if (TestSupport::onPostgres())
        COUNTERSIGN_NEEDS_POSTGRES();
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    if (QStandardPaths::findExecutable(QStringLiteral("certutil")).isEmpty())
        QSKIP("certutil is missing: install the Debian package libnss3-tools");
    for (const QString& program : {QStringLiteral("pdfsig"), QStringLiteral("qpdf")})
        QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
                 qPrintable(program + QStringLiteral(" is missing")));
    QVERIFY(m_nss.isValid());
    m_plainDb = m_nss.filePath(QStringLiteral("plain"));
    m_passwordDb = m_nss.filePath(QStringLiteral("password"));
    m_emptyDb = m_nss.filePath(QStringLiteral("empty"));
    QVERIFY(NssTestDatabase::make(m_plainDb, QString()));
    QVERIFY(NssTestDatabase::make(m_passwordDb, kNssPassword));
    QVERIFY(NssTestDatabase::makeEmpty(m_emptyDb));
}

void TestCliPdfSeal::init() {
    QVERIFY(startTest());
    m_record = newRecord();
    QVERIFY(m_record > 0);
}

void TestCliPdfSeal::cleanup() {
    finishTest();
}

QString TestCliPdfSeal::exportPdf(const QString& name, const QStringList& extra, const QByteArray& input,
                                  Run* result) {
    const QString path = m_dir->filePath(name);
    const Run run =
        db(QStringList{QStringLiteral("export"), QString::number(m_record), QStringLiteral("--pdf"), path} +
               extra,
           input);
    if (result)
        *result = run;
    else if (run.exitCode != 0)
        qWarning("export failed: %s", run.err.constData());
    return path;
}

void TestCliPdfSeal::sealedPdfIsValidForPdfsigAndVerify() {
    const QString plain = exportPdf(QStringLiteral("plain.pdf"));
    const QString sealed = exportPdf(QStringLiteral("sealed.pdf"), {QStringLiteral("--seal"), kSeal,
                                                                    QStringLiteral("--nss-dir"), m_plainDb});
    QVERIFY(QFileInfo::exists(sealed));

    const Run sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), m_plainDb, sealed});
    QVERIFY2(sig.outText().contains(QStringLiteral("Signature is Valid")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("Total document signed")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("Certificate is Trusted")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("ACME Release Office")), sig.out.constData());

    // The seal's field is invisible; the page says who sealed it. The unsealed PDF says nothing of a seal.
    const QString sealedText = TestSupport::pdfText(sealed, TestSupport::PdfTextOrder::Drawn).simplified();
    QVERIFY2(sealedText.contains(
                 QStringLiteral("Sealed at export with a PDF signature by CN=ACME Release "
                                "Office,O=ACME (certificate issued by CN=Test Release CA,O=ACME)")),
             qPrintable(sealedText.right(800)));
    QVERIFY(
        !TestSupport::pdfText(plain, TestSupport::PdfTextOrder::Drawn).contains(QStringLiteral("Sealed at")));

    // No system font comes with the seal: the growth is the signature itself.
    const qint64 growth = QFileInfo(sealed).size() - QFileInfo(plain).size();
    QVERIFY2(growth > 0 && growth <= 100 * 1024, qPrintable(QString::number(growth)));

    const Run verify = cli(
        {QStringLiteral("verify"), QStringLiteral("--pdf"), sealed, QStringLiteral("--nss-dir"), m_plainDb});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral("seal by CN=ACME Release Office,O=ACME: valid")),
             verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral("issuer CN=Test Release CA,O=ACME")),
             verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral("certificate trusted on this machine")),
             verify.out.constData());

    const Run json = cli({QStringLiteral("verify"), QStringLiteral("--pdf"), sealed,
                          QStringLiteral("--nss-dir"), m_plainDb, QStringLiteral("--json")});
    const QJsonObject seal = json.json().object().value(QStringLiteral("seals")).toArray().at(0).toObject();
    QCOMPARE(seal.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("covers_whole_file")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("trusted")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("reason")).toString(),
             QStringLiteral(
                 "Release sign-off record %1, sealed by Countersign; signatures inside verified at export")
                 .arg(m_record));
}

void TestCliPdfSeal::sealedPdfIsStillPdfA() {
    const QString sealed = exportPdf(QStringLiteral("sealed.pdf"), {QStringLiteral("--seal"), kSeal,
                                                                    QStringLiteral("--nss-dir"), m_plainDb});
    const Run fonts = tool(QStringLiteral("pdffonts"), {sealed});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.outText().split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(lines.size() >= 2);
    for (const QString& line : lines) {
        // emb and uni yes; the form's Helvetica is the regular face again, so not "sub"-tagged.
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\s+(yes|no)\\s+yes"))),
                 qPrintable(line));
    }
    const Run check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), sealed});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    QVERIFY2(!check.outText().contains(QStringLiteral("WARNING")) && check.err.isEmpty(),
             check.err.constData());
    const Run meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), sealed});
    QVERIFY2(meta.outText().contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")), meta.out.constData());
    QVERIFY(meta.outText().contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    const QByteArray bytes = readAll(sealed);
    QVERIFY(bytes.contains("/OutputIntents") && bytes.contains("/GTS_PDFA1"));
    QVERIFY(!bytes.contains("/SMask") && !bytes.contains("/CA ") && !bytes.contains("/ca "));
}

void TestCliPdfSeal::untrustedSealIsReportedButPasses() {
    const QString sealed = exportPdf(QStringLiteral("sealed.pdf"), {QStringLiteral("--seal"), kSeal,
                                                                    QStringLiteral("--nss-dir"), m_plainDb});
    const Run verify = cli(
        {QStringLiteral("verify"), QStringLiteral("--pdf"), sealed, QStringLiteral("--nss-dir"), m_emptyDb});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral(": valid")), verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral("certificate not trusted on this machine")),
             verify.out.constData());
}

void TestCliPdfSeal::changedByteIsCaught() {
    const QString sealed = exportPdf(QStringLiteral("sealed.pdf"), {QStringLiteral("--seal"), kSeal,
                                                                    QStringLiteral("--nss-dir"), m_plainDb});
    QByteArray bytes = readAll(sealed);
    // One byte of the XMP packet's padding, inside the first signed range:
    // the PDF still reads as before, only the seal can tell.
    const qsizetype at = bytes.indexOf("<?xpacket end");
    QVERIFY(at > 10);
    QCOMPARE(bytes.at(at - 3), ' ');
    bytes[at - 3] = 'X';
    QVERIFY(TestSupport::writeFile(sealed, bytes));

    const Run sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), m_plainDb, sealed});
    QVERIFY2(!sig.outText().contains(QStringLiteral("Signature is Valid")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("Digest Mismatch")), sig.out.constData());
    const Run verify = cli(
        {QStringLiteral("verify"), QStringLiteral("--pdf"), sealed, QStringLiteral("--nss-dir"), m_plainDb});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.outText().contains(QStringLiteral("INVALID")), verify.out.constData());
    QVERIFY2(verify.outText().contains(QStringLiteral("the signed bytes were changed")),
             verify.out.constData());
}

void TestCliPdfSeal::bytesAddedAfterTheSealAreCaught() {
    const QString sealed = exportPdf(QStringLiteral("sealed.pdf"), {QStringLiteral("--seal"), kSeal,
                                                                    QStringLiteral("--nss-dir"), m_plainDb});
    QFile file(sealed);
    QVERIFY(file.open(QIODevice::Append));
    file.write("% appended after the seal\n");
    file.close();
    const Run verify = cli(
        {QStringLiteral("verify"), QStringLiteral("--pdf"), sealed, QStringLiteral("--nss-dir"), m_plainDb});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.outText().contains(QStringLiteral("changed after it was sealed")),
             verify.out.constData());
}

void TestCliPdfSeal::databaseWithPassword() {
    const QStringList seal{QStringLiteral("--seal"), kSeal, QStringLiteral("--nss-dir"), m_passwordDb};
    Run run;
    const QString none = exportPdf(QStringLiteral("none.pdf"), seal, {}, &run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("has a password and none was given")),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(none));

    const QString wrong =
        exportPdf(QStringLiteral("wrong.pdf"), seal + QStringList{QStringLiteral("--password-stdin")},
                  "not-the-password\n", &run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("password of the NSS database")) &&
                 run.errText().contains(QStringLiteral("is wrong")),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(wrong));

    const QString good =
        exportPdf(QStringLiteral("good.pdf"), seal + QStringList{QStringLiteral("--password-stdin")},
                  kNssPassword.toUtf8() + '\n', &run);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), m_passwordDb, good});
    QVERIFY2(sig.outText().contains(QStringLiteral("Signature is Valid")), sig.out.constData());
    QVERIFY2(sig.outText().contains(QStringLiteral("Certificate is Trusted")), sig.out.constData());
    // No temporary file is left in the folder.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
}

void TestCliPdfSeal::refusedSealWritesNothing_data() {
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<QString>("nssDir"); // "" is the plain database
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown nickname") << QStringLiteral("Nobody") << QString()
                                      << QStringLiteral("no certificate with a private key named \"Nobody\"");
    QTest::newRow("expired") << QStringLiteral("Expired") << QString()
                             << QStringLiteral("\"Expired\" expired on");
    QTest::newRow("EC key") << QStringLiteral("EC Seal") << QString() << QStringLiteral("only an RSA key");
    QTest::newRow("no NSS database") << kSeal << QStringLiteral("missing")
                                     << QStringLiteral("is no NSS database");
}

void TestCliPdfSeal::refusedSealWritesNothing() {
    QFETCH(QString, nickname);
    QFETCH(QString, nssDir);
    QFETCH(QString, message);
    const QString dir = nssDir.isEmpty() ? m_plainDb : m_nss.filePath(nssDir);
    const QStringList seal{QStringLiteral("--seal"), nickname, QStringLiteral("--nss-dir"), dir};
    Run run;
    const QString fresh = exportPdf(QStringLiteral("fresh.pdf"), seal, {}, &run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(fresh));

    // A file already there stays as it was.
    const QString existing = m_dir->filePath(QStringLiteral("existing.pdf"));
    QVERIFY(TestSupport::writeFile(existing, "an older report"));
    exportPdf(QStringLiteral("existing.pdf"), seal, {}, &run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(readAll(existing), QByteArray("an older report"));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
}

void TestCliPdfSeal::sealCertsListsKeys() {
    const Run list =
        cli({QStringLiteral("seal-certs"), QStringLiteral("--nss-dir"), m_plainDb, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QStringList nicknames;
    for (const QJsonValue& c : list.json().array()) {
        nicknames << c.toObject().value(QStringLiteral("nickname")).toString();
        if (c.toObject().value(QStringLiteral("nickname")).toString() == kSeal) {
            QCOMPARE(c.toObject().value(QStringLiteral("key_type")).toString(), QStringLiteral("RSA"));
            QCOMPARE(c.toObject().value(QStringLiteral("issuer")).toString(),
                     QStringLiteral("CN=Test Release CA,O=ACME"));
        }
    }
    QVERIFY2(nicknames.contains(kSeal) && nicknames.contains(QStringLiteral("EC Seal")),
             qPrintable(nicknames.join(u',')));
    const Run text = cli({QStringLiteral("seal-certs"), QStringLiteral("--nss-dir"), m_passwordDb,
                          QStringLiteral("--password-stdin")},
                         kNssPassword.toUtf8() + '\n');
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.outText().contains(QStringLiteral("ACME Release Office")), text.out.constData());
}

void TestCliPdfSeal::recordThatFailsVerificationIsNotSealed() {
    // A state changed behind the application's back, as tst_tamper does it.
    QCOMPARE(TestSupport::rawExec(
                 m_db, QStringLiteral("UPDATE records SET state = 'sealed' WHERE id = %1").arg(m_record)),
             QString());
    Run run;
    const QString target =
        exportPdf(QStringLiteral("tampered.pdf"),
                  {QStringLiteral("--seal"), kSeal, QStringLiteral("--nss-dir"), m_plainDb}, {}, &run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("does not verify, so it is not sealed")),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestCliPdfSeal)
#include "tst_cli_pdfseal.moc"
