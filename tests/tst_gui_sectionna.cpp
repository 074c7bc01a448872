// Mark All Not Applicable… in the window (issue 20, part 3): the hotfix's
// Staging Deployment group marked N/A with one reason, with keys alone, as one
// undoable step: the group shows the mark, Ctrl+Z restores every item.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/NotApplicableDialog.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {
const QString kActor = QStringLiteral("Hal Hotfix");
const QString kReason = QStringLiteral("Hotfix: no staging environment for this patch");
} // namespace

class TestGuiSectionNa : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_sectionna"));
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = m_store->open(m_dir.filePath(QStringLiteral("na.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void init() {
        TestSupport::strictWarnings();
        Prompts::resetHooks();
        Prompts::setMessageHook([](const Prompts::Message&) {});
        GuiTestSupport::rejectUnexpectedDialogs();
        QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    }
    void cleanup() { Prompts::resetHooks(); }

    void stagingGroupMarkedWithKeysAndUndoneInOneStep() {
        const qint64 templateId =
            m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist")).value();
        const qint64 recordId =
            m_store
                ->createRecord(templateId, {QStringLiteral("Hotfix 3.0.1"), QStringLiteral("3.0.1"), {}},
                               kActor)
                .value();
        auto window = GuiTestSupport::showMainWindow(m_store.get());
        QVERIFY(window->openRecord(recordId));
        SectionGrid* grid = window->recordView()->gridFor(QStringLiteral("Deployment Steps"));
        QVERIFY(grid);
        ChecklistTableModel* model = grid->checklistModel();
        int header = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->itemAt(row)->isGroupHeader &&
                model->data(model->index(row, 0)).toString() == u"Staging Deployment")
                header = row;
        }
        QVERIFY(header >= 0);
        QList<int> staging;
        for (int row = header + 1; row < model->rowCount() && !model->itemAt(row)->isGroupHeader; ++row)
            staging << row;
        QCOMPARE(staging.size(), 5);

        // The Record menu's entry follows the grid the user is in; nothing marked yet, so it is enabled.
        auto* menuAction = window->findChild<QAction*>(QStringLiteral("actionMarkAllNotApplicable"));
        QVERIFY(menuAction);
        grid->setFocus();
        grid->setCurrentIndex(model->index(staging.first(), model->columnOf(ChecklistTableModel::Status)));
        QVERIFY(grid->markAllNotApplicableAction()->isEnabled());
        QVERIFY(menuAction->isEnabled());

        // The dialog: OK only once a reason is written.
        int asked = 0;
        Prompts::setDialogHook([&](QDialog& dialog) {
            if (!qobject_cast<NotApplicableDialog*>(&dialog))
                return -1;
            ++asked;
            QPushButton* ok = GuiTestSupport::child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
            auto* label = GuiTestSupport::child<QLabel>(&dialog, QStringLiteral("promptLabel"));
            if (!label->text().contains(u"Staging Deployment") || ok->isEnabled())
                return -1;
            QTest::keyClicks(GuiTestSupport::child<QLineEdit>(&dialog, QStringLiteral("reasonEdit")),
                             kReason);
            if (!ok->isEnabled())
                return -1;
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog.result();
        });
        // Keys alone: Ctrl+Shift+G in the grid, the key the Record menu shows.
        QCOMPARE(menuAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        QTest::keyClick(grid, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked, 1);
        QCOMPARE(window->undoStack()->count(), 1);
        for (int row : std::as_const(staging)) {
            QCOMPARE(model->itemAt(row)->status, ItemStatus::NotApplicable);
            QCOMPARE(m_store->loadItem(model->itemAt(row)->id)->status, ItemStatus::NotApplicable);
            QCOMPARE(model->itemAt(row)->notes, kReason);
        }
        QVERIFY(model->data(model->index(header, 0))
                    .toString()
                    .contains(QStringLiteral("Not applicable: %1 (%2, ").arg(kReason, kActor)));
        QCOMPARE(m_store->recordSummary(recordId)->progress.notApplicable, 5);
        // Marked once: neither the grid's nor the menu's entry offers it again.
        QVERIFY(!grid->markAllNotApplicableAction()->isEnabled());
        QVERIFY(!menuAction->isEnabled());

        // One Ctrl+Z takes all of it back.
        QTest::keySequence(grid, QKeySequence::Undo);
        for (int row : std::as_const(staging)) {
            QCOMPARE(model->itemAt(row)->status, ItemStatus::Pending);
            QCOMPARE(model->itemAt(row)->notes, QString());
            QCOMPARE(m_store->loadItem(model->itemAt(row)->id)->status, ItemStatus::Pending);
        }
        QCOMPARE(model->data(model->index(header, 0)).toString(), QStringLiteral("Staging Deployment"));
        QCOMPARE(m_store->recordSummary(recordId)->progress.notApplicable, 0);
        QVERIFY(grid->markAllNotApplicableAction()->isEnabled());

        // The whole section, from the Record menu: its line under the title shows the mark.
        Prompts::setDialogHook([&](QDialog& dialog) {
            if (!qobject_cast<NotApplicableDialog*>(&dialog))
                return -1;
            GuiTestSupport::child<QLineEdit>(&dialog, QStringLiteral("reasonEdit"))->setText(kReason);
            QTest::mouseClick(GuiTestSupport::child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            return dialog.result();
        });
        window->findChild<QAction*>(QStringLiteral("actionMarkSectionNotApplicable"))->trigger();
        auto* line = window->findChild<QLabel*>(QStringLiteral("notApplicable:Deployment Steps"));
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().startsWith(QStringLiteral("Not applicable: %1 (%2, ").arg(kReason, kActor)),
                 qPrintable(line->text()));
        QTest::keySequence(grid, QKeySequence::Undo);
        QVERIFY(!line->isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
};

QTEST_MAIN(TestGuiSectionNa)
#include "tst_gui_sectionna.moc"
