// Sign-off in the window, end to end, offscreen, through a real MainWindow on
// a real SQLite file: every item of the built-in checklist ticked through the
// grid models, each role signed through the signature dialog opened from the
// sign-off table (login and password typed, strokes drawn with the mouse, a
// meaning picked), a wrong password refused in the dialog, the record sealed
// with read-only grids and a lock, edits refused with the reason, the
// integrity badge checked by the Verifier (and broken by tampering), and a
// reopening with a reason that revokes every signature.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/ChecklistTableModel.h"
#include "ui/MainWindow.h"
#include "ui/RecordHeader.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"
#include "ui/signing/IntegrityBadge.h"
#include "ui/signing/ReopenDialog.h"
#include "ui/signing/SignOffPanel.h"
#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureDialog.h"
#include "ui/signing/SignaturePad.h"
#include "ui/signing/SignatureRenderer.h"
#include "ui/signing/SigningActions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace {

using GuiTestSupport::child;
using GuiTestSupport::drawStroke;

const QString kPassword = QStringLiteral("correct horse 1");
const QString kActor = QStringLiteral("Quinn QA");
const QString kTitle = QStringLiteral("Release 2.4 to production");
const QString kPreDeployment = QStringLiteral("Pre-Deployment Verification");

struct SignerSpec {
    QString login;
    QString name;
    QString role;
};
// The built-in checklist's four roles, in the order they sign.
const QList<SignerSpec> kSigners = {
    {QStringLiteral("dana"), QStringLiteral("Dana Meyer"), QStringLiteral("Deployment Manager")},
    {QStringLiteral("quinn"), QStringLiteral("Quinn Anders"), QStringLiteral("QA Lead")},
    {QStringLiteral("devi"), QStringLiteral("Devi Larsen"), QStringLiteral("Development Lead")},
    {QStringLiteral("paula"), QStringLiteral("Paula Owens"), QStringLiteral("Product Owner")},
};

// A looping name and an underline.
void drawSignature(SignaturePad* pad) {
    SignatureStroke name;
    for (int i = 0; i <= 30; ++i) {
        const double t = i / 30.0;
        name << QPointF(120 + 560 * t, 160 - 60 * std::sin(t * 16.0));
    }
    drawStroke(pad, name);
    drawStroke(pad, {QPointF(140, 240), QPointF(420, 230), QPointF(760, 232)});
}

QPushButton* signButton(QDialog& dialog) {
    return child<QPushButton>(&dialog, QStringLiteral("signButton"));
}

} // namespace

class TestGuiSignFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signEveryRoleSealReopen();
    void tamperingBreaksTheBadgeAndInvalidatesSignatures();
    void unreadableTableBreaksTheBadge();

private:
    qint64 tickedRecord(MainWindow& window);
    std::unique_ptr<MainWindow> showWindow();
    // Answers the next signature dialog: checks what it shows, types, draws, picks, signs.
    void answerSignatureDialog(const SignerSpec& signer, const QString& meaning, bool wrongPasswordFirst);
    int signedRows(SignOffTableModel* model, SignatureState state) const;
    QString lastMessageText() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChecklistStore> m_store;
    QList<Prompts::Message> m_messages;
    QStringList m_dialogFailures;
    int m_dialogsAnswered = 0;
};

void TestGuiSignFlow::initTestCase() {
    TestSupport::strictWarnings();
    GuiTestSupport::dropOffscreenNoise();
    GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_signflow"));
    QSettings().setValue(SettingsKeys::kIdentityName, kActor);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("signflow.sqlite"));
    m_store = std::make_unique<ChecklistStore>();
    m_store->setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = m_store->open(m_path, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    SignOffService service(*m_store);
    for (const SignerSpec& s : kSigners) {
        const Result<qint64> added = TestAdministrator::registerSigner(
            service, *m_store, s.login, s.name, {s.role}, SecretBytes::fromText(kPassword), kActor);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
}

void TestGuiSignFlow::init() {
    TestSupport::strictWarnings();
    m_messages.clear();
    m_dialogFailures.clear();
    m_dialogsAnswered = 0;
    Prompts::resetHooks();
    Prompts::setMessageHook([this](const Prompts::Message& message) { m_messages.append(message); });
    GuiTestSupport::rejectUnexpectedDialogs();
}

void TestGuiSignFlow::cleanup() {
    Prompts::resetHooks();
}

std::unique_ptr<MainWindow> TestGuiSignFlow::showWindow() {
    return GuiTestSupport::showMainWindow(m_store.get());
}

// A new record of the built-in checklist, opened in the window, every item ticked through the grids' models.
qint64 TestGuiSignFlow::tickedRecord(MainWindow& window) {
    const Result<qint64> templateId =
        m_store->resolveTemplate(QStringLiteral("Production Deployment Checklist"));
    if (!templateId)
        return 0;
    const Result<qint64> id = m_store->createRecord(
        *templateId, {kTitle, QStringLiteral("2.4.0"), QStringLiteral("Production")}, kActor);
    if (!id || !window.openRecord(*id))
        return 0;
    for (SectionGrid* grid : window.recordView()->grids()) {
        ChecklistTableModel* model = grid->checklistModel();
        const int statusColumn = model->columnOf(ChecklistTableModel::Status);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->itemAt(row)->isGroupHeader)
                continue;
            if (!model->setData(model->index(row, statusColumn), int(ItemStatus::Done),
                                ChecklistTableModel::StatusRole))
                return 0;
        }
    }
    return *id;
}

void TestGuiSignFlow::answerSignatureDialog(const SignerSpec& signer, const QString& meaning,
                                            bool wrongPasswordFirst) {
    Prompts::setDialogHook([this, signer, meaning, wrongPasswordFirst](QDialog& dialog) {
        ++m_dialogsAnswered;
        auto fail = [this, &dialog](const QString& why) {
            m_dialogFailures << why;
            dialog.reject();
            return int(QDialog::Rejected);
        };
        auto* signature = qobject_cast<SignatureDialog*>(&dialog);
        if (!signature)
            return fail(QStringLiteral("expected the signature dialog, got %1").arg(dialog.windowTitle()));
        if (signature->role() != signer.role)
            return fail(QStringLiteral("dialog for %1, expected %2").arg(signature->role(), signer.role));
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return fail(QStringLiteral("dialog not shown"));

        // What is signed, before anything is typed.
        const QString title = child<QLabel>(&dialog, QStringLiteral("recordTitleLabel"))->text();
        const QString meta = child<QLabel>(&dialog, QStringLiteral("recordMetaLabel"))->text();
        const QString progress = child<QLabel>(&dialog, QStringLiteral("progressLabel"))->text();
        if (title != kTitle || !meta.contains(QStringLiteral("2.4.0")) ||
            !meta.contains(QStringLiteral("Production")))
            return fail(QStringLiteral("record shown as '%1' / '%2'").arg(title, meta));
        if (!progress.contains(QStringLiteral("32/32")))
            return fail(QStringLiteral("progress shown as '%1'").arg(progress));
        if (child<QLabel>(&dialog, QStringLiteral("roleValue"))->text() != signer.role)
            return fail(QStringLiteral("role not shown"));
        if (child<QLabel>(&dialog, QStringLiteral("digestValue"))->text().size() < 8)
            return fail(QStringLiteral("no content digest shown"));

        // Sign waits for login, password, a meaning and a drawing.
        QPushButton* sign = signButton(dialog);
        auto* login = child<QLineEdit>(&dialog, QStringLiteral("loginEdit"));
        auto* password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
        auto* meanings = child<QComboBox>(&dialog, QStringLiteral("meaningCombo"));
        if (sign->isEnabled())
            return fail(QStringLiteral("Sign enabled on an empty form"));
        QTest::keyClicks(login, signer.login);
        if (!child<QLabel>(&dialog, QStringLiteral("printedNameValue"))->text().contains(signer.name))
            return fail(QStringLiteral("printed name not shown for the login"));
        QTest::keyClicks(password, wrongPasswordFirst ? QStringLiteral("not my password") : kPassword);
        const int meaningIndex = meanings->findText(meaning);
        if (meaningIndex < 0)
            return fail(QStringLiteral("meaning %1 not offered").arg(meaning));
        meanings->setCurrentIndex(meaningIndex);
        if (sign->isEnabled())
            return fail(QStringLiteral("Sign enabled without a drawn signature"));
        drawSignature(signature->pad());
        if (signature->pad()->strokes().size() != 2)
            return fail(QStringLiteral("the pad took %1 strokes").arg(signature->pad()->strokes().size()));
        if (!sign->isEnabled())
            return fail(QStringLiteral("Sign disabled with everything filled in"));

        if (wrongPasswordFirst) {
            QTest::mouseClick(sign, Qt::LeftButton);
            auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
            if (!dialog.isVisible() || dialog.result() == QDialog::Accepted)
                return fail(QStringLiteral("a wrong password closed the dialog"));
            if (!error->isVisible() ||
                !error->text().contains(QStringLiteral("password"), Qt::CaseInsensitive))
                return fail(QStringLiteral("no password error shown: '%1'").arg(error->text()));
            if (!password->text().isEmpty() || sign->isEnabled())
                return fail(QStringLiteral("the wrong password was kept"));
            if (m_store->loadRecord(signature->recordId())->activeSignature(signer.role))
                return fail(QStringLiteral("a wrong password signed"));
            QTest::keyClicks(password, kPassword);
        }
        QTest::mouseClick(sign, Qt::LeftButton);
        if (dialog.result() != QDialog::Accepted)
            return fail(QStringLiteral("Sign did not accept: %1")
                            .arg(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text()));
        return dialog.result();
    });
}

int TestGuiSignFlow::signedRows(SignOffTableModel* model, SignatureState state) const {
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SignOffTableModel::StateColumn)
                .data(SignOffTableModel::SignatureStateRole)
                .toInt() == int(state))
            ++count;
    }
    return count;
}

QString TestGuiSignFlow::lastMessageText() const {
    return m_messages.isEmpty() ? QString() : m_messages.last().text;
}

void TestGuiSignFlow::signEveryRoleSealReopen() {
    auto window = showWindow();
    const qint64 recordId = tickedRecord(*window);
    QVERIFY(recordId != 0);
    RecordView* view = window->recordView();
    QVERIFY2(view->progressText().contains(QStringLiteral("32/32")), qPrintable(view->progressText()));
    SigningActions* signing = view->signingActions();
    auto* recordMenu = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuRecord"));
    QVERIFY(recordMenu);
    QVERIFY(recordMenu->actions().contains(signing->signAction()));
    QVERIFY(recordMenu->actions().contains(signing->reopenAction()));
    QVERIFY(recordMenu->actions().contains(signing->verifyAction()));
    QVERIFY(signing->signAction()->isEnabled());
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as Deployment Manager…"));
    QVERIFY(!signing->reopenAction()->isEnabled()); // nothing to reopen yet
    QVERIFY(view->header()->lockText().isEmpty());

    // The badge has run the Verifier: nothing signed, nothing broken.
    IntegrityBadge* badge = view->header()->integrityBadge();
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(badge->isIntact());
    QCOMPARE(badge->level(), IntegrityBadge::Level::Unsigned);
    QVERIFY2(badge->text().contains(QStringLiteral("intact")), qPrintable(badge->text()));

    // 1. Deployment Manager: double-click the role in the sign-off table; a wrong password first.
    SignOffPanel* panel = view->signOffPanel();
    QVERIFY(panel);
    QTableView* table = panel->view();
    QTRY_VERIFY(table->isVisible() && table->viewport()->height() > 0);
    QCOMPARE(panel->model()->roleAt(0), kSigners.at(0).role);
    answerSignatureDialog(kSigners.at(0), QStringLiteral("Approved"), true);
    const QPoint firstRow =
        table->visualRect(panel->model()->index(0, SignOffTableModel::RoleColumn)).center();
    // The first click of a double-click presses the row; the second opens it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, firstRow);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, firstRow);
    QCOMPARE(m_dialogsAnswered, 1);
    QVERIFY2(m_dialogFailures.isEmpty(), qPrintable(m_dialogFailures.join(u'\n')));
    Record record = *m_store->loadRecord(recordId);
    QCOMPARE(record.state, RecordState::Signed);
    QVERIFY(record.activeSignature(kSigners.at(0).role));
    QCOMPARE(record.activeSignature(kSigners.at(0).role)->meaning, QStringLiteral("Approved"));
    QCOMPARE(record.activeSignature(kSigners.at(0).role)->strokes.size(), 2);

    // The page was rebuilt for the signed record: the row reads valid, the grids are read-only.
    panel = view->signOffPanel();
    QCOMPARE(signedRows(panel->model(), SignatureState::Valid), 1);
    QCOMPARE(panel->model()->index(0, SignOffTableModel::StateColumn).data().toString(),
             SignatureStateText::label(SignatureState::Valid));
    QVERIFY(view->header()->lockText().startsWith(QStringLiteral("Signed — read-only")));
    SectionGrid* grid = view->gridFor(kPreDeployment);
    QVERIFY(grid);
    QVERIFY(!grid->checklistModel()->isEditable());
    QVERIFY(signing->reopenAction()->isEnabled());
    QCOMPARE(signing->signAction()->text(), QStringLiteral("&Sign as QA Lead…"));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Signed as Deployment Manager")));

    // 2. QA Lead: select the row, then the Sign button under the table.
    m_dialogsAnswered = 0;
    panel->view()->selectRow(1);
    QCOMPARE(signing->roleToSign(), kSigners.at(1).role);
    answerSignatureDialog(kSigners.at(1), QStringLiteral("Reviewed"), false);
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("signRoleButton")), Qt::LeftButton);
    QCOMPARE(m_dialogsAnswered, 1);
    QVERIFY2(m_dialogFailures.isEmpty(), qPrintable(m_dialogFailures.join(u'\n')));
    QCOMPARE(m_store->loadRecord(recordId)->activeSignature(kSigners.at(1).role)->meaning,
             QStringLiteral("Reviewed"));

    // 3. and 4.: Record ▸ Sign… offers the next role each time.
    for (int i = 2; i < kSigners.size(); ++i) {
        m_dialogsAnswered = 0;
        answerSignatureDialog(kSigners.at(i), QStringLiteral("Approved"), false);
        QVERIFY(signing->signAction()->isEnabled());
        signing->signAction()->trigger();
        QCOMPARE(m_dialogsAnswered, 1);
        QVERIFY2(m_dialogFailures.isEmpty(), qPrintable(m_dialogFailures.join(u'\n')));
    }

    // Sealed: every row valid, the grids read-only by their flags, the lock shown.
    record = *m_store->loadRecord(recordId);
    QCOMPARE(record.state, RecordState::Sealed);
    panel = view->signOffPanel();
    QCOMPARE(signedRows(panel->model(), SignatureState::Valid), 4);
    QVERIFY(!signing->signAction()->isEnabled());
    QVERIFY(!child<QPushButton>(panel, QStringLiteral("signRoleButton"))->isEnabled());
    QVERIFY(signing->reopenAction()->isEnabled());
    QVERIFY(child<QPushButton>(panel, QStringLiteral("reopenRecordButton"))->isEnabled());
    QVERIFY2(view->header()->lockText().startsWith(QStringLiteral("Sealed — read-only")),
             qPrintable(view->header()->lockText()));
    QVERIFY(child<QWidget>(view->header(), QStringLiteral("lockBanner"))->isVisible());
    QVERIFY(!view->grids().isEmpty());
    for (SectionGrid* sealedGrid : view->grids()) {
        ChecklistTableModel* model = sealedGrid->checklistModel();
        QVERIFY(!model->isEditable());
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!(model->flags(model->index(row, column)) & Qt::ItemIsEditable));
        }
        auto* lock =
            view->findChild<QWidget*>(QStringLiteral("sectionLock:%1").arg(sealedGrid->sectionTitle()));
        QVERIFY2(lock && lock->isVisible(), qPrintable(sealedGrid->sectionTitle()));
    }
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(badge->isIntact());
    QCOMPARE(badge->level(), IntegrityBadge::Level::Sealed);
    QVERIFY2(badge->text().contains(QStringLiteral("all 4 signatures valid")), qPrintable(badge->text()));

    // An edit is refused with the reason, and nothing changes.
    grid = view->gridFor(kPreDeployment);
    ChecklistTableModel* model = grid->checklistModel();
    const qint64 firstItem = model->itemAt(0)->id;
    m_messages.clear();
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, model->columnOf(ChecklistTableModel::Status)));
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY2(lastMessageText().contains(QStringLiteral("sealed")) &&
                 lastMessageText().contains(QStringLiteral("Reopen")),
             qPrintable(lastMessageText()));
    QCOMPARE(m_store->loadItem(firstItem)->status, ItemStatus::Done);
    m_messages.clear();
    const QModelIndex notes = model->index(0, model->columnOf(ChecklistTableModel::Notes));
    grid->setCurrentIndex(notes);
    QTest::keyClick(grid, 'x');
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(!grid->indexWidget(notes)); // no editor opened
    QVERIFY(m_store->loadItem(firstItem)->notes.isEmpty());

    // Verify Integrity says intact.
    m_messages.clear();
    signing->verifyAction()->trigger();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Information);
    QVERIFY2(lastMessageText().contains(QStringLiteral("is intact")), qPrintable(lastMessageText()));
    // Its counts say whose events they count: the record's trail (what the audit dock lists) apart.
    const qsizetype trailRows = m_store->auditTrail(recordId)->size();
    QVERIFY2(
        lastMessageText().contains(QStringLiteral("the %1 events of this record's trail").arg(trailRows)),
        qPrintable(lastMessageText()));
    QVERIFY2(lastMessageText().contains(QStringLiteral("events of the database's own")),
             qPrintable(lastMessageText()));

    // Reopen with a reason: a wrong password is refused first, then every signature is revoked.
    int reopenAnswers = 0;
    QString reopenFailure;
    Prompts::setDialogHook([&](QDialog& dialog) {
        ++reopenAnswers;
        if (!qobject_cast<ReopenDialog*>(&dialog)) {
            reopenFailure = QStringLiteral("expected the reopen dialog, got %1").arg(dialog.windowTitle());
            return int(QDialog::Rejected);
        }
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            reopenFailure = QStringLiteral("reopen dialog not shown");
        auto* reopen = child<QPushButton>(&dialog, QStringLiteral("reopenButton"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("loginEdit")), QStringLiteral("paula"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")),
                         QStringLiteral("wrong one"));
        if (reopen->isEnabled())
            reopenFailure = QStringLiteral("Reopen enabled without a reason");
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("reasonEdit")),
                         QStringLiteral("Smoke test failed after sign-off"));
        QTest::mouseClick(reopen, Qt::LeftButton);
        if (dialog.result() == QDialog::Accepted ||
            !child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible())
            reopenFailure = QStringLiteral("a wrong password reopened");
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), kPassword);
        QTest::mouseClick(reopen, Qt::LeftButton);
        return dialog.result();
    });
    QTest::mouseClick(child<QPushButton>(view->signOffPanel(), QStringLiteral("reopenRecordButton")),
                      Qt::LeftButton);
    QCOMPARE(reopenAnswers, 1);
    QVERIFY2(reopenFailure.isEmpty(), qPrintable(reopenFailure));
    record = *m_store->loadRecord(recordId);
    QCOMPARE(record.state, RecordState::InProgress);
    QCOMPARE(record.signatures.size(), 4);
    for (const SignatureEntry& s : std::as_const(record.signatures)) {
        QVERIFY(s.revoked);
        QCOMPARE(s.revokedReason, QStringLiteral("Smoke test failed after sign-off"));
        QCOMPARE(s.revokedBy, QStringLiteral("paula"));
    }
    // The table shows the roles waiting again and the revoked signatures below them.
    panel = view->signOffPanel();
    QCOMPARE(panel->model()->rowCount(), 8);
    QCOMPARE(signedRows(panel->model(), SignatureState::Revoked), 4);
    QCOMPARE(signedRows(panel->model(), SignatureState::Valid), 0);
    QVERIFY(panel->model()->isUnsignedRole(0));
    QCOMPARE(panel->model()->index(4, SignOffTableModel::StateColumn).data().toString(),
             SignatureStateText::label(SignatureState::Revoked));
    // Editable again, no lock.
    QVERIFY(view->header()->lockText().isEmpty());
    QVERIFY(!view->findChild<QWidget*>(QStringLiteral("sectionLock:%1").arg(kPreDeployment)));
    grid = view->gridFor(kPreDeployment);
    QVERIFY(grid->checklistModel()->isEditable());
    QVERIFY(grid->checklistModel()->flags(grid->checklistModel()->index(0, ChecklistTableModel::Status)) &
            Qt::ItemIsEditable);
    QVERIFY(signing->signAction()->isEnabled());
    QVERIFY(!signing->reopenAction()->isEnabled());
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(badge->isIntact());
    QCOMPARE(badge->level(), IntegrityBadge::Level::Unsigned);
}

void TestGuiSignFlow::tamperingBreaksTheBadgeAndInvalidatesSignatures() {
    auto window = showWindow();
    const qint64 recordId = tickedRecord(*window);
    QVERIFY(recordId != 0);
    SignOffService service(*m_store);
    for (const SignerSpec& s : kSigners) {
        const Result<SignatureEntry> signedEntry = service.sign({recordId,
                                                                 s.role,
                                                                 s.login,
                                                                 SecretBytes::fromText(kPassword),
                                                                 QStringLiteral("Approved"),
                                                                 {},
                                                                 true});
        QVERIFY2(signedEntry.ok(), qPrintable(signedEntry.error()));
    }
    RecordView* view = window->recordView();
    QCOMPARE(view->record().state, RecordState::Sealed);
    IntegrityBadge* badge = view->header()->integrityBadge();
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(badge->isIntact());

    // A note changed behind the application's back, as a tamperer would.
    const QString tampered = TestSupport::rawExec(
        m_path, QStringLiteral("UPDATE record_items SET notes = 'quietly edited' WHERE id = %1")
                    .arg(view->gridFor(kPreDeployment)->checklistModel()->itemAt(0)->id));
    QCOMPARE(tampered, QString());
    QVERIFY(view->reload().ok());

    // Every signature reads as invalidated by a later change; the badge is broken and says why.
    SignOffTableModel* model = view->signOffPanel()->model();
    QCOMPARE(signedRows(model, SignatureState::Invalidated), 4);
    QCOMPARE(model->index(0, SignOffTableModel::StateColumn).data().toString(),
             SignatureStateText::label(SignatureState::Invalidated));
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(!badge->isIntact());
    QCOMPARE(badge->level(), IntegrityBadge::Level::Broken);
    QVERIFY2(badge->text().startsWith(QStringLiteral("⚠ Integrity broken")), qPrintable(badge->text()));
    QVERIFY2(badge->toolTip().contains(QStringLiteral("quietly edited")), qPrintable(badge->toolTip()));

    // Verify Integrity names the finding.
    m_messages.clear();
    view->signingActions()->verifyAction()->trigger();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY2(lastMessageText().contains(QStringLiteral("changed after it was signed")),
             qPrintable(lastMessageText()));
}

// A table the check cannot read (an insider renamed it) is a failure the badge
// and Verify Integrity name, never "intact".
void TestGuiSignFlow::unreadableTableBreaksTheBadge() {
    auto window = showWindow();
    const qint64 recordId = tickedRecord(*window);
    QVERIFY(recordId != 0);
    SignOffService service(*m_store);
    const SignerSpec& first = kSigners.first();
    const Result<SignatureEntry> signedEntry = service.sign({recordId,
                                                             first.role,
                                                             first.login,
                                                             SecretBytes::fromText(kPassword),
                                                             QStringLiteral("Approved"),
                                                             {},
                                                             true});
    QVERIFY2(signedEntry.ok(), qPrintable(signedEntry.error()));
    RecordView* view = window->recordView();
    QVERIFY(view->reload().ok());
    IntegrityBadge* badge = view->header()->integrityBadge();
    QTRY_VERIFY(badge->isVerified());
    QVERIFY(badge->isIntact());

    QCOMPARE(TestSupport::rawExec(m_path, QStringLiteral("ALTER TABLE signers RENAME TO signers_gone")),
             QString());
    m_messages.clear();
    view->signingActions()->verifyAction()->trigger();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY2(lastMessageText().contains(QStringLiteral("cannot read signers")),
             qPrintable(lastMessageText()));
    QVERIFY(badge->isVerified());
    QVERIFY(!badge->isIntact());
    QCOMPARE(badge->level(), IntegrityBadge::Level::Broken);
    QVERIFY2(badge->toolTip().contains(QStringLiteral("cannot read signers")), qPrintable(badge->toolTip()));
    QCOMPARE(TestSupport::rawExec(m_path, QStringLiteral("ALTER TABLE signers_gone RENAME TO signers")),
             QString());
}

QTEST_MAIN(TestGuiSignFlow)
#include "tst_gui_signflow.moc"
