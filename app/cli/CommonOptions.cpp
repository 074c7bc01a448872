#include "cli/CommonOptions.h"

QCommandLineOption CommonOptions::database() {
    return QCommandLineOption(
        db,
        tr("The database to use (default: the desktop app's own). Commands that only read "
           "never create it."),
        tr("PATH"));
}

QCommandLineOption CommonOptions::helpFlag() {
    return QCommandLineOption({QStringLiteral("h"), help}, tr("Show this help."));
}

QCommandLineOption CommonOptions::jsonFlag() {
    return QCommandLineOption(json, tr("Print JSON for programs instead of text for people."));
}

QCommandLineOption CommonOptions::jsonFile() {
    return QCommandLineOption(json, tr("Write JSON to FILE (\"-\": standard output)."), tr("FILE"));
}

QCommandLineOption CommonOptions::markdownFile() {
    return QCommandLineOption(markdown, tr("Write Markdown to FILE (\"-\": standard output)."), tr("FILE"));
}

QCommandLineOption CommonOptions::csvFile() {
    return QCommandLineOption(csv, tr("Write CSV, one row per item, to FILE (\"-\": standard output)."),
                              tr("FILE"));
}

QCommandLineOption CommonOptions::actor() {
    return QCommandLineOption(
        by,
        tr("Who does this (default: the name in the desktop app's Preferences, else the "
           "login name)."),
        tr("NAME"));
}

QCommandLineOption CommonOptions::pdfFile() {
    return QCommandLineOption(
        pdf,
        tr("Write the PDF/A report, signatures and audit trail included, to FILE (\"-\": standard output)."),
        tr("FILE"));
}

QCommandLineOption CommonOptions::passwordStdin() {
    return QCommandLineOption(passwordStdinName,
                              tr("Read the password as a line on standard input (it is never a command-line "
                                 "argument, and never shown)."));
}
