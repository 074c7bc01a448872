#pragma once

#include <QString>
#include <QtGlobal>

// What the widget tests share, beside TestSupport.h.
namespace GuiTestSupport {

// The offscreen platform warns "This plugin does not support
// propagateSizeHints()" about every top-level window; it is not a fault of
// ours, and strictWarnings() would fail on it. Every other message still
// reaches QTest's handler. Call once, in initTestCase().
inline void dropOffscreenNoise() {
    static QtMessageHandler qtestHandler = nullptr;
    qtestHandler =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (message == u"This plugin does not support propagateSizeHints()")
                return;
            qtestHandler(type, context, message);
        });
}

} // namespace GuiTestSupport
