#include "cli/ApplicationKind.h"

#include <QtGlobal>

bool ApplicationKind::needsGui(const QStringList& arguments) {
    // The command is the first argument that is neither an option nor --db's value.
    QString command;
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--db") {
            ++i;
            continue;
        }
        if (arg == u"--")
            continue;
        if (!arg.startsWith(QLatin1Char('-'))) {
            command = arg;
            break;
        }
    }
    if (command != u"export")
        return false;
    for (++i; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--pdf" || arg.startsWith(u"--pdf=") || arg == u"--bundle" ||
            arg.startsWith(u"--bundle="))
            return true;
    }
    return false;
}

namespace {
QtMessageHandler previousHandler = nullptr;

// A command-line run has no desktop session, so Qt's note that it has no
// XDG_RUNTIME_DIR (it uses a private folder in /tmp instead) is noise in a
// CI log, not a problem. Everything else reaches stderr as before.
void quietSessionNotes(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void ApplicationKind::prepareGui() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietSessionNotes);
}
