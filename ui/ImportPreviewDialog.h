#pragma once

#include "core/Checklist.h"
#include "io/MarkdownTemplateReader.h"

#include <QDialog>

#include <optional>

class ImportPreviewModel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;

// File ▸ Import Template…'s preview: what the reader understood of a
// Markdown checklist (or a spreadsheet's CSV export) before anything is stored (sections and their kind,
// columns and their roles, groups, items with default marks and notes,
// steps, sign-off roles), and the problem with its line number when there
// is one. A column's role can be changed in its drop-down; the document is
// read again with that choice, as `import-template --column` does, and the
// role is remembered with the template (its front matter). Import stores
// exactly the template shown.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(QByteArray markdown, const QString& fileName, QWidget* parent = nullptr);

    // The template as shown; nullopt while the document has a problem.
    const std::optional<ChecklistTemplate>& understood() const { return m_template; }
    // Sets a column's role as its drop-down does, and reads the document again.
    void setColumnRole(const QString& header, ColumnRole role);
    ImportPreviewModel* model() const { return m_model; }

private:
    void read();
    void fillRoles();
    void syncRoles();

    const QByteArray m_markdown; // the file's bytes: Markdown, or CSV when m_isCsv
    bool m_isCsv = false;
    QString m_csvTitle; // a CSV has no title of its own: the file's name
    QList<MarkdownTemplateReader::ColumnOverride> m_overrides;
    std::optional<ChecklistTemplate> m_template;
    ImportPreviewModel* m_model;
    QLabel* m_summary;
    QLabel* m_problem;
    QTreeView* m_tree;
    QTableWidget* m_roles;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton = nullptr;
};
