#include "ui/AppTranslations.h"

#include "ui/base/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AppTranslations {

namespace {
bool installOne(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder) {
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcUi) << "loaded translation" << translator->filePath();
    return true;
}
} // namespace

int install(QCoreApplication& app, const QLocale& locale) {
    int installed = 0;
    if (installOne(app, locale, QStringLiteral("countersign"), kResourceFolder))
        ++installed;
    // Qt's own strings (Cancel, Open, the file dialog) follow the same language when Qt
    // ships it (Debian: qt6-translations-l10n), so dialogs do not switch language halfway.
    if (installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        ++installed;
    return installed;
}

} // namespace AppTranslations
