#include "cli/ApplicationKind.h"
#include "cli/CliApp.h"
#include "cli/Console.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char* argv[]) {
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (ApplicationKind::needsGui(rawArguments)) {
        ApplicationKind::prepareGui();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The engine's progress notes (a retried write lock, a migration, PDF
    // timings) would drown a pipeline's log; warnings still show, and
    // QT_LOGGING_RULES turns the notes back on.
    QLoggingCategory::setFilterRules(QStringLiteral("countersign.*.info=false\ncountersign.*.debug=false"));
    // The GUI's organisation and application name: the same default database and Preferences.
    AppIdentity::apply();
    Console console;
    return CliApp(QCoreApplication::arguments(), console).run();
}
