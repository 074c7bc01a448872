#pragma once

#include "core/Checklist.h"

#include <QObject>

#include <optional>

class ChecklistStore;
class QAction;
class QMenu;
class QWidget;

// File ▸ Import Template…, File ▸ Export ▸ …, File ▸ Export Template as
// Markdown… and File ▸ Template Properties… (TemplatePropertiesDialog): file dialogs, Markdown/CSV/JSON
// through the io layer, files written with QSaveFile, and every failure told in a message box.
class FileActions : public QObject {
    Q_OBJECT
public:
    enum class RecordFormat { Markdown, Csv, Json };

    FileActions(ChecklistStore* store, QWidget* window);

    void importTemplate();
    void exportRecord(qint64 recordId, RecordFormat format);
    void exportTemplate();
    // Picks a template and edits its sign-off policy; saving stores its next version.
    void templateProperties();
    // Adds exportTemplate (the window's action) and File ▸ Template Properties… to the menu.
    void addTemplateActionsTo(QMenu* menu, QAction* exportTemplate);

    // "Release 2.4 — sign-off" → "Release 2.4 — sign-off.md": the whole title, less only what a
    // file system refuses ("A/B" → "A-B"), so that "Release 2.4" and "Release 2.5" stay apart.
    static QString fileNameFor(const QString& title, const QString& extension);
    // That name in the one folder for the user's files (UserSettings::fileFolder).
    static QString suggestedPath(const QString& title, const QString& extension);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    std::optional<ChecklistTemplate> chooseTemplate(const QString& title, const QString& prompt);
    bool writeFile(const QString& path, const QByteArray& bytes);

    ChecklistStore* m_store;
    QWidget* m_window;
};
