#include "GuiTestSupport.h"

#include "ui/AppTranslations.h"
#include "ui/MainWindow.h"
#include "ui/base/Prompts.h"
#include "ui/signing/SignaturePad.h"
#include "ui/signing/SignatureRenderer.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QMouseEvent>
#include <QSettings>
#include <QTest>
#include <QTranslator>

namespace GuiTestSupport {

void dropOffscreenNoise() {
    static QtMessageHandler qtestHandler = nullptr;
    qtestHandler =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            // raise(): the handbook's window, brought forward when Help is chosen again.
            if (message == u"This plugin does not support propagateSizeHints()" ||
                message == u"This plugin does not support raise()")
                return;
            qtestHandler(type, context, message);
        });
}

void useOwnSettings(const QString& suite) {
    QCoreApplication::setOrganizationName(QStringLiteral("countersign-tests"));
    QCoreApplication::setApplicationName(suite);
    QSettings().clear();
}

void rejectUnexpectedDialogs() {
    Prompts::setDialogHook([](QDialog& dialog) {
        qCritical("unexpected dialog %s", qPrintable(dialog.windowTitle()));
        return int(QDialog::Rejected);
    });
}

QChar mnemonic(const QString& text) {
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(char32_t(sequence[0].key())).toLower();
}

void useOffscreenScreen(const QSize& size, const QString& folder) {
    const QString config = QDir(folder).filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config));
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,)"
                              R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(size.width())
                   .arg(size.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
}

bool useLanguage(const QString& language) {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    return language == QStringLiteral("en") || AppTranslations::install(*qApp, locale) > 0;
}

std::unique_ptr<MainWindow> showMainWindow(ChecklistStore* store) {
    auto window = std::make_unique<MainWindow>(store);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    return window;
}

// QTest::mouseMove carries no buttons, so the moves are sent by hand.
void drawStroke(SignaturePad* pad, const SignatureStroke& padPoints) {
    const QRectF sheet = pad->sheetRect();
    const auto at = [&sheet](const QPointF& p) {
        return SignatureRenderer::toTarget(p, sheet).toPoint();
    };
    QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, at(padPoints.first()));
    for (qsizetype i = 1; i < padPoints.size(); ++i) {
        const QPointF local = at(padPoints.at(i));
        QMouseEvent move(QEvent::MouseMove, local, pad->mapToGlobal(local), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, at(padPoints.last()));
}

} // namespace GuiTestSupport
