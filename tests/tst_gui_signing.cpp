// The sign-off widgets on a real SQLite file, offscreen: the signature pad,
// the signing, reopening and signers dialogs, the sign-off table model and
// the integrity badge. Set COUNTERSIGN_SCREENSHOTS=<dir> to save PNGs of the
// signing dialog and the sign-off table for a person to look at.
#include "GuiTestSupport.h"
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/Registry.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"
#include "ui/base/Prompts.h"
#include "ui/signing/AddSignerDialog.h"
#include "ui/signing/AdministratorPrompt.h"
#include "ui/signing/ChangePasswordDialog.h"
#include "ui/signing/EditRolesDialog.h"
#include "ui/signing/IntegrityBadge.h"
#include "ui/signing/KnownRoles.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/ReopenDialog.h"
#include "ui/signing/RolePicker.h"
#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureDelegate.h"
#include "ui/signing/SignatureDialog.h"
#include "ui/signing/SignaturePad.h"
#include "ui/signing/SignatureRenderer.h"
#include "ui/signing/SignersDialog.h"
#include "ui/signing/SignersTableModel.h"
#include "ui/signing/TypedSignatureView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>

#include <QVBoxLayout>
#include <memory>

namespace {

using GuiTestSupport::child;
using GuiTestSupport::drawStroke;

const QString kPassword = QStringLiteral("correct horse 1");

ChecklistItem item(const QString& text, const QStringList& extra = {}) {
    ChecklistItem i;
    i.text = text;
    i.extra = extra;
    return i;
}

// Two checks and two roles that sign in order, each with its own meaning.
ChecklistTemplate twoRoleTemplate() {
    ChecklistTemplate t;
    t.title = QStringLiteral("Release Sign-off");
    t.description = QStringLiteral("A release signed by QA, then by the product owner.");
    ChecklistSection checks;
    checks.title = QStringLiteral("Pre-Deployment Verification");
    checks.kind = SectionKind::Checklist;
    checks.description = QStringLiteral("");
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
    checks.statusColumn = 1;
    checks.notesColumn = 2;
    checks.items = {item(QStringLiteral("Alpha")), item(QStringLiteral("Beta"))};
    ChecklistSection signoff;
    signoff.title = QStringLiteral("Sign-off");
    signoff.kind = SectionKind::SignOff;
    signoff.description = QStringLiteral("");
    signoff.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                       QStringLiteral("Date"), QStringLiteral("Meaning")};
    signoff.items = {
        item(QStringLiteral("QA Lead"), {{}, {}, {}, QStringLiteral("Verified")}),
        item(QStringLiteral("Product Owner"), {{}, {}, {}, QStringLiteral("Approved for release")})};
    t.sections = {checks, signoff};
    return t;
}

QPushButton* button(QObject* parent, const QString& name) {
    return child<QPushButton>(parent, name);
}

// A signature-like scribble: a looping first name and an underline.
SignatureStrokes scribble() {
    SignatureStroke name;
    for (int i = 0; i <= 40; ++i) {
        const double t = i / 40.0;
        name << QPointF(120 + 560 * t, 170 - 70 * std::sin(t * 18.0) * (1.0 - 0.5 * t) - 20 * t);
    }
    const SignatureStroke underline = {QPointF(140, 238), QPointF(380, 228), QPointF(620, 224),
                                       QPointF(780, 230)};
    const SignatureStroke dot = {QPointF(720, 80)};
    return {name, underline, dot};
}

void draw(SignaturePad* pad, const SignatureStrokes& strokes) {
    for (const SignatureStroke& stroke : strokes)
        drawStroke(pad, stroke);
}

bool near(const QPointF& a, const QPointF& b, double tolerance) {
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString screenshotDir() {
    return qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
}

void saveShot(QWidget* widget, const QString& name) {
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

} // namespace

class TestGuiSigning : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 recordId = 0;
        QList<qint64> itemIds;
    };

    Fixture makeFixture(const QString& title = QStringLiteral("Checkout 4.2 to production")) {
        Fixture f;
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        const Status opened = f.store->open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_counter)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        const qint64 templateId = *f.store->addTemplate(twoRoleTemplate());
        f.recordId =
            *f.store->createRecord(templateId, {title, QStringLiteral("4.2.0"), QStringLiteral("Production")},
                                   QStringLiteral("tester"));
        const Result<Record> loaded = f.store->loadRecord(f.recordId);
        for (const ChecklistItem& i : loaded->sections.at(0).items)
            f.itemIds << i.id;
        const auto registered = [](const Result<qint64>& r) {
            if (!r)
                qFatal("%s", qPrintable(r.error()));
        };
        registered(TestAdministrator::registerSigner(
            *f.service, *f.store, QStringLiteral("qa"), QStringLiteral("Quinn Anders"),
            {QStringLiteral("QA Lead")}, SecretBytes::fromText(kPassword), QStringLiteral("admin")));
        registered(TestAdministrator::registerSigner(
            *f.service, *f.store, QStringLiteral("po"), QStringLiteral("Paula Owens"),
            {QStringLiteral("Product Owner")}, SecretBytes::fromText(kPassword), QStringLiteral("admin")));
        return f;
    }

    static void tickAll(Fixture& f) {
        for (qint64 id : std::as_const(f.itemIds))
            QVERIFY(f.store->updateItem(id, {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
    }

    static void showAndWait(QDialog& dialog) {
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

    // The sign-off table as a record page would show it, with its badge; saved
    // as a screenshot when asked for.
    static void showTable(SignOffTableModel& model, const QString& shot) {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* pill = new IntegrityBadge(&page);
        pill->setRecord(*model.record());
        layout->addWidget(pill);
        auto* view = new QTableView(&page);
        view->setModel(&model);
        view->setItemDelegateForColumn(SignOffTableModel::SignatureColumn, new SignatureDelegate(view));
        view->verticalHeader()->hide();
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(view);
        view->resizeColumnsToContents();
        view->resizeRowsToContents();
        page.resize(980, 90 + 56 * model.rowCount());
        // Settle the layout's minimum size before the window exists: the
        // offscreen platform warns when a shown window's size hints change.
        layout->activate();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(view->rowHeight(0) >= 48);
        saveShot(&page, shot);
    }

    static void fillCredentials(QDialog& dialog, const QString& login, const QString& password) {
        child<QLineEdit>(&dialog, QStringLiteral("loginEdit"))->setText(login);
        child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(password);
    }

    // Signs through the dialog, drawn or typed; returns whether it accepted.
    static bool signThroughDialog(Fixture& f, const QString& role, const QString& login, bool typed) {
        SignatureDialog dialog(*f.store, *f.service, f.recordId, role);
        showAndWait(dialog);
        fillCredentials(dialog, login, kPassword);
        if (typed)
            child<QCheckBox>(&dialog, QStringLiteral("typedCheck"))->setChecked(true);
        else
            draw(dialog.pad(), scribble());
        QTest::mouseClick(button(&dialog, QStringLiteral("signButton")), Qt::LeftButton);
        return dialog.result() == QDialog::Accepted;
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        QVERIFY(m_dir.isValid());
    }

    void padRecordsStrokesInPadCoordinates() {
        SignaturePad pad;
        pad.resize(600, 180);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QVERIFY(pad.isEmpty());
        QSignalSpy changed(&pad, &SignaturePad::strokesChanged);

        const QRectF sheet = pad.sheetRect();
        QCOMPARE(qRound(sheet.width() * 3), qRound(sheet.height() * 10));
        drawStroke(&pad, {QPointF(100, 150), QPointF(300, 90), QPointF(500, 200), QPointF(900, 120)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pad.strokes().size(), 1);
        const SignatureStroke stroke = pad.strokes().first();
        QCOMPARE(stroke.size(), 4);
        // Within a pixel's worth of pad units of where the mouse went.
        const double pixel = 1000.0 / sheet.width() + 0.01;
        QVERIFY2(near(stroke.first(), QPointF(100, 150), pixel),
                 qPrintable(QString::number(stroke.first().x())));
        QVERIFY(near(stroke.at(2), QPointF(500, 200), pixel));
        QVERIFY(near(stroke.last(), QPointF(900, 120), pixel));

        // Off the sheet: clamped to its edge, so the engine accepts every point.
        const QPoint outside = (sheet.bottomRight() + QPointF(40, 40)).toPoint();
        QTest::mousePress(&pad, Qt::LeftButton, Qt::NoModifier, sheet.center().toPoint());
        QMouseEvent move(QEvent::MouseMove, QPointF(outside), pad.mapToGlobal(QPointF(outside)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&pad, &move);
        QTest::mouseRelease(&pad, Qt::LeftButton, Qt::NoModifier, outside);
        QCOMPARE(pad.strokes().size(), 2);
        QCOMPARE(pad.strokes().at(1).last(), QPointF(1000, 300));
        QVERIFY(StrokeJson::read(StrokeJson::write(pad.strokes())).ok());

        // A move without the button held draws nothing.
        QMouseEvent hover(QEvent::MouseMove, sheet.center(), pad.mapToGlobal(sheet.center()), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&pad, &hover);
        QCOMPARE(pad.strokes().size(), 2);

        // Vectors: resizing the widget changes nothing stored.
        const SignatureStrokes before = pad.strokes();
        pad.resize(900, 400);
        QCOMPARE(pad.strokes(), before);
        QCOMPARE(qRound(pad.sheetRect().width() * 3), qRound(pad.sheetRect().height() * 10));

        pad.undoLastStroke();
        QCOMPARE(pad.strokes().size(), 1);
        pad.clear();
        QVERIFY(pad.isEmpty());
        QCOMPARE(changed.count(), 4);
        // setStrokes keeps the store's precision, a tenth of a pad unit.
        pad.setStrokes(scribble());
        QCOMPARE(pad.strokes(), *StrokeJson::read(StrokeJson::write(scribble())));
    }

    void padTakesPenAndTouch() {
        SignaturePad pad;
        pad.resize(600, 180);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        const QRectF sheet = pad.sheetRect();
        const auto at = [&sheet](double x, double y) {
            return SignatureRenderer::toTarget(QPointF(x, y), sheet);
        };

        // A pen: tablet press, moves with pressure, release.
        const QPointingDevice* pen = QPointingDevice::primaryPointingDevice();
        const auto tablet = [&](QEvent::Type type, const QPointF& p, qreal pressure) {
            QTabletEvent event(type, pen, p, pad.mapToGlobal(p), pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                               Qt::LeftButton, type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QApplication::sendEvent(&pad, &event);
        };
        tablet(QEvent::TabletPress, at(100, 100), 0.5);
        tablet(QEvent::TabletMove, at(200, 150), 0.6);
        tablet(QEvent::TabletMove, at(300, 120), 0.7);
        tablet(QEvent::TabletRelease, at(300, 120), 0);
        QCOMPARE(pad.strokes().size(), 1);
        QCOMPARE(pad.strokes().first().size(), 3);

        // A finger.
        // QTest hands the device over to the caller; it unregisters itself when deleted.
        const std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
        QPointingDevice* finger = device.get();
        QTest::touchEvent(&pad, finger).press(0, at(500, 100).toPoint());
        QTest::touchEvent(&pad, finger).move(0, at(600, 200).toPoint());
        QTest::touchEvent(&pad, finger).move(0, at(700, 150).toPoint());
        QTest::touchEvent(&pad, finger).release(0, at(700, 150).toPoint());
        QCOMPARE(pad.strokes().size(), 2);
        QVERIFY(pad.strokes().at(1).size() >= 3);
        QVERIFY(near(pad.strokes().at(1).first(), QPointF(500, 100), 1000.0 / sheet.width() + 0.1));
    }

    void rendererDrawsStrokesAndTypedNames() {
        QImage image(500, 150, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            SignatureRenderer::paint(painter, QRectF(image.rect()),
                                     SignatureStrokes{{QPointF(0, 150), QPointF(1000, 150)}});
        }
        // A horizontal line through the middle of the pad is drawn at mid height.
        QVERIFY(image.pixelColor(250, 75) != QColor(Qt::white));
        QCOMPARE(image.pixelColor(250, 10), QColor(Qt::white));

        QImage typed(500, 150, QImage::Format_ARGB32);
        typed.fill(Qt::white);
        {
            QPainter painter(&typed);
            SignatureRenderer::paintTyped(painter, QRectF(typed.rect()), QStringLiteral("Quinn Anders"));
        }
        int inked = 0;
        for (int y = 0; y < typed.height(); ++y) {
            for (int x = 0; x < typed.width(); ++x)
                inked += typed.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
        QVERIFY(inked > 200);

        // In a small cell, fitting the ink draws larger than fitting the whole pad.
        const SignatureStrokes small = {{QPointF(450, 140), QPointF(550, 160)}};
        const auto inkedWidth = [&small](SignatureRenderer::Fit fit) {
            QImage cell(200, 60, QImage::Format_ARGB32);
            cell.fill(Qt::white);
            {
                QPainter painter(&cell);
                SignatureRenderer::paint(painter, QRectF(cell.rect()), small, fit);
            }
            int left = cell.width(), right = -1;
            for (int y = 0; y < cell.height(); ++y) {
                for (int x = 0; x < cell.width(); ++x) {
                    if (cell.pixelColor(x, y) != QColor(Qt::white)) {
                        left = std::min(left, x);
                        right = std::max(right, x);
                    }
                }
            }
            return right - left;
        };
        QVERIFY(inkedWidth(SignatureRenderer::Fit::Ink) > inkedWidth(SignatureRenderer::Fit::Pad));
    }

    // The record's title is signed: the dialog shows it as written, never as
    // HTML, which would hide a comment and show the tags' words alone.
    void recordTextIsShownAsWritten() {
        const QString title = QStringLiteral("<b>Checkout 4.2</b><!-- EXCEPT: 3 HIGH CVEs waived -->");
        Fixture f = makeFixture(title);
        SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("QA Lead"));
        showAndWait(dialog);
        for (const QString& name :
             {QStringLiteral("recordTitleLabel"), QStringLiteral("recordMetaLabel"),
              QStringLiteral("progressLabel"), QStringLiteral("roleValue"), QStringLiteral("templateValue")})
            QCOMPARE(child<QLabel>(&dialog, name)->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("recordTitleLabel"))->text(), title);
    }

    // 32 open items of the built-in template: the dialog names the first
    // five as the grid shows them (section, group, position, text), offers
    // the rest behind a link, and fits the screen before and after.
    void longRefusalCollapsesAndFitsTheScreen() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("long%1.sqlite").arg(++m_counter))).ok());
        SignOffService service(store);
        const Result<qint64> templateId =
            store.resolveTemplate(QStringLiteral("Production Deployment Checklist"));
        QVERIFY(templateId.ok());
        const Result<qint64> recordId = store.createRecord(
            *templateId,
            {QStringLiteral("Release 2.4"), QStringLiteral("2.4.0"), QStringLiteral("Production")},
            QStringLiteral("tester"));
        QVERIFY(recordId.ok());
        SignatureDialog dialog(store, service, *recordId, QStringLiteral("Deployment Manager"));
        showAndWait(dialog);
        auto* banner = child<QLabel>(&dialog, QStringLiteral("blockedBanner"));
        QVERIFY(banner->isVisible());
        const QRect screen = dialog.screen()->availableGeometry();
        const auto fits = [&] {
            QCoreApplication::processEvents();
            // Within this screen, and no taller than a 1024×700 one.
            return screen.contains(dialog.frameGeometry()) && dialog.frameGeometry().height() <= 700;
        };
        QVERIFY2(banner->text().contains(
                     QStringLiteral("Pre-Deployment Verification ▸ 1. All acceptance tests pass (Pending)")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("[1]")));
        QVERIFY(!banner->text().contains(QStringLiteral("Create deployment branch")));
        QVERIFY2(banner->text().contains(QStringLiteral("Show all 32")), qPrintable(banner->text()));
        QVERIFY2(fits(),
                 qPrintable(QStringLiteral("%1 on %2")
                                .arg(QDebug::toString(dialog.frameGeometry()), QDebug::toString(screen))));
        QVERIFY(button(&dialog, QStringLiteral("signButton"))->isVisible());

        Q_EMIT banner->linkActivated(QStringLiteral("#all"));
        QVERIFY2(banner->text().contains(QStringLiteral(
                     "Deployment Steps ▸ Preparation ▸ 1. Create deployment branch (Pending)")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(
            QStringLiteral("Post-Deployment Verification ▸ 6. User feedback collected")));
        QVERIFY(!banner->text().contains(QStringLiteral("Show all")));
        QVERIFY2(fits(), qPrintable(QDebug::toString(dialog.frameGeometry())));
        // The list scrolls within a third of the screen.
        QVERIFY(child<QScrollArea>(&dialog, QStringLiteral("blockedScroll"))->height() <=
                screen.height() / 3);
    }

    void signWaitsForLoginPasswordMeaningAndSignature() {
        Fixture f = makeFixture();
        tickAll(f);
        SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("QA Lead"));
        showAndWait(dialog);
        QVERIFY(dialog.isSigningAllowed());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("blockedBanner"))->isVisible());
        QPushButton* sign = button(&dialog, QStringLiteral("signButton"));
        auto* meaning = child<QComboBox>(&dialog, QStringLiteral("meaningCombo"));
        // The role's own meaning from the template comes first.
        QCOMPARE(meaning->currentText(), QStringLiteral("Verified"));
        QVERIFY(meaning->findText(QStringLiteral("Approved for release")) >= 0);
        QVERIFY(meaning->isEditable());
        QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->echoMode(), QLineEdit::Password);

        // What is signed: the role, the record and the digest, short with the full one in the tooltip.
        const Record record = *f.store->loadRecord(f.recordId);
        const QString digest = ContentDigest::digest(record, ContentDigest::kSigningFormat);
        auto* digestLabel = child<QLabel>(&dialog, QStringLiteral("digestValue"));
        QVERIFY(digestLabel->text().startsWith(digest.left(16)));
        QVERIFY(!digestLabel->text().contains(digest.mid(16)));
        QVERIFY(digestLabel->toolTip().contains(digest));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("roleValue"))->text(), QStringLiteral("QA Lead"));
        QVERIFY(
            child<QLabel>(&dialog, QStringLiteral("progressLabel"))->text().contains(QStringLiteral("2/2")));
        // The time shown is the application's clock (the store's), ticking on its own.
        auto* signedAt = child<QLabel>(&dialog, QStringLiteral("signedAtLabel"));
        QVERIFY(signedAt->text().contains(QStringLiteral("UTC")));
        const QDateTime fixed(QDate(2025, 3, 14), QTime(8, 26, 53), Qt::UTC);
        f.store->setClock([fixed] { return fixed; });
        QTRY_VERIFY_WITH_TIMEOUT(
            signedAt->text().contains(fixed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            2500);

        QVERIFY(!sign->isEnabled());
        child<QLineEdit>(&dialog, QStringLiteral("loginEdit"))->setText(QStringLiteral("qa"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("printedNameValue"))->text(),
                 QStringLiteral("Quinn Anders"));
        QVERIFY(!sign->isEnabled());
        child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(kPassword);
        QVERIFY(!sign->isEnabled()); // no signature yet
        drawStroke(dialog.pad(), {QPointF(100, 100), QPointF(400, 200)});
        QVERIFY(sign->isEnabled());
        meaning->setEditText(QStringLiteral("   "));
        QVERIFY(!sign->isEnabled());
        meaning->setEditText(QStringLiteral("Reviewed the test evidence"));
        QVERIFY(sign->isEnabled());
        QTest::mouseClick(button(&dialog, QStringLiteral("clearButton")), Qt::LeftButton);
        QVERIFY(dialog.pad()->isEmpty());
        QVERIFY(!sign->isEnabled());
        // A typed signature stands in for the drawing, shown in the script font.
        child<QCheckBox>(&dialog, QStringLiteral("typedCheck"))->setChecked(true);
        QVERIFY(sign->isEnabled());
        QCOMPARE(child<TypedSignatureView>(&dialog, QStringLiteral("typedView"))->printedName(),
                 QStringLiteral("Quinn Anders"));
        QVERIFY(child<TypedSignatureView>(&dialog, QStringLiteral("typedView"))->isVisible());
        QVERIFY(!dialog.pad()->isVisible());
        saveShot(&dialog, QStringLiteral("signature-dialog-typed.png"));

        // Cancel changes nothing.
        QTest::mouseClick(button(&dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(f.store->signatures(f.recordId)->isEmpty());
    }

    void aPasswordFieldIsEmptiedAndLetsGoOfItsText() {
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        QTest::keyClicks(&edit, QStringLiteral("correct horse 1"));
        {
            // What take() relies on to overwrite the typed buffer: once the
            // field is set empty, nothing but the caller's copy holds it.
            QString text = edit.text();
            QVERIFY(!text.isDetached());
            edit.setText(QString());
            QVERIFY(text.isDetached());
        }
        QTest::keyClicks(&edit, QStringLiteral("correct hors"));
        edit.insert(QStringLiteral("é 1")); // QTest types ASCII only
        const SecretBytes password = PasswordField::take(&edit);
        QCOMPARE(QByteArray(password.chars(), password.size()), QStringLiteral("correct horsé 1").toUtf8());
        QCOMPARE(password.textLength(), 15);
        QVERIFY(edit.text().isEmpty());
        QVERIFY(!edit.isUndoAvailable());
    }

    void blockingItemsAreShownAndSignStaysDisabled() {
        Fixture f = makeFixture();
        SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("QA Lead"));
        showAndWait(dialog);
        QVERIFY(!dialog.isSigningAllowed());
        auto* banner = child<QLabel>(&dialog, QStringLiteral("blockedBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Alpha")) &&
                     banner->text().contains(QStringLiteral("Beta")),
                 qPrintable(banner->text()));
        fillCredentials(dialog, QStringLiteral("qa"), kPassword);
        child<QCheckBox>(&dialog, QStringLiteral("typedCheck"))->setChecked(true);
        QVERIFY(!button(&dialog, QStringLiteral("signButton"))->isEnabled());
        saveShot(&dialog, QStringLiteral("signature-dialog-blocked.png"));

        // The dialog follows the store: once the items are done, signing opens up.
        tickAll(f);
        QVERIFY(dialog.isSigningAllowed());
        QVERIFY(!banner->isVisible());
        fillCredentials(dialog, QStringLiteral("qa"), kPassword);
        QVERIFY(button(&dialog, QStringLiteral("signButton"))->isEnabled());

        // The second role waits for the first.
        SignatureDialog second(*f.store, *f.service, f.recordId, QStringLiteral("Product Owner"));
        showAndWait(second);
        QVERIFY(!second.isSigningAllowed());
        QVERIFY(child<QLabel>(&second, QStringLiteral("blockedBanner"))
                    ->text()
                    .contains(QStringLiteral("QA Lead")));
    }

    void wrongPasswordShowsErrorAndStoresNothing() {
        Fixture f = makeFixture();
        tickAll(f);
        SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("QA Lead"));
        showAndWait(dialog);
        fillCredentials(dialog, QStringLiteral("qa"), QStringLiteral("not the password"));
        draw(dialog.pad(), scribble());
        auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(button(&dialog, QStringLiteral("signButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("password is wrong")), qPrintable(error->text()));
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
        QVERIFY(!button(&dialog, QStringLiteral("signButton"))->isEnabled());
        QVERIFY(!dialog.pad()->isEmpty()); // the drawing stays for the next try
        saveShot(&dialog, QStringLiteral("signature-dialog-error.png"));
        QVERIFY(f.store->signatures(f.recordId)->isEmpty());
        QVERIFY(!dialog.signature());
    }

    // Decline… in the signature dialog, while items are still pending: a
    // reason asked for, the refusal stored, and the sign-off table says so.
    void declineWithAReasonFromTheDialog() {
        Fixture f = makeFixture();
        SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("Product Owner"));
        showAndWait(dialog);
        QVERIFY(!dialog.isSigningAllowed()); // QA Lead first, and items pending
        QPushButton* decline = button(&dialog, QStringLiteral("declineButton"));
        QVERIFY(!decline->isEnabled()); // login and password first
        // Signing is blocked, but login and password can be typed for a refusal.
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("loginEdit"))->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("meaningCombo"))->isEnabled());
        fillCredentials(dialog, QStringLiteral("po"), kPassword);
        QVERIFY(decline->isEnabled());
        saveShot(&dialog, QStringLiteral("signature-dialog-decline.png"));

        // Cancelled at the reason: nothing stored, the dialog stays.
        Prompts::setDialogHook([](QDialog&) { return int(QDialog::Rejected); });
        QTest::mouseClick(decline, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(f.store->loadRecord(f.recordId)->declines.isEmpty());

        // The reason dialog wants a reason before it lets Decline through.
        const QString reason = QStringLiteral("The rollback was not rehearsed on staging");
        bool confirmWasDisabled = false;
        Prompts::setDialogHook([&](QDialog& ask) {
            auto* edit = ask.findChild<QPlainTextEdit*>(QStringLiteral("declineReasonEdit"));
            auto* confirm = ask.findChild<QPushButton*>(QStringLiteral("declineConfirmButton"));
            if (!edit || !confirm)
                return int(QDialog::Rejected);
            confirmWasDisabled = !confirm->isEnabled();
            edit->setPlainText(reason);
            if (!confirm->isEnabled())
                return int(QDialog::Rejected);
            saveShot(&ask, QStringLiteral("decline-reason.png"));
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(decline, Qt::LeftButton);
        Prompts::resetHooks();
        QVERIFY(confirmWasDisabled);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.declined());
        QVERIFY(!dialog.signature());
        const Record record = f.store->loadRecord(f.recordId).value();
        QCOMPARE(record.declines.size(), 1);
        QCOMPARE(record.declines.first().reason, reason);
        QCOMPARE(record.state, RecordState::InProgress);

        // The sign-off table shows who declined and why.
        SignOffTableModel model(*f.store);
        model.setRecordId(f.recordId);
        const int row = 1; // Product Owner
        QCOMPARE(model.index(row, SignOffTableModel::NameColumn).data().toString(),
                 QStringLiteral("Paula Owens"));
        QCOMPARE(model.index(row, SignOffTableModel::SignatureColumn).data().toString(),
                 QStringLiteral("Declined: %1").arg(reason));
        QCOMPARE(model.index(row, SignOffTableModel::StateColumn).data().toString(),
                 QStringLiteral("Declined"));
        const QString tip = model.index(row, SignOffTableModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Declined by Paula Owens") && tip.contains(u"once the record has changed"),
                 qPrintable(tip));
        QVERIFY(model.isUnsignedRole(row));
        showTable(model, QStringLiteral("signoff-table-declined.png"));

        // A changed record: the tooltip says the role can sign now.
        QVERIFY(
            f.store->updateItem(f.itemIds.first(), {ItemStatus::Done, {}}, QStringLiteral("tester")).ok());
        model.refresh();
        QVERIFY(model.index(row, SignOffTableModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"can sign now"));
    }

    void signingEveryRoleSealsTheRecord() {
        Fixture f = makeFixture();
        SignOffTableModel model(*f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecordId(f.recordId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.roleAt(0), QStringLiteral("QA Lead"));
        QVERIFY(model.isUnsignedRole(0) && model.isUnsignedRole(1));
        QCOMPARE(model.index(0, SignOffTableModel::SignatureColumn).data().toString(),
                 QStringLiteral("Not signed"));
        QCOMPARE(IntegrityBadge::assess(*model.record()).level, IntegrityBadge::Level::Unsigned);

        tickAll(f);
        QSignalSpy added(f.store.get(), &ChecklistStore::recordStateChanged);
        SignatureStrokes drawn;
        {
            SignatureDialog dialog(*f.store, *f.service, f.recordId, QStringLiteral("QA Lead"));
            showAndWait(dialog);
            fillCredentials(dialog, QStringLiteral("qa"), kPassword);
            draw(dialog.pad(), scribble());
            drawn = dialog.pad()->strokes();
            QCOMPARE(drawn.size(), 3);
            saveShot(&dialog, QStringLiteral("signature-dialog.png"));
            QSignalSpy signedSpy(&dialog, &SignatureDialog::signatureAdded);
            // While the engine signs (the store reports the signature from
            // inside it), the dialog says why it is busy, and the password
            // field is already empty.
            auto* busy = child<QLabel>(&dialog, QStringLiteral("busyLabel"));
            QVERIFY(!busy->isVisible());
            QString busyWhileSigning;
            bool passwordLeftInField = true;
            const QMetaObject::Connection during =
                connect(f.store.get(), &ChecklistStore::recordStateChanged, &dialog, [&] {
                    busyWhileSigning = busy->isVisible() ? busy->text() : QString();
                    passwordLeftInField =
                        !child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty();
                });
            QTest::mouseClick(button(&dialog, QStringLiteral("signButton")), Qt::LeftButton);
            disconnect(during);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(signedSpy.count(), 1);
            QVERIFY(dialog.signature());
            QVERIFY2(busyWhileSigning.contains(QStringLiteral("takes about a second")),
                     qPrintable(busyWhileSigning));
            QVERIFY(!passwordLeftInField);
            QVERIFY(!busy->isVisible());
        }
        QCOMPARE(added.count(), 1);
        const QList<SignatureEntry> signatures = f.store->signatures(f.recordId).value();
        QCOMPARE(signatures.size(), 1);
        const SignatureEntry& qa = signatures.first();
        QCOMPARE(qa.role, QStringLiteral("QA Lead"));
        QCOMPARE(qa.printedName, QStringLiteral("Quinn Anders"));
        QCOMPARE(qa.meaning, QStringLiteral("Verified"));
        QVERIFY(!qa.typed);
        // Exactly what was drawn: the pad keeps the store's precision.
        QCOMPARE(qa.strokes, drawn);
        // The model followed the store.
        QVERIFY(!model.isUnsignedRole(0));
        QCOMPARE(model.index(0, SignOffTableModel::NameColumn).data().toString(),
                 QStringLiteral("Quinn Anders"));
        QCOMPARE(model.index(0, SignOffTableModel::SignatureColumn)
                     .data(SignOffTableModel::StrokesRole)
                     .value<SignatureStrokes>()
                     .size(),
                 3);
        QCOMPARE(IntegrityBadge::assess(*model.record()).text, QStringLiteral("Signed 1 of 2"));

        // The Product Owner signs with a typed signature.
        QVERIFY(signThroughDialog(f, QStringLiteral("Product Owner"), QStringLiteral("po"), true));
        const Record record = *f.store->loadRecord(f.recordId);
        QCOMPARE(record.state, RecordState::Sealed);
        const SignatureEntry* po = record.activeSignature(QStringLiteral("Product Owner"));
        QVERIFY(po);
        QVERIFY(po->typed);
        QVERIFY(po->strokes.isEmpty());
        QCOMPARE(po->printedName, QStringLiteral("Paula Owens"));
        QCOMPARE(po->meaning, QStringLiteral("Approved for release"));

        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(model.index(row, SignOffTableModel::StateColumn).data().toString(),
                     SignatureStateText::label(SignatureState::Valid));
            QCOMPARE(model.index(row, SignOffTableModel::StateColumn)
                         .data(SignOffTableModel::SignatureStateRole)
                         .toInt(),
                     int(SignatureState::Valid));
            QVERIFY(model.index(row, SignOffTableModel::DateColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("UTC")));
        }
        QCOMPARE(model.index(1, SignOffTableModel::SignatureColumn).data().toString(),
                 QStringLiteral("Paula Owens"));
        QVERIFY(
            model.index(1, SignOffTableModel::SignatureColumn).data(SignOffTableModel::TypedRole).toBool());

        const IntegrityBadge::Assessment sealed = IntegrityBadge::assess(record);
        QCOMPARE(sealed.level, IntegrityBadge::Level::Sealed);
        QVERIFY2(sealed.text.contains(QStringLiteral("all 2 signatures valid")), qPrintable(sealed.text));
        IntegrityBadge badge;
        connect(&model, &SignOffTableModel::recordReloaded, &badge,
                qOverload<const Record&>(&IntegrityBadge::setRecord));
        model.refresh();
        QCOMPARE(badge.level(), IntegrityBadge::Level::Sealed);
        QCOMPARE(badge.text(), sealed.text);

        // A record whose content no longer matches its signatures reads as invalid.
        Record changed = record;
        changed.sections[0].items[0].notes = QStringLiteral("edited behind the signatures");
        const IntegrityBadge::Assessment invalid = IntegrityBadge::assess(changed);
        QCOMPARE(invalid.level, IntegrityBadge::Level::Invalid);
        QVERIFY2(invalid.text.contains(QStringLiteral("Signature invalid")), qPrintable(invalid.text));

        // The table as the record page will show it.
        showTable(model, QStringLiteral("signoff-table.png"));
    }

    void reopenDialogRevokesEverySignature() {
        Fixture f = makeFixture();
        tickAll(f);
        QVERIFY(f.service
                    ->sign({f.recordId, QStringLiteral("QA Lead"), QStringLiteral("qa"),
                            SecretBytes::fromText(kPassword), QStringLiteral("Verified"), scribble(), false})
                    .ok());
        QVERIFY(f.service
                    ->sign({f.recordId,
                            QStringLiteral("Product Owner"),
                            QStringLiteral("po"),
                            SecretBytes::fromText(kPassword),
                            QStringLiteral("Approved"),
                            {},
                            true})
                    .ok());
        SignOffTableModel model(*f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecordId(f.recordId);
        QCOMPARE(model.rowCount(), 2);

        ReopenDialog dialog(*f.store, *f.service, f.recordId);
        showAndWait(dialog);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("warningLabel"))
                    ->text()
                    .contains(QStringLiteral("revoked")));
        saveShot(&dialog, QStringLiteral("reopen-dialog.png"));
        QPushButton* reopen = button(&dialog, QStringLiteral("reopenButton"));
        fillCredentials(dialog, QStringLiteral("po"), QStringLiteral("wrong password"));
        QVERIFY(!reopen->isEnabled()); // a reason is required
        child<QPlainTextEdit>(&dialog, QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Smoke test failed"));
        QVERIFY(reopen->isEnabled());
        QTest::mouseClick(reopen, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(f.store->loadRecord(f.recordId)->state, RecordState::Sealed);

        child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(kPassword);
        QTest::mouseClick(reopen, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Record record = *f.store->loadRecord(f.recordId);
        QCOMPARE(record.state, RecordState::InProgress);
        for (const SignatureEntry& s : record.signatures) {
            QVERIFY(s.revoked);
            QCOMPARE(s.revokedReason, QStringLiteral("Smoke test failed"));
        }
        // Both roles wait again; the revoked signatures follow, greyed.
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isUnsignedRole(0) && model.isUnsignedRole(1));
        QVERIFY(!model.isUnsignedRole(2));
        QVERIFY(model.index(2, 0).data(SignOffTableModel::RevokedRole).toBool());
        QCOMPARE(model.index(2, SignOffTableModel::StateColumn).data().toString(),
                 SignatureStateText::label(SignatureState::Revoked));
        QVERIFY(model.index(3, SignOffTableModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Smoke test failed")));
        QCOMPARE(IntegrityBadge::assess(record).level, IntegrityBadge::Level::Unsigned);
        showTable(model, QStringLiteral("signoff-table-reopened.png"));
    }

    void signersDialogAddsEditsAndDeactivates() {
        Fixture f = makeFixture();
        SignersDialog dialog(*f.store, *f.service, KnownRoles::of(*f.store), QStringLiteral("admin"));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        showAndWait(dialog);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("hintLabel"))
                    ->text()
                    .contains(QStringLiteral("never deleted")));
        QVERIFY(!button(&dialog, QStringLiteral("activeButton"))->isEnabled()); // nothing selected

        // Add…: the password twice, with a mismatch shown before it is fixed.
        bool sawMismatch = false;
        dialog.setDialogRunner([&sawMismatch](QDialog& d) {
            if (!qobject_cast<AddSignerDialog*>(&d))
                return int(QDialog::Rejected);
            child<QLineEdit>(&d, QStringLiteral("loginEdit"))->setText(QStringLiteral("dl"));
            child<QLineEdit>(&d, QStringLiteral("nameEdit"))->setText(QStringLiteral("Dana Lee"));
            auto* picker = child<RolePicker>(&d, QStringLiteral("rolePicker"));
            child<QCheckBox>(picker, QStringLiteral("role:QA Lead"))->setChecked(true);
            child<QLineEdit>(picker, QStringLiteral("otherRolesEdit"))
                ->setText(QStringLiteral("Release Manager"));
            child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("short"));
            auto* hint = child<QLabel>(&d, QStringLiteral("passwordHint"));
            QPushButton* add = button(&d, QStringLiteral("addButton"));
            const bool tooShown = hint->text().contains(QStringLiteral("10")) && !add->isEnabled();
            child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("long enough 1"));
            child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(QStringLiteral("long enough 2"));
            sawMismatch =
                tooShown && hint->text().contains(QStringLiteral("do not match")) && !add->isEnabled();
            child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(QStringLiteral("long enough 1"));
            // An administrator certifies the new signer: without their password, no Add.
            sawMismatch = sawMismatch && !add->isEnabled();
            sawMismatch = sawMismatch && child<QLineEdit>(&d, QStringLiteral("adminLoginEdit"))->text() ==
                                             TestAdministrator::kLogin;
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            add->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(sawMismatch);
        const Result<Signer> dana = f.store->signer(QStringLiteral("dl"));
        QVERIFY(dana.ok());
        QCOMPARE(dana->printedName, QStringLiteral("Dana Lee"));
        QCOMPARE(dana->roles, QStringList({QStringLiteral("QA Lead"), QStringLiteral("Release Manager")}));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.selectedLogin(), QStringLiteral("dl"));
        saveShot(&dialog, QStringLiteral("signers-dialog.png"));

        // Edit roles…
        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<EditRolesDialog*>(&d))
                return int(QDialog::Rejected);
            auto* picker = child<RolePicker>(&d, QStringLiteral("rolePicker"));
            child<QCheckBox>(picker, QStringLiteral("role:Product Owner"))->setChecked(true);
            child<QCheckBox>(picker, QStringLiteral("role:Release Manager"))->setChecked(false);
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("saveButton"))->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("editRolesButton")), Qt::LeftButton);
        QCOMPARE(f.store->signer(QStringLiteral("dl"))->roles,
                 QStringList({QStringLiteral("QA Lead"), QStringLiteral("Product Owner")}));

        // Deactivate…: the administrator's prompt names whom; Cancel changes
        // nothing, a wrong password neither, Approve deactivates; Reactivate… undoes it.
        QVERIFY(dialog.selectLogin(QStringLiteral("qa")));
        QPushButton* active = button(&dialog, QStringLiteral("activeButton"));
        QString asked;
        dialog.setDialogRunner([&asked](QDialog& d) {
            if (!qobject_cast<AdministratorPrompt*>(&d))
                return int(QDialog::Accepted);
            asked = child<QLabel>(&d, QStringLiteral("textLabel"))->text();
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Quinn Anders")));
        QVERIFY(f.store->signer(QStringLiteral("qa"))->active);
        QString refusal;
        dialog.setDialogRunner([&refusal](QDialog& d) {
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))
                ->setText(QStringLiteral("not-the-password"));
            button(&d, QStringLiteral("approveButton"))->click();
            refusal = child<QLabel>(&d, QStringLiteral("errorLabel"))->text();
            return d.result();
        });
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("login or password is wrong")), qPrintable(refusal));
        QVERIFY(f.store->signer(QStringLiteral("qa"))->active);
        dialog.setDialogRunner([](QDialog& d) {
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("approveButton"))->click();
            return d.result();
        });
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(!f.store->signer(QStringLiteral("qa"))->active);
        QCOMPARE(dialog.selectedLogin(), QStringLiteral("qa"));
        QVERIFY(active->text().remove(u'&').contains(QStringLiteral("Reactivate")));
        QVERIFY(!button(&dialog, QStringLiteral("passwordButton"))->isEnabled());
        const int qaRow = dialog.model()->rowOf(QStringLiteral("qa"));
        QCOMPARE(dialog.model()->index(qaRow, SignersTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Deactivated"));
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(f.store->signer(QStringLiteral("qa"))->active);

        // Change password…: the current one, then the new one twice.
        dialog.setDialogRunner([](QDialog& d) {
            if (!qobject_cast<ChangePasswordDialog*>(&d))
                return int(QDialog::Rejected);
            child<QLineEdit>(&d, QStringLiteral("currentEdit"))->setText(kPassword);
            child<QLineEdit>(&d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("a new passphrase"));
            child<QLineEdit>(&d, QStringLiteral("confirmEdit"))->setText(QStringLiteral("a new passphrase"));
            button(&d, QStringLiteral("changeButton"))->click();
            return d.result();
        });
        QTest::mouseClick(button(&dialog, QStringLiteral("passwordButton")), Qt::LeftButton);
        QVERIFY(!f.service
                     ->changePassword(QStringLiteral("qa"), SecretBytes::fromText(kPassword),
                                      SecretBytes::fromText(u"another one 1"))
                     .ok());
        QVERIFY(f.service
                    ->changePassword(QStringLiteral("qa"), SecretBytes::fromText(u"a new passphrase"),
                                     SecretBytes::fromText(kPassword))
                    .ok());
    }
    // A weak password is refused as it is typed, with PasswordQuality's reason
    // under the fields and Add disabled; a login or printed name that another
    // signer has is refused by the store when Add is clicked, and the dialog
    // stays open with the reason. Nothing is registered.
    void addSignerDialogRefusesWeakPasswordsAndLookalikes() {
        Fixture f = makeFixture();
        QVERIFY(TestAdministrator::registerSigner(
                    *f.service, *f.store, QStringLiteral("zoe"), QStringLiteral("Zo\u00eb Keller"),
                    {QStringLiteral("QA Lead")}, SecretBytes::fromText(kPassword), QStringLiteral("admin"))
                    .ok());
        AddSignerDialog dialog(*f.service, KnownRoles::of(*f.store), QStringLiteral("admin"));
        dialog.certifyBy(*f.store);
        showAndWait(dialog);
        // Typed once: the password field is emptied after each refusal, the administrator's with it.
        auto* adminPassword = child<QLineEdit>(&dialog, QStringLiteral("adminPasswordEdit"));
        adminPassword->setText(TestAdministrator::kPassword);
        auto* login = child<QLineEdit>(&dialog, QStringLiteral("loginEdit"));
        auto* name = child<QLineEdit>(&dialog, QStringLiteral("nameEdit"));
        auto* password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
        auto* confirm = child<QLineEdit>(&dialog, QStringLiteral("confirmEdit"));
        auto* hint = child<QLabel>(&dialog, QStringLiteral("passwordHint"));
        auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QPushButton* add = button(&dialog, QStringLiteral("addButton"));
        login->setText(QStringLiteral("zoe.keller"));
        name->setText(QStringLiteral("Zoe Keller-Smith"));
        child<QCheckBox>(child<RolePicker>(&dialog, QStringLiteral("rolePicker")),
                         QStringLiteral("role:QA Lead"))
            ->setChecked(true);

        const struct {
            QString password;
            QString hint;
        } weak[] = {
            {QStringLiteral("Qz7!kv2#x"), QStringLiteral("Too short: at least 10 characters.")},
            {QStringLiteral("sunflower123"), QStringLiteral("The password is based on a dictionary word")},
            {QStringLiteral("zoe.keller-2024"),
             QStringLiteral("The password contains the login \"zoe.keller\"")},
            {QStringLiteral("Smith#Ostrich-71"), QStringLiteral("a word of the printed name or the login")},
        };
        for (const auto& w : weak) {
            password->setText(w.password);
            confirm->setText(w.password);
            QVERIFY2(hint->text().contains(w.hint), qPrintable(hint->text()));
            QVERIFY(!add->isEnabled());
            add->click();
            QVERIFY(dialog.isVisible());
        }
        QCOMPARE(f.store->signers()->size(), 3);

        // A printed name another active signer has: the same letters decomposed and in capitals.
        name->setText(QStringLiteral("ZOE\u0308  KELLER"));
        adminPassword->setText(TestAdministrator::kPassword);
        password->setText(TestSupport::kSigningPassword);
        confirm->setText(TestSupport::kSigningPassword);
        QVERIFY2(hint->text().contains(QStringLiteral("match")), qPrintable(hint->text()));
        QVERIFY(add->isEnabled());
        add->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("is already the name of the active signer \"zoe\"")),
                 qPrintable(error->text()));
        QVERIFY(password->text().isEmpty()); // typed again after a refusal

        // A login another signer has, in capitals.
        login->setText(QStringLiteral("QA"));
        name->setText(QStringLiteral("Quentin Other"));
        adminPassword->setText(TestAdministrator::kPassword);
        password->setText(TestSupport::kSigningPassword);
        confirm->setText(TestSupport::kSigningPassword);
        add->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(
            error->text().contains(QStringLiteral("already a signer with the login \"qa\" (Quinn Anders)")),
            qPrintable(error->text()));
        QCOMPARE(f.store->signers()->size(), 3);
        saveShot(&dialog, QStringLiteral("add-signer-refused.png"));

        login->setText(QStringLiteral("zk2"));
        adminPassword->setText(TestAdministrator::kPassword);
        password->setText(TestSupport::kSigningPassword);
        confirm->setText(TestSupport::kSigningPassword);
        add->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.store->signer(QStringLiteral("zk2"))->printedName, QStringLiteral("Quentin Other"));
    }

    void changePasswordDialogRefusesAWeakPassword() {
        Fixture f = makeFixture();
        ChangePasswordDialog dialog(*f.service, QStringLiteral("qa"), QStringLiteral("Quinn Anders"));
        showAndWait(dialog);
        auto* current = child<QLineEdit>(&dialog, QStringLiteral("currentEdit"));
        auto* password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
        auto* confirm = child<QLineEdit>(&dialog, QStringLiteral("confirmEdit"));
        auto* hint = child<QLabel>(&dialog, QStringLiteral("passwordHint"));
        QPushButton* change = button(&dialog, QStringLiteral("changeButton"));
        current->setText(kPassword);
        password->setText(QStringLiteral("Anders-xq9-Pelican"));
        confirm->setText(QStringLiteral("Anders-xq9-Pelican"));
        QVERIFY2(hint->text().contains(QStringLiteral("a word of the printed name")),
                 qPrintable(hint->text()));
        QVERIFY(!change->isEnabled());
        // The current password again passes as it is typed; the engine refuses it.
        password->setText(kPassword);
        confirm->setText(kPassword);
        QVERIFY(change->isEnabled());
        change->click();
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QVERIFY2(error->text().contains(QStringLiteral("The new password is the current one")),
                 qPrintable(error->text()));
        QCOMPARE(f.store->signer(QStringLiteral("qa"))->failedAttempts, 0);
    }

    // Reactivating a signer whose printed name another active signer now has is refused, with the reason.
    void signersDialogRefusesAReactivatedLookalike() {
        Fixture f = makeFixture();
        Registry::Credentials admin = TestAdministrator::credentials();
        QVERIFY(Registry(*f.store)
                    .setSignerActive(admin, QStringLiteral("qa"), false, QStringLiteral("admin"))
                    .ok());
        QVERIFY(TestAdministrator::registerSigner(*f.service, *f.store, QStringLiteral("qa2"),
                                                  QStringLiteral("quinn ANDERS"), {QStringLiteral("QA Lead")},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"))
                    .ok());
        SignersDialog dialog(*f.store, *f.service, KnownRoles::of(*f.store), QStringLiteral("admin"));
        showAndWait(dialog);
        QString refusal;
        dialog.setDialogRunner([&refusal](QDialog& d) {
            child<QLineEdit>(&d, QStringLiteral("adminPasswordEdit"))->setText(TestAdministrator::kPassword);
            button(&d, QStringLiteral("approveButton"))->click();
            refusal = child<QLabel>(&d, QStringLiteral("errorLabel"))->text();
            return d.result();
        });
        QVERIFY(dialog.selectLogin(QStringLiteral("qa")));
        QTest::mouseClick(button(&dialog, QStringLiteral("activeButton")), Qt::LeftButton);
        QVERIFY(!f.store->signer(QStringLiteral("qa"))->active);
        QVERIFY2(refusal.contains(QStringLiteral("Cannot reactivate qa")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("\"qa2\"")), qPrintable(refusal));
    }
};

QTEST_MAIN(TestGuiSigning)
#include "tst_gui_signing.moc"
