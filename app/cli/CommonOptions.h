#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

// Options that several commands share, built in one place so that --json or
// --by means the same thing and reads the same in every command's help.
class CommonOptions {
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
public:
    static inline const QString db = QStringLiteral("db");
    static inline const QString help = QStringLiteral("help");
    static inline const QString json = QStringLiteral("json");
    static inline const QString markdown = QStringLiteral("markdown");
    static inline const QString csv = QStringLiteral("csv");
    static inline const QString by = QStringLiteral("by");
    static inline const QString pdf = QStringLiteral("pdf");
    static inline const QString passwordStdinName = QStringLiteral("password-stdin");

    static QCommandLineOption database();
    static QCommandLineOption helpFlag();
    static QCommandLineOption jsonFlag();
    static QCommandLineOption jsonFile();
    static QCommandLineOption markdownFile();
    static QCommandLineOption csvFile();
    static QCommandLineOption actor();
    static QCommandLineOption pdfFile();
    static QCommandLineOption passwordStdin();
};
