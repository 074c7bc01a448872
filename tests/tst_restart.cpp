// A team's server that restarts or goes away under the store and the CLI
// (the team-server issue, part 4; docs/ARCHITECTURE.md "Restarts and network
// faults"). Against a PostgreSQL server of this suite's own (OwnPgServer),
// which it restarts and stops: never the pg_server fixture's, which other
// suites use at the same time. Without PostgreSQL it skips, or fails under
// COUNTERSIGN_REQUIRE_PG=1.
#include "OwnPgServer.h"
#include "ProcessRun.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {
constexpr int kWriters = 4;
constexpr int kEditsPerWriter = 20;
constexpr int kExitOutcomeUnknown = 5; // app/cli/ExitCode.h

// One CLI run that sets an item, its note naming the edit ("w2-13").
struct CliEdit {
    int writer = 0;
    int number = 0;
    int exitCode = -1;
    QString stderrText;
    QString note() const { return QStringLiteral("w%1-%2").arg(writer).arg(number); }
};
} // namespace

class TestRestart : public QObject {
    Q_OBJECT

private:
    OwnPgServer m_server;
    int m_counter = 0;
    QString m_url;
    qint64 m_recordId = 0;
    QList<qint64> m_items; // one checklist item per writer

    int rows(const QString& sql) const { return TestSupport::rawValue(m_url, sql); }
    int notesRows(const QString& note) const {
        return rows(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'notes' AND new_value = '%1'")
                .arg(note));
    }
    QStringList setArguments(qint64 item, ItemStatus status, const QString& note, const QString& by) const {
        return {QStringLiteral("set"),
                QStringLiteral("--db"),
                m_url,
                QString::number(m_recordId),
                QString::number(item),
                QStringLiteral("--status"),
                ItemStatusText::key(status),
                QStringLiteral("--note"),
                note,
                QStringLiteral("--by"),
                by};
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (const QString why = m_server.start(); !why.isEmpty()) {
            if (TestSupport::postgresRequired())
                QFAIL(qPrintable(why + QStringLiteral(", and COUNTERSIGN_REQUIRE_PG=1 forbids skipping")));
            QSKIP(qPrintable(why));
        }
    }
    void init() {
        TestSupport::strictWarnings();
        m_url = m_server.newDatabase(QStringLiteral("restart%1").arg(++m_counter));
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = store.open(m_url);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_recordId = *store.createRecord(store.templates()->first().id, {QStringLiteral("Restarts"), {}, {}},
                                         QStringLiteral("alice"));
        m_items.clear();
        const Record record = store.loadRecord(m_recordId).value();
        for (const ChecklistSection& section : record.sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader &&
                    m_items.size() < kWriters)
                    m_items.append(item.id);
            }
        }
        QCOMPARE(m_items.size(), kWriters);
    }

    // A store whose server restarted between two edits: the next edit finds
    // the connection gone, connects again by itself and is applied once; the
    // store listens again, and hears another writer after the restart.
    void aWriteAfterARestartIsAppliedOnce() {
        ChecklistStore store;
        QVERIFY(store.open(m_url).ok());
        QSignalSpy reconnected(&store, &ChecklistStore::reconnected);
        QVERIFY(store.updateItem(m_items.at(0), {ItemStatus::Done, QStringLiteral("before")},
                                 QStringLiteral("a")));
        QCOMPARE(m_server.restart(), QString());
        QVERIFY(store.connectionLost());

        const Result<ChecklistItem> after = store.updateItem(
            m_items.at(0), {ItemStatus::Failed, QStringLiteral("after")}, QStringLiteral("a"));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->revision, 2);
        QCOMPARE(notesRows(QStringLiteral("after")), 1);
        QCOMPARE(rows(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE field = 'status' AND new_value = 'failed'")),
                 1);
        QTRY_COMPARE(reconnected.size(), 1);
        QVERIFY(!store.connectionLost());

        // LISTEN again: another writer's change is heard.
        QSignalSpy elsewhere(&store, &ChecklistStore::changedElsewhere);
        QTest::qWait(200); // the reload the reconnect itself announces
        elsewhere.clear();
        ChecklistStore other;
        QVERIFY(other.open(m_url).ok());
        QVERIFY(other.updateItem(m_items.at(1), {ItemStatus::Done, QString()}, QStringLiteral("b")));
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.size() >= 1, 5000);
    }

    // A server that is down: an edit that never began is refused as not made
    // (ConnectionLost), quickly; once it is back, reconnect() and the edit work.
    void aServerThatIsDownRefusesTheEditAsNotMade() {
        ChecklistStore store;
        QVERIFY(store.open(m_url).ok());
        QCOMPARE(m_server.stopServer(), QString());
        QElapsedTimer clock;
        clock.start();
        const Result<ChecklistItem> refused = store.updateItem(
            m_items.at(0), {ItemStatus::Done, QStringLiteral("while down")}, QStringLiteral("a"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), Error::Kind::ConnectionLost);
        QVERIFY2(refused.error().contains(QStringLiteral("the change was not made")),
                 qPrintable(refused.error()));
        QVERIFY2(clock.elapsed() < 10000, "the refusal waited for the full connect timeout");
        QVERIFY(!store.reconnect().ok());
        QCOMPARE(m_server.startServer(), QString());
        const Status back = store.reconnect();
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(notesRows(QStringLiteral("while down")), 0);
        QVERIFY(store.updateItem(m_items.at(0), {ItemStatus::Done, QStringLiteral("while up")},
                                 QStringLiteral("a")));
        QCOMPARE(notesRows(QStringLiteral("while up")), 1);
    }

    // The connection drops after the edit was sent (its UPDATE waits for a
    // row lock when the server stops) and cannot be made again: the CLI
    // cannot know whether it was applied, and says so with exit status 5.
    void anEditWhoseAnswerIsLostExitsFive() {
        // The lock holder is the test's own, over TCP whatever the run's transport.
        const TestSupport::PgLocation address = TestSupport::PgLocation::parse(m_url);
        {
            QSqlDatabase locker =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("locker"));
            locker.setHostName(QStringLiteral("127.0.0.1"));
            locker.setPort(address.port);
            locker.setUserName(address.user);
            locker.setDatabaseName(address.database);
            QVERIFY2(locker.open(), qPrintable(locker.lastError().text()));
            QSqlQuery hold(locker);
            QVERIFY(hold.exec(QStringLiteral("BEGIN")));
            QVERIFY(hold.exec(
                QStringLiteral("SELECT id FROM record_items WHERE id = %1 FOR UPDATE").arg(m_items.at(2))));

            QProcess cli;
            cli.start(QStringLiteral(COUNTERSIGN_CLI_PATH),
                      setArguments(m_items.at(2), ItemStatus::Done, QStringLiteral("lost answer"),
                                   QStringLiteral("c")));
            QVERIFY(cli.waitForStarted());
            // Until its UPDATE waits for the lock: the transaction has begun.
            // (Its UPDATE runs as a prepared statement: EXECUTE in pg_stat_activity.)
            const QString waiting = QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                                   "wait_event_type = 'Lock' AND datname = '%1'")
                                        .arg(address.database);
            QTRY_VERIFY_WITH_TIMEOUT(TestSupport::rawValue(m_server.adminUrl(), waiting) == 1, 20000);
            QCOMPARE(m_server.stopServer(), QString());
            QVERIFY(cli.waitForFinished(30000));
            const QString error = QString::fromLocal8Bit(cli.readAllStandardError());
            QCOMPARE(cli.exitCode(), kExitOutcomeUnknown);
            QVERIFY2(error.contains(QStringLiteral("may or may not have been saved")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("countersign-cli show %1").arg(m_recordId)),
                     qPrintable(error));
            hold.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(m_server.startServer(), QString());
        // Present once or absent: here the server rolled it back as it stopped.
        QVERIFY(notesRows(QStringLiteral("lost answer")) <= 1);
        const TestSupport::ProcessRun again =
            TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH),
                                    setArguments(m_items.at(2), ItemStatus::Done,
                                                 QStringLiteral("lost answer"), QStringLiteral("c")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        QCOMPARE(notesRows(QStringLiteral("lost answer")), 1);
    }

    // Four CLI writers set their own item again and again while the server
    // restarts twice: every acknowledged edit (exit 0) is in the audit trail
    // exactly once, an edit refused (exit 1) is not there at all, one whose
    // outcome is unknown (exit 5) at most once, and the trail verifies.
    void fourWritersThroughRestarts() {
        QList<CliEdit> edits;
        QList<std::shared_ptr<QProcess>> processes;
        int finished = 0;
        int restarts = 0;
        QString restartError;
        std::function<void(int, int)> startEdit = [&](int writer, int number) {
            auto process = std::make_shared<QProcess>();
            processes.append(process);
            const ItemStatus status = number % 2 == 0 ? ItemStatus::Done : ItemStatus::Pending;
            CliEdit edit;
            edit.writer = writer;
            edit.number = number;
            process->start(QStringLiteral(COUNTERSIGN_CLI_PATH),
                           setArguments(m_items.at(writer), status, edit.note(),
                                        QStringLiteral("writer%1").arg(writer)));
            QObject::connect(process.get(), &QProcess::finished, this,
                             [&, process, edit](int exitCode) mutable {
                                 edit.exitCode = exitCode;
                                 edit.stderrText = QString::fromLocal8Bit(process->readAllStandardError());
                                 edits.append(edit);
                                 ++finished;
                                 // Restart the server in the middle of the run, twice, while the others keep
                                 // writing.
                                 if ((finished == kWriters * kEditsPerWriter / 3 ||
                                      finished == kWriters * kEditsPerWriter * 2 / 3) &&
                                     restarts < 2) {
                                     ++restarts;
                                     restartError += m_server.restart();
                                 }
                                 if (edit.number + 1 < kEditsPerWriter)
                                     startEdit(edit.writer, edit.number + 1);
                             });
        };
        for (int writer = 0; writer < kWriters; ++writer)
            startEdit(writer, 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished == kWriters * kEditsPerWriter, 100000);
        QCOMPARE(restartError, QString());
        QCOMPARE(restarts, 2);

        int acknowledged = 0;
        int refused = 0;
        int unknown = 0;
        for (const CliEdit& edit : std::as_const(edits)) {
            const int present = notesRows(edit.note());
            switch (edit.exitCode) {
            case 0:
                ++acknowledged;
                QVERIFY2(
                    present == 1,
                    qPrintable(
                        QStringLiteral("acknowledged %1 is there %2 times").arg(edit.note()).arg(present)));
                break;
            case 1:
                ++refused;
                QVERIFY2(present == 0, qPrintable(QStringLiteral("refused %1 is there %2 times: %3")
                                                      .arg(edit.note())
                                                      .arg(present)
                                                      .arg(edit.stderrText)));
                break;
            case kExitOutcomeUnknown:
                ++unknown;
                QVERIFY2(present <= 1, qPrintable(edit.note()));
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("%1 exited %2: %3")
                                     .arg(edit.note())
                                     .arg(edit.exitCode)
                                     .arg(edit.stderrText)));
            }
        }
        qInfo() << acknowledged << "edits acknowledged," << refused << "refused," << unknown
                << "outcome unknown";
        // Most edits get through, and the last ones (long after the restarts) all do.
        QVERIFY(acknowledged >= kWriters * kEditsPerWriter / 2);
        // No edit's rows twice, by any writer.
        QCOMPARE(rows(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT edit_id, field FROM audit_log WHERE edit_id <> '' "
                     "GROUP BY edit_id, field HAVING COUNT(*) > 1) doubled")),
                 0);
        QCOMPARE(
            rows(QStringLiteral("SELECT COUNT(*) FROM (SELECT new_value FROM audit_log WHERE field = 'notes' "
                                "GROUP BY new_value HAVING COUNT(*) > 1) doubled")),
            0);
        const TestSupport::ProcessRun verified = TestSupport::runProcess(
            QStringLiteral(COUNTERSIGN_CLI_PATH), {QStringLiteral("verify"), QStringLiteral("--db"), m_url});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.outText() + verified.errText()));
    }
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
