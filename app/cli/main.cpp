#include "AppIdentity.h"
#include "CliApp.h"
#include "Console.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // The GUI's organisation and application name: the same default database and Preferences.
    AppIdentity::apply();
    Console console;
    return CliApp(QCoreApplication::arguments(), console).run();
}
