// Crash safety: a process making edits is SIGKILLed at random moments, over
// and over, on one SQLite file. After every kill the file must be intact
// (PRAGMA integrity_check, the Verifier) and every edit the process was told
// had committed must be there. COUNTERSIGN_KILLS sets how many kills (default 30).
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Acked {
    int revision = 0;
    QString status;
};

// PRAGMA integrity_check through a connection of its own: "ok" or what it found.
QString integrityCheck(const QString& path) {
    return TestSupport::rawRows(path, QStringLiteral("PRAGMA integrity_check")).join(QString());
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::strictWarnings(); }
    void init() { TestSupport::strictWarnings(); }

    void killedWriterLosesNoAcknowledgedEdit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        qint64 recordId = 0;
        {
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            QVERIFY(store.open(path).ok());
            const Result<qint64> templateId =
                store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
            QVERIFY(templateId.ok());
            const Result<qint64> created = store.createRecord(
                *templateId, {QStringLiteral("Crash"), QStringLiteral("1.0"), {}}, QStringLiteral("t"));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            recordId = *created;
        }

        const int kills = qEnvironmentVariableIsSet("COUNTERSIGN_KILLS")
                              ? qEnvironmentVariableIntValue("COUNTERSIGN_KILLS")
                              : 30;
        QVERIFY(kills > 0);
        QHash<qint64, Acked> newest; // per item: the last acknowledged edit
        QStringList events;
        int ackedEdits = 0;
        int killedWhileEditing = 0;
        QRandomGenerator random(QRandomGenerator::global()->generate());

        for (int kill = 0; kill < kills; ++kill) {
            QProcess driver;
            driver.setProcessChannelMode(QProcess::SeparateChannels);
            driver.start(QStringLiteral(COUNTERSIGN_EDIT_DRIVER),
                         {path, QString::number(recordId), QString::number(random.generate())});
            QVERIFY2(driver.waitForStarted(), qPrintable(driver.errorString()));
            QByteArray output;
            while (!output.contains("ready\n")) {
                QVERIFY2(driver.waitForReadyRead(10000),
                         qPrintable(QStringLiteral("the driver did not start: %1")
                                        .arg(QString::fromLocal8Bit(driver.readAllStandardError()))));
                output += driver.readAllStandardOutput();
            }
            // Kill at a random moment while it edits, reading its acknowledgements meanwhile.
            const int killAfterMs = 5 + int(random.bounded(196));
            QElapsedTimer editing;
            editing.start();
            while (editing.elapsed() < killAfterMs) {
                driver.waitForReadyRead(int(qMax<qint64>(1, killAfterMs - editing.elapsed())));
                output += driver.readAllStandardOutput();
            }
            driver.kill(); // SIGKILL: no destructor, no flush, no rollback runs
            QVERIFY(driver.waitForFinished(10000));
            output += driver.readAllStandardOutput();
            QCOMPARE(driver.exitStatus(), QProcess::CrashExit);
            const QByteArray errors = driver.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());

            const QList<QByteArray> lines = output.split('\n');
            // The last piece is an unfinished line (or empty): not acknowledged.
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> words = lines.at(i).split(' ');
                if (words.first() == "acked") {
                    QCOMPARE(words.size(), 4);
                    newest[words.at(1).toLongLong()] = {words.at(3).toInt(),
                                                        QString::fromLatin1(words.at(2))};
                    ++ackedEdits;
                } else if (words.first() == "event") {
                    events.append(QString::fromLatin1(lines.at(i)));
                }
            }
            if (lines.size() > 2)
                ++killedWhileEditing;

            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            ChecklistStore store;
            store.setBuiltInTemplate(BuiltInTemplate::load);
            const Status reopened = store.open(path, ChecklistStore::OpenMode::ExistingOnly);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            const Verifier::Report report = Verifier::verify(store);
            QVERIFY2(report.intact(),
                     qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().message));
            for (auto it = newest.constBegin(); it != newest.constEnd(); ++it) {
                const Result<ChecklistItem> item = store.loadItem(it.key());
                QVERIFY(item.ok());
                // Later unacknowledged edits may have landed too, never fewer.
                QVERIFY2(
                    item->revision >= it->revision,
                    qPrintable(QStringLiteral("item %1: revision %2 acknowledged, %3 stored after kill %4")
                                   .arg(it.key())
                                   .arg(it->revision)
                                   .arg(item->revision)
                                   .arg(kill)));
                if (item->revision == it->revision)
                    QCOMPARE(ItemStatusText::key(item->status), it->status);
            }
            QSet<QString> stored;
            const Result<QList<AuditEntry>> trail = store.auditTrail(recordId);
            QVERIFY2(trail.ok(), qPrintable(trail.error()));
            for (const AuditEntry& e : trail.value()) {
                if (e.action == u"crash_test")
                    stored.insert(e.newValue);
            }
            for (const QString& event : std::as_const(events))
                QVERIFY2(stored.contains(event),
                         qPrintable(event + QStringLiteral(" was acknowledged but is lost")));
        }
        QVERIFY2(ackedEdits > 0, "the driver never got to edit before it was killed");
        qInfo("%d kills (%d while editing), %d acknowledged edits and %d events checked, 0 lost", kills,
              killedWhileEditing, ackedEdits, int(events.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
