#pragma once

#include <QObject>

class ChecklistStore;
class QWidget;

// File ▸ Import Template…, File ▸ Export ▸ … and File ▸ Export Template as
// Markdown…: file dialogs, Markdown/CSV/JSON through the io layer, files
// written with QSaveFile, and every failure told in a message box.
class FileActions : public QObject {
    Q_OBJECT
public:
    enum class RecordFormat { Markdown, Csv, Json };

    FileActions(ChecklistStore* store, QWidget* window);

    void importTemplate();
    void exportRecord(qint64 recordId, RecordFormat format);
    void exportTemplate();

    // "Release 2.4 — sign-off" → "Release 2.4 — sign-off.md": the whole title, less only what a
    // file system refuses ("A/B" → "A-B"), so that "Release 2.4" and "Release 2.5" stay apart.
    static QString fileNameFor(const QString& title, const QString& extension);
    // That name in the one folder for the user's files (UserSettings::fileFolder).
    static QString suggestedPath(const QString& title, const QString& extension);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    bool writeFile(const QString& path, const QByteArray& bytes);

    ChecklistStore* m_store;
    QWidget* m_window;
};
