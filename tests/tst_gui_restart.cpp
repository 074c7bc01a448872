// The main window on a team's server that restarts and goes away while it is
// open (the team-server issue, part 4; docs/ARCHITECTURE.md "Restarts and
// network faults"): the status bar says it is reconnecting, the window comes
// back by itself, an edit made during the outage is refused visibly and never
// applied later, one made just after a restart is committed once, the undo
// stack holds exactly what was applied, and the window hears other writers
// again. Against a PostgreSQL server of this suite's own (OwnPgServer).
#include "GuiTestSupport.h"
#include "OwnPgServer.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/ChecklistTableModel.h"
#include "ui/MainWindow.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/ServerLink.h"
#include "ui/base/Prompts.h"
#include "ui/signing/SigningActions.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

namespace {
const QString kActor = QStringLiteral("Riley Reconnect");
} // namespace

class TestGuiRestart : public QObject {
    Q_OBJECT

private:
    OwnPgServer m_server;
    QString m_url;
    std::unique_ptr<ChecklistStore> m_store;
    qint64 m_recordId = 0;
    QList<Prompts::Message> m_messages;

    int notesRows(const QString& note) const {
        return TestSupport::rawValue(
            m_url, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'notes' AND new_value = '%1'")
                       .arg(note));
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_restart"));
        if (const QString why = m_server.start(); !why.isEmpty()) {
            if (TestSupport::postgresRequired())
                QFAIL(qPrintable(why + QStringLiteral(", and COUNTERSIGN_REQUIRE_PG=1 forbids skipping")));
            QSKIP(qPrintable(why));
        }
        m_url = m_server.newDatabase(QStringLiteral("gui_restart"));
        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = m_store->open(m_url);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_recordId = *m_store->createRecord(m_store->templates()->first().id,
                                            {QStringLiteral("Through restarts"), {}, {}}, kActor);
    }
    void init() {
        TestSupport::strictWarnings();
        m_messages.clear();
        Prompts::resetHooks();
        Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
        GuiTestSupport::rejectUnexpectedDialogs();
        QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    }
    void cleanup() { Prompts::resetHooks(); }
    void cleanupTestCase() { m_store.reset(); }

    void theWindowReconnectsAndAppliesEachEditOnce() {
        const std::unique_ptr<MainWindow> window = GuiTestSupport::showMainWindow(m_store.get());
        // The record's integrity check runs on a worker's connection of its own:
        // the server restarts once it is done, not under it.
        QSignalSpy verified(window->recordView()->signingActions(), &SigningActions::verified);
        QVERIFY(window->openRecord(m_recordId));
        QTRY_VERIFY_WITH_TIMEOUT(verified.size() >= 1, 10000);
        SectionGrid* grid = window->recordView()->grids().first();
        ChecklistTableModel* model = grid->checklistModel();
        QList<int> rows;
        for (int row = 0; row < model->rowCount() && rows.size() < 3; ++row) {
            if (!model->itemAt(row)->isGroupHeader)
                rows.append(row);
        }
        QCOMPARE(rows.size(), 3);
        QStatusBar* status = window->statusBar();
        QUndoStack* undo = window->undoStack();

        // Restarted under the window: the next edit finds the connection gone,
        // connects again and is committed once.
        QCOMPARE(m_server.restart(), QString());
        QVERIFY(model->setData(model->index(rows.at(0), ChecklistTableModel::Notes),
                               QStringLiteral("after the restart")));
        QCOMPARE(notesRows(QStringLiteral("after the restart")), 1);
        QCOMPARE(undo->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->currentMessage().contains(QStringLiteral("Connected to the server again")), 5000);
        QVERIFY(m_messages.isEmpty());

        // Down for a while: the window notices by itself and says so.
        // When the server goes, libpq closes the socket Qt's PostgreSQL driver
        // listens on for notifications, and Qt's event loop says so once
        // (and stops polling it). Nothing of ours can reach that notifier.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^QSocketNotifier: Invalid socket")));
        QCOMPARE(m_server.stopServer(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            status->currentMessage().startsWith(QStringLiteral("Reconnecting to the server…")),
            ServerLink::kHeartbeat.count() * 3);
        QVERIFY(window->serverLink()->isReconnecting());
        // An edit during the outage is refused with the reason, and not kept for later.
        QVERIFY(!model->setData(model->index(rows.at(1), ChecklistTableModel::Notes),
                                QStringLiteral("during the outage")));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().text.contains(QStringLiteral("reconnecting to the server")),
                 qPrintable(m_messages.first().text));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(model->index(rows.at(1), ChecklistTableModel::Notes).data().toString(), QString());

        // Back: the window reconnects on its timer and says so.
        QCOMPARE(m_server.startServer(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            status->currentMessage().contains(QStringLiteral("Connected to the server again")),
            ServerLink::kRetry.count() * 10);
        QVERIFY(!window->serverLink()->isReconnecting());
        QCOMPARE(notesRows(QStringLiteral("during the outage")), 0);

        // It listens again: another writer's change reaches the grid.
        ChecklistStore other;
        QVERIFY(other.open(m_url).ok());
        const qint64 otherItem = model->itemAt(rows.at(2))->id;
        QVERIFY(other.updateItem(otherItem, {ItemStatus::Done, QStringLiteral("from elsewhere")},
                                 QStringLiteral("Someone Else")));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(rows.at(2), ChecklistTableModel::Notes).data().toString(),
                                  QStringLiteral("from elsewhere"), 5000);

        // The refused edit, made again, is applied once; undo stays in step with the database.
        QVERIFY(model->setData(model->index(rows.at(1), ChecklistTableModel::Notes),
                               QStringLiteral("during the outage")));
        QCOMPARE(notesRows(QStringLiteral("during the outage")), 1);
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QCOMPARE(m_store->loadItem(model->itemAt(rows.at(1))->id)->notes, QString());
        undo->undo();
        QCOMPARE(m_store->loadItem(model->itemAt(rows.at(0))->id)->notes, QString());
        QCOMPARE(notesRows(QStringLiteral("after the restart")), 1);
        QVERIFY(m_messages.size() == 1);
    }
};

QTEST_MAIN(TestGuiRestart)
#include "tst_gui_restart.moc"
