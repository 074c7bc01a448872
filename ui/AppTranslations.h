#pragma once

#include <QLocale>

class QCoreApplication;

// Puts the application into the user's language: Countersign's own strings
// (embedded as :/countersign/translations/countersign_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from Qt's translations folder: standard buttons, file
// dialogs), each when one exists for the locale. English needs neither.
namespace AppTranslations {

inline const QString kResourceFolder = QStringLiteral(":/countersign/translations");

// Installs the translators on app (which owns them); returns how many were found.
int install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace AppTranslations
