#include "AppIdentity.h"
#include "ChecklistStore.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char* argv[]) {
    AppIdentity::apply();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Countersign"));
    QApplication::setDesktopFileName(QStringLiteral(COUNTERSIGN_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Release sign-off checklists with signed, tamper-evident records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the database at <path> instead of the default one (%1).")
            .arg(QDir::toNativeSeparators(ChecklistStore::defaultLocation())),
        QCoreApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    // The default database is created on first start; a path the user names must already exist.
    const bool named = parser.isSet(dbOption);
    const QString location = named ? parser.value(dbOption) : ChecklistStore::defaultLocation();
    ChecklistStore store;
    const Status opened = store.open(location, named ? ChecklistStore::OpenMode::ExistingOnly
                                                     : ChecklistStore::OpenMode::CreateIfMissing);
    if (!opened) {
        const QString advice =
            named
                ? QCoreApplication::translate(
                      "main", "Check the path given with --db, or start Countersign without --db to use "
                              "the default database.")
                : QCoreApplication::translate(
                      "main", "Check that the folder can be written, or start Countersign with --db PATH to "
                              "open another database.");
        Prompts::critical(
            nullptr, QCoreApplication::translate("main", "Countersign Cannot Start"),
            QCoreApplication::translate("main", "Countersign cannot open its database.\n\n%1\n\n%2")
                .arg(Prompts::asSentence(opened.error()), advice));
        return 1;
    }

    MainWindow window(&store);
    window.show();
    return app.exec();
}
