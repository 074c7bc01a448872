#pragma once

#include <QStringList>

// Which Qt application object a run needs, decided from the raw arguments
// before one exists. Only `export --pdf` paints (fonts come from the
// platform's font database), so only it pays for a QGuiApplication, on the
// offscreen platform; every other command starts as a plain QCoreApplication.
class ApplicationKind {
public:
    // arguments without the program name.
    static bool needsGui(const QStringList& arguments);
    // Before the QGuiApplication: QT_QPA_PLATFORM=offscreen unless the user
    // chose a platform, and no desktop-session chatter on stderr.
    static void prepareGui();
};
