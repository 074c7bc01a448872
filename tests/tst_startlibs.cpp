// What a start maps: libpq (core/LibPq) and the PDF module with poppler and
// NSS (report/PdfModule) are loaded on first use, so the real programs on a
// SQLite file never map them, and a missing PDF module is a clear error from
// every command that needs it, with nothing written. The dynamic linker
// itself (LD_DEBUG=files) says what each run loaded, dlopen included.

#include "CliTestFixture.h"
#include "NssTestDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The libraries that start must not load: libpq, poppler, NSS.
const QStringList kLazy{QStringLiteral("libpq.so"), QStringLiteral("libpoppler"),
                        QStringLiteral("libnss3.so")};

// Every object the dynamic linker loaded in a run, from LD_DEBUG=files
// ("file=libfoo.so.1 [0];  needed by …" and "… dynamically loaded by …").
QStringList loadedObjects(const QByteArray& debugOutput) {
    QStringList objects;
    static const QRegularExpression file(QStringLiteral(R"(\bfile=(\S+)\s+\[\d+\];\s+(needed|dynamically))"));
    for (auto it = file.globalMatch(QString::fromLocal8Bit(debugOutput)); it.hasNext();)
        objects.append(it.next().captured(1));
    objects.removeDuplicates();
    return objects;
}

QStringList lazyAmong(const QStringList& objects) {
    QStringList found;
    for (const QString& object : objects) {
        for (const QString& lazy : kLazy) {
            if (object.contains(lazy))
                found.append(object);
        }
    }
    return found;
}
} // namespace

class TestStartLibs : public QObject, protected CliTestFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cliOnSqliteLoadsNoServerOrPdfLibrary();
    void desktopFirstPaintLoadsNoServerOrPdfLibrary();
    void serverAddressLoadsLibpq();
    void readingAPdfLoadsTheModule();
    void missingModuleIsReportedAndWritesNothing();

private:
    // The CLI under LD_DEBUG=files, with extra variables; its loaded objects in *objects.
    Run traced(const QStringList& arguments, QStringList* objects,
               const QList<QPair<QString, QString>>& extra = {}) const;
    qint64 m_record = 0;
};

void TestStartLibs::initTestCase() {
    QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    QVERIFY2(QFileInfo::exists(QStringLiteral(COUNTERSIGN_GUI_PATH)), COUNTERSIGN_GUI_PATH);
}

void TestStartLibs::init() {
    QVERIFY(startTest());
    m_record = newRecord();
    QVERIFY(m_record > 0);
}

void TestStartLibs::cleanup() {
    finishTest();
}

CliTestFixture::Run TestStartLibs::traced(const QStringList& arguments, QStringList* objects,
                                          const QList<QPair<QString, QString>>& extra) const {
    TestSupport::ProcessOptions options;
    options.environment = environment();
    options.environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    for (const auto& [name, value] : extra)
        options.environment.insert(name, value);
    options.workingDirectory = m_dir->path();
    const Run run = TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH), arguments, options);
    *objects = loadedObjects(run.err);
    return run;
}

void TestStartLibs::cliOnSqliteLoadsNoServerOrPdfLibrary() {
    QStringList objects;
    const Run list = traced({QStringLiteral("--db"), m_db, QStringLiteral("records")}, &objects);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(objects.size() > 10, qPrintable(objects.join(u' '))); // the trace was read
    QVERIFY2(lazyAmong(objects).isEmpty(), qPrintable(lazyAmong(objects).join(u' ')));
    // Writing the PDF report is the engine's own: it needs poppler no more than a listing.
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    const Run exported = traced({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                                 QString::number(m_record), QStringLiteral("--pdf"), pdf},
                                &objects);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY2(lazyAmong(objects).isEmpty(), qPrintable(lazyAmong(objects).join(u' ')));
}

void TestStartLibs::desktopFirstPaintLoadsNoServerOrPdfLibrary() {
    TestSupport::ProcessOptions options;
    options.environment = environment();
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const Run run = TestSupport::runProcess(
        QStringLiteral(COUNTERSIGN_GUI_PATH),
        {QStringLiteral("--db"), m_db, QStringLiteral("--quit-after-first-paint")}, options);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QStringLiteral("first-paint-ms:")), run.out.constData());
    const QStringList objects = loadedObjects(run.err);
    QVERIFY2(objects.size() > 10, qPrintable(objects.join(u' ')));
    QVERIFY2(lazyAmong(objects).isEmpty(), qPrintable(lazyAmong(objects).join(u' ')));
}

void TestStartLibs::serverAddressLoadsLibpq() {
    // The control for the two above: a server address is read by libpq, so
    // the trace shows it loaded (no server listens on port 1).
    QStringList objects;
    const Run run = traced({QStringLiteral("--db"),
                            QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"),
                            QStringLiteral("records")},
                           &objects);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(lazyAmong(objects).join(u' ').contains(QStringLiteral("libpq.so.5")),
             qPrintable(objects.join(u' ')));
}

void TestStartLibs::readingAPdfLoadsTheModule() {
    const QString pdf = exportPdf(m_record, QStringLiteral("report.pdf"));
    QVERIFY(!pdf.isEmpty());
    QStringList objects;
    const Run run =
        traced({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")}, &objects);
    // The PDF was read through the module: verify reports on its evidence.
    QVERIFY2(!run.err.contains("cannot read the PDF"), run.err.right(2000).constData());
    QCOMPARE(run.json().object().value(QStringLiteral("pdf")).toString(), pdf);
    const QString loaded = objects.join(u' ');
    QVERIFY2(loaded.contains(QStringLiteral("countersign_pdf.so")) &&
                 loaded.contains(QStringLiteral("libpoppler")),
             qPrintable(loaded));
    QVERIFY2(!loaded.contains(QStringLiteral("libpq.so")), qPrintable(loaded));
}

void TestStartLibs::missingModuleIsReportedAndWritesNothing() {
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const QList<QPair<QString, QString>> noModule{
        {QStringLiteral("COUNTERSIGN_PDF_MODULE_DIR"), empty.path()}};
    const QString expected = QStringLiteral("the PDF reading module %1 is missing: reinstall Countersign")
                                 .arg(QDir(empty.path()).filePath(QStringLiteral("countersign_pdf.so")));
    const QString pdf = exportPdf(m_record, QStringLiteral("report.pdf"));
    QVERIFY(!pdf.isEmpty());
    QStringList objects;

    const Run verify = traced({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf}, &objects, noModule);
    QVERIFY(verify.exitCode != 0);
    QVERIFY2(verify.err.contains(expected.toUtf8()), verify.err.right(2000).constData());

    if (QStandardPaths::findExecutable(QStringLiteral("certutil")).isEmpty())
        QSKIP("certutil is missing: install the Debian package libnss3-tools");
    const QString nss = m_dir->filePath(QStringLiteral("nss"));
    QVERIFY(NssTestDatabase::make(nss, QString()));
    const Run certs =
        traced({QStringLiteral("seal-certs"), QStringLiteral("--nss-dir"), nss}, &objects, noModule);
    QVERIFY(certs.exitCode != 0);
    QVERIFY2(certs.err.contains(expected.toUtf8()), certs.err.right(2000).constData());

    const QString sealed = m_dir->filePath(QStringLiteral("sealed.pdf"));
    const Run seal =
        traced({QStringLiteral("--db"), m_db, QStringLiteral("export"), QString::number(m_record),
                QStringLiteral("--pdf"), sealed, QStringLiteral("--seal"), NssTestDatabase::kSeal,
                QStringLiteral("--nss-dir"), nss},
               &objects, noModule);
    QVERIFY(seal.exitCode != 0);
    QVERIFY2(seal.err.contains(expected.toUtf8()), seal.err.right(2000).constData());
    QVERIFY(!QFileInfo::exists(sealed));
    // Nothing half-written beside it either (the sealer's temporary files start with a dot).
    QCOMPARE(
        QDir(m_dir->path()).entryList({QStringLiteral(".sealed.pdf*")}, QDir::Files | QDir::Hidden).size(),
        0);
}

QTEST_GUILESS_MAIN(TestStartLibs)
#include "tst_startlibs.moc"
